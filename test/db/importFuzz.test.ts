import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import writeXlsxFile from 'write-excel-file/universal';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyAccountFields, toColumns, type Account } from '../../shared/contract/index.js';
import { readExchangeText } from '../../shared/exchange/readExchange.js';
import { guessMapping, planImport, readTableFile, type Message } from '../../shared/import/index.js';
import { englishText } from '../../shared/i18n/index.js';
import { dbFileHash } from '../helpers/dbState.js';
import { encodeText } from '../helpers/encodeText.js';
import { openTempDb, type TempDb } from '../helpers/tempDb.js';
import { csvAsXlsx } from '../helpers/workbook.js';

/**
 * Malformed files of every kind (truncated, garbled, in the wrong encoding, with huge fields or
 * 100,000 rows) through the whole import, as the dialog does it: each is read into a table and
 * imported, or refused with a message that exists and a line or row that is in the file. Nothing
 * ever fails inside the backend, and whatever is refused leaves the database file byte for byte as
 * it was.
 */

const FIXTURE = new Uint8Array(readFileSync(fileURLToPath(new URL('../fixtures/org-oracle-hr.csv', import.meta.url))));
const RUNS = 40;

let t: TempDb;
let account: Account;
let internal: unknown[];
let xlsx: Uint8Array;
let exchange: string;
beforeAll(async () => {
  t = await openTempDb();
  internal = [];
  account = t.call('accounts.create', { fields: { ...emptyAccountFields, name: 'Fuzz' } });
  t.call('sample.load', { language: 'zh-CN' });
  xlsx = await csvAsXlsx(FIXTURE);
  exchange = JSON.stringify(t.call('exchange.export', { all: true }), null, 1);
});
afterAll(() => t.cleanup());

const lineCount = (bytes: Uint8Array) => bytes.reduce((n, b) => n + (b === 0x0a ? 1 : 0), 1);

function expectClearRefusal(error: Message, bytes: Uint8Array) {
  expect(englishText(error.key), `${error.key} has a text`).not.toBe(error.key);
  for (const key of ['line', 'row'] as const) {
    const at = error.params[key];
    if (at === undefined) continue;
    expect(Number.isInteger(at) && (at as number) >= 1).toBe(true);
    if (key === 'line') expect(at as number).toBeLessThanOrEqual(lineCount(bytes));
  }
}

/** What the import dialog does with a file; answers what became of it. */
async function importFile(bytes: Uint8Array): Promise<'refused' | 'imported' | 'nothing'> {
  const read = await readTableFile(bytes);
  if (!read.ok) {
    expectClearRefusal(read.error, bytes);
    return 'refused';
  }
  const plan = planImport(read.table, guessMapping(read.table));
  if (plan.people.length === 0) return 'nothing';
  const before = dbFileHash(t);
  const result = t.dispatch('people.import', { accountId: account.id, people: toColumns(plan.people), merges: plan.merges });
  if (!result.ok) {
    expect(result.error.code).not.toBe('internal');
    expect(dbFileHash(t)).toBe(before);
    return 'refused';
  }
  return 'imported';
}

const mutations = (bytes: Uint8Array) =>
  fc.oneof(
    fc.integer({ min: 0, max: bytes.length - 1 }).map((at) => bytes.subarray(0, at)),
    fc.array(fc.tuple(fc.integer({ min: 0, max: bytes.length - 1 }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 20 }).map((flips) => {
      const copy = bytes.slice();
      for (const [at, value] of flips) copy[at] = value;
      return copy;
    }),
    fc.tuple(fc.integer({ min: 0, max: bytes.length }), fc.uint8Array({ minLength: 1, maxLength: 64 })).map(([at, extra]) => Uint8Array.from([...bytes.subarray(0, at), ...extra, ...bytes.subarray(at)])),
  );

describe('malformed import files', () => {
  it('CSV: truncated, garbled or with bytes inserted', async () => {
    await fc.assert(fc.asyncProperty(mutations(FIXTURE), async (bytes) => void (await importFile(bytes))), { numRuns: RUNS, seed: 11 });
  });

  it('XLSX: truncated, garbled or with bytes inserted', async () => {
    await fc.assert(
      fc.asyncProperty(mutations(xlsx), async (bytes) => {
        expect(['refused', 'imported', 'nothing']).toContain(await importFile(bytes));
      }),
      { numRuns: RUNS, seed: 12 },
    );
  });

  it('the right text in the wrong encoding, a huge field, control characters, 100,000 rows', async () => {
    const text = new TextDecoder().decode(FIXTURE);
    const cases: Uint8Array[] = [
      encodeText('姓名,部门\r\n王伟,信息科技部\r\n', 'gbk'),
      encodeText('Name,Title\r\nJürgen Müller,CEO\r\n', 'windows-1252'),
      encodeText(text.slice(0, 3000), 'utf-16be'),
      // A 2 MB title: that row is left out (too long), the other imported.
      new TextEncoder().encode(`Name,Title\r\nAnn,${'x'.repeat(2_000_000)}\r\nBob,CFO\r\n`),
      new TextEncoder().encode(`Name,Title\r\n"${'界'.repeat(300_000)}",CEO\r\nBob,CFO\r\n`),
      new TextEncoder().encode('Name\r\nAnn\u0007\r\n'),
      new TextEncoder().encode(`Name,Title\r\n${Array.from({ length: 100_000 }, (_, i) => `P${i},T`).join('\r\n')}\r\n`),
    ];
    const outcomes = [];
    for (const bytes of cases) outcomes.push(await importFile(bytes));
    expect(outcomes).toEqual(['imported', 'imported', 'imported', 'imported', 'imported', 'refused', 'refused']);

    const big = new Uint8Array(await (await writeXlsxFile([['Name'], ...Array.from({ length: 100_000 }, (_, i) => [`P${i}`])] as never).toBlob()).arrayBuffer());
    const read = await readTableFile(big);
    expect(read.ok ? null : read.error).toEqual({ key: 'import.fileErrors.tooManyRows', params: { count: 100_000, max: 50_000 } });
    expect(internal).toEqual([]);
  }, 120_000);
});

describe('malformed exchange files', () => {
  const bytes = () => new TextEncoder().encode(exchange);
  it('truncated, garbled or with bytes inserted: refused by the reader with a line, or by the backend, never half-written', () => {
    fc.assert(
      fc.property(mutations(bytes()), (mutated) => {
        const text = new TextDecoder().decode(mutated);
        const read = readExchangeText(text);
        if (!read.ok) {
          expectClearRefusal(read.error, mutated);
          // The backend refuses the raw value just as clearly.
          let raw: unknown = text;
          try {
            raw = JSON.parse(text);
          } catch {
            /* sent as the text itself */
          }
          const before = dbFileHash(t);
          const result = t.dispatch('exchange.import', { document: raw });
          expect(result.ok).toBe(false);
          if (!result.ok) expect(result.error.code).toBe('bad_input');
          expect(dbFileHash(t)).toBe(before);
          return;
        }
        const result = t.dispatch('exchange.import', { document: read.document });
        if (!result.ok) expect(result.error.code).not.toBe('internal');
      }),
      { numRuns: RUNS, seed: 13 },
    );
  }, 120_000);
});
