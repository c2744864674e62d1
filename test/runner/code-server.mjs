// Runs an extension-host test suite inside a real VS Code (code-server + headless
// Chromium), in both of its extension hosts, one after the other: `node
// test/runner/code-server.mjs integration` runs out/test/integration/index.js in the Node
// extension host (desktop VS Code's), then out/test/integration-web/index.js (the same
// suites bundled for the browser) in the web-worker extension host (VS Code for the
// Web's), each time with this repository as the extension under development and
// test/fixtures as the workspace folder. `--host=node` or `--host=web` runs only one.
// Exits 0 only when every test passed in every host.
//
// Environment: TEST_TIMEOUT_MS (per host; default 300000), CHROMIUM_PATH (default /usr/bin/chromium).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';
import {
  build, installCodeServer, launchBrowser, log, main, remoteUri, repoRoot, startCodeServer, freshProfile,
  webHostSettings, workbenchUrl,
} from './code-server-lib.mjs';

/**
 * Forwards the page's console to stdout/stderr, in order, as Node would print it. The
 * workbench relays the extension host's console as `console.log('%c LEVEL', css, format,
 * ...args)`: the level prefix is dropped and the rest formatted, so mocha's report reads
 * as in a terminal. Lines opening with the suites' `[failed]` mark (one per failed test)
 * are also kept in `failed`, for the end of the report. Returns a function that resolves
 * once everything so far is printed.
 */
function forwardConsole(page, failed) {
  let printed = Promise.resolve();
  page.on('console', (message) => {
    const values = Promise.all(message.args().map((arg) => arg.jsonValue()))
      .catch(() => [message.text()]); // the page navigated or closed meanwhile
    printed = printed.then(async () => {
      let args = await values;
      if (typeof args[0] === 'string' && args[0].startsWith('%c')) args = args.slice(2);
      const text = format(...args);
      (message.type() === 'error' ? console.error : console.log)(text);
      for (const line of text.split('\n')) {
        if (line.startsWith(FAILED_MARK) && !failed.includes(line)) failed.push(line);
      }
    });
  });
  return () => printed;
}

/** The mark test/integration/outcome.ts puts before each failed test's line. */
const FAILED_MARK = '[failed]';

const args = process.argv.slice(2);
const suite = args.find((arg) => !arg.startsWith('--')) ?? 'integration';
const hostArg = args.find((arg) => arg.startsWith('--host='))?.slice('--host='.length);
const timeoutMs = Number(process.env.TEST_TIMEOUT_MS ?? 300_000);
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

/**
 * The extension hosts a run covers: for each, its test entry point and the user settings
 * that put the extension under development there.
 */
const hosts = {
  node: { entry: join(repoRoot, 'out/test', suite, 'index.js'), settings: {} },
  web: { entry: join(repoRoot, 'out/test', `${suite}-web`, 'index.js'), settings: webHostSettings() },
};

main(async () => {
  const started = Date.now();
  const chosen = hostArg ? [hostArg] : Object.keys(hosts);
  for (const host of chosen) {
    if (!hosts[host]) throw new Error(`unknown host "${host}" (--host=node or --host=web)`);
  }

  build();
  for (const host of chosen) {
    if (!existsSync(hosts[host].entry)) throw new Error(`no test entry point at ${hosts[host].entry} (unknown suite "${suite}"?)`);
  }
  installCodeServer();
  const browser = await launchBrowser();

  // Every host runs even when one fails, so a report names all that is broken.
  const results = [];
  for (const host of chosen) results.push({ host, ...(await runIn(browser, host)) });

  // Last, so that a log cut to its tail still says what failed where.
  for (const { host, summary, failed } of results) {
    log(`${host} host: ${summary}`);
    for (const line of failed) log(`  ${line}`);
  }
  const passed = results.every((r) => r.passed);
  log(`${suite} tests ${passed ? 'passed' : 'FAILED'} in ${seconds(started)}`);
  return passed ? 0 : 1;
});

/**
 * Runs the suite in one extension host: a code-server of its own (a fresh profile, with
 * the host's settings), the workbench in a new page of `browser`, the test entry point in
 * the URL payload. Resolves with whether every test passed; the server is stopped after.
 */
async function runIn(browser, host) {
  const started = Date.now();
  const { entry, settings } = hosts[host];
  const profile = freshProfile(`${suite}-${host}`, settings);
  const folder = join(repoRoot, 'test/fixtures');
  const server = await startCodeServer({ ...profile, folder, logFile: join(profile.root, 'code-server.log') });
  log(`${host} host: code-server ready after ${seconds(started)}`);

  const page = await browser.newPage();
  const failed = [];
  const allPrinted = forwardConsole(page, failed);
  page.on('pageerror', (error) => console.error(`[page error] ${error.message}`));

  // The workbench calls window.codeAutomationExit(code) when the test run ends.
  const exitCode = new Promise((resolve) => void page.exposeFunction('codeAutomationExit', resolve));
  await page.goto(workbenchUrl(server, folder, [
    ['extensionDevelopmentPath', remoteUri(server, repoRoot)],
    ['extensionTestsPath', remoteUri(server, entry)],
  ]));
  log(`running ${suite} tests in the ${host} extension host (timeout ${timeoutMs / 1000} s)`);

  let timer;
  const timedOut = new Promise((resolve) => { timer = setTimeout(() => resolve('timeout'), timeoutMs); });
  const crashed = new Promise((resolve) => page.once('crash', () => resolve('crash')));
  const code = await Promise.race([exitCode, timedOut, crashed]);
  clearTimeout(timer);
  await Promise.race([allPrinted(), new Promise((resolve) => setTimeout(resolve, 5000))]); // never hang on a stuck page
  await page.close();
  await server.stop();

  if (code === 'timeout' || code === 'crash') {
    return { passed: false, failed, summary: `FAILED: the tests did not finish (${code === 'crash' ? 'the page crashed' : `timeout of ${timeoutMs / 1000} s`})` };
  }
  return { passed: code === 0, failed, summary: `${code === 0 ? 'passed' : `FAILED (exit code ${code})`} in ${seconds(started)}` };
}
