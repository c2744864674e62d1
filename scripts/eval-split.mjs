// `npm run eval:split`: how well the anatomy stage finds articles in real news it was not
// tuned on. Every story of the directory (default ../shared/unlabelled/bbc-2004) has its
// headline on its first line. Two measurements:
//   single — each story alone: the one headline, and nothing else read as a headline;
//   pasted — 2 to 4 stories joined as a paste would join them (1 to 3 blank lines between),
//            scored by the offsets where articles start (headline P/R/F1), and the share of
//            files split exactly right;
//   bodies — single real article bodies from many outlets (default ../shared/unlabelled/
//            web-2019-bodies; all of them, they are not tuned on): how many are read as one
//            article (a split there is a subhead or a quoted post taken for a headline).
// Stories are split into a dev half (look at errors, tune) and a test half (measure only)
// by a hash of the file name, so the halves never change as the directory grows.
//   --half dev|test|all   which stories (default dev)
//   --dir DIR             stories directory
//   --bodies DIR          article bodies directory ('' to skip)
//   --details N           print up to N errors of each kind (dev half only)
//   --json                one JSON object instead of text
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkFlags, fmt, loadEvalLib, option, root } from './eval-bundle.mjs';

const usage = 'usage: node scripts/eval-split.mjs [--half dev|test|all] [--dir DIR] [--bodies DIR] [--details N] [--json]\n';
const argv = process.argv.slice(2);
checkFlags(argv, ['--json'], ['--half', '--dir', '--bodies', '--details'], usage);
const half = option(argv, '--half', 'dev');
const dir = resolve(root, option(argv, '--dir', '../shared/unlabelled/bbc-2004'));
const bodiesOption = option(argv, '--bodies', '../shared/unlabelled/web-2019-bodies');
const bodiesDir = bodiesOption ? resolve(root, bodiesOption) : null;
const detailCount = Number(option(argv, '--details', '0'));
const asJson = argv.includes('--json');
if (!['dev', 'test', 'all'].includes(half)) {
  process.stderr.write(`eval-split: --half must be dev, test or all\n`);
  process.exit(2);
}
if (half === 'test' && detailCount > 0) {
  process.stderr.write('eval-split: the test half is for measuring only (no --details)\n');
  process.exit(2);
}
if (!existsSync(dir)) {
  process.stderr.write(`eval-split: no stories at ${dir} (give a directory with --dir DIR)\n`);
  process.exit(1);
}

/** FNV-1a of a string: a stable hash for the dev/test split. */
function fnv(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** A small seeded generator (mulberry32), so every run builds the same pasted files. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const names = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .filter((f) => half === 'all' || (fnv(f) % 2 === 0) === (half === 'dev'));
const stories = names.map((name) => {
  const text = readFileSync(join(dir, name), 'utf8').replace(/^\uFEFF/, '').replace(/\s+$/, '');
  return { name, text, headline: text.split(/\r?\n/)[0].trim() };
});

const lib = await loadEvalLib();
const started = performance.now();
const errors = { singleSpurious: [], singleMissed: [], pastedSpurious: [], pastedMissed: [], bodiesSplit: [] };
const note = (list, item) => list.length < detailCount && list.push(item);

/** Counts for one text whose articles start at `gold` offsets (the headline line's start). */
function score(text, gold, onSpurious, onMissed) {
  const starts = lib.segment(text).articles.map((a) => a.headlineRange[0]);
  const want = new Set(gold);
  const got = new Set(starts);
  let tp = 0;
  for (const s of starts) {
    if (want.has(s)) tp++;
    else onSpurious(s, starts);
  }
  for (const g of gold) if (!got.has(g)) onMissed(g, starts);
  return { tp, pred: starts.length, gold: gold.length, exact: tp === gold.length && starts.length === gold.length };
}

const line = (text, at) => text.slice(at, text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at)).slice(0, 100);

const single = { tp: 0, pred: 0, gold: 0, exact: 0, files: 0 };
for (const s of stories) {
  const c = score(
    s.text,
    [0],
    (at) => note(errors.singleSpurious, `${s.name}: "${line(s.text, at)}"`),
    (_, starts) => note(errors.singleMissed, `${s.name}: read "${line(s.text, starts[0] ?? 0)}"`),
  );
  single.tp += c.tp;
  single.pred += c.pred;
  single.gold += c.gold;
  single.exact += c.exact ? 1 : 0;
  single.files++;
}

