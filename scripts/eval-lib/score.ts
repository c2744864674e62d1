/**
 * Scores an export (annotation-format.md) against a gold annotation (corpus/FORMAT.md)
 * exactly as corpus/EVALUATION.md defines. Pure functions on plain data, so the rules are
 * unit-tested on hand-made pairs and the harness only reads files and prints.
 */
import type { ExportDocument } from '../../src/core/export';

/** A gold annotation file (`NAME.gold.json`). */
export interface GoldDocument {
  source?: string;
  articles: Array<{ headline: string; subheads: string[] }>;
  actors: Array<{ name: string; type: 'person' | 'organization'; aliases: string[]; role: string }>;
  places: string[];
  dates: string[];
  quotes: Array<{ text: string; speaker: string | null; kind: 'direct' | 'partial' | 'other' }>;
}

/**
 * Titles stripped from the start of a name, longest first, compared token by token with
 * any trailing period removed ("Lt. Gen." = "lt gen"). Generous on purpose: both sides
 * are normalised the same way, so a title stripped by mistake costs nothing.
 */
const TITLES: string[][] = [
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'doctor', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady',
  'gen', 'general', 'lt', 'lieutenant', 'col', 'colonel', 'maj', 'major', 'capt', 'captain', 'cmdr', 'commander',
  'adm', 'admiral', 'brig', 'brigadier', 'sgt', 'sergeant', 'cpl', 'corporal', 'marshal', 'field marshal',
  'air chief marshal', 'air marshal', 'president', 'vice president', 'vice-president', 'prime minister',
  'deputy prime minister', 'pm', 'minister', 'foreign minister', 'defence minister', 'defense minister',
  'finance minister', 'interior minister', 'chief minister', 'chief', 'chief executive', 'chief justice',
  'secretary', 'secretary of state', 'secretary-general', 'secretary general', 'senator', 'sen', 'rep',
  'representative', 'congressman', 'congresswoman', 'gov', 'governor', 'lt gov', 'judge', 'justice',
  'former', 'late', 'king', 'queen', 'prince', 'princess', 'emperor', 'sheikh', 'sheik', 'sultan', 'emir',
  'rev', 'reverend', 'father', 'pope', 'cardinal', 'archbishop', 'bishop', 'imam', 'rabbi', 'mayor',
  'chancellor', 'ambassador', 'envoy', 'chairman', 'chairwoman', 'chairperson', 'ceo', 'director', 'deputy',
  'acting', 'mp', 'mep', 'mla', 'inspector', 'det', 'detective', 'supt', 'superintendent', 'constable',
  'coroner', 'commissioner', 'speaker', 'spokesman', 'spokeswoman', 'spokesperson', 'coach', 'manager',
  'attorney general', 'attorney-general', 'solicitor general', 'lieutenant general', 'major general',
  'brigadier general', 'lieutenant colonel', 'lt col', 'lt gen', 'maj gen', 'brig gen', 'hon', 'honourable',
  'dato', 'datuk', 'tan sri', 'haji',
]
  .map((t) => t.split(' '))
  .sort((a, b) => b.length - a.length);

const QUOTE_CHARS = `"'“”„‟‘’‚‛«»‹›「」『』`;
const LEADING_JUNK = new RegExp(`^[\\s${QUOTE_CHARS}•·‣▪◦●*–—-]+`, 'u');
const TRAILING_JUNK = new RegExp(`[\\s${QUOTE_CHARS}.,;:!?…]+$`, 'u');

/**
 * EVALUATION.md's name normalisation: NFKC; curly apostrophes to `'`; trailing possessive
 * `'s` dropped; quotation marks, bullets and trailing punctuation trimmed; spaces
 * collapsed; lower-cased; leading titles stripped (unless nothing would be left).
 */
export function normalizeName(name: string): string {
  let s = name.normalize('NFKC').replace(/[\u2018\u2019\u201B\u02BC\u2032\u0060\u00B4]/g, "'");
  s = s.replace(LEADING_JUNK, '').replace(TRAILING_JUNK, '');
  s = s.replace(/'s$/i, '').replace(/(?<=s)'$/i, '');
  s = s.replace(LEADING_JUNK, '').replace(TRAILING_JUNK, '');
  s = s.replace(/\s+/g, ' ').trim().toLowerCase();
  let tokens = s.split(' ');
  for (;;) {
    const bare = tokens.map((t) => t.replace(/\.$/, ''));
    const title = TITLES.find((t) => t.length < tokens.length && t.every((w, i) => bare[i] === w));
    if (!title) break;
    tokens = tokens.slice(title.length);
  }
  return tokens.join(' ').replace(/^[\s,]+/, '');
}

