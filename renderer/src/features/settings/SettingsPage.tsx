import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../../shared/i18n/index.js';
import { call } from '../../api/client.js';
import { useApiQuery } from '../../api/freshness.js';
import { toast, toastError } from '../../components/toastStore.js';
import { errorText } from '../../i18n/errorText.js';
import { BackupsSection } from './BackupsSection.js';
import { OfferingsSection } from './OfferingsSection.js';
import { ThresholdsSection } from './ThresholdsSection.js';
import '../whitespace/whitespace.css';

export function SettingsPage() {
  const { t, i18n } = useTranslation();
  const info = useApiQuery('app.info', {});
  const setLanguage = useMutation({
    mutationFn: (language: Language) => call('settings.set', { language }),
    onSuccess: async (settings) => {
      if (settings.language) await i18n.changeLanguage(settings.language);
      toast(i18n.t('settings.saved'));
    },
    onError: (error) => toastError(errorText(t, error)),
  });

  // The radio shows the choice at once; the language itself changes when the save answers.
  const chosen = setLanguage.isPending ? setLanguage.variables : i18n.language;

  return (
    <section className="page settings" aria-labelledby="settings-title">
      <header className="page-header">
        <h1 id="settings-title">{t('settings.title')}</h1>
      </header>
      <fieldset className="card">
        <legend>{t('settings.language')}</legend>
        <p className="muted">{t('settings.languageHint')}</p>
        <div className="radio-row">
          {LANGUAGES.map((language) => (
            <label key={language} className="radio">
              <input
                type="radio"
                name="language"
                value={language}
                checked={chosen === language}
                onChange={() => setLanguage.mutate(language)}
              />
              <span lang={language}>{t(`settings.languages.${language}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <OfferingsSection />
      <section className="card" aria-labelledby="data-title">
        <h2 id="data-title">{t('settings.database')}</h2>
        <p className="muted">{t('settings.databaseHint')}</p>
        {info.data && (
          <dl className="facts">
            <div className="fact">
              <dt>{t('settings.databasePath')}</dt>
              <dd>
                <code>{info.data.databasePath}</code>
              </dd>
            </div>
            <div className="fact">
              <dt>{t('settings.version')}</dt>
              <dd>
                {info.data.version} · {t('settings.schema', { version: info.data.schemaVersion })}
              </dd>
            </div>
          </dl>
        )}
      </section>
      <BackupsSection />
      <ThresholdsSection />
    </section>
  );
}
