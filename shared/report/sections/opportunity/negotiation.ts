import { html, type HtmlValue } from '../../html.js';
import { fact, orDash, table, u } from '../../pieces.js';
import { ot, peopleNames, type OpportunityPart } from './part.js';

/** 谈判计划表, when one was saved: goal and walk-away point, give-and-take, their demands, who sits at the table, the three phases. */
export const negotiationPart: OpportunityPart = ({ negotiation: plan }, c) => {
  if (!plan) return null;
  const k = (key: string) => ot(c, `negotiation.${key}`);
  const names = (list: readonly string[]): HtmlValue => (list.length ? html`${list.map((name, i) => html`${i ? ', ' : ''}${u(name)}`)}` : orDash('', c));
  const ours = plan.ourParticipants.map((id) => c.teamName(id)).filter((n): n is string => !!n);
  const pairs = (rows: readonly [string, string][], headers: [string, string]) =>
    rows.length ? table(headers, rows.map(([a, b]) => html`<tr><td class="text">${orDash(a, c)}</td><td class="text">${orDash(b, c)}</td></tr>`), [50, 50]) : html`<p class="muted">${c.t('common.none')}</p>`;
  return html`<h3>${k('title')}</h3>
<div class="grid keep">${fact(k('goal'), orDash(plan.goal, c))}${fact(k('walkAway'), orDash(plan.walkAway, c))}</div>
<h3>${k('concessions')}</h3>${pairs(plan.concessions.map((x) => [x.give, x.ask]), [k('give'), k('ask')])}
<h3>${k('demands')}</h3>${pairs(plan.demands.map((x) => [x.demand, x.answer]), [k('demand'), k('answer')])}
<div class="grid keep">${fact(k('theirs'), names(peopleNames(plan.theirParticipants, c)))}${fact(k('ours'), names(ours))}</div>
<h3>${k('agenda')}</h3><div class="grid three keep">${fact(k('opening'), orDash(plan.agenda.opening, c))}${fact(k('middle'), orDash(plan.agenda.middle, c))}${fact(k('end'), orDash(plan.agenda.end, c))}</div>
${plan.openPoints.trim() ? html`<div class="keep"><h3>${k('openPoints')}</h3><p class="text"><bdi>${plan.openPoints.trim()}</bdi></p></div>` : ''}`;
};