/** The normalised alias set of an actor: its name plus its aliases, empties dropped. */
export function aliasSet(actor: { name: string; aliases: readonly string[] }): Set<string> {
  const set = new Set<string>();
  for (const n of [actor.name, ...actor.aliases]) {
    const k = normalizeName(n);
    if (k) set.add(k);
  }
  return set;
}

/** |A ∩ B| / |A ∪ B| of two sets (0 for two empty sets). */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let common = 0;
  for (const x of a) if (b.has(x)) common++;
  const union = a.size + b.size - common;
  return union === 0 ? 0 : common / union;
}

/**
 * Pairs items one-to-one, greedily by descending score (ties: earlier gold, then earlier
 * prediction); pairs scoring 0 or less never match. Returns `[goldIndex, predIndex]` pairs.
 */
export function greedyPairs(goldCount: number, predCount: number, score: (g: number, p: number) => number): Array<[number, number]> {
  const candidates: Array<[number, number, number]> = [];
  for (let g = 0; g < goldCount; g++) {
    for (let p = 0; p < predCount; p++) {
      const s = score(g, p);
      if (s > 0) candidates.push([s, g, p]);
    }
  }
  candidates.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const pairs: Array<[number, number]> = [];
  for (const [, g, p] of candidates) {
    if (usedG.has(g) || usedP.has(p)) continue;
    usedG.add(g);
    usedP.add(p);
    pairs.push([g, p]);
  }
  return pairs;
}

