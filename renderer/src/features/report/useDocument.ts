import { useEffect, useState } from 'react';

export interface DocumentState {
  /** The latest document built (kept on screen while the next one is built). */
  html: string | null;
  /** A newer document is being built: saving or printing waits for it. */
  building: boolean;
  error: unknown;
}

type Build = () => Promise<string> | string;

/**
 * The document's HTML, rebuilt whenever `build` changes (a new option or new data); a result that
 * arrives after a newer build started is dropped. `build` is null while its data is loading.
 */
export function useDocument(build: Build | null): DocumentState {
  const [built, setBuilt] = useState<{ by: Build | null; html: string | null; error: unknown }>({ by: null, html: null, error: null });
  useEffect(() => {
    if (!build) return;
    let current = true;
    Promise.resolve()
      .then(build)
      .then(
        (html) => current && setBuilt({ by: build, html, error: null }),
        (error: unknown) => current && setBuilt({ by: build, html: null, error }),
      );
    return () => {
      current = false;
    };
  }, [build]);
  return { html: built.html, building: build !== null && built.by !== build, error: built.by === build ? built.error : null };
}
