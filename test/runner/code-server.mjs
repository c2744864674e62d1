// Runs an extension-host test suite inside a real VS Code (code-server + headless
// Chromium): `node test/runner/code-server.mjs integration` runs
// out/test/integration/index.js with this repository as the extension under development
// and test/fixtures as the workspace folder. Exits 0 only when every test passed.
//
// Environment: TEST_TIMEOUT_MS (default 300000), CHROMIUM_PATH (default /usr/bin/chromium).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';
import {
  build, installCodeServer, launchBrowser, log, main, remoteUri, repoRoot, startCodeServer, freshProfile,
  workbenchUrl,
} from './code-server-lib.mjs';

/**
 * Forwards the page's console to stdout/stderr, in order, as Node would print it. The
 * workbench relays the extension host's console as `console.log('%c LEVEL', css, format,
 * ...args)`: the level prefix is dropped and the rest formatted, so mocha's report reads
 * as in a terminal. Returns a function that resolves once everything so far is printed.
 */
function forwardConsole(page) {
  let printed = Promise.resolve();
  page.on('console', (message) => {
    const values = Promise.all(message.args().map((arg) => arg.jsonValue()))
      .catch(() => [message.text()]); // the page navigated or closed meanwhile
    printed = printed.then(async () => {
      let args = await values;
      if (typeof args[0] === 'string' && args[0].startsWith('%c')) args = args.slice(2);
      (message.type() === 'error' ? console.error : console.log)(format(...args));
    });
  });
  return () => printed;
}

const suite = process.argv[2] ?? 'integration';
const timeoutMs = Number(process.env.TEST_TIMEOUT_MS ?? 300_000);

main(async () => {
  const started = Date.now();
  const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

  build();
  const testsIndex = join(repoRoot, 'out/test', suite, 'index.js');
  if (!existsSync(testsIndex)) throw new Error(`no test entry point at ${testsIndex} (unknown suite "${suite}"?)`);

  installCodeServer();
  const profile = freshProfile(suite);
  const folder = join(repoRoot, 'test/fixtures');
  const server = await startCodeServer({ ...profile, folder, logFile: join(profile.root, 'code-server.log') });
  log(`code-server ready after ${seconds(started)}`);

  const browser = await launchBrowser();
  const page = await browser.newPage();
  const allPrinted = forwardConsole(page);
  page.on('pageerror', (error) => console.error(`[page error] ${error.message}`));

  // The workbench calls window.codeAutomationExit(code) when the test run ends.
  const exitCode = new Promise((resolve) => void page.exposeFunction('codeAutomationExit', resolve));
  await page.goto(workbenchUrl(server, folder, [
    ['extensionDevelopmentPath', remoteUri(server, repoRoot)],
    ['extensionTestsPath', remoteUri(server, testsIndex)],
  ]));
  log(`running ${suite} tests in the workbench (timeout ${timeoutMs / 1000} s)`);

  let timer;
  const timedOut = new Promise((resolve) => { timer = setTimeout(() => resolve('timeout'), timeoutMs); });
  const crashed = new Promise((resolve) => page.once('crash', () => resolve('crash')));
  const code = await Promise.race([exitCode, timedOut, crashed]);
  clearTimeout(timer);
  await Promise.race([allPrinted(), new Promise((resolve) => setTimeout(resolve, 5000))]); // never hang on a stuck page

  if (code === 'timeout' || code === 'crash') {
    log(`FAILED: the ${suite} tests did not finish (${code === 'crash' ? 'the page crashed' : `timeout of ${timeoutMs / 1000} s`})`);
    return 1;
  }
  log(`${suite} tests ${code === 0 ? 'passed' : `FAILED (exit code ${code})`} in ${seconds(started)}`);
  return code === 0 ? 0 : 1;
});
