import { z } from 'zod';
import { DECISION_STEP_MAX, LINK_KINDS, type LinkKind } from '../domain/people.js';
import { mutation } from './channel.js';
import { id, idList, longText, shortText } from './common.js';

export const linkFields = z.strictObject({
  kind: z.enum(LINK_KINDS, { error: 'errors.choose' }),
  /** Pain-chain links carry the pain; any link may carry a short label. */
  label: shortText,
  /** Order along the decision flow (1 = first). Only for decision_flow. */
  step: z.number().int({ error: 'errors.number' }).min(1).max(DECISION_STEP_MAX).nullable(),
  notes: longText,
});
export type LinkFields = z.infer<typeof linkFields>;

export interface Link extends LinkFields {
  id: string;
  accountId: string;
  sourceId: string;
  targetId: string;
  kind: LinkKind;
  createdAt: string;
  updatedAt: string;
}

export const linksCreate = z.strictObject({
  accountId: id,
  sourceId: id,
  targetId: id,
  fields: linkFields,
});
export const linksUpdate = z.strictObject({ id, patch: linkFields.partial() });
export const linksIds = z.strictObject({ ids: idList });

export const linksChannels = {
  'links.create': mutation<Link>()(linksCreate, ['links']),
  'links.update': mutation<Link>()(linksUpdate, ['links']),
  'links.delete': mutation<{ ids: string[] }>()(linksIds, ['links']),
  'links.restore': mutation<Link[]>()(linksIds, ['links']),
};
