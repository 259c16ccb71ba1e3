/** Scorecards (客观评估销售机会): templates of weighted criteria, and assessments of one 销售机会 against them. */
import type { Language } from '../../i18n/languages.js';
import type { BuyingRole } from '../people.js';

/** A text in both UI languages. Custom templates may leave one empty; `localText` falls back to the other. */
export type LocalText = Record<Language, string>;
export type LocalList = Record<Language, string[]>;

export const localText = (text: LocalText, language: Language): string =>
  text[language].trim() !== '' ? text[language] : (Object.values(text).find((other) => other.trim() !== '') ?? '');

/** weighted: the total decides. rww (Real-Win-Worth-it): yes/maybe/no questions, and any "no" stops the pursuit. */
export const TEMPLATE_KINDS = ['weighted', 'rww'] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

export interface ScaleLevel {
  value: number;
  label: LocalText;
  /** What an opportunity must show to earn this level, so two managers score alike. */
  meaning: LocalText;
}

export interface Criterion {
  /** Stable ASCII code (lower snake case), unique in the template; assessments and cross-checks refer to it. */
  key: string;
  label: LocalText;
  /** ≥ 0, any sum: weights are normalised. 0 keeps a criterion visible without counting it. */
  weight: number;
  /** At least two levels with distinct values; a score must be one of them. */
  scale: ScaleLevel[];
  /** Questions to ask the client (or oneself) before scoring. */
  guidance: LocalList;
  /** Who on the stakeholder map usually holds the evidence. */
  suggestedRoles?: BuyingRole[];
  /** Key of one of the template's `groups` (RWW's Real / Win / Worth it). */
  group?: string;
}

export interface CriterionGroup {
  key: string;
  label: LocalText;
}

export interface Thresholds {
  /** total ≥ pursue → pursue. 0–100. */
  pursue: number;
  /** qualify ≤ total < pursue → qualify further; below → walk away. 0–100, ≤ pursue. */
  qualify: number;
}

export interface ScorecardTemplate {
  /** Stable ASCII code shared by all versions of the template. */
  key: string;
  /** 1, 2, …: every edit makes a new version; assessments keep the version (and a snapshot) they were made with. */
  version: number;
  name: LocalText;
  description?: LocalText;
  kind: TemplateKind;
  groups?: CriterionGroup[];
  criteria: Criterion[];
  thresholds: Thresholds;
}

export interface TemplateRef {
  templateKey: string;
  templateVersion: number;
}

export interface CriterionScore {
  /** One of the criterion's scale values; null = unknown (not yet found out), which is not the same as a low score. */
  value: number | null;
  /** What the client said or did that justifies the value. */
  evidence: string;
  /** People of the stakeholder map the evidence rests on. */
  personIds: string[];
}

/** One scoring of an opportunity. A criterion missing from `scores` counts as unknown. */
export interface Assessment extends TemplateRef {
  scores: Record<string, CriterionScore>;
}

/** An assessment with the template snapshot it was made with: what diff and trend work on. */
export interface SnapshotAssessment {
  template: ScorecardTemplate;
  assessment: Assessment;
}

export interface DatedAssessment extends SnapshotAssessment {
  /** ISO 8601 date or date-time of the assessment. */
  at: string;
}

/** A problem in a template or a set of scores. `key` is an i18n key under `scoring.errors`. */
export interface ScoringProblem {
  /** Where, as a dotted path into the template or scores: 'criteria.2.weight', 'scores.budget.value'. */
  path: string;
  key: ScoringErrorKey;
  params?: Record<string, string | number>;
}

export const SCORING_ERROR_KEYS = [
  'scoring.errors.noCriteria',
  'scoring.errors.negativeWeight',
  'scoring.errors.weightNotNumber',
  'scoring.errors.zeroTotalWeight',
  'scoring.errors.emptyScale',
  'scoring.errors.scaleTooShort',
  'scoring.errors.scaleValueNotNumber',
  'scoring.errors.duplicateScaleValue',
  'scoring.errors.duplicateKey',
  'scoring.errors.badKey',
  'scoring.errors.badVersion',
  'scoring.errors.missingName',
  'scoring.errors.missingLabel',
  'scoring.errors.missingMeaning',
  'scoring.errors.unknownGroup',
  'scoring.errors.unknownRole',
  'scoring.errors.thresholds',
  'scoring.errors.unknownCriterion',
  'scoring.errors.scoreNotNumber',
  'scoring.errors.scoreOutOfScale',
  'scoring.errors.evidenceTooLong',
  'scoring.errors.badSnapshot',
] as const;
export type ScoringErrorKey = (typeof SCORING_ERROR_KEYS)[number];
