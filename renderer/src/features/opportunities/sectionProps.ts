import type { OpportunityDetail } from '../../../../shared/contract/index.js';
import type { OpportunityCommands } from './commands.js';

/** What every section of an opportunity gets: everything about it (one query) and the undoable edits. */
export interface SectionProps {
  detail: OpportunityDetail;
  commands: OpportunityCommands;
}
