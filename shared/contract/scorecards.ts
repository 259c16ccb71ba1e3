import { z } from 'zod';
import { LIST_MAX } from '../domain/opportunities.js';
import { mutation, query } from './channel.js';
import { empty, id, longText, shortText } from './common.js';

/**
 * Scorecard templates and assessments. Built-in templates live in code; a user template is a copy
 * the user edits, and every edit is a new version. An assessment keeps the template snapshot it was
 * made with, so editing a template never changes a past assessment.
 */

const key = z.string({ error: 'errors.required' }).min(1, { error: 'errors.required' }).max(64, { error: 'errors.tooLong' });
const requiredName = z.string({ error: 'errors.required' }).trim().min(1, { error: 'errors.required' }).max(200, { error: 'errors.tooLong' });
const finite = z.number({ error: 'errors.number' }).finite({ error: 'errors.number' });

export const criterionDefinition = z.strictObject({
  key,
  label: requiredName,
  description: longText,
  weight: finite.min(0, { error: 'errors.notNegative' }).max(1e6, { error: 'errors.tooLarge' }),
  scale: z.strictObject({ min: finite.int({ error: 'errors.number' }).min(-1e6).max(1e6), max: finite.int({ error: 'errors.number' }).min(-1e6).max(1e6) }),
});
export type CriterionDefinition = z.infer<typeof criterionDefinition>;

/** What a user edits about a template: its name, criteria (order matters), weights, scales and thresholds. */
export const templateDefinition = z.strictObject({
  name: requiredName,
  description: longText,
  criteria: z.array(criterionDefinition).min(1, { error: 'opportunities.errors.noCriteria' }).max(100, { error: 'errors.tooLong' }),
  thresholds: z.strictObject({ go: finite, review: finite }),
});
export type TemplateDefinition = z.infer<typeof templateDefinition>;

export interface ScorecardTemplate extends TemplateDefinition {
  key: string;
  version: number;
  builtIn: boolean;
  /** The template (and version) a user template was copied from. */
  basedOn: { key: string; version: number } | null;
  /** When this version was made (null for built-ins). */
  createdAt: string | null;
}

/** One criterion's score: a value on its scale or null (unknown), its evidence and the people it rests on. */
export const criterionScore = z.strictObject({
  criterionKey: key,
  value: finite.nullable(),
  evidence: longText,
  /** Live people of the opportunity's account. */
  personIds: z.array(id).max(LIST_MAX, { error: 'errors.tooLong' }),
});
export type CriterionScore = z.infer<typeof criterionScore>;

export interface Assessment {
  id: string;
  opportunityId: string;
  templateKey: string;
  templateVersion: number;
  /** The template exactly as it was when this assessment was made. */
  template: ScorecardTemplate;
  /** One per criterion of the snapshot, in its order. */
  scores: CriterionScore[];
  author: string;
  /** Our team member who assessed, if it was one of them. */
  authorId: string | null;
  assessedAt: string;
  total: number | null;
  verdict: string | null;
  createdAt: string;
}

/** The latest assessment of an opportunity, as lists show it. */
export interface AssessmentSummary {
  id: string;
  templateKey: string;
  templateVersion: number;
  templateName: string;
  total: number | null;
  verdict: string | null;
  assessedAt: string;
}

export const templateByKey = z.strictObject({ key });
export const templatesCopy = z.strictObject({
  key,
  /** The version to copy (the latest when not given). */
  version: z.number().int().min(1).optional(),
  /** The copy's name (the original's when not given). */
  name: shortText.optional(),
});
export const templatesUpdate = z.strictObject({ key, template: templateDefinition });

export const assessmentsCreate = z.strictObject({
  opportunityId: id,
  templateKey: key,
  /** The template version to use (the latest when not given). */
  templateVersion: z.number().int().min(1).optional(),
  /** Criteria left out are unknown (null). */
  scores: z.array(criterionScore).max(100, { error: 'errors.tooLong' }),
  author: shortText,
  authorId: id.nullable(),
  /** When the assessment was made (now when not given). */
  assessedAt: z.iso.datetime({ offset: true, error: 'errors.invalid' }).optional(),
});
export const assessmentById = z.strictObject({ id });

export const scorecardsChannels = {
  /** Built-in templates and the user's live templates, latest versions. */
  'scorecards.templates': query<ScorecardTemplate[]>()(empty, ['scorecards']),
  /** Every version of one template, newest first (a built-in has one). */
  'scorecards.versions': query<ScorecardTemplate[]>()(templateByKey, ['scorecards']),
  /** A new user template (version 1) copied from a built-in or a user template. */
  'scorecards.copyTemplate': mutation<ScorecardTemplate>()(templatesCopy, ['scorecards']),
  /** Saves an edit of a user template as its next version; past assessments keep theirs. */
  'scorecards.updateTemplate': mutation<ScorecardTemplate>()(templatesUpdate, ['scorecards']),
  'scorecards.deleteTemplate': mutation<{ key: string }>()(templateByKey, ['scorecards']),
  'scorecards.restoreTemplate': mutation<ScorecardTemplate>()(templateByKey, ['scorecards']),

  /** A new assessment (immutable: re-assessing makes another). */
  'assessments.create': mutation<Assessment>()(assessmentsCreate, ['assessments']),
  'assessments.delete': mutation<{ id: string }>()(assessmentById, ['assessments']),
  'assessments.restore': mutation<Assessment>()(assessmentById, ['assessments']),
};
