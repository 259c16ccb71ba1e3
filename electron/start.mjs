// `npm start`: check that Electron can run here, build, prepare better-sqlite3 for Electron's ABI, launch.
// node_modules/better-sqlite3 stays built for Node (the tests use it); Electron gets its own copy in .cache/.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));

function stop(sentence) {
  console.error(`\n${sentence}\n`);
  process.exit(1);
}

function electronBinary() {
  let path;
  try {
    require.resolve('electron/package.json');
  } catch {
    stop('Electron is not installed: run `npm install` with internet access, then `npm start` again.');
  }
  try {
    // In plain Node the electron package exports the path of its binary, and throws when the download never happened.
    path = require('electron');
  } catch {
    path = null;
  }
  if (typeof path !== 'string' || !existsSync(path)) {
    stop(
      "Electron's binary is not installed (its download was skipped or blocked): run `node node_modules/electron/install.js` with internet access, then `npm start` again.",
    );
  }
  return path;
}

function run(command, args, options = {}) {
  return spawnSync(command, args, { stdio: 'inherit', ...options }).status === 0;
}

function buildApp() {
  const npm = process.env.npm_execpath;
  const ok = npm && npm.endsWith('.js')
    ? run(process.execPath, [npm, 'run', 'build'], { cwd: root })
    : run(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build'], { cwd: root, shell: process.platform === 'win32' });
  if (!ok) stop('The build failed (see the errors above): fix them, then `npm start` again.');
}

/** The Node ABIs a compiled addon registers itself for (its `node_register_module_v<abi>` symbol). */
function addonAbis(path) {
  return [...new Set([...readFileSync(path).toString('latin1').matchAll(/node_register_module_v(\d+)/g)].map((m) => m[1]))];
}

/** better-sqlite3 compiled for this Electron, made once per Electron and better-sqlite3 version. */
function electronSqliteBinding(electronVersion, abi) {
  const source = dirname(require.resolve('better-sqlite3/package.json'));
  const sqliteVersion = JSON.parse(readFileSync(join(source, 'package.json'), 'utf8')).version;
  const dir = join(root, '.cache', 'electron-native', electronVersion, 'better-sqlite3');
  const binding = join(dir, 'build', 'Release', 'better_sqlite3.node');
  const marker = join(dir, '.keyplan-prepared.json');
  const wanted = JSON.stringify({ electron: electronVersion, abi, betterSqlite3: sqliteVersion, platform: process.platform, arch: process.arch });
  // An addon that names an ABI names Electron's; one built against Node's headers would crash the app at start.
  const fitsElectron = () => existsSync(binding) && addonAbis(binding).every((found) => found === abi);
  if (existsSync(marker) && readFileSync(marker, 'utf8') === wanted && fitsElectron()) return binding;

  console.log(`Preparing better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} (once)…`);
  rmSync(dir, { recursive: true, force: true });
  cpSync(source, dir, {
    recursive: true,
    filter: (path) => {
      const rel = relative(source, path);
      return rel !== 'build' && !rel.startsWith(`build${sep}`);
    },
  });
  // A configured nodedir (npm's `nodedir`, set on some offline machines) points at Node's headers, not Electron's.
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => key.toLowerCase() !== 'npm_config_nodedir'));
  const prebuilt = () =>
    run(
      process.execPath,
      [require.resolve('prebuild-install/bin.js'), '--runtime', 'electron', '--target', electronVersion, '--arch', process.arch],
      { cwd: dir, env },
    ) && fitsElectron();
  const compiled = () => {
    console.log('No prebuilt binary could be downloaded; compiling better-sqlite3 for Electron instead…');
    const args = ['rebuild', '--release', '--runtime=electron', `--target=${electronVersion}`, `--arch=${process.arch}`];
    return run(process.execPath, [require.resolve('node-gyp/bin/node-gyp.js'), ...args, '--dist-url=https://electronjs.org/headers'], { cwd: dir, env }) && fitsElectron();
  };
  const built = prebuilt() || compiled();
  if (!built) {
    stop(
      `better-sqlite3 could not be prepared for Electron ${electronVersion} (no prebuilt binary could be downloaded and compiling failed): check internet access and a C++ toolchain (python3, make, g++), then \`npm start\` again.`,
    );
  }
  writeFileSync(marker, wanted);
  return binding;
}

const electron = electronBinary();
const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
const electronAbi = readFileSync(join(dirname(require.resolve('electron/package.json')), 'abi_version'), 'utf8').trim();
buildApp();
const binding = electronSqliteBinding(electronVersion, electronAbi);

const env = { ...process.env, KEYPLAN_NATIVE_BINDING: binding };
delete env.ELECTRON_RUN_AS_NODE;
// `.` (not the bundle path) so Electron reads package.json: the app's name, and so its userData folder, is Keyplan's.
const child = spawn(electron, ['.', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 1)));
