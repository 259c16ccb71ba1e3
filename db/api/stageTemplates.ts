import { randomUUID } from 'node:crypto';
import { and, desc, eq, isNotNull, isNull } from 'drizzle-orm';
import type { StageTemplateEntry, StageTemplateInput } from '../../shared/contract/index.js';
import type { LocalizedText, StageTemplate, StageTemplateStage, TemplateItem } from '../../shared/domain/plan/stageTemplate.js';
import { copyTemplate } from '../../shared/domain/plan/templateCopy.js';
import { validateStageTemplate, type TemplateProblem } from '../../shared/domain/plan/templateValidation.js';
import { englishText, messages } from '../../shared/i18n/index.js';
import { LANGUAGES } from '../../shared/i18n/languages.js';
import { STAGE_TEMPLATES, stageTemplateByKey } from '../../shared/templates/stages.js';
import type { Db } from '../open.js';
import { stageTemplates, stageTemplateVersions } from '../schema.js';
import { ApiFailure, conflict, notFound } from './failure.js';

/**
 * Stage templates: the built-in processes live in code; a user template is a copy the user edits,
 * and every saved edit is a new, never-changed version (as scorecard templates are kept).
 */

type VersionRow = typeof stageTemplateVersions.$inferSelect;

const text = (t: LocalizedText): LocalizedText => ({ 'zh-CN': t['zh-CN'], en: t.en });
const item = (i: TemplateItem): TemplateItem => ({ key: i.key, label: text(i.label) });

/** The template with its fields in one fixed order, so equal content is equal JSON. */
export function canonicalTemplate(template: StageTemplate): StageTemplate {
  return {
    key: template.key,
    version: template.version,
    name: text(template.name),
    stages: template.stages.map(
      (stage): StageTemplateStage => ({
        key: stage.key,
        name: text(stage.name),
        keyNode: text(stage.keyNode),
        ...(stage.startMarker ? { startMarker: text(stage.startMarker) } : {}),
        ...(stage.endMarker ? { endMarker: text(stage.endMarker) } : {}),
        exitCriteria: stage.exitCriteria.map(item),
        objectives: stage.objectives.map(text),
        tasks: stage.tasks.map(item),
      }),
    ),
    ...(template.basedOn ? { basedOn: { key: template.basedOn.key, version: template.basedOn.version } } : {}),
  };
}

export const templateJson = (template: StageTemplate): string => JSON.stringify(canonicalTemplate(template));
/** Stored JSON is written by templateJson from validated templates only. */
export const parseTemplate = (json: string): StageTemplate => JSON.parse(json) as StageTemplate;

function problemsFailure(problems: TemplateProblem[], prefix: string): ApiFailure {
  const fields = problems.map(({ path, key, params }) => ({ path: `${prefix}${path}`, key, message: englishText(key, params), params }));
  return new ApiFailure('bad_input', problems[0]!.key, problems[0]!.params, fields);
}

const builtInEntry = (template: StageTemplate): StageTemplateEntry => ({ template, builtIn: true, createdAt: null });
const userEntry = (row: VersionRow): StageTemplateEntry => ({ template: parseTemplate(row.template), builtIn: false, createdAt: row.createdAt });

/** The latest version row of a live user template. */
function latestUserVersion(db: Db, key: string): VersionRow {
  const row = db
    .select({ version: stageTemplateVersions })
    .from(stageTemplateVersions)
    .innerJoin(stageTemplates, eq(stageTemplates.key, stageTemplateVersions.templateKey))
    .where(and(eq(stageTemplateVersions.templateKey, key), isNull(stageTemplates.deletedAt)))
    .orderBy(desc(stageTemplateVersions.version))
    .limit(1)
    .get()?.version;
  if (!row) throw notFound('plan.errors.templateNotFound', { key });
  return row;
}

/** Built-ins in their order, then the user's live templates in the order they were made, latest versions. */
export function listStageTemplates(db: Db): StageTemplateEntry[] {
  const heads = db.select().from(stageTemplates).where(isNull(stageTemplates.deletedAt)).orderBy(stageTemplates.createdAt, stageTemplates.key).all();
  return [...STAGE_TEMPLATES.map(builtInEntry), ...heads.map((head) => userEntry(latestUserVersion(db, head.key)))];
}

