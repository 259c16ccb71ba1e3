import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHostHandlers } from '../../electron/host/handlers.js';
import type { HostServices } from '../../electron/host/services.js';
import { createRouter, type Invoke } from '../../electron/router.js';
import { emptyAccountFields, type Entity } from '../../shared/contract/index.js';
import { openTempDb, type TempDb } from '../helpers/tempDb.js';

/** A desktop whose save dialog answers with a file in the test's folder (or cancel). */
function fakeDesktop(folder: string) {
  const state = { answer: 'save' as 'save' | 'cancel' | 'throw', shown: [] as string[], printed: 0 };
  const services: HostServices = {
    chooseSavePath: (name) => {
      if (state.answer === 'throw') return Promise.reject(new Error('dialog crashed'));
      return Promise.resolve(state.answer === 'cancel' ? null : join(folder, name));
    },
    printToPdf: (html) => Promise.resolve(new TextEncoder().encode(`%PDF-1.7 ${html.length}`)),
    print: () => {
      state.printed += 1;
      return Promise.resolve(true);
    },
    showInFolder: (path) => void state.shown.push(path),
  };
  return { state, services };
}

let t: TempDb;
let desktop: ReturnType<typeof fakeDesktop>;
let writes: Entity[][];
let internal: unknown[];
let invoke: Invoke;

beforeEach(async () => {
  t = await openTempDb();
  desktop = fakeDesktop(t.dir);
  writes = [];
  internal = [];
  invoke = createRouter({
    dispatch: t.dispatch,
    host: createHostHandlers(desktop.services),
    onWrites: (entities) => writes.push([...entities]),
    onInternalError: (error) => internal.push(error),
  });
});
afterEach(() => t.cleanup());

describe('the router', () => {
  it('sends database channels to the backend and says what a mutation wrote', async () => {
    const created = await invoke('accounts.create', { fields: { ...emptyAccountFields, name: 'Harbour Bank' } });
    expect(created).toMatchObject({ ok: true, data: { name: 'Harbour Bank' } });
    expect(await invoke('accounts.list', {})).toMatchObject({ ok: true, data: [{ name: 'Harbour Bank' }] });
    await invoke('settings.set', { language: 'zh-CN' });
    // Queries write nothing; a refused call writes nothing either.
    await invoke('accounts.create', { fields: { ...emptyAccountFields, name: '' } });
    expect(writes).toEqual([['accounts'], ['settings']]);
  });

  it('saves a file where the save dialog says, whole, and can show only that file', async () => {
    const saved = await invoke('files.save', { suggestedName: 'Harbour-map.svg', format: 'svg', data: '<svg/>', encoding: 'utf8' });
    const path = join(t.dir, 'Harbour-map.svg');
    expect(saved).toEqual({ ok: true, data: { path, bytes: 6 } });
    expect(readFileSync(path, 'utf8')).toBe('<svg/>');
    expect(writes).toEqual([['files']]);

    expect(await invoke('files.showInFolder', { path })).toEqual({ ok: true, data: {} });
    expect(desktop.state.shown).toEqual([path]);
    expect(await invoke('files.showInFolder', { path: '/etc/passwd' })).toMatchObject({ ok: false, error: { code: 'not_found', key: 'files.errors.notSaved' } });
    expect(desktop.state.shown).toEqual([path]);
  });

  it('adds the extension the format needs and decodes base64', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47]);
    const saved = await invoke('files.save', { suggestedName: 'map', format: 'png', data: png.toString('base64'), encoding: 'base64' });
    expect(saved).toEqual({ ok: true, data: { path: join(t.dir, 'map.png'), bytes: 4 } });
    expect(readFileSync(join(t.dir, 'map.png'))).toEqual(png);
  });

  it('answers a cancelled dialog with no path and writes nothing', async () => {
    desktop.state.answer = 'cancel';
    expect(await invoke('files.savePdf', { suggestedName: 'plan.pdf', html: '<p>plan</p>', paper: 'A4' })).toEqual({ ok: true, data: { path: null, bytes: 0 } });
    expect(existsSync(join(t.dir, 'plan.pdf'))).toBe(false);
  });

  it('prints the PDF while the save dialog is open, and drops it when the dialog is cancelled', async () => {
    const order: string[] = [];
    let answer: (path: string | null) => void = () => {};
    desktop.services.chooseSavePath = () => {
      order.push('dialog opened');
      return new Promise((resolve) => (answer = resolve));
    };
    desktop.services.printToPdf = (html) => {
      order.push('printing');
      return Promise.resolve(new TextEncoder().encode(`%PDF-1.7 ${html.length}`));
    };
    const cancelled = invoke('files.savePdf', { suggestedName: 'plan.pdf', html: '<p>plan</p>', paper: 'A4' });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(order).toEqual(['printing', 'dialog opened']);
    answer(null);
    expect(await cancelled).toEqual({ ok: true, data: { path: null, bytes: 0 } });
    expect(existsSync(join(t.dir, 'plan.pdf'))).toBe(false);
  });

  it('reports a failed print once the user chose where to save, and writes nothing', async () => {
    desktop.services.printToPdf = () => Promise.reject(new Error('printer crashed'));
    const failed = await invoke('files.savePdf', { suggestedName: 'plan.pdf', html: '<p>plan</p>', paper: 'A4' });
    expect(failed).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(existsSync(join(t.dir, 'plan.pdf'))).toBe(false);
  });

  it('prints to PDF through the desktop and writes the document', async () => {
    const saved = await invoke('files.savePdf', { suggestedName: 'plan.pdf', html: '<p>plan</p>', paper: 'Letter' });
    expect(saved).toMatchObject({ ok: true, data: { path: join(t.dir, 'plan.pdf') } });
    expect(readFileSync(join(t.dir, 'plan.pdf'), 'utf8')).toMatch(/^%PDF-1\.7/);
    expect(await invoke('files.print', { html: '<p>plan</p>', paper: 'A4' })).toEqual({ ok: true, data: { printed: true } });
    expect(desktop.state.printed).toBe(1);
  });

  it('refuses bad input to a main-process channel with the same envelope as the backend', async () => {
    expect(await invoke('files.save', { suggestedName: '../../evil.sh', format: 'svg', data: '', encoding: 'utf8' })).toMatchObject({
      ok: false,
      error: { code: 'bad_input', fields: [{ path: 'suggestedName', key: 'errors.badFileName' }] },
    });
    expect(await invoke('files.save', { suggestedName: 'a', format: 'exe', data: '', encoding: 'utf8' })).toMatchObject({ ok: false, error: { code: 'bad_input' } });
    expect(await invoke('files.nope', {})).toMatchObject({ ok: false, error: { code: 'bad_input', key: 'errors.unknownChannel' } });
    expect(writes).toEqual([]);
  });

  it('turns a failing desktop into an internal error, never a rejection', async () => {
    desktop.state.answer = 'throw';
    expect(await invoke('files.save', { suggestedName: 'a.svg', format: 'svg', data: '', encoding: 'utf8' })).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(internal).toHaveLength(1);
    expect(writes).toEqual([]);
  });

  it('is the only way to main-process channels: the backend alone does not know them', () => {
    expect(t.dispatch('files.save', { suggestedName: 'a.svg', format: 'svg', data: '', encoding: 'utf8' })).toMatchObject({
      ok: false,
      error: { code: 'bad_input', key: 'errors.unknownChannel' },
    });
  });
});
