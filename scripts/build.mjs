// Bundles the extension, the CLI and the integration-test suites with esbuild.
// `--production` minifies and drops source maps (what `vsce package` ships);
// `--watch` rebuilds on change.
import * as esbuild from 'esbuild';
import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
};

/**
 * The web build's one platform seam: the host code that starts the engine worker
 * (src/worker/startNode.ts, Node's worker_threads) is replaced by its web twin
 * (startWeb.ts: a Web Worker from a blob URL).
 */
const webSeam = {
  name: 'web-seam',
  setup(build) {
    build.onResolve({ filter: /\/worker\/startNode$/ }, (args) => ({ path: join(args.resolveDir, args.path.replace(/startNode$/, 'startWeb.ts')) }));
  },
};

/** The web-worker extension host (VS Code for the Web) and the engine's Web Worker. */
const web = { ...common, platform: 'browser', format: 'cjs', target: 'es2022' };

/**
 * What users install: the extension for the Node extension host and its engine worker
 * thread, the same for the web-worker extension host, and the command-line tool.
 */
const shipped = [
  { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { ...common, entryPoints: ['src/worker/node.ts'], outfile: 'dist/worker.js' },
  { ...web, entryPoints: ['src/extension.ts'], outfile: 'dist/web/extension.js', external: ['vscode'], plugins: [webSeam] },
  { ...web, format: 'iife', entryPoints: ['src/worker/web.ts'], outfile: 'dist/web/worker.js' },
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
];

/** Every `.ts` file under `dir`, recursively. */
function tsFiles(dir) {
  return readdirSync(dir, { recursive: true })
    .map((f) => join(dir, String(f)))
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'));
}

/**
 * The web-worker host's test bundle (test/integration/web/): `news-lens:integration-suites`
 * is a module that loads every suite (a browser bundle cannot list a folder at run time);
 * `node:assert/strict` is web/assert.ts; any other Node built-in is an error, except in a
 * dynamic import, which only a test that skips itself in the web host may make.
 */
const webSuites = {
  name: 'web-suites',
  setup(build) {
    const dir = resolve('test/integration');
    const suites = tsFiles(dir).filter((f) => f.endsWith('.test.ts')).sort();
    build.onResolve({ filter: /^news-lens:integration-suites$/ }, () => ({ path: 'suites', namespace: 'web-suites' }));
    build.onLoad({ filter: /.*/, namespace: 'web-suites' }, () => ({
      contents: `export function loadSuites() {\n${suites.map((f) => `  require(${JSON.stringify(`./${relative(dir, f)}`)});`).join('\n')}\n}\n`,
      resolveDir: dir,
      loader: 'js',
    }));
    build.onResolve({ filter: /^node:/ }, (args) => {
      if (args.path === 'node:assert/strict') return { path: join(dir, 'web/assert.ts') };
      if (args.kind === 'dynamic-import') return { path: args.path, external: true };
      return { errors: [{ text: `${args.path} is not available in the web-worker host: use vscode.Uri and workspace.fs (test/integration/host.ts), or import it dynamically in a test that calls nodeHostOnly()` }] };
    });
  },
};

/**
 * Tests, never shipped: unit tests run by mocha on plain Node; integration suites run
 * inside VS Code's extension hosts: in the Node host one file per suite (`vscode` is
 * provided, mocha is loaded from this repository's node_modules); in the web-worker host
 * one browser bundle of them all with mocha's browser build.
 */
const testOptions = { ...common, sourcemap: 'inline', minify: false, outbase: 'test', outdir: 'out/test' };
const tests = [
  { ...testOptions, entryPoints: tsFiles('test/unit'), external: ['mocha'] },
  { ...testOptions, entryPoints: tsFiles('test/integration').filter((f) => !f.startsWith('test/integration/web/')), external: ['vscode', 'mocha'] },
  { ...web, minify: false, entryPoints: ['test/integration/web/index.ts'], outfile: 'out/test/integration-web/index.js', external: ['vscode'], plugins: [webSuites] },
];

/**
 * Development tools, never shipped: the evaluation bundle (engine + export + scorers)
 * that `npm run eval` and `npm run eval:conll` load, so they score what users get.
 */
const tools = [{ ...common, entryPoints: ['scripts/eval-lib/index.ts'], outfile: 'out/eval/lib.js' }];

const builds = production ? shipped : [...shipped, ...tests, ...tools];
if (watch) {
  for (const options of builds) (await esbuild.context(options)).watch();
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
