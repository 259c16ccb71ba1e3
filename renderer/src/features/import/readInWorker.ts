import { readTableFile, type ReadStage, type TableRead, type TextEncoding } from '../../../../shared/import/index.js';

export interface ReadRequest {
  bytes: ArrayBuffer;
  encoding?: TextEncoding | undefined;
  sheet?: string | undefined;
}
export type ReadResponse = { stage: ReadStage } | { read: TableRead };

/** Reads the file's bytes into a table in a worker (one per read, ended after), or here where workers are missing. */
export function readInWorker(bytes: Uint8Array, options: Omit<ReadRequest, 'bytes'>, onStage: (stage: ReadStage) => void): Promise<TableRead> {
  if (typeof Worker === 'undefined') return readTableFile(bytes, { ...options, onStage });
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module', name: 'keyplan-import' });
    const done = (read: TableRead) => {
      worker.terminate();
      resolve(read);
    };
    worker.onmessage = (event: MessageEvent<ReadResponse>) => {
      if ('stage' in event.data) onStage(event.data.stage);
      else done(event.data.read);
    };
    worker.onerror = (event) => done({ ok: false, error: { key: 'import.fileErrors.readFailed', params: { message: event.message } } });
    // A copy: the dialog keeps its bytes to read again in another encoding or sheet.
    const copy = bytes.slice().buffer;
    worker.postMessage({ bytes: copy, ...options } satisfies ReadRequest, [copy]);
  });
}
