import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import { settle } from './outcome';

/**
 * The `extensionTestsPath` entry point of the Node extension host (web/index.ts is the
 * web-worker host's): VS Code loads this module in the extension host and awaits
 * `run()`. It runs every `*.test.js` suite beside it with mocha (bdd, spec reporter on
 * the console, which the code-server runner forwards to stdout) and rejects when a test
 * fails or when there is nothing to run, so the host exits non-zero.
 */
export function run(): Promise<void> {
  const unhandled = watchUnhandledRejections();
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: !('NO_COLOR' in process.env), timeout: 20_000 });
  const files = readdirSync(__dirname, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.test.js'))
    .sort();
  if (files.length === 0) return Promise.reject(new Error(`no integration suites (*.test.js) in ${__dirname}`));
  for (const file of files) mocha.addFile(path.join(__dirname, file));

  return settle((done) => mocha.run(done), () => unhandled.stop());
}

/**
 * Records unhandled promise rejections raised by News Lens (the extension bundle or
 * these suites) while the suites run; the extension host only logs them, so without
 * this a forgotten `await` would pass unnoticed. Other extensions' rejections are ignored.
 */
function watchUnhandledRejections(): { stop(): string[] } {
  const root = path.resolve(__dirname, '../../..');
  const ours: string[] = [];
  const listener = (reason: unknown) => {
    const stack = reason instanceof Error ? (reason.stack ?? reason.message) : String(reason);
    if (stack.includes(root)) ours.push(stack);
  };
  process.on('unhandledRejection', listener);
  return {
    stop() {
      process.off('unhandledRejection', listener);
      return ours;
    },
  };
}
