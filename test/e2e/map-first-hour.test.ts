import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { MARKS, ROLE_CHIP } from '../../shared/domain/mapStyle.js';
import { en } from '../../shared/i18n/en/index.js';
import type { Language, Messages } from '../../shared/i18n/index.js';
import { zhCN } from '../../shared/i18n/zh-CN/index.js';
import { sampleAccount } from '../../shared/sample/sampleAccount.js';
import { appPerTest } from './appPerTest.js';
import { keepForDocs, screenshot, testResultsDir, type App } from './harness.js';
import { addPerson, card, createAccount, dragCard, drawLink, fromMoreMenu, mapOf, openMapReady, panel, personNamed } from './mapHelpers.js';

/** The rough edges of a map's first hour: where new people go, undo of a drag, the laptop screen, marks, exports, pains, notices. */

const launch = appPerTest();
const texts: Record<Language, Messages> = { en, 'zh-CN': zhCN };
const SCREENS = [
  { language: 'en', width: 1440, height: 900 },
  { language: 'zh-CN', width: 1280, height: 720 },
] as const;
const LAPTOP = { width: 1280, height: 720 };

async function sized(language: Language, size: { width: number; height: number }): Promise<App> {
  const app = await launch({ language });
  await app.page.setViewportSize(size);
  return app;
}

const box = async (page: Page, name: string) => (await card(page, name).boundingBox())!;
const more = (t: Messages) => t.map.toolbar.more;

