import type { CDPSession, Page } from 'playwright-core';

/**
 * Frame times while the page is busy with a gesture (a pan or a card drag), as a user would make
 * it: mouse events sent with CDP Input.dispatchMouseEvent, one after the renderer took the last
 * (so at most about one per frame, as a real mouse), while the page records every
 * requestAnimationFrame. A frame that misses its vsync shows as a longer interval (33 ms for one
 * dropped frame at 60 Hz): Chromium starts no new frame while the main thread is still busy with
 * the last. The browser keeps its vsync (no --disable-gpu-vsync or --disable-frame-rate-limit), so
 * intervals are real frames; each is rounded to whole vsyncs, measured on the idle page first, so
 * timer jitter does not read as a dropped frame. `calibrate` proves the measure can see one.
 */

export interface XY {
  x: number;
  y: number;
}

const RECORD = `(() => {
  const log = { frames: [], on: true };
  window.__frameLog = log;
  const tick = (now) => {
    log.frames.push(now);
    if (log.on) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})()`;

const stop = (page: Page) =>
  page.evaluate(() => {
    const log = (window as unknown as { __frameLog: { frames: number[]; on: boolean } }).__frameLog;
    log.on = false;
    return log.frames;
  });

const intervals = (times: readonly number[]) => times.slice(1).map((t, i) => t - times[i]!);

/** The display's frame interval, from frames of the idle page. */
export async function vsyncOf(page: Page): Promise<number> {
  await page.evaluate(RECORD);
  await page.waitForTimeout(600);
  const deltas = intervals(await stop(page)).sort((a, b) => a - b);
  return deltas[Math.floor(deltas.length / 2)] ?? 1000 / 60;
}

const mouse = (cdp: CDPSession, type: 'mouseMoved' | 'mousePressed' | 'mouseReleased', at: XY, pressed: boolean) =>
  cdp.send('Input.dispatchMouseEvent', { type, x: at.x, y: at.y, button: pressed || type !== 'mouseMoved' ? 'left' : 'none', buttons: pressed ? 1 : 0, clickCount: type === 'mouseMoved' ? 0 : 1 });

/** Presses at `path[0]`, moves along the path, releases; returns the frame intervals in between, rounded to whole vsyncs. */
export async function gestureFrames(page: Page, cdp: CDPSession, path: readonly XY[], vsync: number): Promise<number[]> {
  await mouse(cdp, 'mouseMoved', path[0]!, false);
  await page.evaluate(RECORD);
  await mouse(cdp, 'mousePressed', path[0]!, true);
  // A page that takes seconds a frame would take an hour: what 20 s gave is enough to tell.
  const until = Date.now() + 20_000;
  for (const at of path.slice(1)) {
    await mouse(cdp, 'mouseMoved', at, true);
    if (Date.now() > until) break;
  }
  await mouse(cdp, 'mouseReleased', path[path.length - 1]!, false);
  // The frame that shows the last move.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
  return intervals(await stop(page)).map((d) => Math.max(1, Math.round(d / vsync)) * vsync);
}

export const p95 = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))]!;
};

/** A loop of `steps` moves (an ellipse rx × ry to the left of `from`), starting and ending at `from`. */
export function loopPath(from: XY, steps = 90, rx = 180, ry = 120): XY[] {
  const path: XY[] = [];
  for (let step = 0; step <= steps; step++) {
    const angle = (step / steps) * Math.PI * 2;
    path.push({ x: from.x + rx * (Math.cos(angle) - 1), y: from.y + ry * Math.sin(angle) });
  }
  return path;
}

/**
 * Checks that the measure sees dropped frames: the same gesture with 40 ms of main-thread work on
 * every pointer move must read as slow frames. Throws otherwise (the figures would mean nothing).
 */
export async function calibrate(page: Page, cdp: CDPSession, path: readonly XY[], vsync: number): Promise<number> {
  await page.evaluate(`(() => {
    window.__busy = () => {
      const until = performance.now() + 40;
      while (performance.now() < until);
    };
    window.addEventListener('pointermove', window.__busy, true);
  })()`);
  const slow = p95(await gestureFrames(page, cdp, path, vsync));
  await page.evaluate(`window.removeEventListener('pointermove', window.__busy, true)`);
  if (slow < 2.5 * vsync) throw new Error(`frame measure cannot see dropped frames: p95 ${slow.toFixed(1)} ms with 40 ms of work per move`);
  return slow;
}
