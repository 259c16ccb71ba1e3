import type { scorecardsChannels } from '../../shared/contract/index.js';
import type { ApiContext, Handlers } from './context.js';
import { ApiFailure } from './failure.js';

const pending = (): never => {
  throw new ApiFailure('not_found', 'opportunities.errors.templateNotFound');
};

export const scorecardsHandlers = (_context: ApiContext): Handlers<typeof scorecardsChannels> => ({
  'scorecards.templates': pending,
  'scorecards.versions': pending,
  'scorecards.copyTemplate': pending,
  'scorecards.updateTemplate': pending,
  'scorecards.deleteTemplate': pending,
  'scorecards.restoreTemplate': pending,
  'assessments.create': pending,
  'assessments.delete': pending,
  'assessments.restore': pending,
});
