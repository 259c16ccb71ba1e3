import type { Page } from 'playwright-core';
import { en } from '../shared/i18n/en/index.js';
import { childrenOf, descendantsOf } from '../shared/domain/reportingTree.js';
import { closeBrowser } from '../test/e2e/harness.js';
import { startStaticServer } from '../test/e2e/staticServer.js';
import type { GeneratedOrg } from '../test/helpers/orgGenerator.js';
import { calibrate, gestureFrames, loopPath, p95, vsyncOf, type XY } from './frames.js';
import { benchOrg, clickPoint, markStart, openKeyplan, openPeer, peerPage, settled, startSession, type MapSession } from './mapSession.js';
import { median } from './measure.js';
import { buildPeer, writePeerOrg } from './peer/build.js';
import type { Bench } from './types.js';
import { freshPageAt } from './freshPage.js';

/**
 * The stakeholder map at scale, side by side with the peer (d3-org-chart 3.1.1 drawing the same
 * generated org in the same Chromium, bench/peer/): opening, unfolding, Expand all, and frame
 * times while panning and dragging (bench/frames.ts says how frames are measured). Opens of the
 * two are interleaved, one warm-up each, then medians.
 */

async function withSession<T>(org: GeneratedOrg, run: (session: MapSession) => Promise<T>): Promise<T> {
  const session = await startSession(org);
  try {
    return await run(session);
  } finally {
    await session.app.close();
    await closeBrowser();
  }
}

/** Keyplan's and the peer's opening of the same org, alternately; medians after one warm-up each. */
async function openSideBySide(session: MapSession, size: number, runs: number): Promise<{ ours: number; peer: number }> {
  writePeerOrg(size, session.org);
  const server = await startStaticServer(await buildPeer());
  const peer = await peerPage(session.app);
  try {
    const ours: number[] = [];
    const theirs: number[] = [];
    for (let i = 0; i <= runs; i++) {
      ours.push(await openKeyplan(session));
      theirs.push(await openPeer(peer, server.url, size));
    }
    console.log(`  open ${size}: Keyplan ${ours.map(Math.round).join(', ')} ms; d3-org-chart ${theirs.map(Math.round).join(', ')} ms`);
    return { ours: median(ours.slice(1)), peer: median(theirs.slice(1)) };
  } finally {
    await peer.context().close();
    await server.close();
  }
}

/** Bytes of `map.get`'s answer per person, as it crosses to the renderer (JSON, as over the e2e bridge). */
const payloadPerPerson = ({ app, accountId }: MapSession) => {
  const map = app.db.call('map.get', { accountId });
  return Buffer.byteLength(JSON.stringify(map)) / map.people.length;
};

/** A point of the empty canvas (no card, line or overlay under it), near the middle if there is one. */
async function emptyPoint(page: Page): Promise<XY> {
  const point = await page.evaluate(() => {
    const stage = document.querySelector('.react-flow')!.getBoundingClientRect();
    const centre = { x: stage.x + stage.width / 2, y: stage.y + stage.height / 2 };
    const candidates: { x: number; y: number; d: number }[] = [];
    for (let x = stage.x + 40; x < stage.right - 40; x += 24) {
      for (let y = stage.y + 40; y < stage.bottom - 40; y += 24) candidates.push({ x, y, d: Math.hypot(x - centre.x, y - centre.y) });
    }
    candidates.sort((a, b) => a.d - b.d);
    return candidates.find((c) => document.elementFromPoint(c.x, c.y)?.classList.contains('react-flow__pane')) ?? null;
  });
  if (!point) throw new Error('no empty spot on the canvas to pan from');
  return point;
}

/** The middle of the person card nearest the middle of the canvas (grabbed there, away from its buttons). */
async function middleCard(page: Page): Promise<XY> {
  const point = await page.evaluate(() => {
    const stage = document.querySelector('.react-flow')!.getBoundingClientRect();
    const centre = { x: stage.x + stage.width / 2, y: stage.y + stage.height / 2 };
    const boxes = [...document.querySelectorAll('.react-flow__node-person')]
      .map((n) => n.getBoundingClientRect())
      .filter((b) => b.width > 0 && b.x > stage.x && b.right < stage.right && b.y > stage.y && b.bottom < stage.bottom);
    boxes.sort((a, b) => Math.hypot(a.x - centre.x, a.y - centre.y) - Math.hypot(b.x - centre.x, b.y - centre.y));
    const card = boxes[0];
    return card ? { x: card.x + card.width / 2, y: card.y + card.height / 3 } : null;
  });
  if (!point) throw new Error('no card in view to drag');
  return point;
}

