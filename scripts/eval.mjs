// `npm run eval`: scores the engine on the gold corpus exactly as corpus/EVALUATION.md
// defines (scorer: scripts/eval-lib/score.ts), through the public export format.
//   --corpus DIR   corpus directory (default ../shared/corpus from the repository root):
//                  NAME.txt + NAME.gold.json pairs, or NAME.txt + NAME.newslens.json (the
//                  corrections News Lens saved), whose gold is the corrected annotation
//   --write-gold   write NAME.gold.json for each corrected article that has none
//   --baseline     score bare compromise instead of the engine (scorer sanity check)
//   --json         print one JSON object instead of tables
//   --details      also list, per file, what was missed and what was wrong
//   --only NAME    only the corpus file NAME (repeatable)
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { checkFlags, fmt, loadEvalLib, option, root } from './eval-bundle.mjs';

const usage = `usage: node scripts/eval.mjs [--corpus DIR] [--baseline] [--json] [--details] [--write-gold] [--only NAME]...\n`;
const argv = process.argv.slice(2);
checkFlags(argv, ['--baseline', '--json', '--details', '--write-gold'], ['--corpus', '--only'], usage);
const writeGold = argv.includes('--write-gold');
const only = argv.flatMap((a, i) => (a === '--only' ? [String(argv[i + 1]).replace(/(\.gold\.json|\.txt)$/, '')] : []));
const withDetails = argv.includes('--details');
const corpus = resolve(root, option(argv, '--corpus', '../shared/corpus'));
const baseline = argv.includes('--baseline');
const asJson = argv.includes('--json');

if (!existsSync(corpus) || !statSync(corpus).isDirectory()) {
  process.stderr.write(`eval: no corpus at ${corpus} (give one with --corpus DIR; it holds NAME.txt + NAME.gold.json pairs)\n`);
  process.exit(1);
}
// A gold file wins over a sidecar; a sidecar alone makes the corrected annotation the gold.
const GOLD = /\.(gold|newslens)\.json$/;
const names = [...new Set(readdirSync(corpus).filter((f) => GOLD.test(f) && existsSync(join(corpus, f.replace(GOLD, '.txt')))).map((f) => f.replace(GOLD, '')))]
  .filter((n) => only.length === 0 || only.includes(n))
  .sort();
if (names.length === 0) {
  const what = only.length ? `no NAME.txt + NAME.gold.json (or NAME.newslens.json) named ${only.join(', ')}` : 'no NAME.txt + NAME.gold.json (or NAME.newslens.json) pairs';
  process.stderr.write(`eval: ${corpus} holds ${what}\n`);
  process.exit(1);
}

