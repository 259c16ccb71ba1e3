import type { FileFormat } from '../../../shared/contract/index.js';
import { call } from './client.js';

async function base64Of(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  // In slices: String.fromCharCode takes its bytes as arguments, and a large PNG has millions.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The file name part of a path, on any desktop system. */
export const fileNameOf = (path: string) => path.split(/[\\/]/).pop() ?? path;

/**
 * Saves text or a blob through the main process (the system save dialog; Electron cancels every
 * browser download). Answers the saved path, or null when the user cancelled.
 */
export async function saveFile(suggestedName: string, format: FileFormat, content: string | Blob): Promise<string | null> {
  const saved =
    typeof content === 'string'
      ? await call('files.save', { suggestedName, format, data: content, encoding: 'utf8' })
      : await call('files.save', { suggestedName, format, data: await base64Of(content), encoding: 'base64' });
  return saved.path;
}

export const showInFolder = (path: string) => call('files.showInFolder', { path });
