import type { AssessmentRecord } from '../../contract/scorecards.js';
import { localText, scoreAssessment, type DatedAssessment, type ScorecardTemplate, type SnapshotAssessment } from '../../domain/scoring/index.js';
import type { Language } from '../../i18n/languages.js';

/**
 * Stored assessments as the scoring domain and the charts read them: the same helpers for the
 * opportunity page (renderer) and the printed account plan (shared/report).
 */

/** A stored assessment as the scoring domain reads it: with the template snapshot it was made with. */
export const snapshotOf = (record: AssessmentRecord): SnapshotAssessment => ({
  template: record.template,
  assessment: { templateKey: record.templateKey, templateVersion: record.templateVersion, scores: record.scores },
});

export const scoreOf = (record: AssessmentRecord) => scoreAssessment(record.template, snapshotOf(record).assessment);

/** Oldest first, with their dates: what trend() reads. */
export const datedOldestFirst = (records: readonly AssessmentRecord[]): DatedAssessment[] =>
  [...records].sort((a, b) => a.assessedAt.localeCompare(b.assessedAt)).map((r) => ({ ...snapshotOf(r), at: r.assessedAt }));

/** A criterion's label in `language`, looked for in the newest template that has it. */
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
