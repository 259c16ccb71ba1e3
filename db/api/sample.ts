import type { Account, sampleChannels } from '../../shared/contract/index.js';
import type { ApiContext, Handlers } from './context.js';
import type { Language } from '../../shared/i18n/languages.js';
import { sampleAccount } from '../../shared/sample/sampleAccount.js';
import { sampleOpportunities } from '../../shared/sample/sampleOpportunities.js';
import { samplePeople } from '../../shared/sample/samplePeople.js';
import type { Db } from '../open.js';
import { createAccount, liveSampleId } from './accounts.js';
import { timeOf, type Time } from './clock.js';
import { conflict } from './failure.js';
import { createLink } from './links.js';
import { createCompetitor, createInfluence, createOpportunity, saveNegotiation } from './opportunities.js';
import { createPerson } from './people.js';
import { loadSamplePlans } from './samplePlans.js';
import { createAssessment } from './scorecards.js';
import { createTeamMember, findTeamMemberByName, listTeam } from './team.js';
import { addUnit, createOffering, findOfferingByName, setCell } from './whitespace.js';

/**
 * Loads the built-in sample account with its map: people with their reporting lines, links, and
 * our team members who own the relationships (reused when a member of that name already exists);
 * then its opportunities with their influences, competitors, negotiation plan and assessments, and
 * its whitespace grid over our offerings (reused by name too). Everything goes through the same
 * functions as the user's own edits, so it obeys the same rules.
 */
export function loadSample(db: Db, language: Language, time: Time): Account {
  // One sample at a time; the refusal names it, so the app can open it instead.
  const existing = liveSampleId(db);
  if (existing) throw conflict('errors.sampleExists', { id: existing });
  const account = createAccount(db, sampleAccount[language], { isSample: true });
  const sample = samplePeople[language];

  const teamIds = new Map<string, string>();
  for (const member of sample.team) {
    const existing = findTeamMemberByName(db, member.fields.name);
    teamIds.set(member.key, existing?.id ?? createTeamMember(db, member.fields).id);
  }

  const personIds = new Map<string, string>();
  const idOf = (key: string) => {
    const id = personIds.get(key);
    if (!id) throw new Error(`sample: "${key}" is used before it is defined`);
    return id;
  };
  for (const person of sample.people) {
    const created = createPerson(db, {
      accountId: account.id,
      fields: {
        ...person.fields,
        reportsToId: person.reportsTo === null ? null : idOf(person.reportsTo),
        ownerId: person.owner === null ? null : (teamIds.get(person.owner) ?? null),
      },
    });
    personIds.set(person.key, created.id);
  }

  for (const link of sample.links) {
    createLink(db, { accountId: account.id, sourceId: idOf(link.source), targetId: idOf(link.target), fields: link.fields });
  }
  const departments = new Map(sample.people.map((person) => [person.key, person.fields.department]));
  const opportunityIds = loadSampleOpportunities(db, account, language, { idOf, teamIds, departments });
  const teamId = (key: string) => teamIds.get(key) ?? null;
  loadSamplePlans(db, language, { accountId: account.id, idOf, teamId, opportunityOf: (key) => opportunityIds.get(key)! }, time);
  return account;
}

const DAY_MS = 86_400_000;

function loadSampleOpportunities(
  db: Db,
  account: Account,
  language: Language,
  keys: { idOf: (person: string) => string; teamIds: Map<string, string>; departments: Map<string, string> },
): Map<string, string> {
  const sample = sampleOpportunities[language];
  const now = Date.now();
  const teamId = (key: string) => keys.teamIds.get(key) ?? null;
  const teamNames = new Map(listTeam(db).map((member) => [member.id, member.name]));
  const opportunityIds = new Map<string, string>();
  for (const spec of sample.opportunities) {
    const closeDate = new Date(now + spec.closeInDays * DAY_MS).toISOString().slice(0, 10);
    const { id } = createOpportunity(db, account.id, { ...spec.fields, closeDate });
    opportunityIds.set(spec.key, id);
    for (const influence of spec.influences) {
      createInfluence(db, { opportunityId: id, personId: keys.idOf(influence.person), fields: influence.fields });
    }
    for (const competitor of spec.competitors) {
      createCompetitor(db, id, { ...competitor.fields, favouredBy: competitor.favouredBy.map(keys.idOf) });
    }
    for (const assessment of spec.assessments) {
      const authorId = teamId(assessment.author);
      createAssessment(db, {
        opportunityId: id,
        templateKey: assessment.templateKey,
        scores: Object.fromEntries(
          Object.entries(assessment.scores).map(([key, { value, evidence, people }]) => [key, { value, evidence, personIds: people.map(keys.idOf) }]),
        ),
        author: (authorId === null ? undefined : teamNames.get(authorId)) ?? '',
        authorId,
        assessedAt: new Date(now - assessment.daysAgo * DAY_MS).toISOString(),
      });
    }
  }
  const opportunityOf = (key: string) => opportunityIds.get(key)!;

  const { negotiation } = sample;
  saveNegotiation(db, opportunityOf(negotiation.opportunity), {
    ...negotiation.fields,
    theirParticipants: negotiation.theirs.map(keys.idOf),
    ourParticipants: negotiation.ours.flatMap((key) => teamId(key) ?? []),
  });

  const offeringIds = new Map(
    sample.offerings.map(({ key, name }) => [key, (findOfferingByName(db, name) ?? createOffering(db, { name, description: '' })).id]),
  );
  const freeUnits = new Set<string>();
  for (const cell of sample.cells) {
    const unit = 'free' in cell.unit ? cell.unit.free : keys.departments.get(cell.unit.departmentOf)!;
    if ('free' in cell.unit && !freeUnits.has(unit)) {
      addUnit(db, account.id, unit);
      freeUnits.add(unit);
    }
    setCell(db, {
      accountId: account.id,
      offeringId: offeringIds.get(cell.offering)!,
      unit,
      cell: { ...cell.fields, opportunityId: cell.opportunity === null ? null : opportunityOf(cell.opportunity) },
    });
  }
  return opportunityIds;
}

export const sampleHandlers = ({ db, options }: ApiContext): Handlers<typeof sampleChannels> => ({
  'sample.load': ({ language }) => loadSample(db, language, timeOf(options)),
});