export function stageTemplateVersionsOf(db: Db, key: string): StageTemplateEntry[] {
  const builtIn = stageTemplateByKey(key);
  if (builtIn) return [builtInEntry(builtIn)];
  latestUserVersion(db, key);
  return db
    .select()
    .from(stageTemplateVersions)
    .where(eq(stageTemplateVersions.templateKey, key))
    .orderBy(desc(stageTemplateVersions.version))
    .all()
    .map(userEntry);
}

/** One version of a built-in or a live user template (the latest when `version` is not given). */
export function stageTemplateAt(db: Db, key: string, version: number | undefined): StageTemplate {
  const builtIn = stageTemplateByKey(key);
  if (builtIn) {
    if (version !== undefined && version !== builtIn.version) throw notFound('plan.errors.templateVersionNotFound', { version });
    return builtIn;
  }
  const latest = latestUserVersion(db, key);
  if (version === undefined || version === latest.version) return parseTemplate(latest.template);
  const row = db
    .select()
    .from(stageTemplateVersions)
    .where(and(eq(stageTemplateVersions.templateKey, key), eq(stageTemplateVersions.version, version)))
    .get();
  if (!row) throw notFound('plan.errors.templateVersionNotFound', { version });
  return parseTemplate(row.template);
}

function saveVersion(db: Db, template: StageTemplate, prefix: string, now: string): VersionRow {
  const problems = validateStageTemplate(template);
  if (problems.length > 0) throw problemsFailure(problems, prefix);
  return db
    .insert(stageTemplateVersions)
    .values({ templateKey: template.key, version: template.version, template: templateJson(template), createdAt: now })
    .returning()
    .get();
}

const copyName = (name: LocalizedText): LocalizedText =>
  Object.fromEntries(LANGUAGES.map((language) => [language, messages[language].opportunities.copyName.replace('{{name}}', name[language])])) as LocalizedText;

export function copyStageTemplate(db: Db, input: { key: string; version?: number | undefined; name?: LocalizedText | undefined }, now: string): StageTemplateEntry {
  const source = stageTemplateAt(db, input.key, input.version);
  const key = `custom_${randomUUID().replace(/-/g, '')}`;
  const copy = copyTemplate(source, { key, name: input.name ?? copyName(source.name) });
  db.insert(stageTemplates).values({ key, basedOnKey: copy.basedOn!.key, basedOnVersion: copy.basedOn!.version, createdAt: now }).run();
  return userEntry(saveVersion(db, copy, '', now));
}

export function updateStageTemplate(db: Db, key: string, edited: StageTemplateInput, now: string): StageTemplateEntry {
  if (stageTemplateByKey(key)) throw conflict('plan.errors.builtInReadOnly');
  const current = latestUserVersion(db, key);
  const currentTemplate = parseTemplate(current.template);
  const next: StageTemplate = { ...edited, key, version: currentTemplate.version, ...(currentTemplate.basedOn ? { basedOn: currentTemplate.basedOn } : {}) };
  if (templateJson(next) === templateJson(currentTemplate)) return userEntry(current);
  return userEntry(saveVersion(db, { ...next, version: currentTemplate.version + 1 }, 'template.', now));
}

export function deleteStageTemplate(db: Db, key: string, now: string): { key: string } {
  if (stageTemplateByKey(key)) throw conflict('plan.errors.builtInReadOnly');
  latestUserVersion(db, key);
  db.update(stageTemplates).set({ deletedAt: now }).where(eq(stageTemplates.key, key)).run();
  return { key };
}

export function restoreStageTemplate(db: Db, key: string): StageTemplateEntry {
  const head = db.select().from(stageTemplates).where(and(eq(stageTemplates.key, key), isNotNull(stageTemplates.deletedAt))).get();
  if (!head) throw notFound('plan.errors.templateNotFound', { key });
  db.update(stageTemplates).set({ deletedAt: null }).where(eq(stageTemplates.key, key)).run();
  return userEntry(latestUserVersion(db, key));
}
