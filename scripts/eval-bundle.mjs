// Builds and loads the evaluation bundle (scripts/eval-lib → out/eval/lib.js): the engine,
// its export and the scorers, bundled exactly as scripts/build.mjs does, so an eval run
// always scores the current sources without rebuilding (or depending on) anything else.
import * as esbuild from 'esbuild';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Bundles `entry` (a script library with the engine) into `outfile` under the root and returns its exports. */
export async function loadBundle(entry, outfile) {
  const file = join(root, outfile);
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: [entry],
    outfile: file,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: 'linked',
    logLevel: 'warning',
    legalComments: 'none',
  });
  // A fresh copy each time: a later bundle in the same run (after a trainer wrote a model) must not be the cached first one.
  const require = createRequire(import.meta.url);
  delete require.cache[file];
  return require(file);
}

/** Builds `out/eval/lib.js` and returns its exports. */
export function loadEvalLib() {
  return loadBundle('scripts/eval-lib/index.ts', 'out/eval/lib.js');
}

/** `--name value` from argv, or `fallback`. */
export function option(argv, name, fallback) {
  const i = argv.indexOf(name);
  if (i < 0) return fallback;
  const value = argv[i + 1];
  if (value === undefined || value.startsWith('--')) {
    process.stderr.write(`${name} needs a value\n`);
    process.exit(2);
  }
  return value;
}

/** Rejects flags a script does not know (exit 2), so a typo never silently changes a run. */
export function checkFlags(argv, known, valued, usage) {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--help' || a === '-h') {
      process.stdout.write(usage);
      process.exit(0);
    }
    if (!known.includes(a) && !valued.includes(a)) {
      process.stderr.write(`unknown argument: ${a}\n${usage}`);
      process.exit(2);
    }
    if (valued.includes(a)) i++;
  }
}

/** A fixed-width number for tables. */
export const fmt = (x) => x.toFixed(3);
