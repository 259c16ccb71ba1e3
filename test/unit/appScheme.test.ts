import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_INDEX_URL, resolveAppRequest } from '../../electron/appScheme.js';
import { resolvePageSource } from '../../electron/pageSource.js';
import { nativeBindingFrom } from '../../electron/startup.js';

const root = join('/opt', 'Keyplan', 'resources', 'app.asar', 'dist', 'renderer');

describe('keyplan://app/ serves the built renderer and nothing else', () => {
  it('maps the page, its assets and "/" to files under the renderer folder, with their types', () => {
    expect(resolveAppRequest(root, APP_INDEX_URL)).toEqual({ path: join(root, 'index.html'), mimeType: 'text/html; charset=utf-8' });
    expect(resolveAppRequest(root, 'keyplan://app/')).toEqual({ path: join(root, 'index.html'), mimeType: 'text/html; charset=utf-8' });
    expect(resolveAppRequest(root, 'keyplan://app/assets/index-abc.js?v=1#x')).toEqual({ path: join(root, 'assets', 'index-abc.js'), mimeType: 'text/javascript; charset=utf-8' });
    expect(resolveAppRequest(root, 'keyplan://app/assets/Noto%20Sans.woff2')?.path).toBe(join(root, 'assets', 'Noto Sans.woff2'));
  });

  it.each([
    ['a path that climbs out', 'keyplan://app/../../../etc/passwd'],
    ['a %-encoded climb', 'keyplan://app/assets/%2e%2e/%2e%2e/%2e%2e/keyplan.db'],
    ['an encoded slash climb', 'keyplan://app/..%2f..%2fkeyplan.db'],
    ['a backslash', 'keyplan://app/assets\\..\\..\\x.js'],
    ['a NUL', 'keyplan://app/index.html%00.js'],
    ['a broken escape', 'keyplan://app/%E0%A4%A'],
    ['another host', 'keyplan://evil/index.html'],
    ['another scheme', 'file:///opt/Keyplan/resources/app.asar/dist/renderer/index.html'],
    ['a type we do not serve', 'keyplan://app/secrets.db'],
    ['not a URL', 'not a url'],
  ])('refuses %s', (_what, url) => {
    expect(resolveAppRequest(root, url)).toBeNull();
  });

  it('is where the built page loads from, unless a dev server on this machine is named', () => {
    expect(resolvePageSource(join(root, 'index.html'))).toEqual({ kind: 'app', path: join(root, 'index.html'), root, url: APP_INDEX_URL });
    expect(resolvePageSource(join(root, 'index.html'), 'http://localhost:5173/').kind).toBe('dev');
  });
});

describe('KEYPLAN_NATIVE_BINDING', () => {
  it('is honoured unpackaged (npm start) and ignored in a packaged app', () => {
    const env = { KEYPLAN_NATIVE_BINDING: '/tmp/evil.node' };
    expect(nativeBindingFrom(env, false)).toBe('/tmp/evil.node');
    expect(nativeBindingFrom(env, true)).toBeUndefined();
    expect(nativeBindingFrom({ KEYPLAN_NATIVE_BINDING: '  ' }, false)).toBeUndefined();
  });
});
