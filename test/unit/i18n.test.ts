import { describe, expect, it } from 'vitest';
import { en } from '../../shared/i18n/en.js';
import { zhCN } from '../../shared/i18n/zh-CN.js';

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

describe('i18n messages', () => {
  it('have exactly the same keys in en and zh-CN', () => {
    const enKeys = [...languages.en.keys()].sort();
    const zhKeys = [...languages['zh-CN'].keys()].sort();
    expect(enKeys.filter((k) => !languages['zh-CN'].has(k)), 'missing in zh-CN').toEqual([]);
    expect(zhKeys.filter((k) => !languages.en.has(k)), 'missing in en').toEqual([]);
    expect(enKeys.length).toBeGreaterThan(0);
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
