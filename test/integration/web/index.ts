// mocha's browser build: it defines the global `mocha` and needs no Node built-ins.
import 'mocha/mocha.js';
import { loadSuites } from 'news-lens:integration-suites';
import { extension, inWebHost } from '../host';
import { settle } from '../outcome';

/**
 * The `extensionTestsPath` entry point of the web-worker extension host (VS Code for the
 * Web), bundled for the browser with every suite in it. The host loads it and awaits
 * `run()`; mocha's spec reporter writes to the console, which the workbench page shows
 * and the code-server runner forwards to stdout. Rejects when a test fails, so the host
 * exits non-zero (reported to the page as `codeAutomationExit`).
 */
export function run(): Promise<void> {
  // A runner that forgot the setting moving the extension here would test the Node host twice.
  if (!inWebHost) return Promise.reject(new Error('the web suites were started outside the web-worker extension host'));
  const unhandled = watchUnhandledRejections(extension().extensionUri.path);
  mocha.setup({ ui: 'bdd', reporter: 'spec', color: false, timeout: 20_000 });
  loadSuites();
  return settle((done) => mocha.run(done), () => unhandled.stop());
}

/** What this file uses of the worker's global scope (the project has no DOM typings). */
interface RejectionScope {
  onunhandledrejection: ((event: { reason: unknown }) => void) | null;
}

/**
 * Records unhandled promise rejections whose stack runs through this repository (the
 * extension's web bundle or these suites, both loaded from `root`) while the suites run.
 * Through `onunhandledrejection`: the host blocks `addEventListener` for extensions.
 */
function watchUnhandledRejections(root: string): { stop(): string[] } {
  const scope = globalThis as unknown as RejectionScope;
  const previous = scope.onunhandledrejection;
  const ours: string[] = [];
  scope.onunhandledrejection = (event) => {
    const { reason } = event;
    const stack = reason instanceof Error ? (reason.stack ?? reason.message) : String(reason);
    if (stack.includes(root)) ours.push(stack);
    previous?.(event);
  };
  return {
    stop() {
      scope.onunhandledrejection = previous;
      return ours;
    },
  };
}
