import { useTranslation } from 'react-i18next';
import { toastError } from '../components/toastStore.js';
import { errorText } from '../i18n/errorText.js';
import { useNextSteps } from './history.js';
import { redoIn, undoIn } from './perform.js';

/** Undo and Redo of one scope, each naming the step it would take. */
export function UndoButtons({ scope }: { scope: string }) {
  const { t } = useTranslation();
  const { undoLabel, redoLabel, busy } = useNextSteps(scope);
  const onError = (error: unknown) => toastError(errorText(t, error));
  const undoName = undoLabel ? t('opportunities.undoStep', { step: t(undoLabel) }) : t('opportunities.undo');
  const redoName = redoLabel ? t('opportunities.redoStep', { step: t(redoLabel) }) : t('opportunities.redo');
  return (
    <div className="btn-group">
      <button type="button" className="btn btn-small" disabled={!undoLabel || busy} onClick={() => void undoIn(scope, onError)()} aria-label={undoName} title={undoName}>
        ↶ {t('opportunities.undo')}
      </button>
      <button type="button" className="btn btn-small" disabled={!redoLabel || busy} onClick={() => void redoIn(scope, onError)()} aria-label={redoName} title={redoName}>
        ↷ {t('opportunities.redo')}
      </button>
    </div>
  );
}
