import { useMutation } from '@tanstack/react-query';
import type { TeamMemberFields } from '../../../../shared/contract/index.js';
import { call } from '../../api/client.js';

/**
 * Adding, renaming and removing our team members. The team list and every account map (owner names,
 * coverage colours) read the team, so they refresh by themselves (api/freshness.ts).
 */
export function useTeamMutations() {
  const create = useMutation({ mutationFn: (fields: TeamMemberFields) => call('team.create', { fields }) });
  const update = useMutation({
    mutationFn: ({ id, fields }: { id: string; fields: TeamMemberFields }) => call('team.update', { id, fields }),
  });
  const remove = useMutation({ mutationFn: (id: string) => call('team.delete', { id }) });
  return { create, update, remove };
}
