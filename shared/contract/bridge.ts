import type { ChannelName, Envelope, Input, Output } from './index.js';

/** Events the main process pushes to the page. */
export type BridgeEvent = 'menu:new-account' | 'menu:settings';

/** `window.keyplan`, exposed by the preload (Electron) or by the test harness (Chromium). */
export interface KeyplanBridge {
  invoke<C extends ChannelName>(channel: C, input: Input<C>): Promise<Envelope<Output<C>>>;
  on(event: BridgeEvent, callback: () => void): () => void;
}
