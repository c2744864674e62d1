/**
 * Every integration suite (test/integration/*.test.ts), bundled into the web-worker
 * host's test file by scripts/build.mjs: a browser bundle cannot list a folder at run time.
 */
declare module 'news-lens:integration-suites' {
  /** Runs each suite's module, in file-name order, so its `describe` blocks register with mocha. */
  export function loadSuites(): void;
}
