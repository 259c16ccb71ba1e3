/// <reference lib="webworker" />
import { runJob, type LayoutRequest, type LayoutResponse } from './layoutJobs.js';

/** Auto-layout and a large map's line routing off the UI thread: the map posts people (and links), gets positions (or routes) back. */
const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = async (event: MessageEvent<LayoutRequest>) => {
  const request = event.data;
  let response: LayoutResponse;
  try {
    response = { id: request.id, result: await runJob(request) };
  } catch (error) {
    response = { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
  scope.postMessage(response);
};
