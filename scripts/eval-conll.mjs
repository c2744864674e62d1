// `npm run eval:conll`: person / organization / place mention spans on CoNLL-2003.
// Sentences are detokenized into plain text and grouped into documents (sentences as
// paragraphs), the engine runs on each document, and its export's mention spans are
// compared with the gold PER / ORG / LOC spans, exact match per type (MISC ignored).
//   --file PATH    CoNLL file (default ../shared/conll2003/train.txt from the repository root)
//   --limit N      only the first N sentences
//   --baseline     score bare compromise instead of the engine
//   --raw          score the engine's raw mentions (Analysis.mentions) instead of its export,
//                  to measure entity recognition apart from actor/place linking
//   --json         print one JSON object
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkFlags, fmt, loadEvalLib, option, root } from './eval-bundle.mjs';

const usage = `usage: node scripts/eval-conll.mjs [--file PATH] [--limit N] [--baseline | --raw] [--json]\n`;
const argv = process.argv.slice(2);
checkFlags(argv, ['--baseline', '--raw', '--json'], ['--file', '--limit'], usage);
const file = resolve(root, option(argv, '--file', '../shared/conll2003/train.txt'));
const limitArg = option(argv, '--limit', undefined);
const limit = limitArg === undefined ? Infinity : Number(limitArg);
if (!(limit > 0) || (limitArg !== undefined && !Number.isInteger(limit))) {
  process.stderr.write(`--limit must be a positive whole number\n${usage}`);
  process.exit(2);
}
const baseline = argv.includes('--baseline');
const raw = argv.includes('--raw');
if (baseline && raw) {
  process.stderr.write(`--baseline and --raw exclude each other\n${usage}`);
  process.exit(2);
}
const asJson = argv.includes('--json');

if (!existsSync(file) || !statSync(file).isFile()) {
  process.stderr.write(`eval:conll: no CoNLL file at ${file} (give one with --file PATH)\n`);
  process.exit(1);
}

const lib = await loadEvalLib();
const { sentences, docStarts } = lib.parseConll(readFileSync(file, 'utf8'), limit);
const docs = lib.splitDocuments(sentences, docStarts);
const counts = lib.emptySpanCounts();
const started = performance.now();
const progress = !asJson && process.stderr.isTTY;
let lastReport = started;
docs.forEach((doc, i) => {
  const { text, gold } = lib.documentText(doc);
  const spans = raw ? lib.rawMentionSpans(text) : lib.exportSpans(baseline ? lib.baselineExport(text, null) : lib.engineExport(text, null));
  lib.scoreSpans(gold, spans, counts);
  const now = performance.now();
  if (progress && now - lastReport > 1000) {
    process.stderr.write(`\r${i + 1}/${docs.length} documents, ${((now - started) / 1000).toFixed(0)} s`);
    lastReport = now;
  }
});
if (progress) process.stderr.write('\r\x1b[K');
const seconds = (performance.now() - started) / 1000;

const overall = { tp: 0, pred: 0, gold: 0 };
for (const t of lib.SPAN_TYPES) for (const k of ['tp', 'pred', 'gold']) overall[k] += counts[t][k];
const system = baseline ? 'compromise-baseline' : raw ? 'engine-raw-mentions' : 'engine';

if (asJson) {
  const scores = Object.fromEntries([...lib.SPAN_TYPES.map((t) => [t, { ...counts[t], ...lib.prf(counts[t]) }]), ['overall', { ...overall, ...lib.prf(overall) }]]);
  process.stdout.write(JSON.stringify({ system, file, sentences: sentences.length, documents: docs.length, seconds, scores }, null, 2) + '\n');
} else {
  const lines = [`${system} on ${file}: ${sentences.length} sentences, ${docs.length} documents, ${seconds.toFixed(1)} s`, 'type       P      R      F1     tp/pred/gold'];
  for (const [label, c] of [...lib.SPAN_TYPES.map((t) => [t, counts[t]]), ['overall', overall]]) {
    const s = lib.prf(c);
    lines.push(`${label.padEnd(8)} ${fmt(s.p)}  ${fmt(s.r)}  ${fmt(s.f1)}  ${c.tp}/${c.pred}/${c.gold}`);
  }
  process.stdout.write(lines.join('\n') + '\n');
}
