/**
 * The one order for names shown in a list: the language's own (pinyin for Chinese), ignoring case
 * and accents, with numbers in number order ("Site 2" before "Site 10").
 */
export const nameCollator = (locales: string | readonly string[]): Intl.Collator =>
  new Intl.Collator(locales as string | string[], { sensitivity: 'base', numeric: true });

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]/;
/** Two-character Chinese surnames common enough to meet (复姓). */
const COMPOUND_SURNAMES = new Set(['欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '令狐', '夏侯', '长孙', '宇文', '司徒', '端木', '独孤', '南宫', '西门']);

/**
 * A person's initials for an owner chip: a Chinese name by its surname ("刘经理" → "刘", "欧阳娜娜" →
 * "欧阳"), other names by the first letters of their first two words ("Dana Lee" → "DL"; "Dana" → "DA").
 */
export function initialsOf(name: string): string {
  const trimmed = name.trim();
  if (trimmed === '') return '?';
  if (CJK.test(trimmed)) {
    const chars = Array.from(trimmed.replace(/\s+/g, ''));
    const two = chars.slice(0, 2).join('');
    return COMPOUND_SURNAMES.has(two) ? two : chars[0]!;
  }
  const words = trimmed.split(/\s+/);
  if (words.length === 1) return Array.from(words[0]!).slice(0, 2).join('').toUpperCase();
  return words
    .slice(0, 2)
    .map((w) => Array.from(w)[0])
    .join('')
    .toUpperCase();
}
