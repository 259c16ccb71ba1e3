import type { TemplateInput } from '../../../../shared/contract/index.js';
import type { ScoringProblem } from '../../../../shared/domain/scoring/index.js';

export type Criterion = TemplateInput['criteria'][number];
export type Level = Criterion['scale'][number];

/** Pure edits of a template draft: each returns a new draft. */
export const setCriterion = (draft: TemplateInput, index: number, patch: Partial<Criterion>): TemplateInput => ({
  ...draft,
  criteria: draft.criteria.map((c, i) => (i === index ? { ...c, ...patch } : c)),
});

export const moveCriterion = (draft: TemplateInput, index: number, by: -1 | 1): TemplateInput => {
  const to = index + by;
  if (to < 0 || to >= draft.criteria.length) return draft;
  const criteria = [...draft.criteria];
  [criteria[index], criteria[to]] = [criteria[to]!, criteria[index]!];
  return { ...draft, criteria };
};

export const removeCriterion = (draft: TemplateInput, index: number): TemplateInput => ({ ...draft, criteria: draft.criteria.filter((_, i) => i !== index) });

/** A code not used yet in the draft: c1, c2, … */
export function freshKey(draft: TemplateInput): string {
  const used = new Set(draft.criteria.map((c) => c.key));
  let n = draft.criteria.length + 1;
  while (used.has(`c${n}`)) n++;
  return `c${n}`;
}

export const setLevel = (criterion: Criterion, index: number, patch: Partial<Level>): Partial<Criterion> => ({
  scale: criterion.scale.map((l, i) => (i === index ? { ...l, ...patch } : l)),
});

/** The problems whose path is exactly `path` (e.g. 'criteria.2.weight'). */
export const problemsAt = (problems: readonly ScoringProblem[], path: string) => problems.filter((p) => p.path === path);
/** The problems somewhere under `path` (e.g. every level of 'criteria.2.scale'). */
export const problemsUnder = (problems: readonly ScoringProblem[], path: string) => problems.filter((p) => p.path === path || p.path.startsWith(`${path}.`));
