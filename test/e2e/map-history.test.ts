import { describe, expect, it } from 'vitest';
import { en } from '../../shared/i18n/en/index.js';
import { appPerTest } from './appPerTest.js';
import { addLink, addPerson, card, createAccount, dragCard, drawLink, fromMoreMenu, mapOf, openMap, openMapReady, panel, personNamed } from './mapHelpers.js';

const launch = appPerTest();

const m = en.map;

describe('stakeholder map: undo, redo, keyboard', () => {
  it('undoes and redoes a sequence of map edits (move, edit, link, delete, nudge) with the keyboard and the toolbar', async () => {
    const app = await launch({ language: 'en' });
    const { page } = app;
    const accountId = createAccount(app);
    const alice = addPerson(app, accountId, { name: 'Alice Chen', title: 'CTO' }, { x: 0, y: 0 });
    const bob = addPerson(app, accountId, { name: 'Bob Li', title: 'Engineer', reportsToId: alice }, { x: -150, y: 200 });
    const carol = addPerson(app, accountId, { name: 'Carol Wu', title: 'CFO' }, { x: 300, y: 200 });
    await openMap(app, accountId);
    const at = (id: string) => {
      const p = mapOf(app, accountId).people.find((x) => x.id === id);
      return p ? [p.x, p.y] : null;
    };
    const undoButton = page.getByRole('toolbar', { name: m.toolbar.label }).getByRole('button', { name: /^Undo/ });
    const redoButton = page.getByRole('toolbar', { name: m.toolbar.label }).getByRole('button', { name: /^Redo/ });
    expect(await undoButton.isDisabled()).toBe(true);

    // 1. move Carol by dragging
    await dragCard(page, 'Carol Wu', 120, 40);
    await expect.poll(() => at(carol)).not.toEqual([300, 200]);
    const moved = at(carol)!;
    expect(moved[0]! - 300).toBeGreaterThan(60);
    expect(await undoButton.getAttribute('aria-label')).toBe('Undo: move');

    // 2. edit Bob's title
    await card(page, 'Bob Li').click();
    await panel(page, m.panel.label).getByLabel(m.panel.fields.title, { exact: true }).fill('Head of IT operations');
    await panel(page, m.panel.label).getByRole('button', { name: m.panel.save }).click();
    await expect.poll(() => personNamed(app, accountId, 'Bob Li')?.title).toBe('Head of IT operations');
    await page.getByRole('button', { name: m.panel.close }).click();

    // 3. link Alice → Carol
    await drawLink(page, 'Alice Chen', 'Carol Wu');
    await panel(page, 'Link Alice Chen → Carol Wu').getByRole('radio', { name: en.people.linkKinds.influences }).check();
    await panel(page, 'Link Alice Chen → Carol Wu').getByRole('button', { name: m.link.create }).click();
    await expect.poll(() => mapOf(app, accountId).links.length).toBe(1);

    // 4. delete Carol with the Delete key: she has a link, so the map asks first
    await card(page, 'Carol Wu').click();
    await page.getByRole('button', { name: m.panel.close }).click();
    await card(page, 'Carol Wu').focus();
    await page.keyboard.press('Delete');
    const dialog = page.getByRole('dialog', { name: 'Delete Carol Wu?' });
    await dialog.getByText('Their 1 link(s) go with them').waitFor();
    await dialog.getByRole('button', { name: m.delete.confirm }).click();
    await expect.poll(() => personNamed(app, accountId, 'Carol Wu')).toBeUndefined();
    await expect.poll(() => card(page, 'Carol Wu').count()).toBe(0);

    // 5. nudge Bob with an arrow key
    await card(page, 'Bob Li').click();
    await page.getByRole('button', { name: m.panel.close }).click();
    await card(page, 'Bob Li').focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => at(bob)).toEqual([-140, 200]);
    await page.keyboard.press('Shift+ArrowDown');
    await expect.poll(() => at(bob)).toEqual([-140, 250]);

    // Undo, one step at a time.
    await page.keyboard.press('Control+z');
    await expect.poll(() => at(bob)).toEqual([-140, 200]);
    await page.keyboard.press('Control+z');
    await expect.poll(() => at(bob)).toEqual([-150, 200]);
    await page.keyboard.press('Control+z');
    await expect.poll(() => personNamed(app, accountId, 'Carol Wu')?.id).toBe(carol);
    await card(page, 'Carol Wu').waitFor();
    expect(mapOf(app, accountId).links).toHaveLength(1);
    await undoButton.click();
    await expect.poll(() => mapOf(app, accountId).links.length).toBe(0);
    await page.keyboard.press('Control+z');
    await expect.poll(() => personNamed(app, accountId, 'Bob Li')?.title).toBe('Engineer');
    await page.keyboard.press('Control+z');
    await expect.poll(() => at(carol)).toEqual([300, 200]);
    await expect.poll(() => undoButton.isDisabled()).toBe(true);

    // Redo: the move and the edit come back, in order.
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => at(carol)).toEqual(moved);
    await redoButton.click();
    await expect.poll(() => personNamed(app, accountId, 'Bob Li')?.title).toBe('Head of IT operations');
    await expect.poll(() => card(page, 'Bob Li').textContent()).toContain('Head of IT operations');
    expect(app.errors).toEqual([]);
  });

  it('takes back one nudge at a time when a second is pressed before the first is saved', async () => {
    // The backend has written the first nudge but the page has not had the answer yet.
    const app = await launch({ language: 'en', slowAnswers: { 'people.move': 400 } });
    const { page } = app;
    const accountId = createAccount(app);
    const dan = addPerson(app, accountId, { name: 'Dan Xu' }, { x: 0, y: 0 });
    await openMap(app, accountId);
    const at = () => {
      const p = personNamed(app, accountId, 'Dan Xu');
      return p ? [p.x, p.y] : null;
    };
    await card(page, 'Dan Xu').click();
    await page.getByRole('button', { name: m.panel.close }).click();
    await card(page, 'Dan Xu').focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(at).toEqual([10, 0]);
    await page.keyboard.press('ArrowRight');
    await expect.poll(at).toEqual([20, 0]);

    await page.keyboard.press('Control+z');
    await expect.poll(at).toEqual([10, 0]);
    await page.keyboard.press('Control+z');
    await expect.poll(at).toEqual([0, 0]);
    expect(personNamed(app, accountId, 'Dan Xu')?.id).toBe(dan);
    expect(app.errors).toEqual([]);
  });

  it('moves several selected cards in one undoable step and deletes a selection', async () => {
    const app = await launch({ language: 'en' });
    const { page } = app;
    const accountId = createAccount(app);
    const a = addPerson(app, accountId, { name: 'Ann' }, { x: 0, y: 0 });
    const b = addPerson(app, accountId, { name: 'Ben' }, { x: 300, y: 0 });
    addPerson(app, accountId, { name: 'Cat' }, { x: 600, y: 0 });
    addLink(app, accountId, a, b, { kind: 'ally' });
    await openMapReady(app, accountId);

    // Shift+drag on the empty canvas draws a selection box; Shift+click adds to a selection.
    // The box is drawn around where Ann is once the first view has stopped moving (it fits with an animation).
    let ann = (await card(page, 'Ann').boundingBox())!;
    await expect
      .poll(async () => {
        const now = (await card(page, 'Ann').boundingBox())!;
        const still = now.x === ann.x && now.y === ann.y && now.width === ann.width;
        ann = now;
        return still;
      })
      .toBe(true);
    // Drawn from below-right up to above-left: the first view puts the top of the tree at the canvas's top
    // edge, so the box starts on empty canvas under the card and may end above the canvas.
    await page.keyboard.down('Shift');
    await page.mouse.move(ann.x + ann.width + 10, ann.y + ann.height + 20);
    await page.mouse.down();
    await page.mouse.move(ann.x - 20, ann.y - 20, { steps: 8 });
    await page.mouse.up();
    await page.keyboard.up('Shift');
    await expect.poll(() => card(page, 'Ann').getAttribute('class')).toContain('selected');
    expect(await card(page, 'Ben').getAttribute('class')).not.toContain('selected');
    await card(page, 'Ben').click({ modifiers: ['Shift'] });
    await panel(page, m.panel.label).getByText('2 people selected').waitFor();
    await dragCard(page, 'Ben', 0, 120);
    await expect.poll(() => mapOf(app, accountId).people.filter((p) => p.y! > 50).map((p) => p.name).sort()).toEqual(['Ann', 'Ben']);
    const cat = personNamed(app, accountId, 'Cat')!;
    expect([cat.x, cat.y]).toEqual([600, 0]);
    await page.keyboard.press('Control+z');
    await expect.poll(() => mapOf(app, accountId).people.map((p) => p.y)).toEqual([0, 0, 0]);

    // Delete both (they share a link: asked first); undo brings both and the link back.
    await panel(page, m.panel.label).getByRole('button', { name: m.toolbar.deleteSelected.replace('{{count}}', '2') }).click();
    await page.getByRole('dialog', { name: 'Delete 2 people?' }).getByRole('button', { name: m.delete.confirm }).click();
    await expect.poll(() => mapOf(app, accountId).people.map((p) => p.name)).toEqual(['Cat']);
    await page.getByRole('status').getByRole('button', { name: en.common.undo }).click();
    await expect.poll(() => mapOf(app, accountId).people.length).toBe(3);
    expect(mapOf(app, accountId).links).toHaveLength(1);
    await card(page, 'Ann').waitFor();
    expect(app.errors).toEqual([]);
  });

  it('re-lays out everyone as a tidy org chart in one undoable step', async () => {
    const app = await launch({ language: 'en' });
    const { page } = app;
    const accountId = createAccount(app);
    const boss = addPerson(app, accountId, { name: 'Boss' }, { x: 900, y: 700 });
    addPerson(app, accountId, { name: 'Left', reportsToId: boss }, { x: 0, y: 0 });
    addPerson(app, accountId, { name: 'Right', reportsToId: boss }, { x: 40, y: 20 });
    await openMap(app, accountId);
    const before = mapOf(app, accountId).people.map((p) => [p.x, p.y]);

    await fromMoreMenu(page, m.toolbar.relayout);
    await expect.poll(() => personNamed(app, accountId, 'Boss')!.y! < personNamed(app, accountId, 'Left')!.y!).toBe(true);
    const after = Object.fromEntries(mapOf(app, accountId).people.map((p) => [p.name, p]));
    expect(after.Left!.y).toBe(after.Right!.y);
    expect(Math.abs(after.Left!.x! - after.Right!.x!)).toBeGreaterThanOrEqual(224);
    expect(await page.getByRole('button', { name: 'Undo: re-layout' }).isEnabled()).toBe(true);

    await page.getByRole('button', { name: 'Undo: re-layout' }).click();
    await expect.poll(() => mapOf(app, accountId).people.map((p) => [p.x, p.y])).toEqual(before);
    expect(app.errors).toEqual([]);
  });
});
