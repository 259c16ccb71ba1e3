import type { opportunitiesChannels } from '../../shared/contract/index.js';
import type { ApiContext, Handlers } from './context.js';
import { ApiFailure } from './failure.js';

const pending = (): never => {
  throw new ApiFailure('not_found', 'opportunities.errors.notFound');
};

export const opportunitiesHandlers = (_context: ApiContext): Handlers<typeof opportunitiesChannels> => ({
  'opportunities.list': pending,
  'opportunities.listOpen': pending,
  'opportunities.get': pending,
  'opportunities.create': pending,
  'opportunities.update': pending,
  'opportunities.delete': pending,
  'opportunities.restore': pending,
  'influences.create': pending,
  'influences.update': pending,
  'influences.delete': pending,
  'influences.restore': pending,
  'competitors.create': pending,
  'competitors.update': pending,
  'competitors.delete': pending,
  'competitors.restore': pending,
  'negotiation.get': pending,
  'negotiation.save': pending,
});
