import { TEXT_MAX } from '../accounts.js';
import { BUYING_ROLES } from '../people.js';
import type { LocalText, ScorecardTemplate, ScoringErrorKey, ScoringProblem } from './types.js';

/** Lower snake case, starting with a letter: stored in the database and used as i18n-free identifiers. */
export const SCORING_KEY_PATTERN = /^[a-z][a-z0-9_]{0,63}$/;
export const EVIDENCE_MAX = TEXT_MAX;

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const blank = (text: LocalText | undefined) => !text || Object.values(text).every((t) => typeof t !== 'string' || t.trim() === '');

/** Everything that makes a template unusable; [] when it can be used. Weights need not sum to 100. */
export function validateTemplate(template: ScorecardTemplate): ScoringProblem[] {
  const problems: ScoringProblem[] = [];
  const add = (path: string, key: ScoringErrorKey, params?: Record<string, string | number>) =>
    problems.push(params ? { path, key, params } : { path, key });

  if (!SCORING_KEY_PATTERN.test(template.key)) add('key', 'scoring.errors.badKey');
  if (!Number.isInteger(template.version) || template.version < 1) add('version', 'scoring.errors.badVersion');
  if (blank(template.name)) add('name', 'scoring.errors.missingName');

  const groupKeys = new Set<string>();
  (template.groups ?? []).forEach((group, g) => {
    if (!SCORING_KEY_PATTERN.test(group.key)) add(`groups.${g}.key`, 'scoring.errors.badKey');
    else if (groupKeys.has(group.key)) add(`groups.${g}.key`, 'scoring.errors.duplicateKey', { key: group.key });
    groupKeys.add(group.key);
    if (blank(group.label)) add(`groups.${g}.label`, 'scoring.errors.missingLabel');
  });

  if (template.criteria.length === 0) add('criteria', 'scoring.errors.noCriteria');
  const criterionKeys = new Set<string>();
  let totalWeight = 0;
  template.criteria.forEach((criterion, c) => {
    const at = `criteria.${c}`;
    if (!SCORING_KEY_PATTERN.test(criterion.key)) add(`${at}.key`, 'scoring.errors.badKey');
    else if (criterionKeys.has(criterion.key)) add(`${at}.key`, 'scoring.errors.duplicateKey', { key: criterion.key });
    criterionKeys.add(criterion.key);
    if (blank(criterion.label)) add(`${at}.label`, 'scoring.errors.missingLabel');
    if (!isNumber(criterion.weight)) add(`${at}.weight`, 'scoring.errors.weightNotNumber');
    else if (criterion.weight < 0) add(`${at}.weight`, 'scoring.errors.negativeWeight');
    else totalWeight += criterion.weight;
    for (const role of criterion.suggestedRoles ?? []) {
      if (!BUYING_ROLES.includes(role)) add(`${at}.suggestedRoles`, 'scoring.errors.unknownRole', { role });
    }
    if (criterion.group !== undefined && !groupKeys.has(criterion.group)) add(`${at}.group`, 'scoring.errors.unknownGroup', { key: criterion.group });

    if (criterion.scale.length === 0) add(`${at}.scale`, 'scoring.errors.emptyScale');
    else if (criterion.scale.length === 1) add(`${at}.scale`, 'scoring.errors.scaleTooShort');
    const values = new Set<number>();
    criterion.scale.forEach((level, l) => {
      const levelAt = `${at}.scale.${l}`;
      if (!isNumber(level.value)) add(`${levelAt}.value`, 'scoring.errors.scaleValueNotNumber');
      else if (values.has(level.value)) add(`${levelAt}.value`, 'scoring.errors.duplicateScaleValue', { value: level.value });
      values.add(level.value);
      if (blank(level.label)) add(`${levelAt}.label`, 'scoring.errors.missingLabel');
      if (blank(level.meaning)) add(`${levelAt}.meaning`, 'scoring.errors.missingMeaning');
    });
  });
  if (template.criteria.length > 0 && totalWeight === 0 && !problems.some((p) => p.path.endsWith('.weight'))) {
    add('criteria', 'scoring.errors.zeroTotalWeight');
  }

  const { pursue, qualify } = template.thresholds;
  const inRange = (n: number) => isNumber(n) && n >= 0 && n <= 100;
  if (!inRange(pursue) || !inRange(qualify) || qualify > pursue) add('thresholds', 'scoring.errors.thresholds');
  return problems;
}

/** Problems in the scores of an assessment against its template; null values (unknown) are always fine. */
export function validateScores(template: ScorecardTemplate, scores: Record<string, { value: unknown; evidence: string }>): ScoringProblem[] {
  const problems: ScoringProblem[] = [];
  const criteria = new Map(template.criteria.map((criterion) => [criterion.key, criterion]));
  for (const [key, score] of Object.entries(scores)) {
    const at = `scores.${key}`;
    const criterion = criteria.get(key);
    if (!criterion) {
      problems.push({ path: at, key: 'scoring.errors.unknownCriterion', params: { key } });
      continue;
    }
    if (score.evidence.length > EVIDENCE_MAX) problems.push({ path: `${at}.evidence`, key: 'scoring.errors.evidenceTooLong', params: { max: EVIDENCE_MAX } });
    if (score.value === null) continue;
    if (!isNumber(score.value)) problems.push({ path: `${at}.value`, key: 'scoring.errors.scoreNotNumber' });
    else if (!criterion.scale.some((level) => level.value === score.value)) {
      problems.push({ path: `${at}.value`, key: 'scoring.errors.scoreOutOfScale', params: { value: score.value } });
    }
  }
  return problems;
}
