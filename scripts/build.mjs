// Bundles the extension, the CLI and the integration-test suites with esbuild.
// `--production` minifies and drops source maps (what `vsce package` ships);
// `--watch` rebuilds on change.
import * as esbuild from 'esbuild';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

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

/** What users install: the extension host entry and the command-line tool. */
const shipped = [
  { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
];

/** Every `.ts` file under `dir`, recursively. */
function tsFiles(dir) {
  return readdirSync(dir, { recursive: true })
    .map((f) => join(dir, String(f)))
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'));
}

/**
 * Tests, never shipped: unit tests run by mocha on plain Node; integration suites run
 * inside VS Code's extension host (where `vscode` is provided and mocha is loaded from
 * this repository's node_modules).
 */
const testOptions = { ...common, sourcemap: 'inline', minify: false, outbase: 'test', outdir: 'out/test' };
const tests = [
  { ...testOptions, entryPoints: tsFiles('test/unit'), external: ['mocha'] },
  { ...testOptions, entryPoints: tsFiles('test/integration'), external: ['vscode', 'mocha'] },
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
