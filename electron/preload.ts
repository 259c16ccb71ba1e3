import { contextBridge, ipcRenderer } from 'electron';
import type { KeyplanBridge } from '../shared/contract/bridge.js';
import { INVOKE_CHANNEL, isBridgeEvent } from './channels.js';

// Sandboxed preload: only `electron` may be required here, so this file is bundled with its imports.
const keyplan: KeyplanBridge = {
  invoke: (channel, input) => ipcRenderer.invoke(INVOKE_CHANNEL, channel, input),
  on(event, callback) {
    if (!isBridgeEvent(event)) throw new Error(`Unknown Keyplan event: ${String(event)}`);
    if (typeof callback !== 'function') throw new TypeError('keyplan.on needs a callback function');
    // The page gets no IpcRendererEvent (it would expose ipcRenderer itself), just the call.
    const listener = () => callback();
    ipcRenderer.on(event, listener);
    return () => {
      ipcRenderer.removeListener(event, listener);
    };
  },
};

contextBridge.exposeInMainWorld('keyplan', keyplan);
