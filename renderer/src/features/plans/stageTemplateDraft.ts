import type { FieldError } from '../../../../shared/contract/envelope.js';
import { toFieldError } from '../../../../shared/contract/fieldErrors.js';
import { stageTemplateInput, type StageTemplateInput } from '../../../../shared/contract/index.js';
import { isBlankText, type LocalizedText, type StageTemplate } from '../../../../shared/domain/plan/stageTemplate.js';
import { validateStageTemplate } from '../../../../shared/domain/plan/templateValidation.js';

/** Pure edits of a stage template draft (what the editor holds until it saves): each returns a new value. */

export type StageDraft = StageTemplateInput['stages'][number];
export type ItemList = 'exitCriteria' | 'tasks';
export type Marker = 'startMarker' | 'endMarker';

/** One thing wrong with the draft, at a dotted path ('stages.2.exitCriteria.0.label'), as an i18n key. */
export interface DraftProblem {
  path: string;
  key: string;
  params: Record<string, string | number>;
}

export const blankText = (): LocalizedText => ({ 'zh-CN': '', en: '' });
const text = (t: LocalizedText): LocalizedText => ({ 'zh-CN': t['zh-CN'], en: t.en });
const trimText = (t: LocalizedText): LocalizedText => ({ 'zh-CN': t['zh-CN'].trim(), en: t.en.trim() });

/** The stage in one fixed field order, markers only when they say something. */
function canonicalStage(stage: StageDraft, map: (t: LocalizedText) => LocalizedText): StageDraft {
  return {
    key: stage.key,
    name: map(stage.name),
    keyNode: map(stage.keyNode),
    ...(stage.startMarker && !isBlankText(stage.startMarker) ? { startMarker: map(stage.startMarker) } : {}),
    ...(stage.endMarker && !isBlankText(stage.endMarker) ? { endMarker: map(stage.endMarker) } : {}),
    exitCriteria: stage.exitCriteria.map((c) => ({ key: c.key, label: map(c.label) })),
    objectives: stage.objectives.map(map),
    tasks: stage.tasks.map((c) => ({ key: c.key, label: map(c.label) })),
  };
}

/** What a user edits about a template: its name and stages (not its key, version or origin). */
export function inputOf(template: StageTemplate): StageTemplateInput {
  return { name: text(template.name), stages: template.stages.map((s) => canonicalStage(s, text)) };
}

/** The draft as it is saved: text trimmed, blank markers left out. */
export function toSave(draft: StageTemplateInput): StageTemplateInput {
  return { name: trimText(draft.name), stages: draft.stages.map((s) => canonicalStage(s, trimText)) };
}

/** Whether saving the draft would change the template. */
export const isDirty = (draft: StageTemplateInput, template: StageTemplate): boolean => JSON.stringify(toSave(draft)) !== JSON.stringify(toSave(inputOf(template)));

/** `${prefix}${n}`, the first n from `start` not in `used`. */
export function freshKey(used: Iterable<string>, prefix: string, start = 1): string {
  const taken = new Set(used);
  let n = start;
  while (taken.has(`${prefix}${n}`)) n++;
  return `${prefix}${n}`;
}

export function addStage(draft: StageTemplateInput): StageTemplateInput {
  const stage: StageDraft = {
    key: freshKey(
      draft.stages.map((s) => s.key),
      'stage_',
      draft.stages.length + 1,
    ),
    name: blankText(),
    keyNode: blankText(),
    exitCriteria: [],
    objectives: [],
    tasks: [],
  };
  return { ...draft, stages: [...draft.stages, stage] };
}

const moveIn = <T>(list: readonly T[], index: number, by: -1 | 1): T[] => {
  const to = index + by;
  if (index < 0 || index >= list.length || to < 0 || to >= list.length) return [...list];
  const out = [...list];
  [out[index], out[to]] = [out[to]!, out[index]!];
  return out;
};

