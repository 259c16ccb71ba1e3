import { anomalyThresholdsInput } from '../../../../shared/contract/index.js';
import { errorKeyOf } from '../../../../shared/contract/fieldErrors.js';
import type { AnomalyThresholds } from '../../../../shared/domain/anomalies/snapshot.js';

/** The anomaly thresholds as typed in the settings form (text), checked by the contract's schema. */

export const NUMBER_FIELDS = ['stalledDays', 'noContactDays', 'pathMaxHops', 'pathMaxChains'] as const;
export type NumberField = (typeof NUMBER_FIELDS)[number];

export interface ThresholdsDraft {
  numbers: Record<NumberField, string>;
  /** Per process key: the stage index, as text. */
  trusted: Record<string, string>;
}

export interface DraftErrors {
  numbers: Partial<Record<NumberField, string>>;
  trusted: Record<string, string>;
}

export const draftOf = (t: AnomalyThresholds): ThresholdsDraft => ({
  numbers: Object.fromEntries(NUMBER_FIELDS.map((f) => [f, String(t[f])])) as Record<NumberField, string>,
  trusted: Object.fromEntries(Object.entries(t.trustedDecisionMakerFrom).map(([k, v]) => [k, String(v)])),
});

/** Text to a number: blank or anything but a plain decimal number reads as NaN, which the schema refuses. */
const numberOf = (text: string): number => (/^\s*-?\d+(\.\d+)?\s*$/.test(text) ? Number(text) : Number.NaN);

/** The thresholds a draft stands for, or the i18n key of each refused field. */
export function checkDraft(draft: ThresholdsDraft): { ok: true; value: AnomalyThresholds } | { ok: false; errors: DraftErrors } {
  const candidate = {
    ...Object.fromEntries(NUMBER_FIELDS.map((f) => [f, numberOf(draft.numbers[f])])),
    trustedDecisionMakerFrom: Object.fromEntries(Object.entries(draft.trusted).map(([k, v]) => [k, numberOf(v)])),
  };
  const parsed = anomalyThresholdsInput.safeParse(candidate);
  if (parsed.success) return { ok: true, value: parsed.data };
  const errors: DraftErrors = { numbers: {}, trusted: {} };
  for (const issue of parsed.error.issues) {
    const [field, key] = issue.path;
    const message = errorKeyOf(issue.message);
    if (field === 'trustedDecisionMakerFrom' && typeof key === 'string') errors.trusted[key] ??= message;
    else if ((NUMBER_FIELDS as readonly PropertyKey[]).includes(field as PropertyKey)) errors.numbers[field as NumberField] ??= message;
  }
  return { ok: false, errors };
}

/** Whether two threshold sets are the same values. */
export const sameThresholds = (a: AnomalyThresholds, b: AnomalyThresholds): boolean =>
  NUMBER_FIELDS.every((f) => a[f] === b[f]) &&
  Object.keys(a.trustedDecisionMakerFrom).length === Object.keys(b.trustedDecisionMakerFrom).length &&
  Object.entries(a.trustedDecisionMakerFrom).every(([k, v]) => b.trustedDecisionMakerFrom[k] === v);
