// ESLint 9 flat config. Its main job is the architecture's import boundaries:
// - src/core is the pure engine: neither `vscode` nor Node built-ins (it runs in the CLI,
//   the worker thread, a Web Worker);
// - src/editor and the host side of src/worker run in the web extension host too: no
//   Node built-ins nor Node-only globals (process, Buffer, setImmediate…), except in the
//   one seam that starts the worker thread (startNode.ts, which the web build replaces)
//   and the Node worker entry (node.ts);
// - the worker side (server, protocol, entries) never imports `vscode`;
// - the integration suites use no Node-only globals (they run in the web host too).
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [...builtinModules.flatMap((m) => [m, `${m}/*`]), 'node:*'];
const noNode = { group: nodeBuiltins, message: 'Node built-ins are not available in the web extension host or the engine; go through a platform seam.' };
const noVscode = { name: 'vscode', message: 'The engine and the worker are pure: no `vscode`.' };
/** Node globals a web worker lacks (the web extension host has no `setImmediate` either). */
const nodeGlobals = ['process', 'Buffer', 'setImmediate', 'clearImmediate', '__dirname', '__filename', 'global']
  .map((name) => ({ name, message: 'Not defined in the web extension host: use a web-standard API (e.g. setTimeout, Uint8Array, globalThis).' }));

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.vscode-test/**', 'src/core/lexicon/compromiseWords.ts'] },
  {
    files: ['src/**/*.ts'],
    extends: [tseslint.configs.recommended],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [noVscode], patterns: [noNode] }] },
  },
  {
    files: ['src/editor/**/*.ts', 'src/worker/**/*.ts', 'src/extension.ts'],
    ignores: ['src/worker/startNode.ts', 'src/worker/node.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [noNode] }],
      'no-restricted-globals': ['error', ...nodeGlobals],
    },
  },
  {
    // The integration suites run in the web-worker extension host too (one browser bundle;
    // scripts/build.mjs refuses a static import of a Node built-in there). Only the Node
    // host's entry point is exempt.
    files: ['test/integration/**/*.ts'],
    ignores: ['test/integration/index.ts'],
    languageOptions: { parser: tseslint.parser },
    rules: { 'no-restricted-globals': ['error', ...nodeGlobals] },
  },
  {
    files: ['src/worker/server.ts', 'src/worker/protocol.ts', 'src/worker/node.ts', 'src/worker/web.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [noVscode] }] },
  },
);
