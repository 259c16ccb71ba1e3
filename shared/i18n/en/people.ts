/** English strings of the people vocabulary: buying roles, attitudes, relationship, styles, influence, link kinds. */
export const people = {
  roles: {
    decision_maker: 'Decision-maker',
    economic_buyer: 'Economic buyer',
    technical_evaluator: 'Technical evaluator',
    user: 'User',
    coach: 'Coach',
    influencer: 'Influencer',
    gatekeeper: 'Gatekeeper',
    approver: 'Approver',
  },
  attitudes: { champion: 'Champion', supporter: 'Supporter', neutral: 'Neutral', opponent: 'Opponent', unknown: 'Unknown' },
  relationship: { none: 'None', acquainted: 'Acquainted', meeting: 'Meeting', trusted: 'Trusted', ally: 'Ally' },
  styles: { analytical: 'Analytical', amiable: 'Amiable', expressive: 'Expressive', driver: 'Driver' },
  influence: { high: 'High', medium: 'Medium', low: 'Low' },
  linkKinds: {
    dotted_reports_to: 'Dotted-line reports to',
    influences: 'Influences',
    decision_flow: 'Decision step',
    pain_chain: 'Pain chain',
    ally: 'Allies',
    conflict: 'Conflict',
  },
};
