import { posix, win32 } from 'node:path';

/**
 * Which Chromium-based browser the e2e tests, the screenshots and the UI benchmarks drive: CHROMIUM_PATH
 * if set, else the first of Chromium, Google Chrome and Microsoft Edge found where each platform's
 * installers put them. Pure (platform, environment and file test come in), so it is tested anywhere.
 */

export interface BrowserSearch {
  /** process.platform: 'linux', 'darwin', 'win32', … (any other Unix is searched like Linux). */
  platform: string;
  env: Readonly<Record<string, string | undefined>>;
  exists: (path: string) => boolean;
}

const LINUX = [
  '/usr/bin/chromium', // Debian
  '/usr/bin/chromium-browser', // Ubuntu before snaps, Fedora, Alpine
  '/snap/bin/chromium',
  '/usr/local/bin/chromium', // FreeBSD
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/opt/google/chrome/chrome',
  '/usr/bin/microsoft-edge-stable',
  '/usr/bin/microsoft-edge',
];

const MAC_APPS = [
  'Chromium.app/Contents/MacOS/Chromium',
  'Google Chrome.app/Contents/MacOS/Google Chrome',
  'Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
];

const WINDOWS_APPS = ['Google\\Chrome\\Application\\chrome.exe', 'Chromium\\Application\\chrome.exe', 'Microsoft\\Edge\\Application\\msedge.exe'];

/** Windows' environment names ignore case (process.env does too there; a plain object does not). */
const envValue = (env: BrowserSearch['env'], name: string): string | undefined => {
  const key = Object.keys(env).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : env[key] || undefined;
};

/** Every path looked at, in order, for this platform (CHROMIUM_PATH aside). */
export function browserCandidates(platform: string, env: BrowserSearch['env']): string[] {
  if (platform === 'darwin') {
    const home = envValue(env, 'HOME');
    const folders = ['/Applications', ...(home ? [posix.join(home, 'Applications')] : [])];
    return MAC_APPS.flatMap((app) => folders.map((folder) => posix.join(folder, app)));
  }
  if (platform === 'win32') {
    const roots = [
      envValue(env, 'ProgramFiles') ?? 'C:\\Program Files',
      envValue(env, 'ProgramFiles(x86)') ?? 'C:\\Program Files (x86)',
      envValue(env, 'LOCALAPPDATA'),
    ].filter((root): root is string => Boolean(root));
    const unique = [...new Set(roots)];
    return WINDOWS_APPS.flatMap((app) => unique.map((root) => win32.join(root, app)));
  }
  return LINUX;
}

const INSTALL_HINT: Record<string, string> = {
  linux: 'Install Chromium (Debian/Ubuntu: `sudo apt-get install -y chromium fonts-noto-cjk poppler-utils xvfb`), Google Chrome or Microsoft Edge',
  darwin: 'Install Google Chrome, Chromium or Microsoft Edge into /Applications',
  win32: 'Install Google Chrome or Microsoft Edge',
};

/** The browser to launch, or an error saying what was looked at and how to fix it. */
export function findBrowser({ platform, env, exists }: BrowserSearch): string {
  const chosen = envValue(env, 'CHROMIUM_PATH');
  if (chosen) {
    if (exists(chosen)) return chosen;
    throw new Error(`CHROMIUM_PATH is set to ${chosen}, which does not exist; the e2e tests, screenshots and UI benchmarks need a Chromium-based browser.`);
  }
  const candidates = browserCandidates(platform, env);
  const found = candidates.find((path) => exists(path));
  if (found) return found;
  throw new Error(
    [
      'No Chromium, Google Chrome or Microsoft Edge was found; the e2e tests, screenshots and UI benchmarks need one. Looked at:',
      ...candidates.map((path) => `  ${path}`),
      `${INSTALL_HINT[platform] ?? INSTALL_HINT.linux}, or set CHROMIUM_PATH to the browser's executable.`,
    ].join('\n'),
  );
}
