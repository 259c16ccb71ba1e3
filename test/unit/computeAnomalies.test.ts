import { describe, expect, it } from 'vitest';
import { RULE_IDS, SEVERITIES } from '../../shared/domain/anomalies/anomaly.js';
import { computeAnomalies } from '../../shared/domain/anomalies/computeAnomalies.js';
import { GATE_REFUSAL_CODES } from '../../shared/domain/plan/gates.js';
import { TEMPLATE_PROBLEM_CODES } from '../../shared/domain/plan/templateValidation.js';
import { en } from '../../shared/i18n/en/index.js';
import { zhCN } from '../../shared/i18n/zh-CN/index.js';
import { activity, opportunity, person, snapshot, task } from '../helpers/anomalySnapshot.js';

// One account where every rule and every message variant fires.
const everything = snapshot({
  people: [
    person('ceo', { name: 'Chen', influence: 'high', relationship: 'acquainted' }),
    person('cfo', { name: 'Qian', relationship: 'trusted', reportsToId: 'ceo' }),
    person('foe', { name: 'Zhao', influence: 'high', attitude: 'opponent' }),
    person('eb', { name: 'Sun' }),
  ],
  opportunities: [
    opportunity('o1', {
      stageIndex: 2,
      stageKey: 'proposal',
      stageEnteredAt: '2026-09-01T12:00:00.000Z',
      influences: [
        { personId: 'ceo', role: 'decision_maker' },
        { personId: 'eb', role: 'economic_buyer' },
        { personId: 'cfo', role: 'user' },
      ],
      latestTotal: 50,
      previousTotal: 60,
      crossChecks: [{ id: 'c1', severity: 'low', messageKey: 'anomalies.rules.scorecard_check.why', params: {}, personIds: [] }],
      moves: [{ from: 1, to: 2, fromKey: 'initiation', toKey: 'proposal', at: '2026-09-01T12:00:00.000Z', kind: 'override', reason: 'Rush', skipped: ['approval_granted'] }],
    }),
    opportunity('o2', { influences: [{ personId: 'cfo', role: 'coach' }], fallingCriteria: ['budget'] }),
  ],
  tasks: [task('t1', { dueDate: '2026-11-01' })],
  activities: [activity('a1', '2026-10-01', ['ceo'])],
});
// No open deal, one contact: the account-level no-coach message and the single-threaded suggestion with nobody to widen to.
const accountOnly = snapshot({ people: [person('boss', { relationship: 'meeting', attitude: 'supporter' })] });

const lookup = (messages: object, key: string): unknown => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages);
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!);

describe('computeAnomalies', () => {
  it('lists by severity, then by rule, then by subject', () => {
    const list = computeAnomalies(everything);
    expect(new Set(list.map((a) => a.ruleId))).toEqual(new Set(RULE_IDS));
    const order = list.map((a) => [SEVERITIES.indexOf(a.severity), RULE_IDS.indexOf(a.ruleId), a.subjectKey] as const);
    expect(order).toEqual([...order].sort((a, b) => a[0] - b[0] || a[1] - b[1] || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0)));
    expect(list[0]!.severity).toBe('high');
    expect(list.at(-1)!.severity).toBe('low');
    expect(new Set(list.map((a) => a.id)).size).toBe(list.length);
  });

  it('gives the same ids for the same snapshot, and marks dismissed ones without removing them', () => {
    const first = computeAnomalies(everything);
    expect(computeAnomalies(structuredClone(everything))).toEqual(first);
    const target = first.find((a) => a.ruleId === 'task_overdue')!;
    const marked = computeAnomalies({ ...everything, dismissed: [{ ruleId: 'task_overdue', subjectKey: target.subjectKey, reason: 'Client postponed' }] });
    expect(marked).toHaveLength(first.length);
    expect(marked.find((a) => a.id === target.id)!.dismissed).toEqual({ reason: 'Client postponed' });
    expect(marked.filter((a) => a.dismissed)).toHaveLength(1);
    // A dismissal of another subject marks nothing.
    expect(computeAnomalies({ ...everything, dismissed: [{ ruleId: 'task_overdue', subjectKey: 'other', reason: 'x' }] }).some((a) => a.dismissed)).toBe(false);
  });

  it('has text in both languages for every message and suggestion it emits, with every placeholder filled', () => {
    const emitted = [...computeAnomalies(everything), ...computeAnomalies(accountOnly)].flatMap((a) => [
      [a.messageKey, a.params] as const,
      [a.suggestion.key, a.suggestion.params] as const,
    ]);
    const variants = new Set(emitted.map(([key]) => key));
    // Each variant of each rule was exercised above.
    expect(variants).toEqual(
      new Set([
        ...Object.entries(en.anomalies.rules).flatMap(([rule, texts]) =>
          Object.keys(texts)
            .filter((k) => k !== 'name' && k !== 'why')
            .map((k) => `anomalies.rules.${rule}.${k}`),
        ),
        'anomalies.rules.scorecard_check.why',
        ...Object.keys(en.anomalies.suggestions).map((k) => `anomalies.suggestions.${k}`),
      ]),
    );
    for (const [key, params] of emitted) {
      for (const messages of [en, zhCN]) {
        const text = lookup(messages, key);
        expect(typeof text, key).toBe('string');
        for (const name of placeholders(text as string)) expect(params, `${key} {{${name}}}`).toHaveProperty(name);
      }
    }
  });

  it('names every rule, severity, refusal and template problem in both languages', () => {
    for (const messages of [en, zhCN]) {
      for (const rule of RULE_IDS) expect([lookup(messages, `anomalies.rules.${rule}.name`), lookup(messages, `anomalies.rules.${rule}.why`)].every((t) => typeof t === 'string'), rule).toBe(true);
      for (const severity of SEVERITIES) expect(typeof lookup(messages, `anomalies.severity.${severity}`)).toBe('string');
      for (const code of GATE_REFUSAL_CODES) expect(typeof lookup(messages, `plan.gateRefusals.${code}`), code).toBe('string');
      for (const code of TEMPLATE_PROBLEM_CODES) expect(typeof lookup(messages, `plan.templateProblems.${code}`), code).toBe('string');
    }
  });
});