/** The words of a role, compared case- and apostrophe-insensitively. */
function roleWords(role: string): Set<string> {
  const s = role.normalize('NFKC').replace(/[\u2018\u2019\u02BC]/g, "'").toLowerCase();
  return new Set(s.match(/[\p{L}\p{N}]+(?:['.-][\p{L}\p{N}]+)*/gu) ?? []);
}

/**
 * The roles rule: at least half of the gold role's words appear in the predicted role,
 * and at least 30% of the predicted role's words are in the gold role.
 */
export function roleCorrect(gold: string, predicted: string | null): boolean {
  const g = roleWords(gold);
  const p = roleWords(predicted ?? '');
  if (g.size === 0 || p.size === 0) return false;
  let gIn = 0;
  for (const w of g) if (p.has(w)) gIn++;
  let pIn = 0;
  for (const w of p) if (g.has(w)) pIn++;
  return gIn * 2 >= g.size && pIn >= 0.3 * p.size;
}

const OPENING_MARKS = new Set([...`"'“”„‟‘’‚‛«»‹›「『`]);

/**
 * Locates gold quotes in the text by exact text, searching sequentially: from just after
 * the previous quote's start (so a quote nested in the previous one is found), preferring
 * an occurrence that directly follows a quotation mark; then anywhere in the text.
 * Returns `null` for a quote whose text does not occur.
 */
export function locateQuotes(text: string, quotes: ReadonlyArray<{ text: string }>): Array<[number, number] | null> {
  let from = 0;
  return quotes.map((q) => {
    if (!q.text) return null;
    const find = (start: number, marked: boolean): number => {
      for (let i = text.indexOf(q.text, start); i >= 0; i = text.indexOf(q.text, i + 1)) {
        if (!marked || (i > 0 && OPENING_MARKS.has(text[i - 1] ?? ''))) return i;
      }
      return -1;
    };
    let at = find(from, true);
    if (at < 0) at = find(from, false);
    if (at < 0) at = find(0, true);
    if (at < 0) at = find(0, false);
    if (at < 0) return null;
    from = at + 1;
    return [at, at + q.text.length];
  });
}

/** Length of the overlap of two ranges. */
export function overlap(a: readonly [number, number], b: readonly [number, number]): number {
  return Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
}

/**
 * Matches gold to predicted quote ranges: a pair counts when it overlaps by at least half
 * the gold length; one-to-one, largest overlap first. Returns gold index → predicted index.
 */
export function matchQuotes(gold: ReadonlyArray<[number, number] | null>, predicted: ReadonlyArray<[number, number]>): Map<number, number> {
  const pairs = greedyPairs(gold.length, predicted.length, (g, p) => {
    const gr = gold[g];
    const pr = predicted[p];
    if (!gr || !pr) return 0;
    const o = overlap(gr, pr);
    return o > 0 && o * 2 >= gr[1] - gr[0] ? o : 0;
  });
  return new Map(pairs);
}

/** Counts for one file (or summed over files). */
export interface Counts {
  actors: { tp: number; pred: number; gold: number };
  actorsTyped: { tp: number; pred: number; gold: number };
  roles: { correct: number; total: number };
  places: { tp: number; pred: number; gold: number };
  quotes: { tp: number; pred: number; gold: number };
  attribution: { correct: number; total: number };
  headlines: { tp: number; pred: number; gold: number };
  subheads: { tp: number; pred: number; gold: number };
}

export const METRICS = ['actors', 'actorsTyped', 'roles', 'places', 'quotes', 'attribution', 'headlines', 'subheads'] as const;

/** All-zero counts. */
export function emptyCounts(): Counts {
  const prf = () => ({ tp: 0, pred: 0, gold: 0 });
  const acc = () => ({ correct: 0, total: 0 });
  return { actors: prf(), actorsTyped: prf(), roles: acc(), places: prf(), quotes: prf(), attribution: acc(), headlines: prf(), subheads: prf() };
}

/** Adds `b` into `a`. */
export function addCounts(a: Counts, b: Counts): Counts {
  for (const key of METRICS) {
    const x = a[key] as unknown as Record<string, number>;
    const y = b[key] as unknown as Record<string, number>;
    for (const k of Object.keys(y)) x[k] = (x[k] ?? 0) + (y[k] ?? 0);
  }
  return a;
}

/** Multiset matches of normalised strings (headlines, subheads), with the leftovers of each side. */
function multisetMatches(gold: readonly string[], pred: readonly string[]): { tp: number; missed: string[]; spurious: string[] } {
  const left = new Map<string, string[]>();
  for (const g of gold) left.set(normalizeName(g), [...(left.get(normalizeName(g)) ?? []), g]);
  let tp = 0;
  const spurious: string[] = [];
  for (const p of pred) {
    const waiting = left.get(normalizeName(p));
    if (waiting?.length) {
      tp++;
      waiting.shift();
    } else spurious.push(p);
  }
  return { tp, missed: [...left.values()].flat(), spurious };
}

/** What went wrong in one file, for `npm run eval -- --details`. */
export interface Details {
  actors: { missed: string[]; spurious: string[]; wrongType: string[] };
  roles: Array<{ actor: string; gold: string; predicted: string | null }>;
  places: { missed: string[]; spurious: string[] };
  quotes: { missed: string[]; spurious: string[] };
  attribution: Array<{ quote: string; gold: string; predicted: string | null }>;
  headlines: { missed: string[]; spurious: string[] };
  subheads: { missed: string[]; spurious: string[] };
}

/**
 * Scores one file: `text` is the analysed text, `gold` its annotation, `pred` the export.
 * When `details` is given, it is filled with the misses and false alarms behind the counts.
 */
export function scoreDocument(text: string, gold: GoldDocument, pred: ExportDocument, details?: Details): Counts {
  const c = emptyCounts();
  const d = details ?? emptyDetails();

  // Actors: greedy one-to-one by Jaccard of alias sets; typed pairing only pairs equal types.
  const goldSets = gold.actors.map(aliasSet);
  const predSets = pred.actors.map(aliasSet);
  const pairs = greedyPairs(gold.actors.length, pred.actors.length, (g, p) => jaccard(goldSets[g]!, predSets[p]!));
  const typedPairs = greedyPairs(gold.actors.length, pred.actors.length, (g, p) =>
    gold.actors[g]!.type === pred.actors[p]!.type ? jaccard(goldSets[g]!, predSets[p]!) : 0,
  );
  c.actors = { tp: pairs.length, pred: pred.actors.length, gold: gold.actors.length };
  c.actorsTyped = { tp: typedPairs.length, pred: pred.actors.length, gold: gold.actors.length };
  const pairedGold = new Set(pairs.map(([g]) => g));
  const pairedPred = new Set(pairs.map(([, p]) => p));
  gold.actors.forEach((a, g) => pairedGold.has(g) || d.actors.missed.push(`${a.name} (${a.type})`));
  pred.actors.forEach((a, p) => pairedPred.has(p) || d.actors.spurious.push(`${a.name} (${a.type}) [${a.aliases.join(' | ')}]`));
  for (const [g, p] of pairs) {
    if (gold.actors[g]!.type !== pred.actors[p]!.type) d.actors.wrongType.push(`${gold.actors[g]!.name}: ${gold.actors[g]!.type}, predicted ${pred.actors[p]!.type}`);
  }

  // Roles: over untyped pairs whose gold role is not empty.
  for (const [g, p] of pairs) {
    const role = gold.actors[g]!.role;
    if (!role || !role.trim()) continue;
    c.roles.total++;
    if (roleCorrect(role, pred.actors[p]!.role)) c.roles.correct++;
    else d.roles.push({ actor: gold.actors[g]!.name, gold: role, predicted: pred.actors[p]!.role });
  }

  // Places: sets of normalised names.
  const gp = new Set(gold.places.map(normalizeName).filter(Boolean));
  const pp = new Set(pred.places.map((p) => normalizeName(p.name)).filter(Boolean));
  c.places = { tp: [...pp].filter((p) => gp.has(p)).length, pred: pp.size, gold: gp.size };
  d.places.missed.push(...[...gp].filter((g) => !pp.has(g)));
  d.places.spurious.push(...[...pp].filter((p) => !gp.has(p)));

  // Quotes: gold located by text; `other` left out on both sides.
  const located = locateQuotes(text, gold.quotes);
  const goldIdx = gold.quotes.map((q, i) => (q.kind === 'other' ? -1 : i)).filter((i) => i >= 0);
  const predQuotes = pred.quotes.filter((q) => q.kind !== 'other');
  const matched = matchQuotes(
    goldIdx.map((i) => located[i] ?? null),
    predQuotes.map((q) => q.range),
  );
  c.quotes = { tp: matched.size, pred: predQuotes.length, gold: goldIdx.length };
  const short = (s: string) => (s.length > 70 ? `${s.slice(0, 69)}…` : s);
  goldIdx.forEach((gi, k) => matched.has(k) || d.quotes.missed.push(`${short(gold.quotes[gi]!.text)}${located[gi] ? '' : ' (not found in the text)'}`));
  const matchedPred = new Set(matched.values());
  predQuotes.forEach((q, p) => matchedPred.has(p) || d.quotes.spurious.push(`${short(q.text)} (${q.kind})`));

  // Attribution: every gold direct quote with a speaker.
  const goldActorByName = new Map(gold.actors.map((a, i) => [a.name, goldSets[i]!]));
  const predActorById = new Map(pred.actors.map((a, i) => [a.id, { set: predSets[i]!, name: a.name }]));
  goldIdx.forEach((gi, k) => {
    const q = gold.quotes[gi]!;
    if (q.kind !== 'direct' || !q.speaker) return;
    c.attribution.total++;
    const p = matched.get(k);
    const speaker = p === undefined ? null : predQuotes[p]!.speaker;
    const predActor = speaker === null ? undefined : predActorById.get(speaker);
    const goldSet = goldActorByName.get(q.speaker) ?? new Set([normalizeName(q.speaker)]);
    if (predActor && [...goldSet].some((a) => predActor.set.has(a))) c.attribution.correct++;
    else d.attribution.push({ quote: short(q.text), gold: q.speaker, predicted: p === undefined ? '(quote missed)' : (predActor?.name ?? speaker) });
  });

  // Outline.
  const gh = gold.articles.map((a) => a.headline);
  const ph = pred.articles.map((a) => a.headline);
  const h = multisetMatches(gh, ph);
  c.headlines = { tp: h.tp, pred: ph.length, gold: gh.length };
  d.headlines.missed.push(...h.missed);
  d.headlines.spurious.push(...h.spurious);
  const gs = gold.articles.flatMap((a) => a.subheads);
  const ps = pred.articles.flatMap((a) => a.sections.filter((s) => s.kind === 'subhead').map((s) => s.title));
  const sh = multisetMatches(gs, ps);
  c.subheads = { tp: sh.tp, pred: ps.length, gold: gs.length };
  d.subheads.missed.push(...sh.missed);
  d.subheads.spurious.push(...sh.spurious);
  return c;
}

/** Empty details, to pass to `scoreDocument`. */
export function emptyDetails(): Details {
  return {
    actors: { missed: [], spurious: [], wrongType: [] },
    roles: [],
    places: { missed: [], spurious: [] },
    quotes: { missed: [], spurious: [] },
    attribution: [],
    headlines: { missed: [], spurious: [] },
    subheads: { missed: [], spurious: [] },
  };
}

/** Precision, recall and F1 (each 0 when undefined). */
export function prf(x: { tp: number; pred: number; gold: number }): { p: number; r: number; f1: number } {
  const p = x.pred ? x.tp / x.pred : 0;
  const r = x.gold ? x.tp / x.gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** correct / total (0 when there is nothing to score). */
export function accuracy(x: { correct: number; total: number }): number {
  return x.total ? x.correct / x.total : 0;
}
