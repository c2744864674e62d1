// `npm run train [-- NAME...]`: retrains the engine's learned models from the shared data
// and writes them under src/core/models/. Each NAME is a module scripts/train-lib/NAME.ts
// exporting main(root); with no NAME, every model listed below is trained.
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { root } from './eval-bundle.mjs';

const MODELS = { entities: 'entities', speakers: 'speaker' };
const usage = `usage: node scripts/train.mjs [${Object.keys(MODELS).join('|')}]...\n`;
const asked = process.argv.slice(2);
for (const a of asked) {
  if (a === '--help' || a === '-h') {
    process.stdout.write(usage);
    process.exit(0);
  }
  if (!(a in MODELS)) {
    process.stderr.write(`unknown model: ${a}\n${usage}`);
    process.exit(2);
  }
}
const names = asked.length ? asked : Object.keys(MODELS).filter((n) => existsSync(join(root, `scripts/train-lib/${MODELS[n]}.ts`)));
for (const name of names) {
  const entry = `scripts/train-lib/${MODELS[name]}.ts`;
  if (!existsSync(join(root, entry))) {
    process.stderr.write(`train: ${entry} does not exist on this branch\n`);
    process.exit(1);
  }
  const outfile = join(root, `out/train/${MODELS[name]}.js`);
  await esbuild.build({
    absWorkingDir: root, entryPoints: [entry], outfile, bundle: true, platform: 'node', format: 'cjs',
    target: 'node20', sourcemap: 'linked', logLevel: 'warning', legalComments: 'none',
  });
  createRequire(import.meta.url)(outfile).main(root);
}
