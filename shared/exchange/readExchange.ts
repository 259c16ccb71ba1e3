import { NAME_MAX } from '../domain/accounts.js';
import { errorKeyOf } from '../contract/fieldErrors.js';
import { EXCHANGE_FORMAT, EXCHANGE_SECTIONS, EXCHANGE_VERSION, exchangeDocument, type ExchangeDocument } from '../contract/exchange.js';
import { message, type Message } from '../import/message.js';
import { entryProblem } from './checkEntry.js';
import { pathText } from './paths.js';

/**
 * Reads an exchange file, refusing with one clear message naming the first thing wrong: not JSON
 * (with its line and column), not an exchange file, from a newer version (a later version number,
 * or a section its version does not have), failing the contract's schemas, ids in the file that
 * point nowhere, or data the backend's own rules refuse (checkEntry). A version-1 file (written
 * before opportunities) reads as one without opportunities, scorecards or whitespace. The same
 * reader runs in the renderer (before anything is sent) and in the backend (the gate of
 * `exchange.import`).
 */

export type ExchangeRead = { ok: true; document: ExchangeDocument } | { ok: false; error: Message };

const refuse = (key: string, params: Record<string, string | number> = {}): ExchangeRead => ({ ok: false, error: message(`exchange.errors.${key}`, params) });

export { pathText };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Where JSON.parse stopped, as a line and column of the text. */
function jsonFailure(text: string, error: unknown): ExchangeRead {
  const detail = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(detail)?.[1];
  const at = position === undefined ? text.length : Number(position);
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  const column = at - before.lastIndexOf('\n');
  if (position === undefined || at >= text.trimEnd().length) return refuse('truncated', { line });
  return refuse('notJson', { line, column });
}

export function readExchangeText(text: string): ExchangeRead {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return jsonFailure(text, error);
  }
  return checkExchangeDocument(value);
}

function unknownSection(value: Record<string, unknown>, sections: { document: string[]; entry: string[] }): string | null {
  const top = Object.keys(value).find((key) => !sections.document.includes(key));
  if (top !== undefined) return top;
  if (!Array.isArray(value.accounts)) return null;
  for (const [i, entry] of value.accounts.entries()) {
    if (!isRecord(entry)) continue;
    const key = Object.keys(entry).find((k) => !sections.entry.includes(k));
    if (key !== undefined) return pathText(['accounts', i, key]);
  }
  return null;
}

export function checkExchangeDocument(value: unknown): ExchangeRead {
  if (!isRecord(value) || value.format !== EXCHANGE_FORMAT) return refuse('notExchange');
  if (typeof value.version === 'number' && value.version > EXCHANGE_VERSION) return refuse('newerVersion', { version: value.version, supported: EXCHANGE_VERSION });
  if (value.version === 1 || value.version === 2) {
    const section = unknownSection(value, EXCHANGE_SECTIONS[value.version]);
    if (section !== null) return refuse('newerSection', { section });
  }
  const parsed = exchangeDocument.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
    const path = pathText([...issue.path, ...keys.slice(0, 1)]);
    return refuse('invalid', { path: path || 'version', problem: keys.length > 0 ? 'exchange.errors.unknownField' : errorKeyOf(issue.message) });
  }
  for (const [i, entry] of parsed.data.accounts.entries()) {
    const broken = entryProblem(entry, i);
    if (broken) return { ok: false, error: broken };
  }
  // A version-1 file now holds empty opportunities, scorecards and whitespace: it is a version-2 document.
  return { ok: true, document: { ...parsed.data, version: EXCHANGE_VERSION } };
}

/** "Name", or "Name (2)", "Name (3)"… : the first that none of `taken` (lower case) has, within the name limit. */
export function uniqueName(name: string, taken: ReadonlySet<string>): string {
  if (!taken.has(name.toLowerCase())) return name;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${name.slice(0, NAME_MAX - suffix.length).trimEnd()}${suffix}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