/** p95 of the frame intervals over three rounds of the gesture from `from` (a drag is undone after each round). */
async function framesP95(session: MapSession, from: XY, undo: boolean): Promise<number> {
  const { page } = session.app;
  const cdp = await page.context().newCDPSession(page);
  const vsync = await vsyncOf(page);
  const frames: number[] = [];
  for (let round = 0; round < 3; round++) {
    frames.push(...(await gestureFrames(page, cdp, loopPath(from), vsync)));
    if (undo) await page.keyboard.press('Control+z');
    await page.waitForTimeout(300);
  }
  await cdp.detach();
  return p95(frames);
}

/** Expand all → the re-fitted view of the whole unfolded tree, painted and interactive. */
async function expandAll(page: Page): Promise<number> {
  const canvas = page.locator('.react-flow');
  const fits = await canvas.getAttribute('data-fits');
  const before = await page.evaluate(() => [...document.querySelectorAll('.react-flow__node')].map((n) => n.getAttribute('style')).join('|'));
  const at = await clickPoint(page.getByRole('button', { name: en.map.filters.expandAll }));
  await markStart(page);
  await page.mouse.click(at.x, at.y);
  if (fits !== null) {
    await page.waitForFunction((n) => document.querySelector('.react-flow')?.getAttribute('data-fits') !== n, fits, { timeout: 30_000 });
  } else {
    // A build that does not re-fit: wait for the re-flowed tree to be drawn.
    await page.waitForFunction(
      (b) => [...document.querySelectorAll('.react-flow__node')].map((n) => n.getAttribute('style')).join('|') !== b,
      before,
      { timeout: 30_000 },
    );
  }
  return settled(page);
}

/** Ctrl+F, the person's name, Enter: the map centres on them at a reading zoom (as a user goes to someone). */
async function goTo(page: Page, name: string): Promise<void> {
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+f');
  await page.getByRole('combobox', { name: en.map.search.label }).fill(name);
  await page.keyboard.press('Enter');
  await page.waitForTimeout(800);
}

/** Someone deep in the tree with a few reports: where a user zooms in to work on an unfolded map. */
const deepPerson = (org: GeneratedOrg) => {
  const children = childrenOf(org.people.map((p) => ({ id: p.id, reportsToId: p.fields.reportsToId })));
  const deepest = Math.max(...org.people.map((p) => p.level));
  return org.people.find((p) => p.level === deepest - 2 && (children.get(p.id)?.length ?? 0) >= 3) ?? org.people[Math.floor(org.people.length / 2)]!;
};

async function size1500(): Promise<Record<string, number>> {
  return withSession(benchOrg(1500), async (session) => {
    const { page } = session.app;
    const out: Record<string, number> = { 'map.payload.bytes_per_person': payloadPerPerson(session) };
    const open = await openSideBySide(session, 1500, 7);
    out['map.open.1500.ms'] = open.ours;
    out['map.open.1500.d3.ms'] = open.peer;
    out['map.open.1500.vs_d3.ratio'] = open.ours / open.peer;

    // Frames in the default (folded) view.
    await openKeyplan(session);
    const pane = await emptyPoint(page);
    const cdp = await page.context().newCDPSession(page);
    out['map.frames.calibration.p95.ms'] = await calibrate(page, cdp, loopPath(pane), await vsyncOf(page));
    await cdp.detach();
    out['map.pan.p95.1500.ms'] = await framesP95(session, pane, false);
    out['map.drag.p95.1500.ms'] = await framesP95(session, await middleCard(page), true);

    const times: number[] = [];
    for (let i = 0; i < 6; i++) {
      await openKeyplan(session);
      times.push(await expandAll(page));
    }
    console.log(`  expand all 1500: ${times.map(Math.round).join(', ')} ms`);
    out['map.expand_all.1500.ms'] = median(times.slice(1));

    // Unfolded: at the view Expand all leaves, then zoomed in on someone deep in the tree.
    out['map.pan.p95.1500.expanded.fit.ms'] = await framesP95(session, await emptyPoint(page), false);
    await goTo(page, deepPerson(session.org).fields.name);
    out['map.pan.p95.1500.expanded.ms'] = await framesP95(session, await emptyPoint(page), false);
    out['map.drag.p95.1500.expanded.ms'] = await framesP95(session, await middleCard(page), true);
    return out;
  });
}

/** The branch closest to 50 people (manager included), shown with `?focus=` on its head. */
function branchOf(org: GeneratedOrg, size = 50) {
  const children = childrenOf(org.people.map((p) => ({ id: p.id, reportsToId: p.fields.reportsToId })));
  let best = org.people[0]!;
  let gap = Infinity;
  for (const p of org.people) {
    if (!children.has(p.id)) continue;
    const d = Math.abs(descendantsOf(p.id, children).length + 1 - size);
    if (d < gap) [best, gap] = [p, d];
  }
  const below = descendantsOf(best.id, children);
  const firstReport = org.people.find((p) => p.id === children.get(best.id)![0])!;
  return { head: best, firstReport, managers: new Set(below.filter((id) => children.has(id))), size: below.length + 1 };
}

