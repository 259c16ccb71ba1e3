import {
  emptyAccountFields,
  emptyPersonFields,
  type AccountMap,
  type Link,
  type LinkFields,
  type Person,
  type PersonFields,
  type TeamMember,
} from '../../shared/contract/index.js';

/** Small, hand-made account maps for the renderer's pure logic: what map.get would answer. */

const STAMP = '2025-01-01T00:00:00.000Z';

export function person(id: string, fields: Partial<PersonFields> = {}, at: { x: number; y: number } | null = null): Person {
  return { ...emptyPersonFields, name: id, ...fields, id, accountId: 'acc', x: at?.x ?? null, y: at?.y ?? null, createdAt: STAMP, updatedAt: STAMP };
}

export function link(id: string, sourceId: string, targetId: string, kind: LinkFields['kind'], fields: Partial<LinkFields> = {}): Link {
  return { label: '', step: null, notes: '', ...fields, kind, id, accountId: 'acc', sourceId, targetId, createdAt: STAMP, updatedAt: STAMP };
}

export const member = (id: string, name: string): TeamMember => ({ id, name, role: '', createdAt: STAMP });

export function accountMap(people: Person[], links: Link[] = [], team: TeamMember[] = []): AccountMap {
  return {
    account: { ...emptyAccountFields, name: 'Pacific Grid', id: 'acc', archivedAt: null, createdAt: STAMP, updatedAt: STAMP },
    people,
    links,
    team,
    lastContact: {},
  };
}
