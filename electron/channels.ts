import type { BridgeEvent } from '../shared/contract/bridge.js';

/** The one IPC channel the page may invoke; the contract channel name travels as its first argument. */
export const INVOKE_CHANNEL = 'keyplan:invoke';

/** Events the main process may push to the page (each is also the IPC channel it travels on). */
export const BRIDGE_EVENTS: readonly BridgeEvent[] = ['menu:new-account', 'menu:settings'];

export const isBridgeEvent = (name: unknown): name is BridgeEvent => BRIDGE_EVENTS.includes(name as BridgeEvent);
