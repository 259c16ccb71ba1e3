import { useCallback, useEffect, useRef } from 'react';
import type { LinkRoute, RouteCard, RouteLink } from '../../../../shared/layout/linkLine.js';
import type { LayoutRequest, LayoutResponse } from './layoutJobs.js';
import type { XY } from './types.js';

type Request = LayoutRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;
type Job = Exclude<Request, { kind: 'routes' }>;
type Positions = Record<string, XY>;
type Result = Positions | Record<string, LinkRoute>;

interface Pending {
  request: LayoutRequest;
  resolve: (result: Result) => void;
  reject: (error: Error) => void;
}

/** Runs a job on the main thread: only where a worker cannot start. */
const inPage = async (request: LayoutRequest) => (await import('./layoutJobs.js')).runJob(request);

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
      else job.resolve(event.data.result);
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
  const post = (job: Request): Promise<Result> => {
    const request: LayoutRequest = { ...job, id: next++ };
    if (!worker) return inPage(request);
    const target = worker;
    return new Promise((resolve, reject) => {
      pending.set(request.id, { request, resolve, reject });
      target.postMessage(request);
    });
  };
  return {
    run: (job: Job) => post(job) as Promise<Positions>,
    route: (links: RouteLink[], cards: RouteCard[]) => post({ kind: 'routes', links, cards }) as Promise<Record<string, LinkRoute>>,
    dispose() {
      worker?.terminate();
      worker = null;
      pending.clear();
    },
  };
}

type LayoutClient = ReturnType<typeof createLayoutClient>;

/**
 * A layout worker for as long as the map is open: `run` posts a layout job and resolves with
 * positions, `route` posts a large map's links and cards and resolves with the links' routes.
 */
export function useLayoutWorker() {
  const client = useRef<LayoutClient | null>(null);
  useEffect(
    () => () => {
      client.current?.dispose();
      client.current = null;
    },
    [],
  );
  const get = useCallback(() => (client.current ??= createLayoutClient()), []);
  const run = useCallback((job: Job) => get().run(job), [get]);
  const route = useCallback((links: RouteLink[], cards: RouteCard[]) => get().route(links, cards), [get]);
  return { run, route };
}

export type RunLayout = ReturnType<typeof useLayoutWorker>['run'];
export type RouteInWorker = ReturnType<typeof useLayoutWorker>['route'];
