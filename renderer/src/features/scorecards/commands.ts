import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateEntry, TemplateInput } from '../../../../shared/contract/index.js';
import { localText, type ScorecardTemplate } from '../../../../shared/domain/scoring/index.js';
import { call } from '../../api/client.js';
import { toast, toastError } from '../../components/toastStore.js';
import { errorText } from '../../i18n/errorText.js';
import { useLanguage } from '../../i18n/useLanguage.js';
import { undoIn } from '../../undo/perform.js';
import { useUndoable } from '../../undo/useUndoable.js';

/** The undo scope of the template list (templates belong to no account). */
export const TEMPLATES_SCOPE = 'scorecards';
const L = 'opportunities.history_labels';

/** What a user edits about a template: everything but its key and version. */
export function inputOf(template: ScorecardTemplate): TemplateInput {
  const { key: _k, version: _v, ...rest } = template;
  return structuredClone(rest);
}

/** Copy, edit (a new version) and delete user templates, each undoable. */
export function useTemplateCommands() {
  const { t } = useTranslation();
  const language = useLanguage();
  const perform = useUndoable(TEMPLATES_SCOPE);
  return useMemo(() => {
    const update = (key: string, template: TemplateInput) => call('scorecards.updateTemplate', { key, template });
    return {
      copy: (entry: TemplateEntry) =>
        perform(
          () => call('scorecards.copyTemplate', { key: entry.template.key, version: entry.template.version }),
          (copy) => ({
            label: `${L}.copyTemplate`,
            undo: async () => void (await call('scorecards.deleteTemplate', { key: copy.template.key })),
            redo: async () => void (await call('scorecards.restoreTemplate', { key: copy.template.key })),
          }),
        ),
      /** Saves the next version; undo saves the previous content again (as one more version: versions are never rewritten). */
      save: (before: ScorecardTemplate, template: TemplateInput) =>
        perform(
          () => update(before.key, template),
          () => ({
            label: `${L}.editTemplate`,
            undo: async () => void (await update(before.key, inputOf(before))),
            redo: async () => void (await update(before.key, template)),
          }),
        ),
      remove: async (entry: TemplateEntry) => {
        const done = await perform(
          () => call('scorecards.deleteTemplate', { key: entry.template.key }),
          () => ({
            label: `${L}.deleteTemplate`,
            undo: async () => void (await call('scorecards.restoreTemplate', { key: entry.template.key })),
            redo: async () => void (await call('scorecards.deleteTemplate', { key: entry.template.key })),
          }),
        );
        if (done) {
          toast(t('opportunities.templates.deleted', { name: localText(entry.template.name, language) }), {
            label: t('common.undo'),
            run: () => void undoIn(TEMPLATES_SCOPE, (error) => toastError(errorText(t, error)))(),
          });
        }
        return done;
      },
    };
  }, [perform, t, language]);
}
