import { useLayoutEffect, useState, type RefObject } from 'react';

/** Every row of the table has this height (cells are at most two lines; see people.css), border included. */
export const ROW_HEIGHT = 45;
/** Rows drawn beyond each edge of the visible area, so fast scrolling and Tab never meet a gap. */
const OVERSCAN = 15;

export interface RowWindow {
  start: number;
  end: number;
}

const same = (a: RowWindow, b: RowWindow) => a.start === b.start && a.end === b.end;

function compute(element: HTMLElement | null, count: number, headerHeight: number): RowWindow {
  const height = element?.clientHeight || 900;
  const top = Math.max(0, (element?.scrollTop ?? 0) - headerHeight);
  const start = Math.max(0, Math.floor(top / ROW_HEIGHT) - OVERSCAN);
  const end = Math.min(count, Math.ceil((top + height) / ROW_HEIGHT) + OVERSCAN);
  return { start, end: Math.max(end, Math.min(count, start + 1)) };
}

/**
 * Which rows of a long table to draw: the ones in (or near) the scroll container's view. A table of
 * 1,500 people then costs about as much as one of 60, to open, sort, filter and edit.
 */
export function useRowWindow(scrollRef: RefObject<HTMLElement | null>, count: number, headerHeight = 36): RowWindow {
  const [range, setRange] = useState<RowWindow>(() => compute(null, count, headerHeight));

  // Before paint, so a filtered or re-sorted list never shows a frame of the old window.
  useLayoutEffect(() => {
    const element = scrollRef.current;
    let frame = 0;
    const update = () => {
      frame = 0;
      const next = compute(element, count, headerHeight);
      setRange((current) => (same(current, next) ? current : next));
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    update();
    element?.addEventListener('scroll', schedule, { passive: true });
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(schedule);
    if (element) observer?.observe(element);
    return () => {
      if (frame) cancelAnimationFrame(frame);
      element?.removeEventListener('scroll', schedule);
      observer?.disconnect();
    };
  }, [scrollRef, count, headerHeight]);

  // The row count may have shrunk since the last scroll (filters): never draw past the end.
  return { start: Math.min(range.start, Math.max(0, count - 1)), end: Math.min(range.end, count) };
}
