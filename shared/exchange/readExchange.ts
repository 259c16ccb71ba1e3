import { NAME_MAX } from '../domain/accounts.js';
import { errorKeyOf } from '../contract/fieldErrors.js';
import { EXCHANGE_FORMAT, EXCHANGE_SECTIONS, EXCHANGE_VERSION, exchangeDocument, type ExchangeDocument, type ExchangeEntry } from '../contract/exchange.js';
import { message, type Message } from '../import/message.js';

/**
 * Reads an exchange file, refusing with one clear message naming the first thing wrong: not JSON
 * (with its line and column), not an exchange file, from a newer version (a later version number,
 * or a section this version does not know), failing the contract's schemas, or ids in the file
 * that point nowhere. The same reader runs in the renderer (before anything is sent) and in the
 * backend (the gate of `exchange.import`).
 */

export type ExchangeRead = { ok: true; document: ExchangeDocument } | { ok: false; error: Message };

const refuse = (key: string, params: Record<string, string | number> = {}): ExchangeRead => ({ ok: false, error: message(`exchange.errors.${key}`, params) });

/** A path as a person reads it in the file: accounts[0].people[12].name. */
export const pathText = (path: readonly PropertyKey[]) =>
  path.reduce<string>((text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${String(part)}` : String(part)), '');

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

function unknownSection(value: Record<string, unknown>): string | null {
  const top = Object.keys(value).find((key) => !EXCHANGE_SECTIONS.document.includes(key));
  if (top !== undefined) return top;
  if (!Array.isArray(value.accounts)) return null;
  for (const [i, entry] of value.accounts.entries()) {
    if (!isRecord(entry)) continue;
    const key = Object.keys(entry).find((k) => !EXCHANGE_SECTIONS.entry.includes(k));
    if (key !== undefined) return pathText(['accounts', i, key]);
  }
  return null;
}

export function checkExchangeDocument(value: unknown): ExchangeRead {
  if (!isRecord(value) || value.format !== EXCHANGE_FORMAT) return refuse('notExchange');
  if (typeof value.version === 'number' && value.version > EXCHANGE_VERSION) return refuse('newerVersion', { version: value.version, supported: EXCHANGE_VERSION });
  if (value.version === EXCHANGE_VERSION) {
    const section = unknownSection(value);
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
    const broken = referenceProblem(entry, i);
    if (broken) return { ok: false, error: broken };
  }
  return { ok: true, document: parsed.data };
}

/** The first id of an entry that is used twice or points at nothing in the same entry, or a reporting cycle. */
function referenceProblem(entry: ExchangeEntry, index: number): Message | null {
  const at = (...path: PropertyKey[]) => pathText(['accounts', index, ...path]);
  const people = new Map<string, number>();
  for (const [j, person] of entry.people.entries()) {
    if (people.has(person.id)) return message('exchange.errors.duplicateId', { path: at('people', j, 'id'), id: person.id });
    people.set(person.id, j);
  }
  const team = new Set<string>();
  for (const [j, member] of entry.team.entries()) {
    if (team.has(member.id)) return message('exchange.errors.duplicateId', { path: at('team', j, 'id'), id: member.id });
    team.add(member.id);
  }
  for (const [j, person] of entry.people.entries()) {
    if (person.reportsToId !== null && !people.has(person.reportsToId)) return message('exchange.errors.brokenReference', { path: at('people', j, 'reportsToId'), id: person.reportsToId });
    if (person.reportsToId === person.id) return message('exchange.errors.cycle', { path: at('people', j, 'reportsToId') });
    if (person.ownerId !== null && !team.has(person.ownerId)) return message('exchange.errors.brokenReference', { path: at('people', j, 'ownerId'), id: person.ownerId });
  }
  const links = new Set<string>();
  for (const [j, link] of entry.links.entries()) {
    if (links.has(link.id)) return message('exchange.errors.duplicateId', { path: at('links', j, 'id'), id: link.id });
    links.add(link.id);
    for (const end of ['sourceId', 'targetId'] as const) {
      if (!people.has(link[end])) return message('exchange.errors.brokenReference', { path: at('links', j, end), id: link[end] });
    }
    if (link.sourceId === link.targetId) return message('exchange.errors.invalid', { path: at('links', j, 'targetId'), problem: 'errors.selfLink' });
  }
  // A reporting cycle: walk up from everyone, each person once.
  const state = new Map<string, 1 | 2>();
  for (const start of entry.people) {
    const chain: string[] = [];
    let id: string | null = start.id;
    while (id !== null && !state.has(id)) {
      state.set(id, 1);
      chain.push(id);
      id = entry.people[people.get(id)!]!.reportsToId;
    }
    if (id !== null && state.get(id) === 1) return message('exchange.errors.cycle', { path: at('people', people.get(id)!, 'reportsToId') });
    for (const c of chain) state.set(c, 2);
  }
  return null;
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
