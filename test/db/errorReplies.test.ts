import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRouter } from '../../electron/router.js';
import type { HostHandlers } from '../../electron/host/handlers.js';
import { emptyAccountFields, type Envelope } from '../../shared/contract/index.js';
import { openTempDb, type TempDb } from '../helpers/tempDb.js';

let t: TempDb;
beforeEach(async () => {
  t = await openTempDb();
});
afterEach(() => t.cleanup());

const HUGE = 'k'.repeat(10_000_000);
const size = (reply: unknown) => JSON.stringify(reply).length;

/** An input whose property read throws, as no JSON value can (only a direct caller can pass one). */
const throwingGetter = () =>
  Object.defineProperty({}, 'fields', {
    enumerable: true,
    get() {
      throw new Error('boom');
    },
  });

describe('error replies stay small, whatever the input', () => {
  it('cuts an unknown 10 MB key down to a short mention', () => {
    const reply = t.dispatch('accounts.create', { fields: { ...emptyAccountFields, name: 'Acme', [HUGE]: 1 } });
    expect(reply).toMatchObject({ ok: false, error: { code: 'bad_input' } });
    expect(size(reply)).toBeLessThan(4_000);
  });

  it('caps the number of field errors and the length of each path, key and message', () => {
    const manyKeys = Object.fromEntries(Array.from({ length: 5_000 }, (_, i) => [`${'x'.repeat(500)}${i}`, i]));
    const reply = t.dispatch('accounts.create', { fields: { ...emptyAccountFields, name: 'Acme' }, ...manyKeys });
    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    expect(reply.error.fields!.length).toBeLessThanOrEqual(20);
    expect(size(reply)).toBeLessThan(20_000);

    const deep = t.dispatch('people.move', { moves: Array.from({ length: 10_000 }, () => ({ id: 'x'.repeat(64), x: 'no', y: 'no' })) });
    expect(deep.ok).toBe(false);
    if (!deep.ok) expect(deep.error.fields!.length).toBeLessThanOrEqual(20);
    expect(size(deep)).toBeLessThan(20_000);
  });

  it('answers a huge unknown channel name briefly', () => {
    const reply = t.dispatch(HUGE, {});
    expect(reply).toMatchObject({ ok: false, error: { code: 'bad_input', key: 'errors.unknownChannel' } });
    expect(size(reply)).toBeLessThan(1_000);
  });
});

describe('an input that throws while being read', () => {
  it('gets an envelope from dispatch, never an exception', () => {
    let reply: Envelope<unknown> | undefined;
    expect(() => (reply = t.dispatch('accounts.create', throwingGetter()))).not.toThrow();
    expect(reply).toMatchObject({ ok: false, error: { code: 'bad_input', key: 'errors.badInput' } });
  });

  it('gets an envelope from the router, never a rejection', async () => {
    const invoke = createRouter({ dispatch: t.dispatch, host: {} as HostHandlers, onInternalError: () => {} });
    await expect(invoke('accounts.create', throwingGetter())).resolves.toMatchObject({ ok: false, error: { code: 'bad_input' } });
    await expect(invoke('files.save', throwingGetter())).resolves.toMatchObject({ ok: false, error: { code: 'bad_input' } });
  });
});
