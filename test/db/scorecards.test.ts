import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  emptyAccountFields,
  emptyOpportunityFields,
  emptyPersonFields,
  type Account,
  type ApiError,
  type Opportunity,
  type TemplateInput,
} from '../../shared/contract/index.js';
import { scoreAssessment } from '../../shared/domain/scoring/score.js';
import type { ScorecardTemplate } from '../../shared/domain/scoring/types.js';
import { BUILT_IN_TEMPLATE_KEYS, BUILT_IN_TEMPLATES, DEFAULT_TEMPLATE_KEY } from '../../shared/templates/scorecards.js';
import { fieldOf, openTempDb, refusal, type TempDb } from '../helpers/tempDb.js';

let t: TempDb;
let account: Account;
let deal: Opportunity;
beforeEach(async () => {
  t = await openTempDb();
  account = t.call('accounts.create', { fields: { ...emptyAccountFields, name: '华东联合银行' } });
  deal = t.call('opportunities.create', { accountId: account.id, fields: { ...emptyOpportunityFields, name: 'Core' } });
});
afterEach(() => t.cleanup());

const failure = (channel: string, input: unknown): ApiError => refusal(t, channel, input);
const editable = ({ key: _key, version: _version, ...rest }: ScorecardTemplate): TemplateInput => structuredClone(rest);
const copy = (key: string = DEFAULT_TEMPLATE_KEY) => t.call('scorecards.copyTemplate', { key });
const update = (key: string, template: TemplateInput) => t.call('scorecards.updateTemplate', { key, template });
const templates = () => t.call('scorecards.templates');
const assess = (over: Record<string, unknown> = {}) =>
  t.call('assessments.create', { opportunityId: deal.id, templateKey: DEFAULT_TEMPLATE_KEY, scores: {}, author: '王磊', authorId: null, ...over });
const person = (name: string, accountId = account.id) => t.call('people.create', { accountId, fields: { ...emptyPersonFields, name } });

