import { createHash, randomUUID } from 'node:crypto';
import { and, desc, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import type { AssessmentRecord, AssessmentSummary, TemplateEntry, TemplateInput, scorecardsChannels } from '../../shared/contract/index.js';
import { scoreAssessment, type Verdict } from '../../shared/domain/scoring/score.js';
import type { CriterionScore, LocalText, ScorecardTemplate, ScoringProblem } from '../../shared/domain/scoring/types.js';
import { validateScores, validateTemplate } from '../../shared/domain/scoring/validate.js';
import { bumpVersion, copyTemplate, sameContent, templateSnapshot } from '../../shared/domain/scoring/versions.js';
import { englishText, messages } from '../../shared/i18n/index.js';
import { LANGUAGES } from '../../shared/i18n/languages.js';
import { BUILT_IN_TEMPLATES, BUILT_IN_TEMPLATE_KEYS, isBuiltInTemplateKey } from '../../shared/templates/scorecards.js';
import type { Db } from '../open.js';
import { assessments, scorecardSnapshots, scorecardTemplates, scorecardTemplateVersions } from '../schema.js';
import type { ApiContext, Handlers } from './context.js';
import { ApiFailure, conflict, notFound } from './failure.js';
import { recordScoreChange } from './history.js';
import { assertPeopleOfAccount, getLiveOpportunity } from './opportunities.js';
import { assertOwner } from './people.js';
import { inIds, preparedPer } from './queryHelpers.js';

type VersionRow = typeof scorecardTemplateVersions.$inferSelect;
type AssessmentRow = typeof assessments.$inferSelect;

/** Problems of the scoring domain as one bad_input answer, each at its path in the input (`prefix` + its path). */
function scoringFailure(problems: ScoringProblem[], prefix: string): ApiFailure {
  const fields = problems.map(({ path, key, params = {} }) => ({ path: `${prefix}${path}`, key, message: englishText(key, params), params }));
  const first = problems[0]!;
  return new ApiFailure('bad_input', first.key, first.params ?? {}, fields);
}

/** Stored snapshots are written by templateSnapshot from validated templates only. */
const parseSnapshot = (json: string) => JSON.parse(json) as ScorecardTemplate;

// ---------------------------------------------------------------- templates

const builtInEntry = (template: ScorecardTemplate): TemplateEntry => ({ template, builtIn: true, basedOn: null, createdAt: null });

function userEntry(db: Db, row: VersionRow): TemplateEntry {
  const head = db.select().from(scorecardTemplates).where(eq(scorecardTemplates.key, row.templateKey)).get()!;
  return { template: parseSnapshot(row.template), builtIn: false, basedOn: { key: head.basedOnKey, version: head.basedOnVersion }, createdAt: row.createdAt };
}

/** The latest version row of a live user template. */
function latestUserVersion(db: Db, key: string): VersionRow {
  const row = db
    .select({ version: scorecardTemplateVersions })
    .from(scorecardTemplateVersions)
    .innerJoin(scorecardTemplates, eq(scorecardTemplates.key, scorecardTemplateVersions.templateKey))
    .where(and(eq(scorecardTemplateVersions.templateKey, key), isNull(scorecardTemplates.deletedAt)))
    .orderBy(desc(scorecardTemplateVersions.version))
    .limit(1)
    .get()?.version;
  if (!row) throw notFound('opportunities.errors.templateNotFound', { key });
  return row;
}

/** Built-ins in their fixed order, then the user's live templates in the order they were made, latest versions. */
export function listTemplates(db: Db): TemplateEntry[] {
  const heads = new Map(
    db
      .select()
      .from(scorecardTemplates)
      .where(isNull(scorecardTemplates.deletedAt))
      .orderBy(scorecardTemplates.createdAt, scorecardTemplates.key)
      .all()
      .map((head) => [head.key, head]),
  );
  const latest = db.all<{ templateKey: string; template: string; createdAt: string }>(sql`
    select template_key as templateKey, template, created_at as createdAt from (
      select v.*, row_number() over (partition by v.template_key order by v.version desc) as n
      from ${scorecardTemplateVersions} v join ${scorecardTemplates} t on t.key = v.template_key
      where t.deleted_at is null
    ) where n = 1`);
  const byKey = new Map(latest.map((row) => [row.templateKey, row]));
  const user = [...heads.values()].flatMap((head): TemplateEntry[] => {
    const row = byKey.get(head.key);
    if (!row) return [];
    return [{ template: parseSnapshot(row.template), builtIn: false, basedOn: { key: head.basedOnKey, version: head.basedOnVersion }, createdAt: row.createdAt }];
  });
  return [...BUILT_IN_TEMPLATE_KEYS.map((key) => builtInEntry(BUILT_IN_TEMPLATES[key])), ...user];
}

export function templateVersions(db: Db, key: string): TemplateEntry[] {
  if (isBuiltInTemplateKey(key)) return [builtInEntry(BUILT_IN_TEMPLATES[key])];
  latestUserVersion(db, key);
  return db
    .select()
    .from(scorecardTemplateVersions)
    .where(eq(scorecardTemplateVersions.templateKey, key))
    .orderBy(desc(scorecardTemplateVersions.version))
    .all()
    .map((row) => userEntry(db, row));
}

/** One version of a built-in or a live user template (the latest when `version` is not given). */
export function templateAt(db: Db, key: string, version: number | undefined): ScorecardTemplate {
  if (isBuiltInTemplateKey(key)) {
    const template = BUILT_IN_TEMPLATES[key];
    if (version !== undefined && version !== template.version) throw notFound('opportunities.errors.templateVersionNotFound', { version });
    return template;
  }
  const latest = latestUserVersion(db, key);
  if (version === undefined || version === latest.version) return parseSnapshot(latest.template);
  const row = db
    .select()
    .from(scorecardTemplateVersions)
    .where(and(eq(scorecardTemplateVersions.templateKey, key), eq(scorecardTemplateVersions.version, version)))
    .get();
  if (!row) throw notFound('opportunities.errors.templateVersionNotFound', { version });
  return parseSnapshot(row.template);
}

function saveVersion(db: Db, template: ScorecardTemplate, prefix: string): VersionRow {
  const problems = validateTemplate(template);
  if (problems.length > 0) throw scoringFailure(problems, prefix);
  return db
    .insert(scorecardTemplateVersions)
    .values({ templateKey: template.key, version: template.version, template: templateSnapshot(template), createdAt: new Date().toISOString() })
    .returning()
    .get();
}

const copyName = (name: LocalText): LocalText =>
  Object.fromEntries(LANGUAGES.map((language) => [language, messages[language].opportunities.copyName.replace('{{name}}', name[language])])) as LocalText;

export function copyScorecardTemplate(db: Db, input: { key: string; version?: number | undefined; name?: LocalText | undefined }): TemplateEntry {
  const source = templateAt(db, input.key, input.version);
  const key = `custom_${randomUUID().replace(/-/g, '')}`;
  db.insert(scorecardTemplates).values({ key, basedOnKey: source.key, basedOnVersion: source.version, createdAt: new Date().toISOString() }).run();
  return userEntry(db, saveVersion(db, copyTemplate(source, key, input.name ?? copyName(source.name)), ''));
}

export function updateScorecardTemplate(db: Db, key: string, edited: TemplateInput): TemplateEntry {
  if (isBuiltInTemplateKey(key)) throw conflict('opportunities.errors.builtInReadOnly');
  const current = latestUserVersion(db, key);
  const currentTemplate = parseSnapshot(current.template);
  const next = bumpVersion(currentTemplate, { ...edited, key, version: currentTemplate.version });
  if (sameContent(currentTemplate, next)) return userEntry(db, current);
  return userEntry(db, saveVersion(db, next, 'template.'));
}

export function deleteScorecardTemplate(db: Db, key: string): { key: string } {
  if (isBuiltInTemplateKey(key)) throw conflict('opportunities.errors.builtInReadOnly');
  latestUserVersion(db, key);
  db.update(scorecardTemplates).set({ deletedAt: new Date().toISOString() }).where(eq(scorecardTemplates.key, key)).run();
  return { key };
}

export function restoreScorecardTemplate(db: Db, key: string): TemplateEntry {
  const head = db.select().from(scorecardTemplates).where(and(eq(scorecardTemplates.key, key), isNotNull(scorecardTemplates.deletedAt))).get();
  if (!head) throw notFound('opportunities.errors.templateNotFound', { key });
  db.update(scorecardTemplates).set({ deletedAt: null }).where(eq(scorecardTemplates.key, key)).run();
  return userEntry(db, latestUserVersion(db, key));
}

// ---------------------------------------------------------------- assessments

const toAssessment = (row: AssessmentRow, template: ScorecardTemplate): AssessmentRecord => ({
  id: row.id,
  opportunityId: row.opportunityId,
  templateKey: row.templateKey,
  templateVersion: row.templateVersion,
  template,
  scores: row.scores,
  author: row.author,
  authorId: row.authorId,
  assessedAt: row.assessedAt,
  total: row.total,
  verdict: row.verdict,
  createdAt: row.createdAt,
});

/** The snapshots these assessments were made with, each read and parsed once (most share one). */
function withSnapshots(db: Db, rows: AssessmentRow[]): AssessmentRecord[] {
  const ids = [...new Set(rows.map((row) => row.snapshotId))];
  if (ids.length === 0) return [];
  const snapshots = new Map(
    db
      .select()
      .from(scorecardSnapshots)
      .where(inIds(scorecardSnapshots.id, ids))
      .all()
      .map((snapshot) => [snapshot.id, parseSnapshot(snapshot.template)]),
  );
  return rows.map((row) => toAssessment(row, snapshots.get(row.snapshotId)!));
}

/** Stores a snapshot once, under the hash of its canonical JSON; answers it as it will be read back. */
function storeSnapshot(db: Db, template: ScorecardTemplate): { id: string; snapshot: ScorecardTemplate } {
  const json = templateSnapshot(template);
  const id = createHash('sha256').update(json).digest('hex');
  db.insert(scorecardSnapshots).values({ id, template: json }).onConflictDoNothing().run();
  return { id, snapshot: parseSnapshot(json) };
}

const statements = preparedPer((db: Db) => ({
  assessmentsOf: db
    .select()
    .from(assessments)
    .where(and(eq(assessments.opportunityId, sql.placeholder('opportunityId')), isNull(assessments.deletedAt)))
    .orderBy(desc(assessments.assessedAt), desc(sql`rowid`))
    .prepare(),
}));

/** The opportunity's live assessments, newest first. */
export const assessmentsOf = (db: Db, opportunityId: string): AssessmentRecord[] =>
  withSnapshots(db, statements(db).assessmentsOf.all({ opportunityId }));

/** The latest live assessment of each of these opportunities, in one query. */
export function latestAssessments(db: Db, opportunityIds: readonly string[]): Map<string, AssessmentSummary> {
  if (opportunityIds.length === 0) return new Map();
  const rows = db.all<{
    id: string;
    opportunityId: string;
    templateKey: string;
    templateVersion: number;
    name: string;
    total: number | null;
    previousTotal: number | null;
    verdict: Verdict;
    assessedAt: string;
  }>(sql`
    select latest.id, opportunityId, templateKey, templateVersion, json_extract(s.template, '$.name') as name, total, previousTotal, verdict, assessedAt from (
      select a.id, a.opportunity_id as opportunityId, a.template_key as templateKey, a.template_version as templateVersion,
        a.snapshot_id as snapshotId, a.total, a.verdict, a.assessed_at as assessedAt,
        row_number() over (partition by a.opportunity_id order by a.assessed_at desc, a.rowid desc) as n,
        lead(a.total) over (partition by a.opportunity_id, a.template_key order by a.assessed_at desc, a.rowid desc) as previousTotal
      from ${assessments} a
      where a.deleted_at is null and a.opportunity_id in (select value from json_each(${JSON.stringify(opportunityIds)}))
    ) latest join ${scorecardSnapshots} s on s.id = latest.snapshotId where n = 1`);
  return new Map(
    rows.map(({ opportunityId, name, ...row }) => [opportunityId, { ...row, templateName: JSON.parse(name) as LocalText }]),
  );
}

/** The latest live assessment's total (null with none, or when it is unknown): what the score history follows. */
const latestTotal = (db: Db, opportunityId: string): number | null => latestAssessments(db, [opportunityId]).get(opportunityId)?.total ?? null;

export function createAssessment(
  db: Db,
  input: {
    opportunityId: string;
    templateKey: string;
    templateVersion?: number | undefined;
    scores: Record<string, CriterionScore>;
    author: string;
    authorId: string | null;
    assessedAt?: string | undefined;
  },
): AssessmentRecord {
  const opportunity = getLiveOpportunity(db, input.opportunityId);
  const template = templateAt(db, input.templateKey, input.templateVersion);
  const problems = validateScores(template, input.scores);
  if (problems.length > 0) throw scoringFailure(problems, '');
  assertOwner(db, 'authorId', input.authorId);
  // In the template's order, each evidence naming live people of this account, once each.
  const scores: Record<string, CriterionScore> = {};
  for (const { key } of template.criteria) {
    const score = input.scores[key];
    if (!score) continue;
    scores[key] = { value: score.value, evidence: score.evidence, personIds: assertPeopleOfAccount(db, opportunity.accountId, `scores.${key}.personIds`, score.personIds) };
  }
  const result = scoreAssessment(template, { templateKey: template.key, templateVersion: template.version, scores });
  const now = new Date().toISOString();
  const before = latestTotal(db, opportunity.id);
  const { id: snapshotId, snapshot } = storeSnapshot(db, template);
  const row = db
    .insert(assessments)
    .values({
      id: randomUUID(),
      opportunityId: opportunity.id,
      templateKey: template.key,
      templateVersion: template.version,
      snapshotId,
      scores,
      author: input.author,
      authorId: input.authorId,
      assessedAt: input.assessedAt === undefined ? now : new Date(input.assessedAt).toISOString(),
      total: result.total,
      verdict: result.verdict,
      createdAt: now,
    })
    .returning()
    .get();
  recordScoreChange(db, opportunity, before, latestTotal(db, opportunity.id), now);
  return toAssessment(row, snapshot);
}

export function deleteAssessment(db: Db, id: string): { id: string } {
  const row = db.select({ opportunityId: assessments.opportunityId }).from(assessments).where(and(eq(assessments.id, id), isNull(assessments.deletedAt))).get();
  if (!row) throw notFound('opportunities.errors.assessmentNotFound', { id });
  const opportunity = getLiveOpportunity(db, row.opportunityId);
  const before = latestTotal(db, opportunity.id);
  const now = new Date().toISOString();
  db.update(assessments).set({ deletedAt: now }).where(eq(assessments.id, id)).run();
  recordScoreChange(db, opportunity, before, latestTotal(db, opportunity.id), now);
  return { id };
}

export function restoreAssessment(db: Db, id: string): AssessmentRecord {
  const row = db.select().from(assessments).where(and(eq(assessments.id, id), isNotNull(assessments.deletedAt))).get();
  if (!row) throw notFound('opportunities.errors.assessmentNotFound', { id });
  const opportunity = getLiveOpportunity(db, row.opportunityId);
  const before = latestTotal(db, opportunity.id);
  const restored = withSnapshots(db, [db.update(assessments).set({ deletedAt: null }).where(eq(assessments.id, id)).returning().get()])[0]!;
  recordScoreChange(db, opportunity, before, latestTotal(db, opportunity.id), new Date().toISOString());
  return restored;
}

export const scorecardsHandlers = ({ db }: ApiContext): Handlers<typeof scorecardsChannels> => ({
  'scorecards.templates': () => listTemplates(db),
  'scorecards.versions': ({ key }) => templateVersions(db, key),
  'scorecards.copyTemplate': (input) => copyScorecardTemplate(db, input),
  'scorecards.updateTemplate': ({ key, template }) => updateScorecardTemplate(db, key, template),
  'scorecards.deleteTemplate': ({ key }) => deleteScorecardTemplate(db, key),
  'scorecards.restoreTemplate': ({ key }) => restoreScorecardTemplate(db, key),
  'assessments.create': (input) => createAssessment(db, input),
  'assessments.delete': ({ id }) => deleteAssessment(db, id),
  'assessments.restore': ({ id }) => restoreAssessment(db, id),
});