describe('stakeholder map: the first hour', () => {
  it.each(SCREENS)('$language at $width×$height: a person added with a manager goes under them, one added by double-click where the user clicked', async ({ language, width, height }) => {
    const app = await sized(language, { width, height });
    const { page } = app;
    const t = texts[language].map;
    const accountId = createAccount(app);
    const boss = addPerson(app, accountId, { name: 'Alice Chen', title: 'CIO' });
    addPerson(app, accountId, { name: 'Bob Li', title: 'Head of IT', reportsToId: boss });
    addPerson(app, accountId, { name: 'Carol Wu', title: 'CFO', reportsToId: boss });
    await openMapReady(app, accountId);

    // From the toolbar, with a manager: under that manager, laid out automatically (nothing stored).
    await page.getByRole('toolbar', { name: t.toolbar.label }).getByRole('button', { name: t.toolbar.add }).click();
    const form = panel(page, t.panel.label);
    await form.getByLabel(t.panel.fields.name, { exact: true }).fill('Dan Zhao');
    await form.getByLabel(t.panel.fields.reportsTo).selectOption({ label: 'Carol Wu – CFO' });
    await form.getByRole('button', { name: t.panel.add }).click();
    await card(page, 'Dan Zhao').waitFor();
    await expect.poll(async () => (await box(page, 'Dan Zhao')).y > (await box(page, 'Carol Wu')).y + (await box(page, 'Carol Wu')).height).toBe(true);
    const [dan, carol] = [await box(page, 'Dan Zhao'), await box(page, 'Carol Wu')];
    expect(Math.abs(dan.x + dan.width / 2 - (carol.x + carol.width / 2))).toBeLessThan(carol.width);
    expect(personNamed(app, accountId, 'Dan Zhao')).toMatchObject({ x: null, y: null, reportsToId: personNamed(app, accountId, 'Carol Wu')!.id });
    await screenshot(page, `map.added-under-manager.${language}.${width}`, `map-added-under-manager.${language}`);

    // Double-click on the canvas, with a manager as well: right where the user clicked.
    const pane = (await page.locator('.react-flow__pane').boundingBox())!;
    const spot = { x: pane.x + 150, y: pane.y + pane.height - 90 };
    await page.mouse.dblclick(spot.x, spot.y);
    await form.getByLabel(t.panel.fields.name, { exact: true }).fill('Eve Sun');
    await form.getByLabel(t.panel.fields.reportsTo).selectOption({ label: 'Alice Chen – CIO' });
    await form.getByRole('button', { name: t.panel.add }).click();
    await card(page, 'Eve Sun').waitFor();
    const eve = await box(page, 'Eve Sun');
    expect(Math.abs(eve.x + eve.width / 2 - spot.x)).toBeLessThan(8);
    expect(Math.abs(eve.y + eve.height / 2 - spot.y)).toBeLessThan(8);
    expect(personNamed(app, accountId, 'Eve Sun')!.x).not.toBeNull();
    expect(app.errors).toEqual([]);
  });

  it.each(SCREENS)('$language at $width×$height: undo of a drag clears the stored position, the tidy layout comes back and Re-layout is not offered', async ({ language, width, height }) => {
    const app = await sized(language, { width, height });
    const { page } = app;
    const t = texts[language].map;
    const accountId = createAccount(app);
    const boss = addPerson(app, accountId, { name: 'Alice Chen' });
    for (const name of ['Bob Li', 'Carol Wu']) addPerson(app, accountId, { name, reportsToId: boss });
    await openMapReady(app, accountId);
    const before = await box(page, 'Bob Li');

    await dragCard(page, 'Bob Li', 160, 90);
    await expect.poll(() => personNamed(app, accountId, 'Bob Li')!.x).not.toBeNull();
    await page.keyboard.press('Control+z');
    await expect.poll(() => mapOf(app, accountId).people.map((p) => [p.x, p.y])).toEqual([
      [null, null],
      [null, null],
      [null, null],
    ]);
    await expect.poll(async () => Math.hypot((await box(page, 'Bob Li')).x - before.x, (await box(page, 'Bob Li')).y - before.y)).toBeLessThan(2);
    await page.getByRole('toolbar').getByRole('button', { name: more(texts[language]) }).click();
    expect(await page.getByRole('menuitem', { name: t.toolbar.relayout }).getAttribute('aria-disabled')).toBe('true');
    await screenshot(page, `map.drag-undone.${language}.${width}`, `map-drag-undone.${language}`);
    await page.keyboard.press('Escape');

    // Redo stores the dragged position again.
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => personNamed(app, accountId, 'Bob Li')!.x).not.toBeNull();
    expect(app.errors).toEqual([]);
  });

  it.each(['en', 'zh-CN'] as const)('%s at 1280×720: the toolbar is one row in every view, the canvas has most of the height, and "More" is a menu', async (language) => {
    const app = await sized(language, LAPTOP);
    const { page } = app;
    const t = texts[language];
    const account = app.db.call('sample.load', { language });
    await openMapReady(app, account.id);
    const toolbar = page.getByRole('toolbar', { name: t.map.toolbar.label });
    for (const view of ['org', 'decision', 'pain', 'coverage'] as const) {
      await page.getByRole('radio', { name: t.map.views[view] }).click();
      const tops = await toolbar.evaluate((el) => [...el.children].map((child) => Math.round(child.getBoundingClientRect().top)));
      expect(new Set(tops).size).toBe(1);
      const bar = (await toolbar.boundingBox())!;
      expect(bar.height).toBeLessThan(44);
      expect(bar.x + bar.width).toBeLessThanOrEqual(LAPTOP.width);
    }
    const canvas = (await page.locator('.react-flow').boundingBox())!;
    expect(canvas.height).toBeGreaterThan(LAPTOP.height * 0.6);
    await page.getByRole('radio', { name: t.map.views.decision }).click();
    await screenshot(page, `map.laptop.${language}`, `map-laptop.${language}`);

    // The menu by keyboard: arrow down opens it on its first item, Escape closes it and gives focus back.
    const button = toolbar.getByRole('button', { name: more(t) });
    expect(await button.getAttribute('aria-haspopup')).toBe('menu');
    await button.focus();
    await page.keyboard.press('ArrowDown');
    const menu = page.getByRole('menu', { name: more(t) });
    await menu.waitFor();
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toMatch(/^menuitem/);
    expect(await menu.getByRole('menuitemcheckbox', { name: t.map.toolbar.compact }).getAttribute('aria-checked')).toBe('true');
    await screenshot(page, `map.more-menu.${language}`);
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-haspopup'))).toBe('menu');
    expect(app.errors).toEqual([]);
  });

  it.each(['en', 'zh-CN'] as const)('%s: a mark means the same on the card, in the legend and in the table', async (language) => {
    const app = await launch({ language });
    const { page } = app;
    const t = texts[language];
    const account = app.db.call('sample.load', { language });
    const people = mapOf(app, account.id).people;
    const coach = people.find((p) => p.roles.includes('coach'))!;
    const champion = people.find((p) => p.attitude === 'champion')!;
    const maker = people.find((p) => p.roles.includes('decision_maker'))!;
    await openMapReady(app, account.id);
    // The sample opens folded to what is readable (issue 7): every card on the canvas first.
    await page.getByRole('button', { name: t.map.filters.expandAll }).click();
    await expect.poll(() => page.locator('.react-flow__node-person').count()).toBe(people.length);
    /** The colour and shape of a mark, and the colours of a role chip, inside `scope`. */
    const drawn = (scope: string, mark: 'coach' | 'champion') =>
      page.locator(scope).locator(`.mark-${mark}`).first().evaluate((el) => [getComputedStyle(el).backgroundColor, el.querySelector('path')?.getAttribute('d')]);
    const chip = (scope: string) =>
      page.locator(scope).locator('.role-decision_maker').first().evaluate((el) => [getComputedStyle(el).backgroundColor, getComputedStyle(el).color]);
    const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

    const onCard = {
      coach: await card(page, coach.name).locator('.mark-coach').evaluate((el) => [getComputedStyle(el).backgroundColor, el.querySelector('path')?.getAttribute('d')]),
      champion: await card(page, champion.name).locator('.mark-champion').evaluate((el) => [getComputedStyle(el).backgroundColor, el.querySelector('path')?.getAttribute('d')]),
      chip: await card(page, maker.name).locator('.role-decision_maker').evaluate((el) => [getComputedStyle(el).backgroundColor, getComputedStyle(el).color]),
    };
    expect(onCard.coach).toEqual([rgb(MARKS.coach.color), MARKS.coach.path]);
    expect(onCard.champion).toEqual([rgb(MARKS.champion.color), MARKS.champion.path]);
    expect(onCard.chip).toEqual([rgb(ROLE_CHIP.decision_maker.fill), rgb(ROLE_CHIP.decision_maker.text)]);
    expect(await card(page, coach.name).getByRole('img', { name: t.map.card.coach }).count()).toBe(1);

    await page.getByRole('button', { name: t.map.toolbar.legend }).click();
    expect(await drawn('.map-legend', 'coach')).toEqual(onCard.coach);
    expect(await drawn('.map-legend', 'champion')).toEqual(onCard.champion);
    expect(await chip('.map-legend')).toEqual(onCard.chip);
    await screenshot(page, `map.legend.${language}`);

    await page.getByRole('navigation', { name: t.accounts.tabs.label }).getByRole('link', { name: t.table.tab }).click();
    const row = (name: string) => `.people-table tr.person-row:has(a:text-is("${name}"))`;
    await page.locator(row(coach.name)).waitFor();
    expect(await drawn(row(coach.name), 'coach')).toEqual(onCard.coach);
    expect(await drawn(row(champion.name), 'champion')).toEqual(onCard.champion);
    expect(await chip(row(maker.name))).toEqual(onCard.chip);
    expect(await page.locator(row(coach.name)).getByRole('img', { name: t.map.card.coach }).count()).toBe(1);
    expect(await page.locator('.people-table').getByText('★').count()).toBe(0);
    expect(app.errors).toEqual([]);
  });

  it.each(['en', 'zh-CN'] as const)('%s: cards use whole words that fit, and owners’ initials (a Chinese name by its surname)', async (language) => {
    const app = await launch({ language });
    const { page } = app;
    const account = app.db.call('sample.load', { language });
    const liu = app.db.call('team.create', { fields: { name: '刘经理', role: '' } });
    const he = app.db.call('team.create', { fields: { name: '何文', role: '' } });
    const dana = app.db.call('team.create', { fields: { name: 'Dana Lee', role: '' } });
    const people = mapOf(app, account.id).people;
    for (const [k, owner] of [liu, he, dana].entries()) app.db.call('people.update', { id: people[k]!.id, patch: { ownerId: owner.id } });
    await openMapReady(app, account.id);
    const chipOf = (name: string) => card(page, name).locator('.owner-chip').textContent();
    expect([await chipOf(people[0]!.name), await chipOf(people[1]!.name), await chipOf(people[2]!.name)]).toEqual(['刘', '何', 'DL']);

    // No short forms ("DM", "Acq.", "Gate"), and nothing cut inside a card's roles or relationship.
    const cut = await page.evaluate(() =>
      [...document.querySelectorAll('.person-card')].flatMap((el) => {
        const roles = el.querySelector('.card-roles')?.getBoundingClientRect();
        const bad = [...el.querySelectorAll('.card-roles > *')].filter((chip) => roles && chip.getBoundingClientRect().bottom > roles.bottom + 0.5);
        const level = el.querySelector('.card-level') as HTMLElement;
        if (level.scrollHeight > level.clientHeight + 1 || level.scrollWidth > level.clientWidth + 1) bad.push(level);
        const foot = el.querySelector('.card-foot')!.getBoundingClientRect();
        if (foot.bottom > el.getBoundingClientRect().bottom) bad.push(el);
        return bad.map((b) => `${el.querySelector('.card-name')?.textContent}: ${b.textContent}`);
      }),
    );
    expect(cut).toEqual([]);
    if (language === 'en') {
      const words = await page.locator('.card-roles, .card-level').allTextContents();
      expect(words.join(' ')).not.toMatch(/\b(DM|Acq\.|Met|Gate|Appr\.|Infl\.)(?!\w)/);
      expect(words.join(' ')).toContain('Decision-maker');
    }
    for (let i = 0; i < 3; i++) await page.locator('.react-flow__controls-zoomin').click();
    await card(page, people[0]!.name).scrollIntoViewIfNeeded();
    await screenshot(page, `map.cards.${language}`);
    expect(app.errors).toEqual([]);
  });

  it.each(['en', 'zh-CN'] as const)('%s: the decision-chain export is not the org chart, keeps every card field and is named in the UI language', async (language) => {
    const app = await sized(language, LAPTOP);
    const { page } = app;
    const t = texts[language];
    const account = app.db.call('sample.load', { language });
    const { people, links } = mapOf(app, account.id);
    const onChain = new Set(links.filter((l) => l.kind === 'decision_flow').flatMap((l) => [l.sourceId, l.targetId]));
    const offChain = people.find((p) => !onChain.has(p.id))!;
    await openMapReady(app, account.id);
    const exported = async (item: string) => {
      const before = app.host.dialogs.length;
      await fromMoreMenu(page, item, more(t));
      // A PNG of the whole map takes a moment to draw.
      await expect.poll(() => app.host.dialogs.length, { timeout: 20_000 }).toBe(before + 1);
      const name = app.host.dialogs[before]!.suggestedName;
      await expect.poll(() => existsSync(join(app.host.folder, name)), { timeout: 10_000 }).toBe(true);
      return { name, bytes: readFileSync(join(app.host.folder, name)) };
    };
    const suffix = t.map.export.files;
    const org = await exported(t.map.toolbar.exportSvg);
    expect(org.name).toBe(`${sampleAccount[language].name}-${suffix.org}.svg`);
    const orgSvg = org.bytes.toString('utf8');

    await page.getByRole('radio', { name: t.map.views.decision }).click();
    const dimmed = (await exported(t.map.toolbar.exportSvg)).bytes.toString('utf8');
    await page.getByRole('button', { name: t.map.toolbar.layered }).click();
    await expect.poll(() => card(page, offChain.name).isHidden()).toBe(true);
    const chain = await exported(t.map.toolbar.exportSvg);
    expect(chain.name).toBe(`${sampleAccount[language].name}-${suffix.decision}.svg`);
    const chainSvg = chain.bytes.toString('utf8');
    // The org chart has everyone; the decision chain dims (or, laid out in layers, leaves out) who is off it.
    expect(orgSvg).toContain(`>${offChain.name}</text>`);
    expect(dimmed).toContain('opacity="0.28"');
    expect(orgSvg).not.toContain('opacity="0.28"');
    expect(chainSvg).not.toContain(`>${offChain.name}</text>`);
    expect(chainSvg).toContain(t.map.export.titles.decision.replace('{{account}}', '').trim());
    expect(chainSvg).not.toBe(orgSvg);
    // Every field of the card: whole role words, the target relationship; nothing on a card cut with "…".
    expect(orgSvg).toContain(`>${t.people.roles.economic_buyer}</text>`);
    expect(orgSvg).toMatch(/→/);
    const cardTexts = [...orgSvg.matchAll(/<g transform="translate[^>]*>(.*?)<\/g>/g)].flatMap((m) => [...m[1]!.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((x) => x[1]!));
    expect(cardTexts.filter((s) => s.endsWith('…'))).toEqual([]);
    writeFileSync(join(testResultsDir, `map.export.org.${language}.svg`), orgSvg);
    writeFileSync(join(testResultsDir, `map.export.decision.${language}.svg`), chainSvg);

    const png = await exported(t.map.toolbar.exportPng);
    expect(png.name).toBe(`${sampleAccount[language].name}-${suffix.decision}.png`);
    const chainPng = join(testResultsDir, `map.export.decision.${language}.png`);
    writeFileSync(chainPng, png.bytes);
    keepForDocs(chainPng, `map-export-decision.${language}`);
    await page.getByRole('radio', { name: t.map.views.org }).click();
    const orgPng = join(testResultsDir, `map.export.org.${language}.png`);
    writeFileSync(orgPng, (await exported(t.map.toolbar.exportPng)).bytes);
    keepForDocs(orgPng, `map-export-org.${language}`);
    expect(app.errors).toEqual([]);
  });

  it.each(['en', 'zh-CN'] as const)('%s: the pain chain shows each person’s pains, and a new pain-chain link offers them as its label', async (language) => {
    const app = await launch({ language });
    const { page } = app;
    const t = texts[language].map;
    const accountId = createAccount(app);
    const cfo = addPerson(app, accountId, { name: 'Carol Wu', title: 'CFO', pains: 'Budget cut by 20%' }, { x: 0, y: 0 });
    addPerson(app, accountId, { name: 'Bob Li', title: 'Head of IT', pains: 'Night-time outages\nOld core system', reportsToId: cfo }, { x: 400, y: 0 });
    await openMapReady(app, accountId);
    await page.getByRole('radio', { name: t.views.pain }).click();
    await card(page, 'Carol Wu').getByText('Budget cut by 20%').waitFor();
    expect(await card(page, 'Bob Li').locator('.card-pains').textContent()).toContain('Night-time outages');

    await drawLink(page, 'Carol Wu', 'Bob Li');
    const chooser = panel(page, t.link.chooseTitle.replace('{{source}}', 'Carol Wu').replace('{{target}}', 'Bob Li'));
    await chooser.getByRole('radio', { name: texts[language].people.linkKinds.pain_chain }).check();
    const choices = chooser.getByRole('group', { name: t.link.painChoices });
    await choices.getByRole('button', { name: 'Old core system' }).waitFor();
    await choices.getByRole('button', { name: 'Budget cut by 20% → Night-time outages' }).click();
    expect(await chooser.getByLabel(t.link.pain, { exact: true }).inputValue()).toBe('Budget cut by 20% → Night-time outages');
    await screenshot(page, `map.pain-choices.${language}`);
    await chooser.getByRole('button', { name: t.link.create }).click();
    await expect.poll(() => mapOf(app, accountId).links.map((l) => [l.kind, l.label])).toEqual([['pain_chain', 'Budget cut by 20% → Night-time outages']]);
    await screenshot(page, `map.pain.${language}`);
    expect(app.errors).toEqual([]);
  });

  it.each(['en', 'zh-CN'] as const)('%s: notices stay off the canvas and its controls, and go when the user leaves the account', async (language) => {
    const app = await sized(language, LAPTOP);
    const { page } = app;
    const t = texts[language];
    const account = app.db.call('sample.load', { language });
    await openMapReady(app, account.id);
    await fromMoreMenu(page, t.map.toolbar.exportSvg, more(t));
    const notice = page.getByRole('status').locator('.toast');
    await notice.waitFor();
    const [toastBox, canvas] = [(await notice.boundingBox())!, (await page.locator('.react-flow').boundingBox())!];
    expect(toastBox.y).toBeGreaterThanOrEqual(canvas.y + canvas.height);
    expect(toastBox.y + toastBox.height).toBeLessThanOrEqual(LAPTOP.height);
    await screenshot(page, `map.notice.${language}`);

    // Another tab of the same account keeps it; the accounts list does not (a moment on: a notice raised as the page changes goes along).
    await page.waitForTimeout(500);
    await page.getByRole('navigation', { name: t.accounts.tabs.label }).getByRole('link', { name: t.table.tab }).click();
    await page.locator('.people-table').waitFor();
    expect(await notice.count()).toBe(1);
    await page.getByRole('navigation', { name: t.nav.main }).getByRole('link', { name: t.nav.accounts, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: t.accounts.title }).waitFor();
    await expect.poll(() => notice.count()).toBe(0);
    expect(app.errors).toEqual([]);
  });
});