export const moveStage = (draft: StageTemplateInput, index: number, by: -1 | 1): StageTemplateInput => ({ ...draft, stages: moveIn(draft.stages, index, by) });
export const removeStage = (draft: StageTemplateInput, index: number): StageTemplateInput => ({ ...draft, stages: draft.stages.filter((_, i) => i !== index) });
export const setStage = (draft: StageTemplateInput, index: number, patch: Partial<StageDraft>): StageTemplateInput => ({
  ...draft,
  stages: draft.stages.map((s, i) => (i === index ? { ...s, ...patch } : s)),
});

/** A marker's new text; blank in both languages takes the marker away. */
export function setMarker(stage: StageDraft, marker: Marker, value: LocalizedText): StageDraft {
  const { [marker]: _old, ...rest } = stage;
  return value['zh-CN'] === '' && value.en === '' ? rest : { ...rest, [marker]: value };
}

const ITEM_PREFIX: Record<ItemList, string> = { exitCriteria: 'criterion_', tasks: 'task_' };

export const addItem = (stage: StageDraft, list: ItemList): StageDraft => ({
  ...stage,
  [list]: [...stage[list], { key: freshKey(stage[list].map((i) => i.key), ITEM_PREFIX[list], stage[list].length + 1), label: blankText() }],
});
export const setItem = (stage: StageDraft, list: ItemList, index: number, label: LocalizedText): StageDraft => ({
  ...stage,
  [list]: stage[list].map((item, i) => (i === index ? { ...item, label } : item)),
});
export const removeItem = (stage: StageDraft, list: ItemList, index: number): StageDraft => ({ ...stage, [list]: stage[list].filter((_, i) => i !== index) });
export const moveItem = (stage: StageDraft, list: ItemList, index: number, by: -1 | 1): StageDraft => ({ ...stage, [list]: moveIn(stage[list], index, by) });

export const addObjective = (stage: StageDraft): StageDraft => ({ ...stage, objectives: [...stage.objectives, blankText()] });
export const setObjective = (stage: StageDraft, index: number, value: LocalizedText): StageDraft => ({ ...stage, objectives: stage.objectives.map((o, i) => (i === index ? value : o)) });
export const moveObjective = (stage: StageDraft, index: number, by: -1 | 1): StageDraft => ({ ...stage, objectives: moveIn(stage.objectives, index, by) });
export const removeObjective = (stage: StageDraft, index: number): StageDraft => ({ ...stage, objectives: stage.objectives.filter((_, i) => i !== index) });

/**
 * Everything that would stop the draft from saving, at its field: the contract's schema (lengths, the
 * number of stages, via fieldErrors' keys) and the template rules the backend checks (validateStageTemplate).
 */
export function problemsOf(draft: StageTemplateInput, key: string, version: number): DraftProblem[] {
  const saved = toSave(draft);
  const parsed = stageTemplateInput.safeParse(saved);
  const schema: DraftProblem[] = parsed.success ? [] : parsed.error.issues.map((issue) => {
    const { path, key: messageKey, params } = toFieldError(issue);
    return { path, key: messageKey, params: params ?? {} };
  });
  const rules: DraftProblem[] = validateStageTemplate({ ...saved, key, version }).map(({ path, key: messageKey, params }) => ({ path, key: messageKey, params }));
  return [...schema, ...rules];
}

/** The backend's refused fields ('template.stages.1.name'), as draft problems. */
export const serverProblems = (fields: readonly FieldError[]): DraftProblem[] =>
  fields.map((f) => ({ path: f.path.replace(/^template\./, ''), key: f.key, params: f.params ?? {} }));

/** The problems at `path` or under it (e.g. 'stages.2.name' and its 'stages.2.name.en'). */
export const problemsUnder = (problems: readonly DraftProblem[], path: string): DraftProblem[] => problems.filter((p) => p.path === path || p.path.startsWith(`${path}.`));
/** The problems exactly at `path`. */
export const problemsAt = (problems: readonly DraftProblem[], path: string): DraftProblem[] => problems.filter((p) => p.path === path);
/** The index of the first stage with a problem, or -1. */
export const firstStageWithProblems = (problems: readonly DraftProblem[]): number => {
  const indexes = problems.map((p) => /^stages\.(\d+)/.exec(p.path)?.[1]).filter((i): i is string => i !== undefined).map(Number);
  return indexes.length === 0 ? -1 : Math.min(...indexes);
};
