import { describe, expect, it } from 'vitest';
import { en } from '../../shared/i18n/en/index.js';
import { zhCN } from '../../shared/i18n/zh-CN/index.js';

/** Every leaf of a nested message object, as dotted key → string (non-strings kept as-is to be caught). */
function flatten(node: unknown, prefix = '', out = new Map<string, unknown>()): Map<string, unknown> {
  if (typeof node === 'object' && node !== null) {
    for (const [key, value] of Object.entries(node)) flatten(value, prefix ? `${prefix}.${key}` : key, out);
  } else {
    out.set(prefix, node);
  }
  return out;
}

const params = (text: unknown) =>
  typeof text === 'string' ? [...new Set([...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]))].sort() : [];

const languages = { en: flatten(en), 'zh-CN': flatten(zhCN) };

type Slices = Record<string, Record<string, unknown>>;
const sliceFiles: Record<keyof typeof languages, Slices> = {
  en: import.meta.glob(['../../shared/i18n/en/*.ts', '!**/index.ts'], { eager: true }),
  'zh-CN': import.meta.glob(['../../shared/i18n/zh-CN/*.ts', '!**/index.ts'], { eager: true }),
};

/** Which feature file (e.g. "map") holds each top-level key, found by the identity of its exported objects. */
function fileOfKey(all: object, files: Slices): Map<string, string> {
  const out = new Map<string, string>();
  for (const [path, exports] of Object.entries(files)) {
    const file = path.replace(/^.*\/(.+)\.ts$/, '$1');
    for (const value of Object.values(exports)) {
      const key = Object.entries(all).find(([, slice]) => slice === value)?.[0];
      out.set(key ?? `(not listed in index.ts) ${file}`, file);
    }
  }
  return out;
}
const files = { en: fileOfKey(en, sliceFiles.en), 'zh-CN': fileOfKey(zhCN, sliceFiles['zh-CN']) };
/** "map.toolbar.add (zh-CN/map.ts)": where a key of that language is, or should be. */
const where = (lang: keyof typeof languages, key: string) => {
  const top = key.split('.')[0]!;
  return `${key} (${lang}/${files[lang].get(top) ?? files[lang === 'en' ? 'zh-CN' : 'en'].get(top) ?? '?'}.ts)`;
};

describe('i18n messages', () => {
  it('have exactly the same keys in en and zh-CN', () => {
    const enKeys = [...languages.en.keys()].sort();
    const zhKeys = [...languages['zh-CN'].keys()].sort();
    expect(enKeys.filter((k) => !languages['zh-CN'].has(k)).map((k) => where('zh-CN', k)), 'missing in zh-CN').toEqual([]);
    expect(zhKeys.filter((k) => !languages.en.has(k)).map((k) => where('en', k)), 'missing in en').toEqual([]);
    expect(enKeys.length).toBeGreaterThan(0);
  });

  it('are split into the same feature files in en and zh-CN, every top-level key in exactly one', () => {
    const layout = (lang: keyof typeof languages) => [...files[lang]].map(([key, file]) => `${file}.ts: ${key}`).sort();
    expect(layout('zh-CN')).toEqual(layout('en'));
    expect([...files.en.keys()].sort()).toEqual(Object.keys(en).sort());
    expect([...files['zh-CN'].keys()].sort()).toEqual(Object.keys(zhCN).sort());
  });

  it.each(Object.entries(languages))('%s has a non-empty string for every key', (_lang, strings) => {
    const bad = [...strings].filter(([, text]) => typeof text !== 'string' || text.trim() === '').map(([key]) => key);
    expect(bad).toEqual([]);
  });

  it('use the same {{params}} in both languages', () => {
    const mismatched = [...languages.en]
      .filter(([key, text]) => JSON.stringify(params(text)) !== JSON.stringify(params(languages['zh-CN'].get(key))))
      .map(([key, text]) => `${key}: en ${JSON.stringify(params(text))} zh-CN ${JSON.stringify(params(languages['zh-CN'].get(key)))}`);
    expect(mismatched).toEqual([]);
  });

  it('have no unbalanced interpolation braces', () => {
    const broken = Object.entries(languages).flatMap(([lang, strings]) =>
      [...strings]
        .filter(([, text]) => typeof text === 'string' && text.replace(/\{\{\s*\w+\s*\}\}/g, '').match(/\{\{|\}\}/))
        .map(([key]) => `${lang}:${key}`),
    );
    expect(broken).toEqual([]);
  });
});
