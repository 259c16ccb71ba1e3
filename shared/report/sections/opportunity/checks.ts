import { criterionParams } from '../../../domain/scoring/index.js';
import { html } from '../../html.js';
import { list } from '../../pieces.js';
import { ot, type OpportunityPart } from './part.js';

/** The scorecard checked against the map, the influences and the competitors (the app's cross-checks). */
export const checksPart: OpportunityPart = ({ checks, assessments }, c) => {
  const template = assessments[0]?.template;
  const items = checks.map((finding) => {
    const params = template ? criterionParams(finding, template, c.lang) : finding.params;
    return html`<span class="sev-${finding.severity}">${c.t(`scoring.severities.${finding.severity}`)}</span> · ${c.t(finding.messageKey, params)}`;
  });
  return html`<h3>${ot(c, 'checks.title')}</h3>${items.length ? list(items) : html`<p class="muted">${ot(c, 'checks.none')}</p>`}`;
};
