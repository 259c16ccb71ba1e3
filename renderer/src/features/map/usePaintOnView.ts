import { useStoreApi } from '@xyflow/react';
import { useEffect } from 'react';

/**
 * Calls `paint` now, and again at most once a frame while the view moves or the canvas is resized,
 * without a React render (the canvases drawn over the map: the overview's blocks, the minimap's frame).
 * `paint` should keep its identity (useCallback) while what it draws stays the same.
 */
export function usePaintOnView(paint: () => void): void {
  const flow = useStoreApi();
  useEffect(() => {
    let frame = 0;
    const run = () => {
      frame = 0;
      paint();
    };
    run();
    const unsubscribe = flow.subscribe((state, previous) => {
      if ((state.transform !== previous.transform || state.width !== previous.width || state.height !== previous.height) && frame === 0) frame = requestAnimationFrame(run);
    });
    return () => {
      unsubscribe();
      cancelAnimationFrame(frame);
    };
  }, [flow, paint]);
}
