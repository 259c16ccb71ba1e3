import type { Language } from '../../i18n/languages.js';
import type { RelationshipPhase } from '../accounts.js';

/**
 * The shape of a sales process: its stages in order, each ending at a key node (关键节点) whose exit
 * criteria gate the move to the next stage. Templates carry their own text in both languages
 * (a user's copy is edited in place), while messages about them live in i18n.
 */

/** Text in every UI language. A user's copy may leave one language blank: `textIn` falls back. */
export type LocalizedText = Record<Language, string>;

/** One item of a checklist or task list; `key` is stable across edits of the label. */
export interface TemplateItem {
  key: string;
  label: LocalizedText;
}

export interface StageTemplateStage {
  /** Stable code of the stage, e.g. 'proposal'; plans, moves and history refer to stages by it. */
  key: string;
  name: LocalizedText;
  /** The key node (关键节点) that ends the stage, e.g. 售前立项. */
  keyNode: LocalizedText;
  /** 开始标志: what shows the stage has begun (the six steps name one for the first step). */
  startMarker?: LocalizedText;
  /** 结束标志: what shows the stage is done. */
  endMarker?: LocalizedText;
  /** The checklist to tick before the key node counts as reached; its keys are what a gate reports missing. */
  exitCriteria: TemplateItem[];
  /** What the stage is for, shown as the stage's default objectives. */
  objectives: LocalizedText[];
  /** The default tasks a new plan offers for this stage (the user gives each an owner and a due date). */
  tasks: TemplateItem[];
}

export interface StageTemplate {
  /** 'six_stages', 'six_steps', or the key given to a user's copy. */
  key: string;
  /** Bumped when a built-in template's content changes; plans keep the snapshot they started from. */
  version: number;
  name: LocalizedText;
  stages: StageTemplateStage[];
  /** For a copy: the template it was copied from, so rules tuned per built-in process still apply. */
  basedOn?: { key: string; version: number };
}

/** Text in `language`, or in the other language when that one is blank. */
export function textIn(text: LocalizedText, language: Language): string {
  const own = text[language].trim();
  if (own) return own;
  return Object.values(text).find((other) => other.trim() !== '')?.trim() ?? '';
}

export const isBlankText = (text: LocalizedText): boolean => Object.values(text).every((value) => value.trim() === '');

/**
 * The default work of one account relationship phase (建立 / 稳定 / 加强关系). Not gated: an account
 * moves between phases as the relationship does, and back to establish after a reorganisation.
 */
export interface RelationshipPlanTemplate {
  phase: RelationshipPhase;
  version: number;
  name: LocalizedText;
  objectives: LocalizedText[];
  tasks: TemplateItem[];
}
