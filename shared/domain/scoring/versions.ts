/**
 * Template versions. Built-in templates are read-only: a manager copies one (version 1 of a new key) and edits the copy;
 * each saved edit is the next version. Assessments store {templateKey, templateVersion} and a snapshot of that version,
 * so editing a template never changes a past assessment.
 */
import type { LocalText, ScorecardTemplate } from './types.js';
import { validateTemplate } from './validate.js';
import type { ScoringProblem } from './types.js';

const clone = (template: ScorecardTemplate): ScorecardTemplate => structuredClone(template);

/** An editable copy under a new key, starting again at version 1. */
export function copyTemplate(template: ScorecardTemplate, newKey: string, name: LocalText): ScorecardTemplate {
  return { ...clone(template), key: newKey, version: 1, name: { ...name } };
}

/** `edited` saved as the version after `current`: same key, version + 1, whatever key and version `edited` carried. */
export function bumpVersion(current: ScorecardTemplate, edited: ScorecardTemplate): ScorecardTemplate {
  return { ...clone(edited), key: current.key, version: current.version + 1 };
}

/** The next version with some parts replaced, e.g. nextVersion(t, { thresholds: { pursue: 75, qualify: 50 } }). */
export function nextVersion(current: ScorecardTemplate, changes: Partial<Omit<ScorecardTemplate, 'key' | 'version'>>): ScorecardTemplate {
  return bumpVersion(current, { ...current, ...changes });
}

/** The template as canonical JSON (fields in a fixed order), to store with each assessment. */
export function templateSnapshot(template: ScorecardTemplate): string {
  const { key, version, name, description, kind, groups, criteria, thresholds } = template;
  return JSON.stringify({
    key,
    version,
    name,
    description,
    kind,
    groups,
    criteria: criteria.map(({ key, label, weight, scale, guidance, suggestedRoles, group }) => ({
      key,
      label,
      weight,
      scale: scale.map(({ value, label, meaning }) => ({ value, label, meaning })),
      guidance,
      suggestedRoles,
      group,
    })),
    thresholds: { pursue: thresholds.pursue, qualify: thresholds.qualify },
  });
}

/** Whether an edit changed anything but the version (so saving it need not make a new version). */
export const sameContent = (a: ScorecardTemplate, b: ScorecardTemplate): boolean =>
  templateSnapshot({ ...a, version: 0 }) === templateSnapshot({ ...b, version: 0 });

export type SnapshotParse = { ok: true; template: ScorecardTemplate } | { ok: false; problems: ScoringProblem[] };

/** A stored snapshot read back; refused if it is not JSON of the right shape or fails validateTemplate. */
export function parseTemplateSnapshot(json: string): SnapshotParse {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    value = undefined;
  }
  if (!hasTemplateShape(value)) return { ok: false, problems: [{ path: '', key: 'scoring.errors.badSnapshot' }] };
  const problems = validateTemplate(value);
  return problems.length === 0 ? { ok: true, template: value } : { ok: false, problems };
}

type Shape = Record<string, unknown>;
const isObject = (v: unknown): v is Shape => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown) => isObject(v) && typeof v['zh-CN'] === 'string' && typeof v.en === 'string';
const isList = (v: unknown) =>
  isObject(v) && [v['zh-CN'], v.en].every((list) => Array.isArray(list) && list.every((item) => typeof item === 'string'));
const isArrayOf = (v: unknown, item: (x: Shape) => boolean) => Array.isArray(v) && v.every((x) => isObject(x) && item(x));

/** The structure validateTemplate relies on; the values themselves are its job. */
function hasTemplateShape(v: unknown): v is ScorecardTemplate {
  return (
    isObject(v) &&
    typeof v.key === 'string' &&
    typeof v.version === 'number' &&
    isText(v.name) &&
    (v.description === undefined || isText(v.description)) &&
    (v.kind === 'weighted' || v.kind === 'rww') &&
    (v.groups === undefined || isArrayOf(v.groups, (g) => typeof g.key === 'string' && isText(g.label))) &&
    isArrayOf(
      v.criteria,
      (c) =>
        typeof c.key === 'string' &&
        isText(c.label) &&
        typeof c.weight === 'number' &&
        isList(c.guidance) &&
        (c.group === undefined || typeof c.group === 'string') &&
        (c.suggestedRoles === undefined || (Array.isArray(c.suggestedRoles) && c.suggestedRoles.every((r) => typeof r === 'string'))) &&
        isArrayOf(c.scale, (l) => typeof l.value === 'number' && isText(l.label) && isText(l.meaning)),
    ) &&
    isObject(v.thresholds) &&
    typeof v.thresholds.pursue === 'number' &&
    typeof v.thresholds.qualify === 'number'
  );
}
