import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { toFieldError } from '../../../../shared/contract/fieldErrors.js';
import { localTextInput, type StageTemplateEntry } from '../../../../shared/contract/index.js';
import { isBlankText, textIn, type LocalizedText } from '../../../../shared/domain/plan/stageTemplate.js';
import { messages } from '../../../../shared/i18n/index.js';
import { LANGUAGES } from '../../../../shared/i18n/languages.js';
import { Modal } from '../../components/Modal.js';
import { toast } from '../../components/toastStore.js';
import { useLanguage } from '../../i18n/useLanguage.js';
import { useStageTemplateCommands } from './stageTemplateCommands.js';
import { TextPair } from './TextPair.js';

const copyNameOf = (name: LocalizedText): LocalizedText =>
  Object.fromEntries(LANGUAGES.map((language) => [language, messages[language].opportunities.copyName.replace('{{name}}', name[language])])) as LocalizedText;

/** Names the copy (both languages, prefilled "… (copy)"), makes it, and opens it for editing. */
export function CopyDialog({ entry, onClose }: { entry: StageTemplateEntry; onClose: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const commands = useStageTemplateCommands();
  const [name, setName] = useState<LocalizedText>(() => copyNameOf(entry.template.name));
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    const trimmed: LocalizedText = { 'zh-CN': name['zh-CN'].trim(), en: name.en.trim() };
    const parsed = localTextInput.safeParse(trimmed);
    if (!parsed.success) {
      const { key, params } = toFieldError(parsed.error.issues[0]!);
      return setError(t(key, params ?? {}));
    }
    if (isBlankText(trimmed)) return setError(t('plan.templateProblems.emptyName'));
    setBusy(true);
    const made = await commands.copy(entry, trimmed);
    setBusy(false);
    if (!made) return;
    toast(t('stageTemplates.copied'));
    onClose();
    void navigate(`/stage-templates/${made.template.key}`);
  };
  return (
    <Modal title={t('stageTemplates.copyTitle', { name: textIn(entry.template.name, language) })} onClose={onClose}>
      <form
        className="form copy-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <p className="muted">{t('stageTemplates.copyHint')}</p>
        <TextPair
          labels={[t('stageTemplates.nameZh'), t('stageTemplates.nameEn')]}
          value={name}
          onChange={(value) => {
            setName(value);
            setError(undefined);
          }}
          errors={error ? [error] : []}
          autoFocus
        />
        <div className="modal-actions">
          <button type="button" className="btn" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {t('stageTemplates.copyConfirm')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
