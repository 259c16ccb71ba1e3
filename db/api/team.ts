import { randomUUID } from 'node:crypto';
import { eq, ne } from 'drizzle-orm';
import type { TeamMember, TeamMemberFields, teamChannels } from '../../shared/contract/index.js';
import { foldForCompare } from '../../shared/domain/text.js';
import type { ApiContext, Handlers } from './context.js';
import type { Db } from '../open.js';
import { teamMembers } from '../schema.js';
import { conflict, notFound } from './failure.js';

type Row = typeof teamMembers.$inferSelect;

const toTeamMember = (row: Row): TeamMember => ({ id: row.id, name: row.name, role: row.role, createdAt: row.createdAt });

/** Our own people, in the order they joined the list. */
export const listTeam = (db: Db): TeamMember[] =>
  db.select().from(teamMembers).orderBy(teamMembers.createdAt, teamMembers.id).all().map(toTeamMember);

/** The member of that name, compared under Unicode case folding (the team is a handful of people). */
export function findTeamMemberByName(db: Db, name: string, exceptId?: string): Row | undefined {
  const folded = foldForCompare(name);
  return db
    .select()
    .from(teamMembers)
    .where(exceptId === undefined ? undefined : ne(teamMembers.id, exceptId))
    .orderBy(teamMembers.createdAt, teamMembers.id)
    .all()
    .find((row) => foldForCompare(row.name) === folded);
}

/** Two members of the same name could not be told apart when choosing an owner. */
function assertNameFree(db: Db, name: string, exceptId?: string) {
  if (findTeamMemberByName(db, name, exceptId)) throw conflict('errors.duplicateTeamMember', { name });
}

export function createTeamMember(db: Db, fields: TeamMemberFields): TeamMember {
  assertNameFree(db, fields.name);
  const row = db
    .insert(teamMembers)
    .values({ id: randomUUID(), ...fields, createdAt: new Date().toISOString() })
    .returning()
    .get();
  return toTeamMember(row);
}

function getRow(db: Db, id: string): Row {
  const row = db.select().from(teamMembers).where(eq(teamMembers.id, id)).get();
  if (!row) throw notFound('errors.teamMemberNotFound', { id });
  return row;
}

export function updateTeamMember(db: Db, id: string, fields: TeamMemberFields): TeamMember {
  getRow(db, id);
  assertNameFree(db, fields.name, id);
  return toTeamMember(db.update(teamMembers).set(fields).where(eq(teamMembers.id, id)).returning().get());
}

/** Removes a member; the people they owned are left without an owner (the foreign key sets null). */
export function deleteTeamMember(db: Db, id: string): { id: string } {
  getRow(db, id);
  db.delete(teamMembers).where(eq(teamMembers.id, id)).run();
  return { id };
}

export const teamHandlers = ({ db }: ApiContext): Handlers<typeof teamChannels> => ({
  'team.list': () => listTeam(db),
  'team.create': ({ fields }) => createTeamMember(db, fields),
  'team.update': ({ id, fields }) => updateTeamMember(db, id, fields),
  'team.delete': ({ id }) => deleteTeamMember(db, id),
});
