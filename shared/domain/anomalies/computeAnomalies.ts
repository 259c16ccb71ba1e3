import { anomalyId, RULE_IDS, SEVERITIES, type Anomaly, type Finding, type RuleId } from './anomaly.js';
import { decisionMakerNotTrusted } from './rules/decisionMakerNotTrusted.js';
import { keyNodeOverridden } from './rules/keyNodeOverridden.js';
import { noCoach } from './rules/noCoach.js';
import { noRecentContact } from './rules/noRecentContact.js';
import { opponentWithoutPlan } from './rules/opponentWithoutPlan.js';
import { scorecardChecks } from './rules/scorecardChecks.js';
import { scoreFell } from './rules/scoreFell.js';
import { singleThreaded } from './rules/singleThreaded.js';
import { stageStalled } from './rules/stageStalled.js';
import { taskOverdue } from './rules/taskOverdue.js';
import type { AccountSnapshot } from './snapshot.js';

export const RULES: Readonly<Record<RuleId, (snapshot: AccountSnapshot) => Finding[]>> = {
  no_coach: noCoach,
  decision_maker_not_trusted: decisionMakerNotTrusted,
  opponent_without_plan: opponentWithoutPlan,
  single_threaded: singleThreaded,
  stage_stalled: stageStalled,
  key_node_overridden: keyNodeOverridden,
  score_fell: scoreFell,
  scorecard_check: scorecardChecks,
  task_overdue: taskOverdue,
  no_recent_contact: noRecentContact,
};

/** Severity first, then the rule's place in RULE_IDS, then subject: the same snapshot always lists the same way. */
export function compareAnomalies(a: Anomaly, b: Anomaly): number {
  return (
    SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
    RULE_IDS.indexOf(a.ruleId) - RULE_IDS.indexOf(b.ruleId) ||
    (a.subjectKey < b.subjectKey ? -1 : a.subjectKey > b.subjectKey ? 1 : 0)
  );
}

/** Every anomaly of the account, sorted; dismissed ones stay in the list, marked with their reason. */
export function computeAnomalies(snapshot: AccountSnapshot): Anomaly[] {
  const dismissed = new Map(snapshot.dismissed.map((d) => [anomalyId(d.ruleId, d.subjectKey), d.reason]));
  const byId = new Map<string, Anomaly>();
  for (const ruleId of RULE_IDS) {
    for (const finding of RULES[ruleId](snapshot)) {
      const id = anomalyId(finding.ruleId, finding.subjectKey);
      if (byId.has(id)) continue;
      const reason = dismissed.get(id);
      byId.set(id, reason === undefined ? { id, ...finding } : { id, ...finding, dismissed: { reason } });
    }
  }
  return [...byId.values()].sort(compareAnomalies);
}
