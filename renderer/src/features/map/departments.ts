import type { MapPerson } from '../../../../shared/contract/index.js';

/** Label colours for departments: dark enough for text, distinct from the attitude colours' meaning. */
const DEPT_PALETTE = ['#3056b8', '#8a4b0f', '#0f766e', '#6d28d9', '#9d174d', '#0e7490', '#4d7c0f', '#b45309', '#475569', '#7e22ce'];

/** The account's departments, sorted, each with its colour (by position, so colours never collide below ten). */
export function departmentColors(people: readonly MapPerson[], locale?: string): Map<string, string> {
  const names = [...new Set(people.map((p) => p.department.trim()).filter(Boolean))].sort((a, b) => a.localeCompare(b, locale));
  return new Map(names.map((name, i) => [name, DEPT_PALETTE[i % DEPT_PALETTE.length]!]));
}

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]/;

/** Initials for the owner chip: first letters of two words, or the given name (last two characters) of a CJK name. */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '?';
  if (CJK.test(name)) return Array.from(name.replace(/\s+/g, '')).slice(-2).join('');
  if (words.length === 1) return Array.from(words[0]!).slice(0, 2).join('').toUpperCase();
  return words
    .slice(0, 2)
    .map((w) => Array.from(w)[0])
    .join('')
    .toUpperCase();
}
