import { randomUUID } from 'node:crypto';
import { and, isNull, sql } from 'drizzle-orm';
import {
  EXCHANGE_FORMAT,
  EXCHANGE_VERSION,
  type ExchangeDocument,
  type ExchangeEntry,
  type ExchangeImported,
  type exchangeChannels,
} from '../../shared/contract/index.js';
import { checkExchangeDocument, uniqueName } from '../../shared/exchange/readExchange.js';
import type { ApiContext, Handlers } from './context.js';
import type { Db } from '../open.js';
import { accounts, links, people, teamMembers } from '../schema.js';
import { getLiveRow, toAccount } from './accounts.js';
import { ApiFailure } from './failure.js';
import { normalizeRoles, toPerson } from './people.js';
import { toLink } from './links.js';
import { findTeamMemberByName } from './team.js';
import { inIds } from './queryHelpers.js';

/** One account and everything of it, as the exchange file holds it. */
function entryOf(db: Db, accountId: string): ExchangeEntry {
  const { id, archivedAt, createdAt, updatedAt, ...fields } = toAccount(getLiveRow(db, accountId));
  const persons = db
    .select()
    .from(people)
    .where(and(sql`${people.accountId} = ${accountId}`, isNull(people.deletedAt)))
    .orderBy(sql`rowid`)
    .all()
    .map(toPerson);
  const live = new Set(persons.map((p) => p.id));
  const lines = db
    .select()
    .from(links)
    .where(and(sql`${links.accountId} = ${accountId}`, isNull(links.deletedAt)))
    .orderBy(sql`rowid`)
    .all()
    .map(toLink)
    .filter((l) => live.has(l.sourceId) && live.has(l.targetId));
  const ownerIds = [...new Set(persons.flatMap((p) => (p.ownerId === null ? [] : [p.ownerId])))];
  const team = ownerIds.length === 0 ? [] : db.select().from(teamMembers).where(inIds(teamMembers.id, ownerIds)).all();
  return {
    account: { id, ...fields, archived: archivedAt !== null, createdAt, updatedAt },
    people: persons.map(({ accountId: _account, ...person }) => person),
    links: lines.map(({ accountId: _account, ...link }) => link),
    team: team.map((m) => ({ id: m.id, name: m.name, role: m.role })),
  };
}

export function exportAccounts(db: Db, input: { accountIds: string[] } | { all: true }, appVersion: string): ExchangeDocument {
  const ids =
    'all' in input
      ? db.select({ id: accounts.id }).from(accounts).where(isNull(accounts.deletedAt)).orderBy(sql`rowid`).all().map((a) => a.id)
      : [...new Set(input.accountIds)];
  return {
    format: EXCHANGE_FORMAT,
    version: EXCHANGE_VERSION,
    exportedAt: new Date().toISOString(),
    app: { name: 'Keyplan', version: appVersion },
    accounts: ids.map((id) => entryOf(db, id)),
  };
}

/** Team members of the file: ours of the same name (case aside), or added to our team. */
function teamIdsFor(db: Db, team: ExchangeEntry['team'], now: string): { ids: Map<string, string>; created: number } {
  const ids = new Map<string, string>();
  let created = 0;
  for (const member of team) {
    const found = findTeamMemberByName(db, member.name);
    if (found) {
      ids.set(member.id, found.id);
      continue;
    }
    const id = randomUUID();
    db.insert(teamMembers).values({ id, name: member.name, role: member.role, createdAt: now }).run();
    ids.set(member.id, id);
    created++;
  }
  return { ids, created };
}

/** The file's people, managers before their reports (the file is checked to have no cycle). */
function managersFirst(persons: ExchangeEntry['people']): ExchangeEntry['people'] {
  const byId = new Map(persons.map((p) => [p.id, p]));
  const placed = new Set<string>();
  const order: ExchangeEntry['people'] = [];
  for (const person of persons) {
    const chain: ExchangeEntry['people'] = [];
    for (let at = byId.get(person.id); at && !placed.has(at.id); at = at.reportsToId === null ? undefined : byId.get(at.reportsToId)) {
      placed.add(at.id);
      chain.push(at);
    }
    order.push(...chain.reverse());
  }
  return order;
}

/**
 * Adds every account of the document as a new account: new ids throughout, a name made unique
 * ("X (2)"), team members matched by name or added. Nothing already in the database is changed
 * (but for team members added). All of it, or on any refusal nothing (the caller's transaction).
 */
export function importAccounts(db: Db, document: unknown): ExchangeImported {
  const read = checkExchangeDocument(document);
  if (!read.ok) throw new ApiFailure('bad_input', read.error.key, read.error.params);
  const taken = new Set(
    db
      .select({ name: accounts.name })
      .from(accounts)
      .where(isNull(accounts.deletedAt))
      .all()
      .map((a) => a.name.toLowerCase()),
  );
  const now = new Date().toISOString();
  let teamCreated = 0;
  const created: ExchangeImported['accounts'] = [];
  for (const entry of read.document.accounts) {
    const { id: _fileId, archived, createdAt, updatedAt: _updated, ...fields } = entry.account;
    const name = uniqueName(fields.name, taken);
    taken.add(name.toLowerCase());
    const accountId = randomUUID();
    db.insert(accounts)
      .values({ ...fields, name, id: accountId, isSample: false, archivedAt: archived ? now : null, createdAt, updatedAt: now })
      .run();

    const team = teamIdsFor(db, entry.team, now);
    teamCreated += team.created;
    const personIds = new Map(entry.people.map((p) => [p.id, randomUUID()]));
    for (const person of managersFirst(entry.people)) {
      db.insert(people)
        .values({
          ...person,
          id: personIds.get(person.id)!,
          accountId,
          reportsToId: person.reportsToId === null ? null : personIds.get(person.reportsToId)!,
          ownerId: person.ownerId === null ? null : team.ids.get(person.ownerId)!,
          roles: normalizeRoles(person.roles),
        })
        .run();
    }
    for (const link of entry.links) {
      db.insert(links)
        .values({ ...link, id: randomUUID(), accountId, sourceId: personIds.get(link.sourceId)!, targetId: personIds.get(link.targetId)! })
        .run();
    }
    created.push({ id: accountId, name, people: entry.people.length, links: entry.links.length });
  }
  return { accounts: created, teamCreated };
}

export const exchangeHandlers = ({ db, options }: ApiContext): Handlers<typeof exchangeChannels> => ({
  'exchange.export': (input) => exportAccounts(db, input, options.version ?? '0.0.0'),
  'exchange.import': ({ document }) => importAccounts(db, document),
});
