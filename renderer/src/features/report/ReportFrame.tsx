import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PaperSize } from '../../../../shared/contract/index.js';
import { formatBytes } from '../../../../shared/report/format.js';
import type { Language } from '../../../../shared/i18n/index.js';
import { call } from '../../api/client.js';
import { fileNameOf, showInFolder } from '../../api/files.js';
import { Modal } from '../../components/Modal.js';
import { errorText } from '../../i18n/errorText.js';
import type { DocumentState } from './useDocument.js';
import './report.css';

interface ReportFrameProps {
  title: string;
  /** The options form beside the preview. */
  options: ReactNode;
  doc: DocumentState;
  paper: PaperSize;
  suggestedName: string;
  /** After a PDF was saved or the document printed (the account plan remembers its last export). */
  onExported?: () => Promise<unknown>;
  /** Shown under the buttons (the last export's date). */
  footnote?: ReactNode;
  /** Nothing to print with these options (no section chosen). */
  disabled?: boolean;
  onClose: () => void;
}

type Busy = 'saving' | 'printing' | null;

/**
 * A document's export dialog: its options, a preview (a sandboxed frame: no script can run in it),
 * Save as PDF through the system save dialog, Print, and Show in folder once saved.
 */
export function ReportFrame({ title, options, doc, paper, suggestedName, onExported, footnote, disabled = false, onClose }: ReportFrameProps) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState<Busy>(null);
  const [status, setStatus] = useState<{ text: string; tone: 'info' | 'error' } | null>(null);
  const [savedPath, setSavedPath] = useState<string | null>(null);
  const ready = doc.html !== null && !doc.building && busy === null && !disabled;

  async function run(kind: Exclude<Busy, null>, action: (html: string) => Promise<string | null>) {
    if (!doc.html) return;
    setBusy(kind);
    setStatus(null);
    try {
      const text = await action(doc.html);
      if (text) setStatus({ text, tone: 'info' });
    } catch (error) {
      setStatus({ text: t('report.dialog.failed', { message: errorText(t, error) }), tone: 'error' });
    } finally {
      setBusy(null);
    }
  }

  const savePdf = () =>
    run('saving', async (html) => {
      const saved = await call('files.savePdf', { suggestedName, html, paper });
      if (!saved.path) return t('report.dialog.cancelled');
      setSavedPath(saved.path);
      await onExported?.();
      return t('report.dialog.saved', { file: fileNameOf(saved.path), size: formatBytes(i18n.language as Language, saved.bytes) });
    });

  const print = () =>
    run('printing', async (html) => {
      const { printed } = await call('files.print', { html, paper });
      if (!printed) return null;
      await onExported?.();
      return t('report.dialog.printed');
    });

  const working = busy === 'saving' ? t('report.dialog.savingPdf') : busy === 'printing' ? t('report.dialog.printing') : doc.building ? t('report.dialog.building') : null;

  return (
    <Modal title={title} onClose={onClose} wide>
      <div className="modal-body report-dialog">
        <form className="report-options" aria-label={t('report.dialog.options')} onSubmit={(e) => e.preventDefault()}>
          {options}
        </form>
        <div className="report-preview">
          {doc.html !== null && <iframe title={t('report.dialog.previewTitle')} sandbox="" srcDoc={doc.html} className={doc.building ? 'is-stale' : ''} />}
          {doc.error !== null && (
            <p className="form-alert" role="alert">
              {t('report.dialog.failed', { message: errorText(t, doc.error) })}
            </p>
          )}
        </div>
      </div>
      <footer className="modal-actions report-actions">
        <div className="report-status" role="status">
          {working && (
            <>
              <progress aria-label={working} /> <span>{working}</span>
            </>
          )}
          {!working && status && <span className={status.tone === 'error' ? 'form-alert' : ''}>{status.text}</span>}
          {!working && footnote && <span className="muted small">{footnote}</span>}
        </div>
        {savedPath && (
          <button type="button" className="btn" onClick={() => void showInFolder(savedPath)}>
            {t('common.showInFolder')}
          </button>
        )}
        <button type="button" className="btn" disabled={!ready} onClick={() => void print()}>
          {t('report.dialog.print')}
        </button>
        <button type="button" className="btn btn-primary" disabled={!ready} onClick={() => void savePdf()}>
          {t('report.dialog.savePdf')}
        </button>
      </footer>
    </Modal>
  );
}
