export function OpportunityPage(_: { account: unknown }) { return null; }
