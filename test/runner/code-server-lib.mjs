// Shared by the code-server runners (integration and e2e): install code-server once,
// start and stop it, open its workbench in headless Chromium, and clean up on every exit
// path. See /work/shared/real-vscode-tests.md for why code-server stands in for desktop
// VS Code on machines without access to Microsoft's download service.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, openSync, closeSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root (this file lives in test/runner/). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The newest code-server that runs on Node 20 (VS Code 1.100.3). */
export const CODE_SERVER_VERSION = '4.100.3';

/** Everything the runners download or create lives here (git-ignored). */
export const cacheDir = join(repoRoot, '.vscode-test');
const installDir = join(cacheDir, 'code-server');
const installMarker = join(installDir, `.installed-${CODE_SERVER_VERSION}`);
const codeServerEntry = join(installDir, 'node_modules/code-server/out/node/entry.js');

/** Debian's Chromium; override with CHROMIUM_PATH. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run',
  '--disable-dev-shm-usage']; // containers often have a tiny /dev/shm

/** Prints a runner message, marked so it stands apart from VS Code's own output. */
export function log(message) {
  console.log(`[runner] ${message}`);
}

// ---------------------------------------------------------------------------------------
// Cleanup: every resource registers how to release itself; `main` runs them on success,
// failure, uncaught errors and SIGINT/SIGTERM.

const cleanups = [];

/**
 * Registers `fn` to run (in reverse order of registration) when the runner ends; it gets
 * the exit code (0 when everything passed).
 */
export function onCleanup(fn) {
  cleanups.push(fn);
}

let cleaningUp;
async function runCleanups(code) {
  cleaningUp ??= (async () => {
    while (cleanups.length > 0) {
      const fn = cleanups.pop();
      try {
        await fn(code);
      } catch (err) {
        console.error(`[runner] cleanup failed: ${err instanceof Error ? err.message : err}`);
      }
    }
  })();
  return cleaningUp;
}

/**
 * Runs `body` and exits with its result (a number: 0 passes). Any exception, signal or
 * failure still releases the server and the browser before the process exits.
 */
export function main(body) {
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]]) {
    process.once(signal, () => {
      console.error(`[runner] ${signal}: stopping`);
      void runCleanups(code).finally(() => process.exit(code));
    });
  }
  body()
    .then((code) => code, (err) => {
      console.error(`[runner] ${err instanceof Error ? err.stack ?? err.message : err}`);
      return 1;
    })
    .then(async (code) => {
      await runCleanups(code);
      process.exit(code);
    });
}

// ---------------------------------------------------------------------------------------
// Processes

/**
 * Environment for nested commands, without the settings an outer `npm run`/`npm exec`
 * passes down: `npm_config_local_prefix` would make `npm install` in a subfolder install
 * into the repository, and `npm_config_call` breaks the `npx` that node-pty's install
 * script runs.
 */
function childEnv(extra = {}) {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^npm_(config_(local_prefix|yes|call|package)$|package_|lifecycle_)/i.test(key)) delete env[key];
  }
  return { ...env, ...extra };
}

