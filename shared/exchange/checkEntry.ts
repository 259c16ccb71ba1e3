import { statusNeedsReason } from '../domain/opportunities.js';
import type { ScoringProblem } from '../domain/scoring/types.js';
import { validateScores, validateTemplate } from '../domain/scoring/validate.js';
import type { ExchangeEntry } from '../contract/exchange.js';
import { message, type Message } from '../import/message.js';
import { pathText } from './paths.js';

/**
 * What the schemas cannot see in one entry of an exchange file, checked as the backend checks an API
 * write: an id used twice or pointing at nothing in the same entry, a reporting cycle, a won or lost
 * opportunity without its reason, a scorecard snapshot that is no usable template, scores that do not
 * fit their snapshot, a grid cell twice at one place. Answers the first problem, its path in the file.
 */
export function entryProblem(entry: ExchangeEntry, index: number): Message | null {
  const at = (...path: PropertyKey[]) => pathText(['accounts', index, ...path]);
  const duplicate = (path: PropertyKey[], id: string) => message('exchange.errors.duplicateId', { path: at(...path), id });
  const broken = (path: PropertyKey[], id: string) => message('exchange.errors.brokenReference', { path: at(...path), id });
  const invalid = (path: PropertyKey[], problem: string, params: Record<string, string | number> = {}) =>
    message('exchange.errors.invalid', { ...params, path: at(...path), problem });
  /** The ids of a list, or the path of the first one used twice. */
  const idsOf = <T>(list: readonly T[], idOf: (item: T) => string, path: PropertyKey[], field = 'id'): Map<string, number> | Message => {
    const ids = new Map<string, number>();
    for (const [j, item] of list.entries()) {
      const id = idOf(item);
      if (ids.has(id)) return duplicate([...path, j, field], id);
      ids.set(id, j);
    }
    return ids;
  };

  const people = idsOf(entry.people, (p) => p.id, ['people']);
  if (!(people instanceof Map)) return people;
  const team = idsOf(entry.team, (m) => m.id, ['team']);
  if (!(team instanceof Map)) return team;
  for (const [j, person] of entry.people.entries()) {
    if (person.reportsToId !== null && !people.has(person.reportsToId)) return broken(['people', j, 'reportsToId'], person.reportsToId);
    if (person.reportsToId === person.id) return message('exchange.errors.cycle', { path: at('people', j, 'reportsToId') });
    if (person.ownerId !== null && !team.has(person.ownerId)) return broken(['people', j, 'ownerId'], person.ownerId);
  }
  const links = idsOf(entry.links, (l) => l.id, ['links']);
  if (!(links instanceof Map)) return links;
  for (const [j, link] of entry.links.entries()) {
    for (const end of ['sourceId', 'targetId'] as const) {
      if (!people.has(link[end])) return broken(['links', j, end], link[end]);
    }
    if (link.sourceId === link.targetId) return invalid(['links', j, 'targetId'], 'errors.selfLink');
  }
  const cycle = reportingCycle(entry.people, people);
  if (cycle !== null) return message('exchange.errors.cycle', { path: at('people', cycle, 'reportsToId') });

  /** Every id of `ids` a person of the entry (or, with `team`, a member of its team). */
  const allIn = (ids: readonly string[], path: PropertyKey[], known: ReadonlyMap<string, number> = people): Message | null => {
    const j = ids.findIndex((id) => !known.has(id));
    return j === -1 ? null : broken([...path, j], ids[j]!);
  };

  const scorecards = idsOf(entry.scorecards, (s) => s.id, ['scorecards']);
  if (!(scorecards instanceof Map)) return scorecards;
  for (const [j, scorecard] of entry.scorecards.entries()) {
    const problems = validateTemplate(scorecard.template);
    if (problems.length > 0) return scoringProblem(problems[0]!, ['scorecards', j, 'template'], invalid);
  }

  const opportunities = idsOf(entry.opportunities, (o) => o.id, ['opportunities']);
  if (!(opportunities instanceof Map)) return opportunities;
  for (const [j, opportunity] of entry.opportunities.entries()) {
    const here = ['opportunities', j];
    if (statusNeedsReason(opportunity.status) && opportunity.statusReason.trim() === '') return invalid([...here, 'statusReason'], 'opportunities.errors.reasonRequired');
    const influences = idsOf(opportunity.influences, (i) => i.id, [...here, 'influences']);
    if (!(influences instanceof Map)) return influences;
    const involved = idsOf(opportunity.influences, (i) => i.personId, [...here, 'influences'], 'personId');
    if (!(involved instanceof Map)) return involved;
    for (const [k, influence] of opportunity.influences.entries()) {
      if (!people.has(influence.personId)) return broken([...here, 'influences', k, 'personId'], influence.personId);
    }
    const competitors = idsOf(opportunity.competitors, (c) => c.id, [...here, 'competitors']);
    if (!(competitors instanceof Map)) return competitors;
    for (const [k, competitor] of opportunity.competitors.entries()) {
      const problem = allIn(competitor.favouredBy, [...here, 'competitors', k, 'favouredBy']);
      if (problem) return problem;
    }
    if (opportunity.negotiation) {
      const problem =
        allIn(opportunity.negotiation.theirParticipants, [...here, 'negotiation', 'theirParticipants']) ??
        allIn(opportunity.negotiation.ourParticipants, [...here, 'negotiation', 'ourParticipants'], team);
      if (problem) return problem;
    }
    const assessments = idsOf(opportunity.assessments, (a) => a.id, [...here, 'assessments']);
    if (!(assessments instanceof Map)) return assessments;
    for (const [k, assessment] of opportunity.assessments.entries()) {
      const path = [...here, 'assessments', k];
      const s = scorecards.get(assessment.scorecardId);
      if (s === undefined) return broken([...path, 'scorecardId'], assessment.scorecardId);
      const template = entry.scorecards[s]!.template;
      if (template.key !== assessment.templateKey) return invalid([...path, 'templateKey'], 'scoring.errors.badSnapshot');
      if (template.version !== assessment.templateVersion) return invalid([...path, 'templateVersion'], 'scoring.errors.badSnapshot');
      const problems = validateScores(template, assessment.scores);
      if (problems.length > 0) return scoringProblem(problems[0]!, path, invalid);
      for (const [key, score] of Object.entries(assessment.scores)) {
        const problem = allIn(score.personIds, [...path, 'scores', key, 'personIds']);
        if (problem) return problem;
      }
      if (assessment.authorId !== null && !team.has(assessment.authorId)) return broken([...path, 'authorId'], assessment.authorId);
    }
  }

  const { whitespace } = entry;
  const offerings = idsOf(whitespace.offerings, (o) => o.id, ['whitespace', 'offerings']);
  if (!(offerings instanceof Map)) return offerings;
  // Offerings are matched by name on import: two of one name would be one offering there.
  const offeringNames = idsOf(whitespace.offerings, (o) => o.name.toLowerCase(), ['whitespace', 'offerings'], 'name');
  if (!(offeringNames instanceof Map)) return offeringNames;
  const units = idsOf(whitespace.units, (u) => u.name, ['whitespace', 'units'], 'name');
  if (!(units instanceof Map)) return units;
  const places = new Set<string>();
  for (const [j, cell] of whitespace.cells.entries()) {
    const path = ['whitespace', 'cells', j];
    if (!offerings.has(cell.offeringId)) return broken([...path, 'offeringId'], cell.offeringId);
    if (cell.opportunityId !== null && !opportunities.has(cell.opportunityId)) return broken([...path, 'opportunityId'], cell.opportunityId);
    if (cell.status === 'competitor' && cell.competitor === '') return invalid([...path, 'competitor'], 'opportunities.errors.cellNeedsCompetitor');
    const place = JSON.stringify([cell.offeringId, cell.unit]);
    if (places.has(place)) return duplicate([...path, 'unit'], cell.unit);
    places.add(place);
  }
  return null;
}

/** A scoring problem ('criteria.2.weight', 'scores.budget.value') at its place under `base`. */
function scoringProblem(
  problem: ScoringProblem,
  base: PropertyKey[],
  invalid: (path: PropertyKey[], problem: string, params?: Record<string, string | number>) => Message,
): Message {
  const parts = problem.path === '' ? [] : problem.path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
  return invalid([...base, ...parts], problem.key, problem.params);
}

/** The index of a person whose reporting line comes back to them, or null: walks up from everyone, each person once. */
function reportingCycle(persons: ExchangeEntry['people'], index: ReadonlyMap<string, number>): number | null {
  const state = new Map<string, 1 | 2>();
  for (const start of persons) {
    const chain: string[] = [];
    let id: string | null = start.id;
    while (id !== null && !state.has(id)) {
      state.set(id, 1);
      chain.push(id);
      id = persons[index.get(id)!]!.reportsToId;
    }
    if (id !== null && state.get(id) === 1) return index.get(id)!;
    for (const c of chain) state.set(c, 2);
  }
  return null;
}
