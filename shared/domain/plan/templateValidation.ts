import { isBlankText, type StageTemplate, type TemplateItem } from './stageTemplate.js';

export const TEMPLATE_PROBLEM_CODES = [
  'emptyKey',
  'badVersion',
  'emptyName',
  'noStages',
  'duplicateStageKey',
  'emptyStageKey',
  'emptyStageName',
  'emptyKeyNode',
  'emptyItemKey',
  'duplicateCriterionKey',
  'duplicateTaskKey',
  'emptyLabel',
  'emptyObjective',
] as const;
export type TemplateProblemCode = (typeof TEMPLATE_PROBLEM_CODES)[number];

/** One thing wrong with a template. `path` points at the field ('stages.2.exitCriteria.0.label'); `key` is its i18n message. */
export interface TemplateProblem {
  code: TemplateProblemCode;
  key: `plan.templateProblems.${TemplateProblemCode}`;
  path: string;
  /** stage: 1-based stage number; key: the duplicated or offending key. */
  params: Record<string, string | number>;
}

const problem = (code: TemplateProblemCode, path: string, params: Record<string, string | number> = {}): TemplateProblem => ({
  code,
  key: `plan.templateProblems.${code}`,
  path,
  params,
});

/** Every problem of a (user-edited) template, in field order; none means it can be saved and used. */
export function validateStageTemplate(template: StageTemplate): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  if (!template.key.trim()) problems.push(problem('emptyKey', 'key'));
  if (!Number.isInteger(template.version) || template.version < 1) problems.push(problem('badVersion', 'version'));
  if (isBlankText(template.name)) problems.push(problem('emptyName', 'name'));
  if (template.stages.length === 0) problems.push(problem('noStages', 'stages'));

  const stageKeys = new Set<string>();
  template.stages.forEach((stage, i) => {
    const at = `stages.${i}`;
    const params = { stage: i + 1 };
    if (!stage.key.trim()) problems.push(problem('emptyStageKey', `${at}.key`, params));
    else if (stageKeys.has(stage.key)) problems.push(problem('duplicateStageKey', `${at}.key`, { ...params, key: stage.key }));
    stageKeys.add(stage.key);
    if (isBlankText(stage.name)) problems.push(problem('emptyStageName', `${at}.name`, params));
    if (isBlankText(stage.keyNode)) problems.push(problem('emptyKeyNode', `${at}.keyNode`, params));
    problems.push(...itemProblems(stage.exitCriteria, `${at}.exitCriteria`, 'duplicateCriterionKey', i + 1));
    problems.push(...itemProblems(stage.tasks, `${at}.tasks`, 'duplicateTaskKey', i + 1));
    stage.objectives.forEach((objective, j) => {
      if (isBlankText(objective)) problems.push(problem('emptyObjective', `${at}.objectives.${j}`, params));
    });
  });
  return problems;
}

function itemProblems(items: readonly TemplateItem[], at: string, duplicate: TemplateProblemCode, stage: number): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const keys = new Set<string>();
  items.forEach((entry, i) => {
    if (!entry.key.trim()) problems.push(problem('emptyItemKey', `${at}.${i}.key`, { stage }));
    else if (keys.has(entry.key)) problems.push(problem(duplicate, `${at}.${i}.key`, { stage, key: entry.key }));
    keys.add(entry.key);
    if (isBlankText(entry.label)) problems.push(problem('emptyLabel', `${at}.${i}.label`, { stage }));
  });
  return problems;
}
