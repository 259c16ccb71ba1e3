import { useCallback, useEffect, useRef } from 'react';
import type { LayoutRequest, LayoutResponse } from './layoutJobs.js';
import type { XY } from './types.js';

type Job = LayoutRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;
type Positions = Record<string, XY>;

interface Pending {
  request: LayoutRequest;
  resolve: (positions: Positions) => void;
  reject: (error: Error) => void;
}

/** Runs a layout on the main thread: only where a worker cannot start. */
const inPage = async (request: LayoutRequest) => (await import('./layoutJobs.js')).runLayout(request);

function createLayoutClient() {
  const pending = new Map<number, Pending>();
  let next = 1;
  let worker: Worker | null = null;
  try {
    worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module', name: 'keyplan-layout' });
  } catch {
    worker = null;
  }
  if (worker) {
    worker.onmessage = (event: MessageEvent<LayoutResponse>) => {
      const job = pending.get(event.data.id);
      if (!job) return;
      pending.delete(event.data.id);
      if ('error' in event.data) job.reject(new Error(event.data.error));
      else job.resolve(event.data.positions);
    };
    worker.onerror = (event) => {
      // The worker script could not load or crashed: finish what was asked in the page.
      event.preventDefault();
      worker?.terminate();
      worker = null;
      for (const job of pending.values()) inPage(job.request).then(job.resolve, job.reject);
      pending.clear();
    };
  }
  return {
    run(job: Job): Promise<Positions> {
      const request = { ...job, id: next++ };
      if (!worker) return inPage(request);
      const target = worker;
      return new Promise((resolve, reject) => {
        pending.set(request.id, { request, resolve, reject });
        target.postMessage(request);
      });
    },
    dispose() {
      worker?.terminate();
      worker = null;
      pending.clear();
    },
  };
}

/** A layout worker for as long as the map is open; `run` posts a job and resolves with positions. */
export function useLayoutWorker() {
  const client = useRef<ReturnType<typeof createLayoutClient> | null>(null);
  useEffect(
    () => () => {
      client.current?.dispose();
      client.current = null;
    },
    [],
  );
  return useCallback((job: Job) => (client.current ??= createLayoutClient()).run(job), []);
}

export type RunLayout = ReturnType<typeof useLayoutWorker>;
