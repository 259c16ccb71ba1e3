import type { PersonPath } from '../plan/pathToPerson.js';

/**
 * An anomaly (异常): something in an account's plan that needs attention, found by a rule over one
 * snapshot of the account, with a link to where to fix it and a suggested next action. Text is not
 * here: `messageKey` and `suggestion.key` are i18n keys, filled with `params`.
 */

export const SEVERITIES = ['high', 'medium', 'low'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Every rule, in the order anomalies of the same severity are listed. */
export const RULE_IDS = [
  'no_coach',
  'decision_maker_not_trusted',
  'opponent_without_plan',
  'single_threaded',
  'stage_stalled',
  'key_node_overridden',
  'score_fell',
  'scorecard_check',
  'task_overdue',
  'no_recent_contact',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export type Params = Record<string, string | number>;

/** Where the manager goes to fix it: a person's card, an opportunity, its stage plan, a task list entry, its scorecard. */
export interface FixLink {
  kind: 'person' | 'opportunity' | 'plan' | 'tasks' | 'scorecard';
  /** Person, opportunity or task id; absent for the account's own plan or task list. */
  id?: string;
}

export interface Suggestion {
  /** i18n key, e.g. 'anomalies.suggestions.askForIntroduction'. */
  key: string;
  params: Params;
  /** The way in it names, for the map to draw (decision-maker rule). */
  path?: PersonPath;
}

export interface Anomaly {
  /** `${ruleId}:${subjectKey}`: the same problem keeps its id from one computation to the next. */
  id: string;
  ruleId: RuleId;
  /** What the rule fired about (a person, an opportunity, a task…), unique within the rule. */
  subjectKey: string;
  severity: Severity;
  /** i18n key, e.g. 'anomalies.rules.no_coach.message'. */
  messageKey: string;
  params: Params;
  /** The client's people it concerns, for highlighting on the map. */
  personIds: string[];
  opportunityId?: string;
  fix: FixLink;
  suggestion: Suggestion;
  /** Set when the manager dismissed this one (it stays listed, marked). */
  dismissed?: { reason: string };
}

/** A dismissal the manager made: it marks the anomaly with the same rule and subject for as long as it fires. */
export interface Dismissal {
  ruleId: RuleId;
  subjectKey: string;
  reason: string;
}

/** What a rule returns: an anomaly before its id and dismissal are settled. */
export type Finding = Omit<Anomaly, 'id' | 'dismissed'>;

export const anomalyId = (ruleId: RuleId, subjectKey: string): string => `${ruleId}:${subjectKey}`;

/** i18n keys of a rule's name and of its message variants. */
export const ruleMessageKey = (ruleId: RuleId, variant = 'message'): string => `anomalies.rules.${ruleId}.${variant}`;
export const suggestionKey = (name: string): string => `anomalies.suggestions.${name}`;
