import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

type Options = Record<string, string | number | boolean | null | undefined>;
export type CachedT = (key: string, options?: Options) => string;
type T = (key: string, options?: Options) => unknown;

/** Beyond this many different texts the cache starts afresh (a name per card on a 10,000-person map). */
const MAX_TEXTS = 20_000;
const caches = new Map<string, Map<string, string>>();

/**
 * i18next's `t` with its answers kept, per language: a map mounting fifty cards asks for the same
 * few dozen labels a thousand times, and each i18next call parses the key and the interpolation.
 */
export function cachedT(t: T, language: string): CachedT {
  let cache = caches.get(language);
  if (!cache) caches.set(language, (cache = new Map<string, string>()));
  const texts = cache;
  return (key, options) => {
    const id = options ? `${key}\u0000${JSON.stringify(options)}` : key;
    let text = texts.get(id);
    if (text === undefined) {
      if (texts.size >= MAX_TEXTS) texts.clear();
      text = String(t(key, options));
      texts.set(id, text);
    }
    return text;
  };
}

/** `cachedT` for the UI language: for components drawn many times over (the map's cards). */
export function useCachedT(): CachedT {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return useMemo(() => cachedT(t as T, language), [t, language]);
}