const lib = await loadEvalLib();
const files = [];
const total = lib.emptyCounts();
const started = performance.now();
for (const name of names) {
  // Offsets are into the text as an editor shows it: BOM removed, line endings kept.
  const text = readFileSync(join(corpus, `${name}.txt`), 'utf8').replace(/^\uFEFF/, '');
  const goldFile = join(corpus, `${name}.gold.json`);
  let gold;
  if (existsSync(goldFile)) {
    gold = JSON.parse(readFileSync(goldFile, 'utf8'));
  } else {
    const sidecar = join(corpus, `${name}.newslens.json`);
    try {
      const corrected = lib.correctedGold(text, readFileSync(sidecar, 'utf8'), `${name}.txt`);
      gold = corrected.gold;
      if (corrected.stale) process.stderr.write(`eval: ${sidecar}: ${corrected.stale} correction(s) not found in the text, left out of the gold\n`);
    } catch (error) {
      process.stderr.write(`eval: ${sidecar}: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    }
    if (writeGold) {
      writeFileSync(goldFile, `${JSON.stringify(gold, null, 2)}\n`, { flag: 'wx' });
      process.stderr.write(`eval: wrote ${goldFile}\n`);
    }
  }
  const t0 = performance.now();
  const pred = baseline ? lib.baselineExport(text, `${name}.txt`) : lib.engineExport(text, `${name}.txt`);
  const ms = performance.now() - t0;
  const details = lib.emptyDetails();
  const counts = lib.scoreDocument(text, gold, pred, details);
  lib.addCounts(total, counts);
  files.push({ name, ms, counts, details });
}

const summary = (c) => ({
  actors: lib.prf(c.actors),
  actorsTyped: lib.prf(c.actorsTyped),
  roles: lib.accuracy(c.roles),
  places: lib.prf(c.places),
  quotes: lib.prf(c.quotes),
  attribution: lib.accuracy(c.attribution),
  headlines: lib.prf(c.headlines),
  subheads: lib.prf(c.subheads),
});

if (asJson) {
  const out = {
    system: baseline ? 'compromise-baseline' : 'engine',
    corpus,
    files: files.map((f) => ({ name: f.name, ms: Math.round(f.ms), counts: f.counts, scores: summary(f.counts), ...(withDetails ? { details: f.details } : {}) })),
    total: { counts: total, scores: summary(total) },
  };
  process.stdout.write(JSON.stringify(out, null, 2) + '\n');
} else {
  const prfCell = (x) => `${fmt(lib.prf(x).f1)} ${`${x.tp}/${x.pred}/${x.gold}`.padStart(9)}`;
  const accCell = (x) => `${fmt(lib.accuracy(x))} ${`${x.correct}/${x.total}`.padStart(7)}`;
  const cols = [
    ['actors F1 tp/p/g', (c) => prfCell(c.actors)],
    ['typed F1', (c) => prfCell(c.actorsTyped)],
    ['roles acc', (c) => accCell(c.roles)],
    ['places F1', (c) => prfCell(c.places)],
    ['quotes F1', (c) => prfCell(c.quotes)],
    ['attrib acc', (c) => accCell(c.attribution)],
    ['headlines F1', (c) => prfCell(c.headlines)],
    ['subheads F1', (c) => prfCell(c.subheads)],
  ];
  const width = Math.max(...names.map((n) => n.length), 5);
  const cellWidth = (i) => Math.max(cols[i][0].length, i === 2 || i === 5 ? 13 : 15);
  const row = (label, cells) => [label.padEnd(width), ...cells.map((c, i) => c.padStart(cellWidth(i)))].join('  ');
  const lines = [
    `${baseline ? 'compromise baseline' : 'engine'} on ${basename(corpus)} (${names.length} files)`,
    row('file', cols.map(([h]) => h)),
  ];
  for (const f of files) lines.push(row(f.name, cols.map(([, cell]) => cell(f.counts))));
  lines.push(row('TOTAL', cols.map(([, cell]) => cell(total))));
  lines.push('');
  lines.push('totals          P      R      F1');
  for (const [label, key] of [['actors', 'actors'], ['actors typed', 'actorsTyped'], ['places', 'places'], ['quotes', 'quotes'], ['headlines', 'headlines'], ['subheads', 'subheads']]) {
    const s = lib.prf(total[key]);
    lines.push(`${label.padEnd(14)} ${fmt(s.p)}  ${fmt(s.r)}  ${fmt(s.f1)}`);
  }
  lines.push(`${'roles'.padEnd(14)} accuracy ${fmt(lib.accuracy(total.roles))} (${total.roles.correct}/${total.roles.total})`);
  lines.push(`${'attribution'.padEnd(14)} accuracy ${fmt(lib.accuracy(total.attribution))} (${total.attribution.correct}/${total.attribution.total})`);
  lines.push(`time ${Math.round(performance.now() - started)} ms`);
  if (withDetails) {
    for (const f of files) {
      const d = f.details;
      const section = (label, items) => items.length && lines.push(`  ${label}:`, ...items.map((x) => `    ${x}`));
      lines.push('', `== ${f.name}`);
      section('actors missed', d.actors.missed);
      section('actors spurious', d.actors.spurious);
      section('actors of the wrong type', d.actors.wrongType);
      section('roles wrong', d.roles.map((r) => `${r.actor}: gold "${r.gold}", predicted ${r.predicted === null ? 'none' : `"${r.predicted}"`}`));
      section('places missed', d.places.missed);
      section('places spurious', d.places.spurious);
      section('quotes missed', d.quotes.missed);
      section('quotes spurious', d.quotes.spurious);
      section('attribution wrong', d.attribution.map((a) => `"${a.quote}": gold ${a.gold}, predicted ${a.predicted ?? 'none'}`));
      section('headlines missed', d.headlines.missed);
      section('headlines spurious', d.headlines.spurious);
      section('subheads missed', d.subheads.missed);
      section('subheads spurious', d.subheads.spurious);
    }
  }
  process.stdout.write(lines.join('\n') + '\n');
}
