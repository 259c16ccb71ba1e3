import type { AssessmentRecord, TemplateEntry } from '../../../../shared/contract/index.js';
import { DEFAULT_TEMPLATE_KEY } from '../../../../shared/templates/scorecards.js';

// One copy of the record helpers, shared with the printed account plan.
export { criterionLabeller, datedOldestFirst, levelLabel, scoreOf, snapshotOf } from '../../../../shared/report/charts/records.js';

/** The template a new assessment starts from: the latest one's, else the default built-in, else the first. */
export function defaultTemplateKey(records: readonly AssessmentRecord[], templates: readonly TemplateEntry[]): string {
  const keys = templates.map((entry) => entry.template.key);
  const latest = records[0]?.templateKey;
  if (latest && keys.includes(latest)) return latest;
  return keys.includes(DEFAULT_TEMPLATE_KEY) ? DEFAULT_TEMPLATE_KEY : (keys[0] ?? DEFAULT_TEMPLATE_KEY);
}
