// `npm run train [-- NAME...]`: trains the engine's learned models and writes their committed
// weight files. Each trainer is named; with no name, all of them run.
//   entities   the entity-type model (src/core/models/entity-type.json) from CoNLL-2003
//              (../shared/conll2003/train.txt, scored on valid.txt) and the annotated news
//              sets of scripts/train-lib/entities.ts (NL_NEWS_REPEAT=N overrides how often
//              each news example is repeated, for trying values)
//   speakers   the speaker ranker (src/core/models/speaker.json) from PolNeAR: articles split
//              by a hash of their name into train / dev / test (scripts/train-lib/speaker.ts)
// Deterministic: the same data and code give the same files, byte for byte.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadBundle, root } from './eval-bundle.mjs';

const usage = 'usage: node scripts/train.mjs [entities|speakers]...\n';

/** Builds `out/train/lib.js` (scripts/train-lib with the engine) and returns its exports. */
const loadTrainLib = () => loadBundle('scripts/train-lib/index.ts', 'out/train/lib.js');

/** The path of `path` under ../shared; exits with one line when the checkout has no such data. */
function sharedPath(path) {
  const file = join(root, '..', 'shared', path);
  if (!existsSync(file)) {
    process.stderr.write(`train: no ${path} under ../shared (the training data is not in this checkout)\n`);
    process.exit(1);
  }
  return file;
}

const readShared = (path) => readFileSync(sharedPath(path), 'utf8');

const trainers = {
  async entities(lib) {
    const started = performance.now();
    const repeat = Number(process.env.NL_NEWS_REPEAT ?? lib.NEWS_REPEAT);
    const news = lib.loadNews(root, repeat);
    if (!news) {
      process.stderr.write(`train: a news folder of ${[...lib.NEWS_TRAIN, ...lib.NEWS_VALID].join(', ')} is missing\n`);
      process.exit(1);
    }
    const { data } = lib.trainEntities(
      readShared('conll2003/train.txt'),
      readShared('conll2003/valid.txt'),
      undefined,
      { train: 'conll2003/train.txt', valid: 'conll2003/valid.txt', ...lib.newsSources(repeat) },
      news,
    );
    const out = join(root, 'src/core/models/entity-type.json');
    const text = lib.serialiseModel(data);
    writeFileSync(out, text);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    process.stdout.write(`entities: ${Object.keys(data.weights).length} features, ${(text.length / 1024).toFixed(0)} KB -> src/core/models/entity-type.json (${seconds} s)\n`);
    if (data.meta.newsValid) {
      for (const who of ['rules', 'model']) {
        const s = data.meta.newsValid[who];
        process.stdout.write(`  news-valid ${who.padEnd(5)} PER ${s.PER.f1.toFixed(3)}  ORG ${s.ORG.f1.toFixed(3)}  LOC ${s.LOC.f1.toFixed(3)}  overall ${s.overall.f1.toFixed(3)} (P ${s.overall.p.toFixed(3)} R ${s.overall.r.toFixed(3)})  override ${data.meta.override} veto ${data.meta.veto}\n`);
      }
    }
    for (const split of ['train', 'valid']) {
      for (const who of ['rules', 'model']) {
        const s = data.meta[split][who];
        process.stdout.write(`  ${split.padEnd(5)} ${who.padEnd(5)} PER ${s.PER.f1.toFixed(3)}  ORG ${s.ORG.f1.toFixed(3)}  LOC ${s.LOC.f1.toFixed(3)}  overall ${s.overall.f1.toFixed(3)} (P ${s.overall.p.toFixed(3)} R ${s.overall.r.toFixed(3)}; reachable R ${s.reachable.r.toFixed(3)})\n`);
      }
    }
  },
  async speakers(lib) {
    sharedPath('attribution/polnear-train');
    lib.trainSpeakers(root);
  },
};

const names = process.argv.slice(2);
for (const n of names) {
  if (n === '--help' || n === '-h') {
    process.stdout.write(usage);
    process.exit(0);
  }
  if (!(n in trainers)) {
    process.stderr.write(`train: no trainer named ${n} (known: ${Object.keys(trainers).join(', ')})\n${usage}`);
    process.exit(2);
  }
}
// Each trainer gets the engine as it is now: the speaker ranker reads the entity types, so it
// must see the entity model the trainer before it just wrote, not the one committed before.
for (const n of names.length ? names : Object.keys(trainers)) await trainers[n](await loadTrainLib());