// Pasted files: the half's stories in a seeded order, taken 2 to 4 at a time.
const rnd = random(fnv(`pasted:${half}`));
const order = stories.map((_, i) => i);
for (let i = order.length - 1; i > 0; i--) {
  const j = Math.floor(rnd() * (i + 1));
  [order[i], order[j]] = [order[j], order[i]];
}
const pasted = { tp: 0, pred: 0, gold: 0, exact: 0, files: 0 };
const bySeparator = new Map();
for (let at = 0; at + 1 < order.length; ) {
  const n = Math.min(2 + Math.floor(rnd() * 3), order.length - at);
  const group = order.slice(at, at + n).map((i) => stories[i]);
  at += n;
  const blanks = 1 + Math.floor(rnd() * 3);
  const sep = '\n'.repeat(blanks + 1);
  let text = '';
  const gold = [];
  for (const s of group) {
    if (text) text += sep;
    gold.push(text.length);
    text += s.text;
  }
  const label = group.map((s) => s.name).join('+');
  const c = score(
    text,
    gold,
    (pos) => note(errors.pastedSpurious, `${label} (${blanks} blank): "${line(text, pos)}"`),
    (pos) => note(errors.pastedMissed, `${label} (${blanks} blank): "${line(text, pos)}"`),
  );
  for (const t of [pasted, bySeparator.get(blanks) ?? bySeparator.set(blanks, { tp: 0, pred: 0, gold: 0, exact: 0, files: 0 }).get(blanks)]) {
    t.tp += c.tp;
    t.pred += c.pred;
    t.gold += c.gold;
    t.exact += c.exact ? 1 : 0;
    t.files++;
  }
}

// Real article bodies, one article each.
const bodies = { files: 0, whole: 0, extra: 0 };
if (bodiesDir && existsSync(bodiesDir)) {
  for (const name of readdirSync(bodiesDir).filter((f) => f.endsWith('.txt')).sort()) {
    const text = readFileSync(join(bodiesDir, name), 'utf8').replace(/^\uFEFF/, '');
    const articles = lib.segment(text).articles;
    bodies.files++;
    if (articles.length <= 1) bodies.whole++;
    bodies.extra += Math.max(0, articles.length - 1);
    for (const a of articles.slice(1)) note(errors.bodiesSplit, `${name}: ${a.sections[0]?.rule ?? '?'} "${a.headline.slice(0, 80)}"`);
  }
}

const ms = Math.round(performance.now() - started);
const summary = (c) => ({ ...lib.prf(c), filesExact: c.files ? c.exact / c.files : 0, files: c.files, counts: { tp: c.tp, pred: c.pred, gold: c.gold } });
if (asJson) {
  const out = { dir, half, stories: stories.length, single: summary(single), pasted: summary(pasted), bodies: { dir: bodiesDir, ...bodies }, ms };
  out.pastedBySeparator = Object.fromEntries([...bySeparator].sort((a, b) => a[0] - b[0]).map(([k, v]) => [`${k} blank`, summary(v)]));
  if (detailCount > 0) out.errors = errors;
  process.stdout.write(JSON.stringify(out, null, 2) + '\n');
} else {
  const row = (label, c) => {
    const s = lib.prf(c);
    return `${label.padEnd(16)} ${fmt(s.p)}  ${fmt(s.r)}  ${fmt(s.f1)}  ${`${c.tp}/${c.pred}/${c.gold}`.padStart(15)}  ${fmt(c.exact / c.files)} of ${c.files}`;
  };
  const out = [
    `headlines of ${half} stories in ${dir} (${stories.length} stories)`,
    `${''.padEnd(16)} P      R      F1     tp/pred/gold     files split exactly right`,
    row('single', single),
    row('pasted', pasted),
    ...[...bySeparator].sort((a, b) => a[0] - b[0]).map(([k, v]) => row(`  ${k} blank line${k > 1 ? 's' : ''}`, v)),
    ...(bodies.files ? [`bodies           ${bodies.whole} of ${bodies.files} read as one article (${bodies.extra} spurious headlines) in ${bodiesDir}`] : []),
    `time ${ms} ms`,
  ];
  for (const [label, list] of Object.entries(errors)) if (list.length) out.push('', `${label}:`, ...list.map((x) => `  ${x}`));
  process.stdout.write(out.join('\n') + '\n');
}
