import { describe, expect, it } from 'vitest';
import { BUYING_ROLES } from '../../shared/domain/people.js';
import { validateTemplate } from '../../shared/domain/scoring/validate.js';
import {
  bumpVersion,
  copyTemplate,
  nextVersion,
  parseTemplateSnapshot,
  sameContent,
  templateSnapshot,
} from '../../shared/domain/scoring/versions.js';
import { BUILT_IN_TEMPLATES, BUILT_IN_TEMPLATE_KEYS, isBuiltInTemplateKey } from '../../shared/templates/scorecards.js';
import { crit, template } from '../helpers/scorecards.js';

const builtIns = Object.values(BUILT_IN_TEMPLATES);
const keysOf = (problems: { key: string }[]) => problems.map((p) => p.key);

describe('built-in scorecards', () => {
  it.each(builtIns.map((t) => [t.key, t] as const))('%s is valid', (_key, t) => {
    expect(validateTemplate(t)).toEqual([]);
  });

  it('are keyed by their own keys', () => {
    for (const key of BUILT_IN_TEMPLATE_KEYS) expect(BUILT_IN_TEMPLATES[key].key).toBe(key);
    expect(isBuiltInTemplateKey('rww')).toBe(true);
    expect(isBuiltInTemplateKey('my_copy')).toBe(false);
  });

  it.each(builtIns.map((t) => [t.key, t] as const))('%s says what every level means and asks questions, in both languages', (_key, t) => {
    for (const criterion of t.criteria) {
      for (const language of ['zh-CN', 'en'] as const) {
        expect(criterion.label[language].trim(), criterion.key).not.toBe('');
        expect(criterion.guidance[language].length, criterion.key).toBeGreaterThan(0);
        expect(criterion.guidance['zh-CN'].length).toBe(criterion.guidance.en.length);
        for (const level of criterion.scale) {
          expect(level.label[language].trim(), `${criterion.key} ${level.value}`).not.toBe('');
          expect(level.meaning[language].trim(), `${criterion.key} ${level.value}`).not.toBe('');
        }
      }
      for (const role of criterion.suggestedRoles ?? []) expect(BUYING_ROLES).toContain(role);
    }
  });

  it('have the criteria the sales literature names', () => {
    const keys = (key: keyof typeof BUILT_IN_TEMPLATES) => BUILT_IN_TEMPLATES[key].criteria.map((c) => c.key);
    expect(keys('keyplan')).toEqual(['need', 'timeline', 'budget', 'competition', 'decision', 'decision_criteria', 'strategic_fit']);
    expect(keys('bant')).toEqual(['budget', 'authority', 'need', 'timeline']);
    expect(keys('meddpicc')).toEqual([
      'metrics',
      'economic_buyer',
      'decision_criteria',
      'decision_process',
      'paper_process',
      'identify_pain',
      'champion',
      'competition',
    ]);
    expect(BUILT_IN_TEMPLATES.rww.kind).toBe('rww');
    expect(new Set(BUILT_IN_TEMPLATES.rww.criteria.map((c) => c.group))).toEqual(new Set(['real', 'win', 'worth']));
  });

  it('suggest the decision-maker and the economic buyer for the decision', () => {
    const decision = BUILT_IN_TEMPLATES.keyplan.criteria.find((c) => c.key === 'decision');
    expect(decision?.suggestedRoles).toEqual(expect.arrayContaining(['decision_maker', 'economic_buyer']));
  });
});

