import { z } from 'zod';
import { mutation, query } from './channel.js';
import { PERSON_TEXT_MAX } from '../domain/people.js';
import { empty, id, nameText, shortText } from './common.js';

export const teamMemberFields = z.strictObject({
  name: nameText(PERSON_TEXT_MAX),
  role: shortText,
});
export type TeamMemberFields = z.infer<typeof teamMemberFields>;

export interface TeamMember extends TeamMemberFields {
  id: string;
  createdAt: string;
}

export const teamCreate = z.strictObject({ fields: teamMemberFields });
export const teamUpdate = z.strictObject({ id, fields: teamMemberFields });
export const teamById = z.strictObject({ id });

export const teamChannels = {
  'team.list': query<TeamMember[]>()(empty, ['team']),
  'team.create': mutation<TeamMember>()(teamCreate, ['team']),
  'team.update': mutation<TeamMember>()(teamUpdate, ['team']),
  /** Removes the member; the people they owned get no owner. */
  'team.delete': mutation<{ id: string }>()(teamById, ['team', 'people']),
};