describe('scorecard templates', () => {
  it('lists the built-ins, read-only, then the user’s copies', () => {
    const list = templates();
    expect(list.map((e) => [e.template.key, e.builtIn])).toEqual(BUILT_IN_TEMPLATE_KEYS.map((key) => [key, true]));
    expect(list[0]!.template).toEqual(BUILT_IN_TEMPLATES[DEFAULT_TEMPLATE_KEY]);
    expect(fieldOf(failure('scorecards.updateTemplate', { key: 'bant', template: editable(BUILT_IN_TEMPLATES.bant) }))).toMatchObject({
      code: 'conflict',
      key: 'opportunities.errors.builtInReadOnly',
    });
    expect(failure('scorecards.deleteTemplate', { key: 'bant' }).code).toBe('conflict');
    expect(t.call('scorecards.versions', { key: 'rww' }).map((e) => e.template)).toEqual([BUILT_IN_TEMPLATES.rww]);

    const mine = copy('meddpicc');
    expect(mine).toMatchObject({ builtIn: false, basedOn: { key: 'meddpicc', version: 1 } });
    expect(mine.template).toMatchObject({ version: 1, kind: 'weighted', criteria: BUILT_IN_TEMPLATES.meddpicc.criteria });
    expect(mine.template.key).toMatch(/^custom_[0-9a-f]{32}$/);
    expect(mine.template.name).toEqual({ 'zh-CN': `${BUILT_IN_TEMPLATES.meddpicc.name['zh-CN']}（副本）`, en: `${BUILT_IN_TEMPLATES.meddpicc.name.en} (copy)` });
    const named = t.call('scorecards.copyTemplate', { key: mine.template.key, name: { 'zh-CN': '我的评分卡', en: 'Mine' } });
    expect(named).toMatchObject({ basedOn: { key: mine.template.key, version: 1 }, template: { name: { 'zh-CN': '我的评分卡', en: 'Mine' } } });
    expect(templates().map((e) => e.template.key)).toEqual([...BUILT_IN_TEMPLATE_KEYS, mine.template.key, named.template.key]);
  });

  it('saves every edit as a new version, keeps the old ones, and skips an edit that changes nothing', () => {
    const mine = copy();
    const edited = editable(mine.template);
    edited.criteria.reverse();
    edited.criteria[0]!.weight = 40;
    edited.criteria[0]!.label = { 'zh-CN': '战略', en: 'Strategy' };
    edited.criteria.pop();
    edited.thresholds = { pursue: 80, qualify: 60 };
    const v2 = update(mine.template.key, edited);
    expect(v2.template).toMatchObject({ key: mine.template.key, version: 2, thresholds: { pursue: 80, qualify: 60 } });
    expect(v2.template.criteria).toHaveLength(mine.template.criteria.length - 1);
    expect(v2.basedOn).toEqual({ key: DEFAULT_TEMPLATE_KEY, version: 1 });

    expect(update(mine.template.key, edited)).toEqual(v2);
    expect(t.call('scorecards.versions', { key: mine.template.key }).map((e) => e.template.version)).toEqual([2, 1]);
    expect(templates().find((e) => e.template.key === mine.template.key)!.template.version).toBe(2);
    // A copy of an older version.
    const old = t.call('scorecards.copyTemplate', { key: mine.template.key, version: 1 });
    expect(old.template.criteria).toEqual(mine.template.criteria);
    expect(failure('scorecards.copyTemplate', { key: mine.template.key, version: 3 }).key).toBe('opportunities.errors.templateVersionNotFound');
  });

  it('refuses negative or non-numeric weights, no criteria, out-of-range thresholds and an empty scale', () => {
    const { template } = copy();
    const key = template.key;
    const bad = (change: (t: TemplateInput) => unknown) => {
      const edited = editable(template) as TemplateInput & Record<string, unknown>;
      change(edited);
      return fieldOf(failure('scorecards.updateTemplate', { key, template: edited }));
    };
    expect(bad((e) => (e.criteria[1]!.weight = -5))).toEqual({ code: 'bad_input', key: 'scoring.errors.negativeWeight', path: 'template.criteria.1.weight' });
    expect(bad((e) => ((e.criteria[0] as { weight: unknown }).weight = '10'))).toEqual({ code: 'bad_input', key: 'errors.badInput', path: 'template.criteria.0.weight' });
    expect(bad((e) => ((e.criteria[0] as { weight: unknown }).weight = Number.NaN))).toMatchObject({ code: 'bad_input', path: 'template.criteria.0.weight' });
    expect(bad((e) => (e.criteria = []))).toEqual({ code: 'bad_input', key: 'scoring.errors.noCriteria', path: 'template.criteria' });
    expect(bad((e) => (e.thresholds = { pursue: 50, qualify: 70 }))).toEqual({ code: 'bad_input', key: 'scoring.errors.thresholds', path: 'template.thresholds' });
    expect(bad((e) => (e.criteria[2]!.scale = []))).toEqual({ code: 'bad_input', key: 'scoring.errors.emptyScale', path: 'template.criteria.2.scale' });
    expect(bad((e) => (e.criteria[1]!.key = e.criteria[0]!.key))).toMatchObject({ key: 'scoring.errors.duplicateKey', path: 'template.criteria.1.key' });
    expect(bad((e) => (e.criteria[0]!.key = 'Not A Key'))).toMatchObject({ code: 'bad_input', path: 'template.criteria.0.key' });
    expect(t.call('scorecards.versions', { key }).map((e) => e.template.version)).toEqual([1]);
  });

  it('deletes and restores a user template; a deleted one cannot be assessed with or edited', () => {
    const { template } = copy();
    expect(t.call('scorecards.deleteTemplate', { key: template.key })).toEqual({ key: template.key });
    expect(templates().map((e) => e.template.key)).toEqual([...BUILT_IN_TEMPLATE_KEYS]);
    expect(failure('assessments.create', { opportunityId: deal.id, templateKey: template.key, scores: {}, author: '', authorId: null }).key).toBe(
      'opportunities.errors.templateNotFound',
    );
    expect(failure('scorecards.updateTemplate', { key: template.key, template: editable(template) }).code).toBe('not_found');
    expect(failure('scorecards.deleteTemplate', { key: template.key }).code).toBe('not_found');
    expect(t.call('scorecards.restoreTemplate', { key: template.key }).template).toEqual(template);
    expect(failure('scorecards.restoreTemplate', { key: template.key }).code).toBe('not_found');
    expect(failure('scorecards.restoreTemplate', { key: 'nothing_here' }).code).toBe('not_found');
  });
});

