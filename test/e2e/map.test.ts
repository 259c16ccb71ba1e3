import { describe, expect, it } from 'vitest';
import { en } from '../../shared/i18n/en/index.js';
import { appPerTest } from './appPerTest.js';
import { screenshot } from './harness.js';
import { addPerson, card, createAccount, clickLine, drawLink, line, mapOf, openMap, panel, personNamed } from './mapHelpers.js';

const launch = appPerTest();

const m = en.map;
/** SVG lines can be flat (zero height) and so count as hidden; they are there all the same. */
const ATTACHED = { state: 'attached' } as const;

describe('stakeholder map: building a map', () => {
  it('adds people (toolbar and double-click), edits every field, links them of several kinds; all kept after reload', async () => {
    const app = await launch({ language: 'en' });
    const { page } = app;
    const accountId = createAccount(app);
    const owner = app.db.call('team.create', { fields: { name: 'Wendy Account', role: 'Account manager' } });
    await openMap(app, accountId);

    // The empty map says what to do.
    await page.getByRole('heading', { name: m.emptyTitle }).waitFor();
    await screenshot(page, 'map.empty.en');

    // Toolbar: a new person in the middle of the view.
    await page.getByRole('toolbar', { name: m.toolbar.label }).getByRole('button', { name: m.toolbar.add }).click();
    const newPanel = panel(page, m.panel.label);
    await newPanel.getByRole('heading', { name: m.panel.newTitle }).waitFor();
    // Validation as you type: a name is required.
    await newPanel.getByRole('button', { name: m.panel.add }).click();
    await newPanel.getByText(m.panel.fixFirst).waitFor();
    await newPanel.getByText(en.errors.required).waitFor();
    await newPanel.getByLabel(m.panel.fields.name, { exact: true }).fill('Alice Chen');
    await newPanel.getByLabel(m.panel.fields.title, { exact: true }).fill('CTO');
    await newPanel.getByLabel(m.panel.fields.department, { exact: true }).fill('IT');
    await newPanel.getByRole('button', { name: m.panel.add }).click();
    await card(page, 'Alice Chen').waitFor();
    expect(await page.getByRole('heading', { name: m.emptyTitle }).count()).toBe(0);

    // Double-click on empty canvas: a new person right there, reporting to Alice.
    const pane = (await page.locator('.react-flow__pane').boundingBox())!;
    await page.mouse.dblclick(pane.x + 200, pane.y + pane.height - 160);
    await panel(page, m.panel.label).getByLabel(m.panel.fields.name, { exact: true }).fill('Bob Li');
    await panel(page, m.panel.label).getByLabel(m.panel.fields.reportsTo).selectOption({ label: 'Alice Chen – CTO' });
    await panel(page, m.panel.label).getByRole('button', { name: m.panel.add }).click();
    await card(page, 'Bob Li').waitFor();
    const bobBox = (await card(page, 'Bob Li').boundingBox())!;
    // The card is centred where the user double-clicked.
    expect(Math.abs(bobBox.x + bobBox.width / 2 - (pane.x + 200))).toBeLessThan(8);

    await page.mouse.dblclick(pane.x + pane.width - 380, pane.y + pane.height - 160);
    await panel(page, m.panel.label).getByLabel(m.panel.fields.name, { exact: true }).fill('Carol Wu');
    await panel(page, m.panel.label).getByRole('button', { name: m.panel.add }).click();
    await card(page, 'Carol Wu').waitFor();

    // Edit every field of Bob in the side panel.
    await card(page, 'Bob Li').click();
    const bob = panel(page, m.panel.label);
    await bob.getByRole('heading', { name: 'Bob Li' }).waitFor();
    await bob.getByLabel(m.panel.fields.title, { exact: true }).fill('Head of IT operations');
    await bob.getByLabel(m.panel.fields.department, { exact: true }).fill('IT');
    await bob.getByLabel(m.panel.fields.email, { exact: true }).fill('bob.li@pacificgrid.example');
    await bob.getByLabel(m.panel.fields.phone, { exact: true }).fill('+86 21 5555 0101');
    await bob.getByRole('checkbox', { name: en.people.roles.technical_evaluator }).check();
    await bob.getByRole('checkbox', { name: en.people.roles.coach }).check();
    await bob.getByLabel(m.panel.fields.attitude).selectOption('champion');
    await bob.getByLabel(m.panel.fields.relationship, { exact: true }).selectOption('meeting');
    await bob.getByLabel(m.panel.fields.targetRelationship).selectOption('ally');
    await bob.getByLabel(m.panel.fields.style).selectOption('analytical');
    await bob.getByLabel(m.panel.fields.influence).selectOption('high');
    await bob.getByLabel(m.panel.fields.owner).selectOption(owner.id);
    await bob.getByLabel(m.panel.fields.motivations).fill('Wants a stable migration');
    await bob.getByLabel(m.panel.fields.pains).fill('Night-time outages');
    await bob.getByLabel(m.panel.fields.notes).fill('Met at the March workshop');
    await bob.getByText(m.panel.unsaved).waitFor();
    await bob.getByRole('button', { name: m.panel.save }).click();
    await expect.poll(() => personNamed(app, accountId, 'Bob Li')?.notes).toBe('Met at the March workshop');

    // The card shows it: coach and champion markers, owner initials, relationship with target.
    const bobCard = card(page, 'Bob Li');
    await bobCard.getByRole('img', { name: m.card.coach }).waitFor();
    await bobCard.getByRole('img', { name: m.card.champion }).waitFor();
    await bobCard.getByRole('img', { name: 'Owner: Wendy Account' }).waitFor();
    expect(await bobCard.textContent()).toContain('Meeting → Ally');
    await page.getByRole('button', { name: m.panel.close }).click();

    // Links of several kinds, drawn by dragging from a card's handle to another card.
    await drawLink(page, 'Alice Chen', 'Carol Wu');
    let chooser = panel(page, 'Link Alice Chen → Carol Wu');
    await chooser.getByRole('radio', { name: en.people.linkKinds.decision_flow }).check();
    expect(await chooser.getByLabel(m.link.step).inputValue()).toBe('1');
    await chooser.getByRole('button', { name: m.link.create }).click();
    await line(page, 'Decision step: Alice Chen → Carol Wu (1)').waitFor(ATTACHED);

    await drawLink(page, 'Carol Wu', 'Bob Li');
    chooser = panel(page, 'Link Carol Wu → Bob Li');
    await chooser.getByRole('radio', { name: en.people.linkKinds.pain_chain }).check();
    // A pain-chain link needs its pain.
    await chooser.getByRole('button', { name: m.link.create }).click();
    await chooser.getByText(m.link.painRequired).waitFor();
    await chooser.getByLabel(m.link.pain).fill('Budget cut forces a cheaper system');
    await chooser.getByRole('button', { name: m.link.create }).click();
    await line(page, 'Pain chain: Carol Wu → Bob Li – Budget cut forces a cheaper system').waitFor(ATTACHED);

    await drawLink(page, 'Bob Li', 'Carol Wu');
    await panel(page, 'Link Bob Li → Carol Wu').getByRole('radio', { name: en.people.linkKinds.conflict }).check();
    await panel(page, 'Link Bob Li → Carol Wu').getByRole('button', { name: m.link.create }).click();
    await line(page, 'Conflict: Bob Li → Carol Wu').waitFor(ATTACHED);

    // "Reports to" sets the manager instead of adding a link.
    await drawLink(page, 'Carol Wu', 'Alice Chen');
    await panel(page, 'Link Carol Wu → Alice Chen').getByRole('radio', { name: /^Reports to/ }).check();
    await panel(page, 'Link Carol Wu → Alice Chen').getByRole('button', { name: m.link.create }).click();
    await line(page, 'Reports to: Carol Wu → Alice Chen').waitFor(ATTACHED);

    // Click a line to edit it.
    await clickLine(page, 'Decision step: Alice Chen → Carol Wu (1)');
    const linkPanel = panel(page, 'Decision step: Alice Chen → Carol Wu');
    await linkPanel.getByLabel(m.link.step).fill('2');
    await linkPanel.getByLabel(m.link.label).fill('Budget sign-off');
    await linkPanel.getByRole('button', { name: m.link.save }).click();
    await line(page, 'Decision step: Alice Chen → Carol Wu (2) – Budget sign-off').waitFor(ATTACHED);
    await screenshot(page, 'map.built.en');

    const before = mapOf(app, accountId);
    expect(before.people.map((p) => p.name).sort()).toEqual(['Alice Chen', 'Bob Li', 'Carol Wu']);
    expect(before.links.map((l) => l.kind).sort()).toEqual(['conflict', 'decision_flow', 'pain_chain']);
    expect(before.people.every((p) => p.x !== null && p.y !== null)).toBe(true);
    const storedBob = personNamed(app, accountId, 'Bob Li')!;
    expect(storedBob).toMatchObject({
      title: 'Head of IT operations',
      department: 'IT',
      email: 'bob.li@pacificgrid.example',
      phone: '+86 21 5555 0101',
      roles: ['technical_evaluator', 'coach'],
      attitude: 'champion',
      relationship: 'meeting',
      targetRelationship: 'ally',
      style: 'analytical',
      influence: 'high',
      ownerId: owner.id,
      motivations: 'Wants a stable migration',
      pains: 'Night-time outages',
      reportsToId: personNamed(app, accountId, 'Alice Chen')!.id,
    });
    expect(personNamed(app, accountId, 'Carol Wu')!.reportsToId).toBe(personNamed(app, accountId, 'Alice Chen')!.id);

    // Reload: everything is still there, where it was.
    const aliceBox = (await card(page, 'Alice Chen').boundingBox())!;
    await page.reload();
    await card(page, 'Carol Wu').waitFor();
    for (const name of ['Alice Chen', 'Bob Li', 'Carol Wu']) expect(await card(page, name).count()).toBe(1);
    await line(page, 'Decision step: Alice Chen → Carol Wu (2) – Budget sign-off').waitFor(ATTACHED);
    await line(page, 'Pain chain: Carol Wu → Bob Li – Budget cut forces a cheaper system').waitFor(ATTACHED);
    await line(page, 'Conflict: Bob Li → Carol Wu').waitFor(ATTACHED);
    await line(page, 'Reports to: Bob Li → Alice Chen').waitFor(ATTACHED);
    expect(mapOf(app, accountId).people.map((p) => [p.x, p.y])).toEqual(before.people.map((p) => [p.x, p.y]));
    expect((await card(page, 'Alice Chen').boundingBox())!.width).toBeCloseTo(aliceBox.width, 0);
    expect(app.errors).toEqual([]);
  });

  it('refuses a reporting cycle and a link to oneself with a clear message, changing nothing', async () => {
    const app = await launch({ language: 'en' });
    const { page } = app;
    const accountId = createAccount(app);
    const alice = addPerson(app, accountId, { name: 'Alice Chen', title: 'CTO' }, { x: 0, y: 0 });
    addPerson(app, accountId, { name: 'Bob Li', reportsToId: alice }, { x: 0, y: 200 });
    await openMap(app, accountId);
    const before = mapOf(app, accountId);

    // Alice → Bob as "reports to" would make Alice report to her own report.
    await drawLink(page, 'Alice Chen', 'Bob Li');
    const chooser = panel(page, 'Link Alice Chen → Bob Li');
    await chooser.getByRole('radio', { name: /^Reports to/ }).check();
    await chooser.getByRole('button', { name: m.link.create }).click();
    const message = en.errors.reportingCycle.replace('{{name}}', 'Bob Li');
    await chooser.getByRole('alert').getByText(message).waitFor();
    // Said in the panel, and not again in a toast.
    expect(await page.getByRole('status').getByText(message).count()).toBe(0);
    await screenshot(page, 'map.cycle-refused.en');
    await chooser.getByRole('button', { name: m.link.cancel }).click();

    // Dropping a link on the card it started from.
    await drawLink(page, 'Alice Chen', 'Alice Chen');
    await page.getByRole('status').getByText(en.errors.selfLink).waitFor();

    expect(mapOf(app, accountId)).toEqual(before);
    expect(app.errors).toEqual([]);
  });

  it('says why a save was refused and keeps what was typed; a person removed while open closes the panel', async () => {
    const app = await launch({ language: 'en' });
    const { page } = app;
    const accountId = createAccount(app);
    const gone = app.db.call('team.create', { fields: { name: 'Leaving Colleague', role: '' } });
    addPerson(app, accountId, { name: 'Alice Chen', title: 'CTO' }, { x: 0, y: 0 });
    await openMap(app, accountId);

    await card(page, 'Alice Chen').click();
    const alice = panel(page, m.panel.label);
    await alice.getByLabel(m.panel.fields.title, { exact: true }).fill('Chief Technology Officer');
    await alice.getByLabel(m.panel.fields.owner).selectOption(gone.id);
    // Meanwhile the colleague leaves the team (e.g. in another window).
    app.db.call('team.delete', { id: gone.id });
    await alice.getByRole('button', { name: m.panel.save }).click();
    await alice.getByRole('alert').filter({ hasText: en.errors.teamMemberNotFound }).first().waitFor();
    expect(await alice.getByLabel(m.panel.fields.title, { exact: true }).inputValue()).toBe('Chief Technology Officer');
    expect(personNamed(app, accountId, 'Alice Chen')).toMatchObject({ title: 'CTO', ownerId: null });

    // A new person, then undo: the panel open on them closes, nothing breaks.
    await page.getByRole('toolbar', { name: m.toolbar.label }).getByRole('button', { name: m.toolbar.add }).click();
    await panel(page, m.panel.label).getByLabel(m.panel.fields.name, { exact: true }).fill('Temporary Person');
    await panel(page, m.panel.label).getByRole('button', { name: m.panel.add }).click();
    await panel(page, m.panel.label).getByRole('heading', { name: 'Temporary Person' }).waitFor();
    await page.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });
    await page.keyboard.press('Control+z');
    await expect.poll(() => card(page, 'Temporary Person').count()).toBe(0);
    expect(await panel(page, m.panel.label).count()).toBe(0);
    expect(personNamed(app, accountId, 'Temporary Person')).toBeUndefined();
    expect(app.errors).toEqual([]);
  });
});
