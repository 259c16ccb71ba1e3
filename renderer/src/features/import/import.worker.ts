/// <reference lib="webworker" />
import { readTableFile } from '../../../../shared/import/index.js';
import type { ReadRequest, ReadResponse } from './readInWorker.js';

/** Reads a chosen file off the UI thread (a workbook of 50,000 rows takes a second or two), saying each step. */
const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = async (event: MessageEvent<ReadRequest>) => {
  const { bytes, encoding, sheet } = event.data;
  let response: ReadResponse;
  try {
    const read = await readTableFile(new Uint8Array(bytes), { encoding, sheet, onStage: (stage) => scope.postMessage({ stage } satisfies ReadResponse) });
    response = { read };
  } catch (error) {
    response = { read: { ok: false, error: { key: 'import.fileErrors.readFailed', params: { message: error instanceof Error ? error.message : String(error) } } } };
  }
  scope.postMessage(response);
};
