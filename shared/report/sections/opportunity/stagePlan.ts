import { textIn } from '../../../domain/plan/stageTemplate.js';
import { html } from '../../html.js';
import { orDash, table, u } from '../../pieces.js';
import { scheduledTasks } from '../tasks.js';
import type { OpportunityPart } from './part.js';

/** The stage plan: each stage with its key node, status, planned and actual dates; then the overrides and moves back, with their reasons. */
export const stagePlanPart: OpportunityPart = ({ plan }, c) => {
  if (!plan) return null;
  const k = (key: string, params?: Record<string, string | number>) => c.t(`stagePlan.${key}`, params);
  const r = (key: string, params?: Record<string, string | number>) => c.t(`report.plan.${key}`, params);
  const stageName = (key: string) => {
    const stage = plan.template.stages.find((s) => s.key === key);
    return stage ? textIn(stage.name, c.lang) : key;
  };
  const span = (from: string | null, to: string | null) => (from || to ? `${from ? c.date(from) : '…'} – ${to ? c.date(to) : '…'}` : '');
  const rows = plan.stages.map((stage) => {
    const template = plan.template.stages[stage.index];
    const late = stage.status !== 'done' && stage.plannedEnd !== null && stage.plannedEnd < c.now.toISOString().slice(0, 10);
    return html`<tr${stage.status === 'current' ? html` class="current"` : ''}><td><strong>${u(stageName(stage.key))}</strong></td><td>${template ? u(textIn(template.keyNode, c.lang)) : ''}</td><td>${k(`stageStatus.${stage.status}`)}${late ? html` <span class="sev-high">${k('overdue')}</span>` : ''}</td><td>${orDash(span(stage.plannedStart, stage.plannedEnd), c)}</td><td>${orDash(span(stage.enteredAt?.slice(0, 10) ?? null, stage.leftAt?.slice(0, 10) ?? null), c)}</td></tr>`;
  });
  const notable = plan.moves.filter((move) => move.kind !== 'advance');
  const moves = notable.length
    ? html`<h3>${r('notableMoves')}</h3><ul class="list">${notable.map(
        (move) =>
          html`<li><span class="${move.kind === 'override' ? 'sev-high' : ''}">${r(`kinds.${move.kind}`)}</span> ${u(stageName(move.fromKey))} → ${u(stageName(move.toKey))} · ${c.date(move.at.slice(0, 10))}${move.reason ? html` · ${k('moveReason', { reason: move.reason })}` : ''}${move.skipped?.length ? html` · ${r('leftOpen', { count: move.skipped.length })}` : ''}</li>`,
      )}</ul>`
    : '';
  return html`<h3>${k('section')}: ${u(textIn(plan.template.name, c.lang))}</h3>
<p class="lead small">${k('current', { stage: stageName(plan.stageKey) })}</p>
${table([r('stage'), r('keyNode'), r('status'), k('planned'), k('actual')], rows, [20, 26, 14, 20, 20])}${moves}`;
};

/** The opportunity's open tasks with owners and due dates (scheduled ones; the undated are counted). */
export const openTasksPart: OpportunityPart = ({ tasks }, c) => {
  if (!tasks?.length) return null;
  return html`<h3>${c.t('report.plan.openTasks')}</h3>${scheduledTasks(tasks, c)}`;
};