describe('validateTemplate', () => {
  it('accepts weights that do not sum to 100', () => {
    expect(validateTemplate(template([crit('a', 3), crit('b', 7.5)]))).toEqual([]);
  });

  it('refuses a template without criteria', () => {
    expect(validateTemplate(template([]))).toEqual([{ path: 'criteria', key: 'scoring.errors.noCriteria' }]);
  });

  it('refuses negative and non-numeric weights, with their paths', () => {
    const problems = validateTemplate(template([crit('a', -1), crit('b', Number.NaN), crit('c', 10)]));
    expect(problems).toEqual([
      { path: 'criteria.0.weight', key: 'scoring.errors.negativeWeight' },
      { path: 'criteria.1.weight', key: 'scoring.errors.weightNotNumber' },
    ]);
  });

  it('refuses a zero total weight', () => {
    expect(keysOf(validateTemplate(template([crit('a', 0), crit('b', 0)])))).toEqual(['scoring.errors.zeroTotalWeight']);
  });

  it('refuses empty, one-level and repeating scales', () => {
    const problems = validateTemplate(template([crit('a', 1, []), crit('b', 1, [1]), crit('c', 1, [0, 1, 1])]));
    expect(problems).toEqual([
      { path: 'criteria.0.scale', key: 'scoring.errors.emptyScale' },
      { path: 'criteria.1.scale', key: 'scoring.errors.scaleTooShort' },
      { path: 'criteria.2.scale.2.value', key: 'scoring.errors.duplicateScaleValue', params: { value: 1 } },
    ]);
  });

  it('refuses duplicate and malformed keys', () => {
    const problems = validateTemplate({ ...template([crit('a', 1), crit('a', 1), crit('Bad Key', 1)]), key: '1x' });
    expect(problems).toEqual([
      { path: 'key', key: 'scoring.errors.badKey' },
      { path: 'criteria.1.key', key: 'scoring.errors.duplicateKey', params: { key: 'a' } },
      { path: 'criteria.2.key', key: 'scoring.errors.badKey' },
    ]);
  });

  it.each([
    [{ pursue: 40, qualify: 60 }],
    [{ pursue: 120, qualify: 50 }],
    [{ pursue: 70, qualify: -1 }],
    [{ pursue: Number.NaN, qualify: 50 }],
  ])('refuses thresholds %j', (thresholds) => {
    expect(keysOf(validateTemplate({ ...template([crit('a', 1)]), thresholds }))).toEqual(['scoring.errors.thresholds']);
  });

  it('refuses missing meanings, unknown groups and roles, and a bad version', () => {
    const criterion = { ...crit('a', 1), group: 'nowhere', suggestedRoles: ['boss' as never] };
    criterion.scale[0]!.meaning = { 'zh-CN': '', en: ' ' };
    const problems = validateTemplate({ ...template([criterion]), version: 0 });
    expect(keysOf(problems).sort()).toEqual(
      ['scoring.errors.badVersion', 'scoring.errors.missingMeaning', 'scoring.errors.unknownGroup', 'scoring.errors.unknownRole'].sort(),
    );
  });

  it('accepts a label written in one language only', () => {
    const criterion = { ...crit('a', 1), label: { 'zh-CN': '需求', en: '' } };
    expect(validateTemplate(template([criterion]))).toEqual([]);
  });
});

describe('template versions', () => {
  const original = BUILT_IN_TEMPLATES.keyplan;

  it('copies a template as version 1 of a new key, without sharing objects', () => {
    const copy = copyTemplate(original, 'my_keyplan', { 'zh-CN': '我的评分卡', en: 'My scorecard' });
    expect(copy).toMatchObject({ key: 'my_keyplan', version: 1, name: { en: 'My scorecard' } });
    copy.criteria[0]!.weight = 99;
    expect(original.criteria[0]!.weight).toBe(20);
    expect(validateTemplate(copy)).toEqual([]);
  });

  it('makes each edit the next version of the same key', () => {
    const copy = copyTemplate(original, 'my_keyplan', original.name);
    const v2 = nextVersion(copy, { thresholds: { pursue: 80, qualify: 50 } });
    expect(v2).toMatchObject({ key: 'my_keyplan', version: 2, thresholds: { pursue: 80, qualify: 50 } });
    expect(copy.version).toBe(1);
    const v3 = bumpVersion(v2, { ...v2, key: 'other', version: 1, criteria: v2.criteria.slice(1) });
    expect(v3).toMatchObject({ key: 'my_keyplan', version: 3 });
    expect(v3.criteria).toHaveLength(original.criteria.length - 1);
  });

  it('tells an edit that changed nothing from one that did', () => {
    const copy = copyTemplate(original, 'mine', original.name);
    expect(sameContent(copy, bumpVersion(copy, copy))).toBe(true);
    expect(sameContent(copy, nextVersion(copy, { kind: 'rww' }))).toBe(false);
  });

  it('stores a snapshot that reads back equal', () => {
    for (const t of Object.values(BUILT_IN_TEMPLATES)) {
      const parsed = parseTemplateSnapshot(templateSnapshot(t));
      expect(parsed).toEqual({ ok: true, template: JSON.parse(JSON.stringify(t)) as unknown });
    }
  });

  it('refuses a damaged or invalid snapshot', () => {
    expect(parseTemplateSnapshot('{not json')).toEqual({ ok: false, problems: [{ path: '', key: 'scoring.errors.badSnapshot' }] });
    expect(parseTemplateSnapshot(JSON.stringify({ key: 'x' }))).toMatchObject({ ok: false, problems: [{ key: 'scoring.errors.badSnapshot' }] });
    const invalid = parseTemplateSnapshot(templateSnapshot(template([])));
    expect(invalid).toEqual({ ok: false, problems: [{ path: 'criteria', key: 'scoring.errors.noCriteria' }] });
  });
});