/** Runs a command to completion with inherited output; throws when it fails. */
export function run(command, args, { cwd = repoRoot, env = {} } = {}) {
  const started = Date.now();
  const result = spawnSync(command, args, { cwd, env: childEnv(env), stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    throw new Error(`\`${command} ${args.join(' ')}\` (in ${cwd}) exited with ${result.status ?? result.signal}`);
  }
  return Date.now() - started;
}

/** Bundles the extension, the CLI and the tests so the runners never use stale output. */
export function build() {
  run(process.execPath, ['scripts/build.mjs']);
  for (const file of ['dist/extension.js', 'out/test/integration/index.js']) {
    if (!existsSync(join(repoRoot, file))) throw new Error(`build did not produce ${file}`);
  }
}

// ---------------------------------------------------------------------------------------
// Install

/**
 * Installs code-server into .vscode-test/code-server in the steps the shared note gives
 * (its own postinstall downloads ripgrep from GitHub, which is unreachable here). A
 * marker written after the last step makes later runs skip it; a half-finished install
 * is removed and redone.
 */
export function installCodeServer() {
  if (existsSync(installMarker)) {
    log(`code-server ${CODE_SERVER_VERSION} already installed in ${installDir}`);
    return;
  }
  const rg = spawnSync('sh', ['-c', 'command -v rg'], { encoding: 'utf8' }).stdout.trim();
  if (!rg) throw new Error('ripgrep (`rg`) is required to install code-server: apt-get install -y ripgrep');

  log(`installing code-server ${CODE_SERVER_VERSION} into ${installDir}`);
  const started = Date.now();
  rmSync(installDir, { recursive: true, force: true });
  mkdirSync(installDir, { recursive: true });
  writeFileSync(join(installDir, 'package.json'), JSON.stringify({ name: 'code-server-cache', private: true }, null, 2));

  const npm = 'npm';
  const quiet = ['--no-audit', '--no-fund'];
  const vscodeDir = join(installDir, 'node_modules/code-server/lib/vscode');
  run(npm, ['install', ...quiet, '--ignore-scripts', `code-server@${CODE_SERVER_VERSION}`], { cwd: installDir });
  run(npm, ['rebuild', 'argon2'], { cwd: installDir, env: { npm_config_yes: 'true' } });
  run(npm, ['install', ...quiet, '--omit=dev', '--ignore-scripts'], { cwd: vscodeDir });
  const rgBin = join(vscodeDir, 'node_modules/@vscode/ripgrep/bin');
  mkdirSync(rgBin, { recursive: true });
  copyFileSync(rg, join(rgBin, 'rg'));
  run(npm, ['rebuild'], { cwd: vscodeDir, env: { npm_config_yes: 'true' } });
  run('ln', ['-sfn', 'node_modules', 'node_modules.asar'], { cwd: vscodeDir });
  run(npm, ['install', ...quiet, '--omit=dev', '--ignore-scripts'], { cwd: join(vscodeDir, 'extensions') });

  writeFileSync(installMarker, `${new Date().toISOString()}\n`);
  log(`code-server installed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

/** Runs the installed code-server CLI (e.g. `--install-extension`) to completion. */
export function codeServerCli(args) {
  return run(process.execPath, [codeServerEntry, ...args]);
}

// ---------------------------------------------------------------------------------------
// Server

/** A TCP port on 127.0.0.1 that nothing listens on right now. */
export function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

/**
 * Fresh user-data and extensions folders for one run, under .vscode-test/runs/NAME-PID
 * (so runs started at the same time do not share them), with the settings that keep
 * dialogs, welcome pages and unrelated notifications (the fixtures folder sits inside
 * this git repository) out of the tests' way, plus `settings`. Removed after a run that
 * passed; kept, with the server log, after one that did not.
 */
export function freshProfile(name, settings = {}) {
  const root = join(cacheDir, 'runs', `${name}-${process.pid}`);
  rmSync(root, { recursive: true, force: true });
  onCleanup((code) => {
    if (code === 0) rmSync(root, { recursive: true, force: true });
    else log(`profile and server log kept in ${root}`);
  });
  const userDataDir = join(root, 'user-data');
  const extensionsDir = join(root, 'extensions');
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  writeFileSync(join(userDataDir, 'User/settings.json'), JSON.stringify({
    'security.workspace.trust.enabled': false,
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'telemetry.telemetryLevel': 'off',
    'git.openRepositoryInParentFolders': 'never',
    ...settings,
  }, null, 2));
  return { root, userDataDir, extensionsDir };
}

/**
 * The user setting that moves this extension from code-server's Node extension host to
 * its web-worker extension host (the one VS Code for the Web has). The workbench ignores
 * `extensionDevelopmentKind` in the URL payload (VS Code 1.100), so this is the way for
 * an extension under development too.
 */
export function webHostSettings() {
  const { publisher, name } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
  return { 'remote.extensionKind': { [`${publisher}.${name}`]: ['web'] } };
}

/** Resolves when `http://127.0.0.1:port/` answers (code-server redirects `/` with 302). */
function answers(port) {
  return new Promise((resolveAnswer) => {
    const request = get({ host: '127.0.0.1', port, path: '/', timeout: 2000 }, (response) => {
      response.resume();
      resolveAnswer(response.statusCode !== undefined && response.statusCode < 500);
    });
    request.on('error', () => resolveAnswer(false));
    request.on('timeout', () => { request.destroy(); resolveAnswer(false); });
  });
}

/**
 * Starts code-server on 127.0.0.1 with the given profile and folder, waits until it
 * answers, and registers its shutdown (`stop()` ends it earlier). It runs in its own
 * process group so stopping it (by its pid) also stops the extension hosts it forked.
 */
export async function startCodeServer({ userDataDir, extensionsDir, folder, logFile, readyTimeoutMs = 60_000 }) {
  if (!existsSync(codeServerEntry)) throw new Error('code-server is not installed; call installCodeServer() first');
  const port = await freePort();
  const out = openSync(logFile, 'w');
  const child = spawn(process.execPath, [codeServerEntry,
    '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, folder,
  ], { cwd: repoRoot, env: childEnv(), stdio: ['ignore', out, out], detached: true });
  closeSync(out);
  let exited = child.exitCode !== null;
  const exit = new Promise((resolveExit) => child.once('exit', (code, signal) => { exited = true; resolveExit(code ?? signal); }));
  const stop = () => stopProcessGroup(child.pid, exit, () => exited, 'code-server');
  onCleanup(stop);
  log(`code-server pid ${child.pid} on http://127.0.0.1:${port} (log: ${logFile})`);

  const deadline = Date.now() + readyTimeoutMs;
  while (!(await answers(port))) {
    if (exited) throw new Error(`code-server exited before answering:\n${tail(logFile)}`);
    if (Date.now() > deadline) throw new Error(`code-server did not answer within ${readyTimeoutMs} ms:\n${tail(logFile)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return { port, pid: child.pid, url: `http://127.0.0.1:${port}`, stop };
}

/** SIGTERM to the process group led by `pid`; SIGKILL if it is still there after 5 s. */
async function stopProcessGroup(pid, exit, hasExited, name) {
  if (hasExited()) return;
  const signalGroup = (signal) => {
    try {
      process.kill(-pid, signal);
    } catch (err) {
      if (err.code !== 'ESRCH') throw err;
    }
  };
  signalGroup('SIGTERM');
  await Promise.race([exit, new Promise((r) => setTimeout(r, 5000))]);
  signalGroup('SIGKILL'); // leader gone or stuck: no forked extension host may outlive it
  log(`${name} (pid ${pid}) stopped`);
}

/** The last lines of a log file, for error messages. */
export function tail(file, lines = 40) {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

// ---------------------------------------------------------------------------------------
// Browser

/** Launches headless Debian Chromium through playwright-core and registers its closing. */
export async function launchBrowser() {
  if (!existsSync(chromiumPath)) {
    throw new Error(`Chromium not found at ${chromiumPath}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  }
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
  onCleanup(() => browser.close());
  return browser;
}

/** Workbench URL opening `folder`, with optional extension-development `payload` pairs. */
export function workbenchUrl(server, folder, payload) {
  const query = new URLSearchParams({ folder });
  if (payload) query.set('payload', JSON.stringify(payload));
  return `${server.url}/?${query}`;
}

/** A path on the server as the `vscode-remote://` URI the web workbench expects in payloads. */
export function remoteUri(server, path) {
  return `vscode-remote://127.0.0.1:${server.port}${path}`;
}
