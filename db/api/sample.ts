import type { Account, sampleChannels } from '../../shared/contract/index.js';
import type { ApiContext, Handlers } from './context.js';
import type { Language } from '../../shared/i18n/languages.js';
import { sampleAccount } from '../../shared/sample/sampleAccount.js';
import { samplePeople } from '../../shared/sample/samplePeople.js';
import type { Db } from '../open.js';
import { createAccount, liveSampleId } from './accounts.js';
import { conflict } from './failure.js';
import { createLink } from './links.js';
import { createPerson } from './people.js';
import { createTeamMember, findTeamMemberByName } from './team.js';

/**
 * Loads the built-in sample account with its map: people with their reporting lines, links, and
 * our team members who own the relationships (reused when a member of that name already exists).
 * Everything goes through the same functions as the user's own edits, so it obeys the same rules.
 */
export function loadSample(db: Db, language: Language): Account {
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
  return account;
}

export const sampleHandlers = ({ db }: ApiContext): Handlers<typeof sampleChannels> => ({
  'sample.load': ({ language }) => loadSample(db, language),
});
