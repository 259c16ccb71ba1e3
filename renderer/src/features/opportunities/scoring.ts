import type { AssessmentRecord, TemplateEntry } from '../../../../shared/contract/index.js';
import { localText, scoreAssessment, type DatedAssessment, type ScorecardTemplate, type SnapshotAssessment } from '../../../../shared/domain/scoring/index.js';
import type { Language } from '../../../../shared/i18n/index.js';
import { DEFAULT_TEMPLATE_KEY } from '../../../../shared/templates/scorecards.js';

/** A stored assessment as the scoring domain reads it: with the template snapshot it was made with. */
export const snapshotOf = (record: AssessmentRecord): SnapshotAssessment => ({
  template: record.template,
  assessment: { templateKey: record.templateKey, templateVersion: record.templateVersion, scores: record.scores },
});

export const scoreOf = (record: AssessmentRecord) => scoreAssessment(record.template, snapshotOf(record).assessment);

/** Oldest first, with their dates: what trend() reads. */
export const datedOldestFirst = (records: readonly AssessmentRecord[]): DatedAssessment[] =>
  [...records].sort((a, b) => a.assessedAt.localeCompare(b.assessedAt)).map((r) => ({ ...snapshotOf(r), at: r.assessedAt }));

/** The template a new assessment starts from: the latest one's, else the default built-in, else the first. */
export function defaultTemplateKey(records: readonly AssessmentRecord[], templates: readonly TemplateEntry[]): string {
  const keys = templates.map((entry) => entry.template.key);
  const latest = records[0]?.templateKey;
  if (latest && keys.includes(latest)) return latest;
  return keys.includes(DEFAULT_TEMPLATE_KEY) ? DEFAULT_TEMPLATE_KEY : (keys[0] ?? DEFAULT_TEMPLATE_KEY);
}

/** A criterion's label in the UI language, looked for in the newest template that has it. */
export function criterionLabeller(templates: readonly ScorecardTemplate[], language: Language) {
  return (key: string) => {
    for (const template of templates) {
      const criterion = template.criteria.find((c) => c.key === key);
      if (criterion) return localText(criterion.label, language);
    }
    return key;
  };
}

/** The label of the level a value stands for on a criterion's scale. */
export const levelLabel = (template: ScorecardTemplate, key: string, value: number | null, language: Language): string | null => {
  if (value === null) return null;
  const level = template.criteria.find((c) => c.key === key)?.scale.find((l) => l.value === value);
  return level ? `${value} · ${localText(level.label, language)}` : String(value);
};
