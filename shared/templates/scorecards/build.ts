/** Compact builders for the built-in scorecards: Chinese first, then English, as the content was written. */
import type { BuyingRole } from '../../domain/people.js';
import type { Criterion, LocalText, ScaleLevel } from '../../domain/scoring/types.js';

export const text = (zh: string, en: string): LocalText => ({ 'zh-CN': zh, en });

/** [value, 中文标签, English label, 中文含义, English meaning] */
export type LevelRow = readonly [number, string, string, string, string];

/** Rows for scales whose level names are shared (yes / maybe / no) and whose meanings are the criterion's own. */
export const namedLevels = (
  names: readonly (readonly [number, string, string])[],
  meanings: readonly (readonly [string, string])[],
): LevelRow[] => names.map(([value, zh, en], i) => [value, zh, en, ...(meanings[i] ?? ['', ''])]);

export const levels = (rows: readonly LevelRow[]): ScaleLevel[] =>
  rows.map(([value, zhLabel, enLabel, zhMeaning, enMeaning]) => ({ value, label: text(zhLabel, enLabel), meaning: text(zhMeaning, enMeaning) }));

export interface CriterionSpec {
  key: string;
  label: LocalText;
  weight: number;
  scale: ScaleLevel[];
  /** Pairs of [中文问题, English question]. */
  questions: readonly (readonly [string, string])[];
  suggestedRoles?: BuyingRole[];
  group?: string;
}

export const criterion = ({ questions, ...spec }: CriterionSpec): Criterion => ({
  ...spec,
  guidance: { 'zh-CN': questions.map(([zh]) => zh), en: questions.map(([, en]) => en) },
});
