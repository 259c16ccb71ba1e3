import { z } from 'zod';
import { mutation, query } from './channel.js';
import { empty, id, shortText } from './common.js';

export const teamMemberFields = z.strictObject({
  name: z.string({ error: 'errors.required' }).trim().min(1, { error: 'errors.required' }).max(200, { error: 'errors.tooLong' }),
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
