import { z } from 'zod';
import { TEXT_MAX } from '../domain/accounts.js';
import { LIST_MAX } from '../domain/opportunities.js';
import { BUYING_ROLES } from '../domain/people.js';
import type { Verdict } from '../domain/scoring/score.js';
import { TEMPLATE_KINDS, type CriterionScore, type LocalText, type ScorecardTemplate } from '../domain/scoring/types.js';
import { SCORING_KEY_PATTERN } from '../domain/scoring/validate.js';
import { mutation, query } from './channel.js';
import { empty, id, shortText } from './common.js';

/**
 * Scorecard templates and assessments, over the scoring domain's types (shared/domain/scoring).
 * Built-in templates live in code; a user template is a copy the user edits, and every edit is a new
 * version. An assessment keeps the template snapshot it was made with, so editing a template never
 * changes a past assessment. The schemas below check the shape; validateTemplate / validateScores
 * (run by the backend) check the rules, and their problems come back as field errors.
 */

const scoringKey = z
  .string({ error: 'errors.required' })
  .max(64, { error: 'errors.tooLong' })
  .regex(SCORING_KEY_PATTERN, { error: 'scoring.errors.badKey' });
const text = z.string({ error: 'errors.text' }).max(TEXT_MAX, { error: 'errors.tooLong' });
const finite = z.number({ error: 'errors.number' }).finite({ error: 'errors.number' });
export const localTextInput = z.strictObject({ 'zh-CN': text, en: text });
const localList = z.strictObject({
  'zh-CN': z.array(text).max(LIST_MAX, { error: 'errors.tooLong' }),
  en: z.array(text).max(LIST_MAX, { error: 'errors.tooLong' }),
});

const scaleLevel = z.strictObject({ value: finite, label: localTextInput, meaning: localTextInput });
const criterionInput = z.strictObject({
  key: scoringKey,
  label: localTextInput,
  weight: finite,
  scale: z.array(scaleLevel).max(LIST_MAX, { error: 'errors.tooLong' }),
  guidance: localList,
  suggestedRoles: z.array(z.enum(BUYING_ROLES, { error: 'errors.choose' })).max(BUYING_ROLES.length).optional(),
  group: scoringKey.optional(),
});

/** A template as the user edits it; the backend gives it its key and next version. */
export const templateInput = z.strictObject({
  name: localTextInput,
  description: localTextInput.optional(),
  kind: z.enum(TEMPLATE_KINDS, { error: 'errors.choose' }),
  groups: z.array(z.strictObject({ key: scoringKey, label: localTextInput })).max(LIST_MAX, { error: 'errors.tooLong' }).optional(),
  criteria: z.array(criterionInput).max(LIST_MAX, { error: 'errors.tooLong' }),
  thresholds: z.strictObject({ pursue: finite, qualify: finite }),
});
export type TemplateInput = z.infer<typeof templateInput>;

/** One version of a template, built-in or the user's. */
export interface TemplateEntry {
  template: ScorecardTemplate;
  builtIn: boolean;
  /** The template (and version) a user template was first copied from. */
  basedOn: { key: string; version: number } | null;
  /** When this version was saved (null for built-ins). */
  createdAt: string | null;
}

/** A stored assessment: the domain's assessment with its snapshot, date, author and computed result. */
export interface AssessmentRecord {
  id: string;
  opportunityId: string;
  templateKey: string;
  templateVersion: number;
  /** The template exactly as it was when this assessment was made. */
  template: ScorecardTemplate;
  /** By criterion key; a criterion missing is unknown. */
  scores: Record<string, CriterionScore>;
  author: string;
  /** Our team member who assessed, if it was one of them (null once they are removed from the team). */
  authorId: string | null;
  assessedAt: string;
  /** scoreAssessment's total (0–100, unrounded) and verdict, computed when it was made. */
  total: number | null;
  verdict: Verdict;
  createdAt: string;
}

/** The latest assessment of an opportunity, as lists show it. */
export interface AssessmentSummary {
  id: string;
  templateKey: string;
  templateVersion: number;
  templateName: LocalText;
  total: number | null;
  verdict: Verdict;
  assessedAt: string;
}

export const criterionScoreInput = z.strictObject({
  value: finite.nullable(),
  evidence: text,
  /** Live people of the opportunity's account. */
  personIds: z.array(id).max(LIST_MAX, { error: 'errors.tooLong' }),
});

export const templateByKey = z.strictObject({ key: scoringKey });
export const templatesCopy = z.strictObject({
  key: scoringKey,
  /** The version to copy (the latest when not given). */
  version: z.number().int().min(1).optional(),
  /** The copy's name (the original's, marked as a copy, when not given). */
  name: localTextInput.optional(),
});
export const templatesUpdate = z.strictObject({ key: scoringKey, template: templateInput });

export const assessmentsCreate = z.strictObject({
  opportunityId: id,
  templateKey: scoringKey,
  /** The template version to use (the latest when not given). */
  templateVersion: z.number().int().min(1).optional(),
  /** By criterion key; criteria left out are unknown. */
  scores: z.record(scoringKey, criterionScoreInput),
  author: shortText,
  authorId: id.nullable(),
  /** When the assessment was made (now when not given). */
  assessedAt: z.iso.datetime({ offset: true, error: 'errors.invalid' }).optional(),
});
export const assessmentById = z.strictObject({ id });

export const scorecardsChannels = {
  /** Built-in templates, then the user's live templates, latest versions. */
  'scorecards.templates': query<TemplateEntry[]>()(empty, ['scorecards']),
  /** Every version of one template, newest first (a built-in has one). */
  'scorecards.versions': query<TemplateEntry[]>()(templateByKey, ['scorecards']),
  /** A new user template (version 1) copied from a built-in or a user template. */
  'scorecards.copyTemplate': mutation<TemplateEntry>()(templatesCopy, ['scorecards']),
  /** Saves an edit of a user template as its next version (unchanged content: no new version). */
  'scorecards.updateTemplate': mutation<TemplateEntry>()(templatesUpdate, ['scorecards']),
  /** Soft delete of a user template (built-ins cannot be deleted); past assessments keep their snapshots. */
  'scorecards.deleteTemplate': mutation<{ key: string }>()(templateByKey, ['scorecards']),
  'scorecards.restoreTemplate': mutation<TemplateEntry>()(templateByKey, ['scorecards']),

  /** A new assessment (immutable: re-assessing makes another). */
  'assessments.create': mutation<AssessmentRecord>()(assessmentsCreate, ['assessments']),
  'assessments.delete': mutation<{ id: string }>()(assessmentById, ['assessments']),
  'assessments.restore': mutation<AssessmentRecord>()(assessmentById, ['assessments']),
};
