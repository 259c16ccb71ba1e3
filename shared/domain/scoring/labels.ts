import type { Language } from '../../i18n/languages.js';
import { localText, type ScorecardTemplate } from './types.js';

/**
 * The params of a reason or cross-check finding ready for translation: `criterion` (a key when emitted, so results stay
 * language-free) becomes the criterion's label in `language`.
 */
export function criterionParams(
  item: { params: Record<string, string | number>; criterionKey?: string },
  template: ScorecardTemplate,
  language: Language,
): Record<string, string | number> {
  const criterion = template.criteria.find((c) => c.key === item.criterionKey);
  return criterion ? { ...item.params, criterion: localText(criterion.label, language) } : item.params;
}
