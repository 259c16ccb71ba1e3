import { randomUUID } from 'node:crypto';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import type { z } from 'zod';
import type { Contract, HostChannelName, Output } from '../../shared/contract/index.js';
import { ApiFailure } from '../../db/api/failure.js';
import { storageCodeOf } from '../../db/storageErrors.js';
import type { HostServices } from './services.js';

export type HostHandlers = {
  [C in HostChannelName]: (input: z.output<Contract[C]['input']>) => Promise<Output<C>>;
};

const withExtension = (path: string, format: string) => (extname(path).toLowerCase() === `.${format}` ? path : `${path}.${format}`);

/** Written beside the target under another name, then renamed: a failed save never leaves half a file. */
function writeWhole(path: string, bytes: Uint8Array): void {
  const partial = `${path}.${randomUUID().slice(0, 8)}.partial`;
  try {
    writeFileSync(partial, bytes, { flag: 'wx' });
    renameSync(partial, path);
  } catch (error) {
    rmSync(partial, { force: true });
    const reason = (error instanceof Error ? error.message : String(error)).slice(0, 300);
    // A full or read-only disk keeps its own code; the message says which file and why.
    throw new ApiFailure(storageCodeOf(error) ?? 'conflict', 'files.errors.writeFailed', { reason });
  }
}

/** The main-process channels over the injected desktop services. */
export function createHostHandlers(services: HostServices): HostHandlers {
  // Only files Keyplan itself saved in this session can be shown: the page never names other paths.
  const saved = new Set<string>();

  async function save(suggestedName: string, format: Parameters<HostServices['chooseSavePath']>[1], bytes: () => Promise<Uint8Array>) {
    const chosen = await services.chooseSavePath(suggestedName, format);
    if (chosen === null) return { path: null, bytes: 0 };
    const path = withExtension(chosen, format);
    const data = await bytes();
    writeWhole(path, data);
    saved.add(path);
    return { path, bytes: data.byteLength };
  }

  return {
    'files.save': ({ suggestedName, format, data, encoding }) =>
      save(suggestedName, format, () => Promise.resolve(Buffer.from(data, encoding))),
    'files.savePdf': ({ suggestedName, html, paper }) => {
      // Printed while the save dialog is open, so the file is ready about when the user has chosen where;
      // a cancelled dialog drops it (and a failure only matters once the user chose a place).
      const printing = services.printToPdf(html, paper);
      printing.catch(() => undefined);
      return save(suggestedName, 'pdf', () => printing);
    },
    'files.print': async ({ html, paper }) => ({ printed: await services.print(html, paper) }),
    'files.showInFolder': ({ path }) => {
      if (!saved.has(path)) return Promise.reject(new ApiFailure('not_found', 'files.errors.notSaved'));
      services.showInFolder(path);
      return Promise.resolve({});
    },
  };
}
