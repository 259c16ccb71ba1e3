import { describe, expect, it } from 'vitest';
import { browserCandidates, findBrowser } from '../e2e/findBrowser.js';

const installed =
  (...paths: string[]) =>
  (path: string) =>
    paths.includes(path);
const WINDOWS_ENV = { ProgramFiles: 'C:\\Program Files', 'ProgramFiles(x86)': 'C:\\Program Files (x86)', LOCALAPPDATA: 'C:\\Users\\ann\\AppData\\Local' };

describe('findBrowser', () => {
  it('finds Debian’s Chromium first, as before', () => {
    expect(findBrowser({ platform: 'linux', env: {}, exists: installed('/usr/bin/google-chrome', '/usr/bin/chromium') })).toBe('/usr/bin/chromium');
  });

  it.each([
    ['Ubuntu’s snap Chromium', '/snap/bin/chromium'],
    ['Fedora’s chromium-browser', '/usr/bin/chromium-browser'],
    ['Google Chrome', '/usr/bin/google-chrome-stable'],
    ['Microsoft Edge', '/usr/bin/microsoft-edge'],
  ])('finds %s on Linux', (_what, path) => {
    expect(findBrowser({ platform: 'linux', env: {}, exists: installed(path) })).toBe(path);
  });

  it.each([
    ['Google Chrome', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'],
    ['Chromium', '/Applications/Chromium.app/Contents/MacOS/Chromium'],
    ['Microsoft Edge', '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge'],
    ['Chrome in the user’s own Applications', '/Users/ann/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'],
  ])('finds %s on macOS', (_what, path) => {
    expect(findBrowser({ platform: 'darwin', env: { HOME: '/Users/ann' }, exists: installed(path) })).toBe(path);
  });

  it.each([
    ['Chrome for all users', 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe'],
    ['32-bit Chrome', 'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe'],
    ['Chrome for one user', 'C:\\Users\\ann\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe'],
    ['Edge', 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe'],
  ])('finds %s on Windows', (_what, path) => {
    expect(findBrowser({ platform: 'win32', env: WINDOWS_ENV, exists: installed(path) })).toBe(path);
  });

  it('prefers Chrome to Edge on Windows, and reads the environment whatever its case', () => {
    const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe';
    const chrome = 'D:\\Apps\\Google\\Chrome\\Application\\chrome.exe';
    expect(findBrowser({ platform: 'win32', env: { PROGRAMFILES: 'D:\\Apps' }, exists: installed(edge, chrome) })).toBe(chrome);
  });

  it('takes CHROMIUM_PATH over anything installed', () => {
    const env = { CHROMIUM_PATH: '/opt/my/chrome' };
    expect(findBrowser({ platform: 'linux', env, exists: installed('/opt/my/chrome', '/usr/bin/chromium') })).toBe('/opt/my/chrome');
  });

  it('says so when CHROMIUM_PATH points at nothing, rather than quietly using another browser', () => {
    const env = { CHROMIUM_PATH: '/opt/gone/chrome' };
    expect(() => findBrowser({ platform: 'linux', env, exists: installed('/usr/bin/chromium') })).toThrow('CHROMIUM_PATH is set to /opt/gone/chrome, which does not exist');
  });

  it.each(['linux', 'darwin', 'win32'])('on %s, with nothing installed, names every path it tried and how to fix it', (platform) => {
    const env = platform === 'win32' ? WINDOWS_ENV : { HOME: '/home/ann' };
    let message = '';
    try {
      findBrowser({ platform, env, exists: () => false });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('No Chromium, Google Chrome or Microsoft Edge was found');
    for (const path of browserCandidates(platform, env)) expect(message).toContain(path);
    expect(message).toContain('CHROMIUM_PATH');
  });

  it('searches other Unixes like Linux', () => {
    expect(browserCandidates('freebsd', {})).toEqual(browserCandidates('linux', {}));
    expect(browserCandidates('freebsd', {})).toContain('/usr/local/bin/chromium');
  });
});
