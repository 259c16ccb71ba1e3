/// <reference lib="webworker" />
import { runLayout, type LayoutRequest, type LayoutResponse } from './layoutJobs.js';

/** Auto-layout off the UI thread: the map posts people (and links), gets positions back. */
const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = async (event: MessageEvent<LayoutRequest>) => {
  const request = event.data;
  let response: LayoutResponse;
  try {
    response = { id: request.id, positions: await runLayout(request) };
  } catch (error) {
    response = { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
  scope.postMessage(response);
};
