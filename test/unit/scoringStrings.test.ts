import { describe, expect, it } from 'vitest';
import { CROSS_CHECK_IDS, SEVERITIES, crossCheck, crossCheckMessageKey } from '../../shared/domain/scoring/crossChecks.js';
import { SCORING_REASON_KEYS, VERDICTS, scoreAssessment } from '../../shared/domain/scoring/score.js';
import { SCORING_ERROR_KEYS, TEMPLATE_KINDS } from '../../shared/domain/scoring/types.js';
import { scoringStringsEn } from '../../shared/i18n/scoringStrings.en.js';
import { scoringStringsZhCN } from '../../shared/i18n/scoringStrings.zh-CN.js';
import { BUILT_IN_TEMPLATES } from '../../shared/templates/scorecards.js';
import { assess } from '../helpers/scorecards.js';

/** The string at a dotted key, or undefined. */
const lookup = (root: unknown, key: string): unknown =>
  key.split('.').reduce<unknown>((node, part) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined), root);

/** Dotted keys of every leaf. */
const leaves = (node: unknown, prefix = ''): string[] =>
  typeof node === 'object' && node !== null ? Object.entries(node).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k)) : [prefix];

const placeholders = (text: unknown) => [...String(text).matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

const emitted = [
  ...SCORING_ERROR_KEYS,
  ...SCORING_REASON_KEYS,
  ...CROSS_CHECK_IDS.map(crossCheckMessageKey),
  ...VERDICTS.map((v) => `scoring.verdicts.${v}`),
  ...TEMPLATE_KINDS.map((k) => `scoring.kinds.${k}`),
  ...SEVERITIES.map((s) => `scoring.severities.${s}`),
];

describe('scoring strings', () => {
  it('have the same keys, non-empty, with the same {{params}}, in en and zh-CN', () => {
    expect(leaves(scoringStringsZhCN).sort()).toEqual(leaves(scoringStringsEn).sort());
    for (const key of leaves(scoringStringsEn)) {
      const [en, zh] = [lookup(scoringStringsEn, key), lookup(scoringStringsZhCN, key)];
      expect(typeof en === 'string' && en.trim() !== '' && typeof zh === 'string' && zh.trim() !== '', key).toBe(true);
      expect(placeholders(zh), key).toEqual(placeholders(en));
    }
  });

  it.each(emitted)('has %s in both languages', (key) => {
    expect(typeof lookup(scoringStringsEn, key)).toBe('string');
    expect(typeof lookup(scoringStringsZhCN, key)).toBe('string');
  });

  it('fills every {{param}} of the reasons and findings actually emitted', () => {
    const items = Object.values(BUILT_IN_TEMPLATES).flatMap((template) =>
      [{}, Object.fromEntries(template.criteria.map((c) => [c.key, 0])), Object.fromEntries(template.criteria.map((c, i) => [c.key, i % 2 ? 0 : c.scale.length - 1]))].flatMap(
        (values) => {
          const score = scoreAssessment(template, assess(template, values));
          const findings = crossCheck({ template, score, influences: [], competitors: [] });
          return [...score.reasons, ...findings.map((f) => ({ key: f.messageKey, params: f.params }))];
        },
      ),
    );
    expect(new Set(items.map((i) => i.key)).size).toBeGreaterThan(6);
    for (const { key, params } of items) {
      expect(placeholders(lookup(scoringStringsEn, key)).filter((p) => p !== undefined && !(p in params)), key).toEqual([]);
    }
  });
});
