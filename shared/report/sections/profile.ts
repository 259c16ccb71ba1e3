import type { Account } from '../../contract/index.js';
import type { ReportContext } from '../context.js';
import { html, type Html } from '../html.js';
import { fact, orDash, section, u } from '../pieces.js';

const LONG_FIELDS = ['strategicFit', 'clientPlan', 'procurementProcess', 'notes'] as const;

/** The account's fields; the long texts (annual plan, procurement process…) only where written. */
export function profileSection(a: Account, c: ReportContext): Html {
  const f = (key: string) => c.t(`fields.${key}`);
  const facts = html`<div class="grid three keep">
${fact(f('industry'), orDash(a.industry, c))}
${fact(f('region'), orDash(a.region, c))}
${fact(f('tier'), c.t(`tier.${a.tier}`))}
${fact(f('purchasingMode'), a.purchasingMode ? c.t(`purchasingMode.${a.purchasingMode}`) : orDash('', c))}
${fact(f('purchasePattern'), a.purchasePattern ? c.t(`purchasePattern.${a.purchasePattern}`) : orDash('', c))}
${fact(f('annualPotential'), a.annualPotential === null ? orDash('', c) : c.money(a.annualPotential, a.currency))}
${fact(f('relationshipPhase'), c.t(`relationshipPhase.${a.relationshipPhase}`))}
</div>`;
  const texts = LONG_FIELDS.filter((key) => a[key].trim()).map((key) => html`<div class="keep"><h3>${f(key)}</h3><p class="text">${u(a[key].trim())}</p></div>`);
  return section('profile', c.t('report.sections.profile'), html`${facts}${texts}`);
}
