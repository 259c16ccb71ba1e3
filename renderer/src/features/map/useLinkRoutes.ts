import { useStoreApi } from '@xyflow/react';
import { useEffect } from 'react';
import type { MapStore } from './mapStore.js';
import type { RouteInWorker } from './useLayout.js';
import { zoomLevel } from './zoomLevels.js';

/**
 * Routes a large map's lines in the layout worker whenever the cards shown move (graph.ts says
 * when: above ROUTE_IN_PAGE_MAX cards), one job at a time, the latest cards winning. Meanwhile the
 * lines keep the routes they had. Far out (blocks) no line is drawn, so none is routed until the
 * map is zoomed in.
 */
export function useLinkRoutes(store: MapStore, route: RouteInWorker) {
  const flow = useStoreApi();
  useEffect(() => {
    let running = false;
    let alive = true;
    const far = () => store.getState().fittingFar || zoomLevel(flow.getState().transform[2]) === 'blocks';
    const next = () => {
      const job = store.getState().routeJob;
      if (!alive || !job || running || far()) return;
      running = true;
      route(job.routeLinks, job.cards).then(
        (routes) => {
          running = false;
          if (!alive) return;
          store.getState().setRoutes({ key: job.key, links: job.links, routes: new Map(Object.entries(routes)) });
          next();
        },
        () => {
          // Lines stay as they were drawn; the next change of the cards tries again.
          running = false;
        },
      );
    };
    next();
    // After the change's other listeners: a re-fit flying out to blocks says so in the same change.
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.routeJob !== previous.routeJob || state.fittingFar !== previous.fittingFar) queueMicrotask(next);
    });
    const unsubscribeFlow = flow.subscribe((state, previous) => {
      if (state.transform[2] !== previous.transform[2]) next();
    });
    return () => {
      alive = false;
      unsubscribe();
      unsubscribeFlow();
    };
  }, [store, flow, route]);
}
