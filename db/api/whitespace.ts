import type { whitespaceChannels } from '../../shared/contract/index.js';
import type { ApiContext, Handlers } from './context.js';
import { ApiFailure } from './failure.js';

const pending = (): never => {
  throw new ApiFailure('not_found', 'opportunities.errors.offeringNotFound');
};

export const whitespaceHandlers = (_context: ApiContext): Handlers<typeof whitespaceChannels> => ({
  'offerings.list': pending,
  'offerings.create': pending,
  'offerings.update': pending,
  'offerings.delete': pending,
  'offerings.restore': pending,
  'whitespace.get': pending,
  'whitespace.setCell': pending,
  'whitespace.addUnit': pending,
  'whitespace.removeUnit': pending,
  'whitespace.restoreUnit': pending,
});