describe('assessments', () => {
  it('stores the scores with the template snapshot, the author and the computed total and verdict', () => {
    const coach = person('何文');
    const me = t.call('team.create', { fields: { name: '王磊', role: '客户经理' } });
    const scores = {
      need: { value: 4, evidence: '行长办公会确认', personIds: [coach.id, coach.id] },
      budget: { value: 2, evidence: '预算待批', personIds: [] },
      competition: { value: null, evidence: '', personIds: [] },
    };
    const made = assess({ scores, authorId: me.id, assessedAt: '2026-03-01T09:30:00+08:00' });
    const template = BUILT_IN_TEMPLATES[DEFAULT_TEMPLATE_KEY];
    const expected = scoreAssessment(template, { templateKey: template.key, templateVersion: 1, scores });
    expect(made).toMatchObject({
      opportunityId: deal.id,
      templateKey: DEFAULT_TEMPLATE_KEY,
      templateVersion: 1,
      template,
      author: '王磊',
      authorId: me.id,
      assessedAt: '2026-03-01T01:30:00.000Z',
      total: expected.total,
      verdict: expected.verdict,
    });
    // In the template's order, people once each.
    expect(Object.keys(made.scores)).toEqual(['need', 'budget', 'competition']);
    expect(made.scores.need!.personIds).toEqual([coach.id]);
    expect(t.call('opportunities.get', { id: deal.id }).assessments).toEqual([made]);

    // Removing the team member keeps the assessment, without the link.
    t.call('team.delete', { id: me.id });
    expect(t.call('opportunities.get', { id: deal.id }).assessments[0]).toMatchObject({ author: '王磊', authorId: null });
  });

  it('keeps the template version and snapshot it was made with after the template is edited', () => {
    const mine = copy();
    const first = assess({ templateKey: mine.template.key, scores: { need: { value: 3, evidence: 'x', personIds: [] } } });
    const edited = editable(mine.template);
    edited.criteria = edited.criteria.filter((c) => c.key !== 'need');
    edited.criteria[0]!.weight = 99;
    const v2 = update(mine.template.key, edited);

    const later = assess({ templateKey: mine.template.key, scores: { budget: { value: 1, evidence: 'y', personIds: [] } } });
    expect(later).toMatchObject({ templateVersion: 2, template: v2.template });
    // The old criterion no longer exists in the latest version…
    expect(fieldOf(failure('assessments.create', { opportunityId: deal.id, templateKey: mine.template.key, scores: { need: { value: 1, evidence: '', personIds: [] } }, author: '', authorId: null }))).toEqual({
      code: 'bad_input',
      key: 'scoring.errors.unknownCriterion',
      path: 'scores.need',
    });
    // …but version 1 can still be used on purpose, and past assessments are unchanged.
    expect(assess({ templateKey: mine.template.key, templateVersion: 1 }).template).toEqual(mine.template);
    const stored = t.call('opportunities.get', { id: deal.id }).assessments.find((a) => a.id === first.id)!;
    expect(stored).toEqual(first);
    expect(stored.template).toEqual(mine.template);
    expect(stored.templateVersion).toBe(1);
    expect(failure('assessments.create', { opportunityId: deal.id, templateKey: 'bant', templateVersion: 2, scores: {}, author: '', authorId: null }).key).toBe(
      'opportunities.errors.templateVersionNotFound',
    );
  });

  it('refuses a score outside its scale, an unknown criterion, and evidence naming people of another account or deleted people', () => {
    const other = t.call('accounts.create', { fields: { ...emptyAccountFields, name: 'Other' } });
    const stranger = person('Stranger', other.id);
    const gone = person('Gone');
    t.call('people.delete', { ids: [gone.id] });
    const ok = person('Ok');
    const refused = (scores: Record<string, unknown>, over: object = {}) =>
      fieldOf(failure('assessments.create', { opportunityId: deal.id, templateKey: DEFAULT_TEMPLATE_KEY, scores, author: '', authorId: null, ...over }));
    const score = (value: unknown, personIds: string[] = []) => ({ value, evidence: 'e', personIds });
    expect(refused({ need: score(5) })).toEqual({ code: 'bad_input', key: 'scoring.errors.scoreOutOfScale', path: 'scores.need.value' });
    expect(refused({ need: score(2.5) })).toMatchObject({ key: 'scoring.errors.scoreOutOfScale' });
    expect(refused({ need: score(-1) })).toMatchObject({ key: 'scoring.errors.scoreOutOfScale' });
    expect(refused({ need: score('3') })).toMatchObject({ code: 'bad_input', path: 'scores.need.value' });
    expect(refused({ nothing: score(1) })).toEqual({ code: 'bad_input', key: 'scoring.errors.unknownCriterion', path: 'scores.nothing' });
    expect(refused({ need: score(3, [ok.id, stranger.id]) })).toEqual({ code: 'bad_input', key: 'opportunities.errors.otherAccount', path: 'scores.need.personIds.1' });
    expect(refused({ budget: score(3, [gone.id]) })).toEqual({ code: 'not_found', key: 'errors.personNotFound', path: 'scores.budget.personIds.0' });
    expect(refused({}, { authorId: 'nobody' })).toEqual({ code: 'not_found', key: 'errors.teamMemberNotFound', path: 'authorId' });
    expect(refused({}, { assessedAt: 'yesterday' })).toMatchObject({ code: 'bad_input', path: 'assessedAt' });
    expect(failure('assessments.create', { opportunityId: 'none', templateKey: DEFAULT_TEMPLATE_KEY, scores: {}, author: '', authorId: null }).code).toBe('not_found');
    expect(t.call('opportunities.get', { id: deal.id }).assessments).toEqual([]);
  });

  it('deletes and restores an assessment; the latest one is what the lists show', () => {
    const older = assess({ scores: { need: { value: 4, evidence: 'a', personIds: [] } }, assessedAt: '2026-01-01T00:00:00Z' });
    const newer = assess({ scores: { need: { value: 0, evidence: 'b', personIds: [] } }, assessedAt: '2026-02-01T00:00:00Z' });
    const latest = () => t.call('opportunities.list', { accountId: account.id })[0]!.latest;
    expect(latest()).toMatchObject({ id: newer.id, total: 0 });
    expect(t.call('opportunities.get', { id: deal.id }).assessments.map((a) => a.id)).toEqual([newer.id, older.id]);

    expect(t.call('assessments.delete', { id: newer.id })).toEqual({ id: newer.id });
    expect(latest()).toMatchObject({ id: older.id, total: 100 });
    expect(failure('assessments.delete', { id: newer.id }).code).toBe('not_found');
    expect(t.call('assessments.restore', { id: newer.id })).toEqual(newer);
    expect(latest()).toMatchObject({ id: newer.id });
    expect(failure('assessments.restore', { id: newer.id }).code).toBe('not_found');
  });
});
