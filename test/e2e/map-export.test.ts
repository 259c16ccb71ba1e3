import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../shared/i18n/en/index.js';
import { appPerTest } from './appPerTest.js';
import { screenshot, testResultsDir, type App } from './harness.js';
import { addLink, addPerson, card, createAccount, fromMoreMenu, openMap } from './mapHelpers.js';
import { watchDialogs } from './watchDialogs.js';

const launch = appPerTest();

const m = en.map;
const HOSTILE = '<img src=x onerror=alert(1)>';
const SCRIPT = '<script>alert(2)</script>';

/** Clicks an export button; the save dialog (the harness's stand-in) takes the suggested name. */
async function exportFile(app: App, button: string): Promise<{ name: string; bytes: Buffer }> {
  const before = app.host.dialogs.length;
  await fromMoreMenu(app.page, button);
  // A PNG of the whole map takes a moment to draw.
  await expect.poll(() => app.host.dialogs.length, { timeout: 20_000 }).toBe(before + 1);
  const name = app.host.dialogs[before]?.suggestedName ?? '';
  await expect.poll(() => existsSync(join(app.host.folder, name)), { timeout: 10_000 }).toBe(true);
  return { name, bytes: readFileSync(join(app.host.folder, name)) };
}

describe('stakeholder map: hostile text and export', () => {
  it('shows hostile names as text on cards, runs nothing, and exports them escaped in SVG and drawn in PNG', async () => {
    const app = await launch({ language: 'en' });
    const { page } = app;
    const dialogs = watchDialogs(page);
    const accountId = createAccount(app, 'Grid & <Co>');
    const boss = addPerson(app, accountId, { name: HOSTILE, title: SCRIPT, department: '"IT" & <ops>' }, { x: 0, y: 0 });
    const other = addPerson(app, accountId, { name: 'Zoë "Quotes" O\'Neil', reportsToId: boss }, { x: 0, y: 220 });
    // Far away, out of the first view: the export must still hold them.
    addPerson(app, accountId, { name: 'Far Away Person' }, { x: 6000, y: 3000 });
    addLink(app, accountId, boss, other, { kind: 'pain_chain', label: '</text><script>alert(3)</script>' });
    await openMap(app, accountId);

    const hostileCard = card(page, HOSTILE);
    await hostileCard.waitFor();
    expect(await hostileCard.locator('.card-name').textContent()).toBe(HOSTILE);
    expect(await hostileCard.textContent()).toContain(SCRIPT);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.locator('.react-flow script').count()).toBe(0);
    await screenshot(page, 'map.hostile.en');

    const svg = await exportFile(app, m.toolbar.exportSvg);
    expect(svg.name).toBe('Grid & _Co_-map.svg');
    const text = svg.bytes.toString('utf8');
    expect(text.startsWith('<svg')).toBe(true);
    expect(text).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(text).toContain('&lt;script&gt;alert(2)&lt;/script&gt;');
    expect(text).toContain('Zoë &quot;Quotes&quot; O&apos;Neil');
    expect(text).toContain('Far Away Person');
    expect(text).not.toMatch(/<img|<script|onerror=alert\(1\)>/);
    await page.getByRole('status').getByText(m.export.done.replace('{{file}}', svg.name)).waitFor();

    const png = await exportFile(app, m.toolbar.exportPng);
    expect(png.name).toBe('Grid & _Co_-map.png');
    expect(png.bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    // The whole map, at twice its size: as wide as the far-away card's position and more.
    const width = png.bytes.readUInt32BE(16);
    const height = png.bytes.readUInt32BE(20);
    expect(width).toBeGreaterThan(6000);
    expect(height).toBeGreaterThan(3000);
    mkdirSync(testResultsDir, { recursive: true });
    writeFileSync(join(testResultsDir, 'map.export.hostile.png'), png.bytes);

    expect(dialogs).toEqual([]);
    expect(app.errors).toEqual([]);
  });
});
