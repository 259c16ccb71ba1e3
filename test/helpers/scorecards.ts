import type { Assessment, Criterion, ScorecardTemplate, TemplateKind } from '../../shared/domain/scoring/types.js';

const text = (s: string) => ({ 'zh-CN': s, en: s });

/** A criterion with a plain scale of the given values (0–4 by default). */
export const crit = (key: string, weight: number, values: number[] = [0, 1, 2, 3, 4]): Criterion => ({
  key,
  label: text(key),
  weight,
  scale: values.map((value) => ({ value, label: text(String(value)), meaning: text(`level ${value}`) })),
  guidance: { 'zh-CN': [], en: [] },
});

export const template = (criteria: Criterion[], kind: TemplateKind = 'weighted', version = 1): ScorecardTemplate => ({
  key: 'test',
  version,
  name: text('Test'),
  kind,
  criteria,
  thresholds: { pursue: 70, qualify: 45 },
});

/** An assessment of `of` with these values (undefined keys left out); evidence "seen" for known values. */
export const assess = (of: ScorecardTemplate, values: Record<string, number | null>, personIds: string[] = []): Assessment => ({
  templateKey: of.key,
  templateVersion: of.version,
  scores: Object.fromEntries(
    Object.entries(values).map(([key, value]) => [key, { value, evidence: value === null ? '' : 'seen', personIds }]),
  ),
});
