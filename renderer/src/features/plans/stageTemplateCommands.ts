import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { StageTemplateEntry, StageTemplateInput } from '../../../../shared/contract/index.js';
import { textIn, type LocalizedText, type StageTemplate } from '../../../../shared/domain/plan/stageTemplate.js';
import { call } from '../../api/client.js';
import { toast, toastError } from '../../components/toastStore.js';
import { errorText } from '../../i18n/errorText.js';
import { useLanguage } from '../../i18n/useLanguage.js';
import { undoIn } from '../../undo/perform.js';
import { useUndoable } from '../../undo/useUndoable.js';
import { inputOf } from './stageTemplateDraft.js';

/** The undo scope of the sales process library (templates belong to no account). */
export const STAGE_TEMPLATES_SCOPE = 'stageTemplates';
const L = 'stageTemplates.history';

/**
 * Copy, edit (a new version) and delete the user's stage templates, each undoable. A copy is undone by
 * deleting it and redone by restoring it; an edit is undone by saving the previous content again (one
 * more version: versions are never rewritten).
 */
export function useStageTemplateCommands(onError?: (error: unknown) => void) {
  const { t } = useTranslation();
  const language = useLanguage();
  const perform = useUndoable(STAGE_TEMPLATES_SCOPE, onError);
  return useMemo(() => {
    const update = (key: string, template: StageTemplateInput) => call('stageTemplates.update', { key, template });
    const remove = (key: string) => call('stageTemplates.delete', { key });
    const restore = (key: string) => call('stageTemplates.restore', { key });
    return {
      copy: (entry: StageTemplateEntry, name: LocalizedText) =>
        perform(
          () => call('stageTemplates.copy', { key: entry.template.key, version: entry.template.version, name }),
          (copy) => ({
            label: `${L}.copy`,
            undo: async () => void (await remove(copy.template.key)),
            redo: async () => void (await restore(copy.template.key)),
          }),
        ),
      save: (before: StageTemplate, template: StageTemplateInput) =>
        perform(
          () => update(before.key, template),
          () => ({
            label: `${L}.edit`,
            undo: async () => void (await update(before.key, inputOf(before))),
            redo: async () => void (await update(before.key, template)),
          }),
        ),
      remove: async (entry: StageTemplateEntry) => {
        const key = entry.template.key;
        const done = await perform(
          () => remove(key),
          () => ({ label: `${L}.delete`, undo: async () => void (await restore(key)), redo: async () => void (await remove(key)) }),
        );
        if (done) {
          toast(t('stageTemplates.deleted', { name: textIn(entry.template.name, language) }), {
            label: t('common.undo'),
            run: () => void undoIn(STAGE_TEMPLATES_SCOPE, (error) => toastError(errorText(t, error)))(),
          });
        }
        return done;
      },
    };
  }, [perform, t, language]);
}
