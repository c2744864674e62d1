// Builds what the benchmark loads: the bench bundle (engine, incremental analyser, sliced
// driver, bare compromise), an engine-only bundle for cold starts, and the extension
// bundle built as for packaging (for activation time and size), and the CLI (for --jobs).
import * as esbuild from 'esbuild';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { root } from '../eval-bundle.mjs';

const common = { absWorkingDir: root, bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'warning', legalComments: 'none' };

export async function buildBenchBundles() {
  await Promise.all([
    esbuild.build({ ...common, entryPoints: ['scripts/bench-lib/index.ts'], outfile: join(root, 'out/bench/lib.js'), sourcemap: 'linked' }),
    esbuild.build({ ...common, entryPoints: ['src/core/index.ts'], outfile: join(root, 'out/bench/engine.js'), minify: true }),
    // As scripts/build.mjs builds it for packaging, but into out/ so dist/ is left alone.
    esbuild.build({ ...common, entryPoints: ['src/extension.ts'], outfile: join(root, 'out/bench/extension.js'), external: ['vscode'], minify: true }),
    // The host side of the engine and its worker thread, for the host-stall figure.
    esbuild.build({ ...common, entryPoints: ['scripts/bench-lib/host.ts'], outfile: join(root, 'out/bench/host.js'), minify: true }),
    esbuild.build({ ...common, entryPoints: ['src/worker/node.ts'], outfile: join(root, 'out/bench/worker.js'), minify: true }),
    // The command-line tool as shipped, for the --jobs figures.
    esbuild.build({ ...common, entryPoints: ['src/cli/main.ts'], outfile: join(root, 'out/bench/cli.js'), minify: true }),
  ]);
}

export function loadBenchLib() {
  return createRequire(import.meta.url)(join(root, 'out/bench/lib.js'));
}
