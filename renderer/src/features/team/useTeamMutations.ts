import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TeamMember, TeamMemberFields } from '../../../../shared/contract/index.js';
import { call } from '../../api/client.js';
import { teamKey } from '../stakeholders/queries.js';

/**
 * Adding, renaming and removing our team members. Every account map carries the team (owner names,
 * coverage colours), and removing a member leaves their people unowned, so the maps are refreshed too.
 */
export function useTeamMutations() {
  const client = useQueryClient();
  const patchList = (fn: (list: TeamMember[]) => TeamMember[]) => client.setQueryData<TeamMember[]>(teamKey, (list) => (list ? fn(list) : list));
  const refresh = () => Promise.all([client.invalidateQueries({ queryKey: teamKey }), client.invalidateQueries({ queryKey: ['map'] })]);

  const create = useMutation({
    mutationFn: (fields: TeamMemberFields) => call('team.create', { fields }),
    onSuccess: async (member) => {
      patchList((list) => [...list, member]);
      await refresh();
    },
  });
  const update = useMutation({
    mutationFn: ({ id, fields }: { id: string; fields: TeamMemberFields }) => call('team.update', { id, fields }),
    onSuccess: async (member) => {
      patchList((list) => list.map((m) => (m.id === member.id ? member : m)));
      await refresh();
    },
  });
  const remove = useMutation({
    mutationFn: (id: string) => call('team.delete', { id }),
    onSuccess: async ({ id }) => {
      patchList((list) => list.filter((m) => m.id !== id));
      await refresh();
    },
  });
  return { create, update, remove };
}
