import { NAME_MAX } from './accounts.js';

/** How many of one person's pains a link offers as its label. */
const OFFERED = 5;

/**
 * A person's pains as separate items, for a pain-chain link to offer as its label: one per line or
 * sentence (。；; and line breaks), list numbering and bullets dropped, each once, at most a label long.
 */
export function painItems(pains: string): string[] {
  const items = pains
    .split(/[\n\r。；;]+/)
    .map((item) => item.replace(/^\s*(?:[-•·*]|\d+[.)、]|[（(]\d+[)）])\s*/, '').replace(/\s+/g, ' ').trim())
    .filter((item) => item.length > 0)
    .map((item) => (Array.from(item).length > NAME_MAX ? Array.from(item).slice(0, NAME_MAX - 1).join('') + '…' : item));
  return [...new Set(items)].slice(0, OFFERED);
}

/** The label choices for a pain-chain link from `source` to `target`: whose pain causes whose, then each pain on its own. */
export function painChoices(source: { pains: string }, target: { pains: string }): { from: string[]; to: string[]; both: string | null } {
  const from = painItems(source.pains);
  const to = painItems(target.pains);
  const joined = from[0] && to[0] ? `${from[0]} → ${to[0]}` : null;
  return { from, to, both: joined && Array.from(joined).length <= NAME_MAX ? joined : null };
}