/** How many people the line under the canvas says are shown. */
async function shownCount(page: Page): Promise<number> {
  const text = (await page.locator('.map-status [aria-live]').textContent()) ?? '';
  return Number(/^(\d+)/.exec(text.replace(/,/g, ''))?.[1] ?? NaN);
}

/**
 * Unfolding the ~50-person branch: click on its head's "+N" → all its people laid out, drawn,
 * interactive. The map opens on the head with `?focus=` (the way down to it open, the teams in
 * the branch folded, as a user finds it); the teams inside are unfolded once beforehand, so the
 * head's "+N" brings the whole branch back at once.
 */
async function expandBranch(session: MapSession): Promise<number> {
  const { app, accountId, org } = session;
  const { page } = app;
  const branch = branchOf(org);
  await freshPageAt(page, `${app.url}#/accounts/${accountId}/map?focus=${branch.head.id}`);
  await page.locator('.react-flow[data-view-ready="true"]').waitFor({ timeout: 60_000 });
  const head = page.locator(`.react-flow__node-person[data-id="${branch.head.id}"]`);
  const toggle = head.locator('.collapse-toggle');
  const report = page.locator(`.react-flow__node-person[data-id="${branch.firstReport.id}"]`);
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') {
    await toggle.click();
    await report.waitFor();
  }
  const folded = page.locator('.react-flow__node-person .collapse-toggle[aria-expanded="false"]');
  for (let round = 0; round < 200; round++) {
    await settled(page);
    const ids = await folded.evaluateAll((toggles) => toggles.map((t) => t.closest('.react-flow__node')!.getAttribute('data-id')!));
    const inside = ids.find((id) => branch.managers.has(id));
    if (!inside) break;
    await page.locator(`.react-flow__node-person[data-id="${inside}"] .collapse-toggle`).click();
  }
  await settled(page);
  const open = await shownCount(page);
  await toggle.click();
  await report.waitFor({ state: 'detached' });
  await settled(page);
  const unfolds = open - (await shownCount(page));
  if (unfolds !== branch.size - 1) throw new Error(`the head's "+N" would show ${unfolds} people, not the branch's ${branch.size - 1}`);
  const times: number[] = [];
  for (let i = 0; i < 6; i++) {
    if ((await toggle.getAttribute('aria-expanded')) === 'true') {
      await toggle.click();
      await report.waitFor({ state: 'detached' });
      await settled(page);
    }
    const at = await clickPoint(toggle);
    await markStart(page);
    await page.mouse.click(at.x, at.y);
    await page.waitForFunction((count) => document.querySelector('.map-status [aria-live]')?.textContent?.startsWith(`${count} `), open);
    times.push(await settled(page));
  }
  console.log(`  expand a branch of ${branch.size} (of ${org.people.length}): ${times.map(Math.round).join(', ')} ms`);
  return median(times.slice(1));
}

async function size10000(): Promise<Record<string, number>> {
  return withSession(benchOrg(10_000), async (session) => {
    const { page } = session.app;
    const out: Record<string, number> = {};
    const open = await openSideBySide(session, 10_000, 3);
    out['map.open.10000.ms'] = open.ours;
    out['map.open.10000.d3.ms'] = open.peer;
    out['map.expand_branch.10000.ms'] = await expandBranch(session);
    await openKeyplan(session);
    out['map.expand_all.10000.ms'] = await expandAll(page);
    out['map.pan.p95.10000.expanded.fit.ms'] = await framesP95(session, await emptyPoint(page), false);
    await goTo(page, deepPerson(session.org).fields.name);
    out['map.pan.p95.10000.expanded.ms'] = await framesP95(session, await emptyPoint(page), false);
    return out;
  });
}

const ms = (name: string, target?: number) => ({ name, unit: 'ms', ...(target === undefined ? {} : { target }) });

export const benches: Bench[] = [
  {
    ...ms('map.open.1500.ms', 500),
    more: [
      ms('map.open.1500.d3.ms'),
      { name: 'map.open.1500.vs_d3.ratio', unit: 'ratio', target: 1 },
      { name: 'map.payload.bytes_per_person', unit: 'bytes' },
      ms('map.frames.calibration.p95.ms'),
      ms('map.pan.p95.1500.ms', 16.7),
      ms('map.drag.p95.1500.ms', 16.7),
      ms('map.expand_all.1500.ms', 500),
      ms('map.pan.p95.1500.expanded.fit.ms', 16.7),
      ms('map.pan.p95.1500.expanded.ms', 16.7),
      ms('map.drag.p95.1500.expanded.ms', 16.7),
    ],
    run: size1500,
  },
  {
    ...ms('map.open.10000.ms', 1500),
    more: [
      ms('map.open.10000.d3.ms'),
      ms('map.expand_branch.10000.ms', 150),
      ms('map.expand_all.10000.ms'),
      ms('map.pan.p95.10000.expanded.fit.ms', 33),
      ms('map.pan.p95.10000.expanded.ms', 33),
    ],
    run: size10000,
  },
];
