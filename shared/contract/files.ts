import { z } from 'zod';
import { host } from './channel.js';

/** What Keyplan writes to the user's disk; each has its file extension and save-dialog filter. */
export const FILE_FORMATS = ['svg', 'png', 'pdf', 'csv', 'xlsx', 'json', 'ics'] as const;
export type FileFormat = (typeof FILE_FORMATS)[number];

export const PAPER_SIZES = ['A4', 'Letter'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

/** A generous ceiling for one file crossing IPC (a PNG of a large map is tens of MB in base64). */
export const FILE_DATA_MAX = 100_000_000;
export const HTML_DOCUMENT_MAX = 50_000_000;

const fileName = z
  .string({ error: 'errors.required' })
  .trim()
  .min(1, { error: 'errors.required' })
  .max(200, { error: 'errors.tooLong' })
  .refine((name) => !/[\\/\0]/.test(name), { error: 'errors.badFileName' });

export const filesSave = z.strictObject({
  /** Offered in the save dialog; the user may change it. Never a path. */
  suggestedName: fileName,
  format: z.enum(FILE_FORMATS, { error: 'errors.choose' }),
  data: z.string().max(FILE_DATA_MAX, { error: 'errors.tooLong' }),
  encoding: z.enum(['utf8', 'base64']),
});

export const filesSavePdf = z.strictObject({
  suggestedName: fileName,
  /** A complete, self-contained HTML document (no scripts run while it is printed). */
  html: z.string().min(1, { error: 'errors.required' }).max(HTML_DOCUMENT_MAX, { error: 'errors.tooLong' }),
  paper: z.enum(PAPER_SIZES, { error: 'errors.choose' }),
});

export const filesPrint = z.strictObject({
  html: z.string().min(1, { error: 'errors.required' }).max(HTML_DOCUMENT_MAX, { error: 'errors.tooLong' }),
  paper: z.enum(PAPER_SIZES, { error: 'errors.choose' }),
});

export const filesShow = z.strictObject({ path: z.string().min(1).max(4096) });

/** Where the file went; null when the user cancelled the save dialog. */
export interface FileSaved {
  path: string | null;
  bytes: number;
}

export const filesChannels = {
  /** Asks where to save (the system save dialog) and writes the file there. */
  'files.save': host<FileSaved>()(filesSave, ['files']),
  /** Asks where to save, prints the HTML document to PDF (vector text, fonts embedded) and writes it. */
  'files.savePdf': host<FileSaved>()(filesSavePdf, ['files']),
  /** Opens the system print dialog for the HTML document; `printed` is false when the user cancelled. */
  'files.print': host<{ printed: boolean }>()(filesPrint),
  /** Shows a file Keyplan saved in this session in the system file manager. */
  'files.showInFolder': host<Record<string, never>>()(filesShow),
};
