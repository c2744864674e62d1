// Trainer of the entity-type model (src/core/models/entity-type.json): person / organization
// / place / none over the name candidates the rules find, learned from CoNLL-2003.
// Each document is turned into article text exactly as `npm run eval:conll` does; every
// candidate is labelled by exact span match with a gold PER / ORG / LOC span, and anything
// else (MISC, a wrong boundary, a common word) is "none".
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { segment } from '../../src/core/anatomy';
import { nameCandidates } from '../../src/core/entities';
import { decide, ENTITY_CLASSES, type DropThresholds } from '../../src/core/entities/typing';
import { classify, explain, loadModel, type LinearModel, type LinearModelData } from '../../src/core/learn/linear';
import { documentText, parseConll, splitDocuments, type Span, type SpanType } from '../eval-lib/conll';
import { normalizeName } from '../eval-lib/score';
import { trainClassifier, type ClassExample, type TrainOptions } from './lr';

/**
 * Settings chosen on valid.txt and the news validation sets (see the model's `meta`). Twenty
 * runs averaged: one run's blind-r5 actors F1 moved by up to 0.011 with its seed (0.839–0.850
 * over seeds 1–3); with five runs the mean actors F1 of the nine validation sets still moved
 * by 0.0014 between seeds 1–5 and 6–10, more than some rules change it; with twenty, by
 * 0.0006 (seeds 1–20 against 21–40).
 *
 * The L2 penalty, 1e-3: with next to none (1e-6) the weights of features that all but
 * separate the classes grew along whatever path the data took, and a rule change that moved
 * a handful of candidates moved the nine sets' mean actors F1 by 0.0011 and places by 0.0008
 * on retraining; at 1e-3 the same change moved them by 0.0002 and 0.0007, and another by
 * 0.0002 and 0 (against 0.0007 and 0). Tried 1e-6, 1e-4, 1e-3, 3e-3, 1e-2: news mean actors
 * 0.910, 0.910, 0.910, 0.912, 0.909 and places 0.900, 0.900, 0.902, 0.903, 0.903; CoNLL valid
 * 0.884, 0.884, 0.883, 0.882, 0.880. 1e-3 costs CoNLL valid least of the steadier ones.
 */
export const entityOptions: Partial<TrainOptions> = { epochs: 8, l2: 1e-3, rate: 0.2, minCount: 3, decimals: 3, seed: 1, runs: 20 };

const LABEL: Record<SpanType, number> = { PER: 0, ORG: 1, LOC: 2 };
const NONE = 3;
const THRESHOLDS = [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9];
/** Veto floors tried with news validation data (see `vetoFloor`): a coarse grid, as the validation set is small. */
const FLOORS = [0, 0.1, 0.2, 0.3];
/**
 * Drop thresholds tried with news validation data once the threshold and floor are chosen
 * (see `dropThresholds`); 0 drops every name whose likeliest class is "none".
 */
const DROPS = [0, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];

/** One document's candidates with their gold class, and its number of gold spans. */
export interface LabelledDocument {
  examples: ClassExample[];
  /** The rules' proposal per candidate: a class index (NONE when they dropped it). */
  rule: number[];
  /** Whether the candidate's span starts and ends on CoNLL token boundaries (else it is not learned from). */
  aligned: boolean[];
  /** The type of the gold span that overlaps the candidate most (NONE: none does). */
  overlap: number[];
  /** Each candidate's text. */
  texts: string[];
  gold: number;
}

/**
 * The name candidates of `text`, one per span (two on one span cannot both be right: the
 * first is scored, as the engine keeps it), each labelled by `judge`, with the rules' proposal.
 */
function labelCandidates(
  text: string,
  judge: (c: { start: number; end: number; text: string }) => { label: number; overlap: number; aligned: boolean },
): Omit<LabelledDocument, 'gold'> {
  const examples: ClassExample[] = [];
  const rule: number[] = [];
  const aligned: boolean[] = [];
  const overlap: number[] = [];
  const texts: string[] = [];
  const seen = new Set<string>();
  for (const c of nameCandidates(text, segment(text).paragraphs)) {
    const key = `${c.start}:${c.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const j = judge(c);
    examples.push({ features: c.features, label: j.label });
    overlap.push(j.overlap);
    aligned.push(j.aligned);
    texts.push(c.text);
    rule.push(c.rule === 'none' ? NONE : ENTITY_CLASSES.indexOf(c.rule as never));
  }
  return { examples, rule, aligned, overlap, texts };
}

/** Parses CoNLL text and labels the candidates of each document. */
export function labelDocuments(source: string): LabelledDocument[] {
  const { sentences, docStarts } = parseConll(source);
  return splitDocuments(sentences, docStarts).map((doc) => {
    const { text, gold, tokens } = documentText(doc);
    const byRange = new Map(gold.map((g) => [`${g.start}:${g.end}`, LABEL[g.type]]));
    const starts = new Set(tokens.map((t) => t[0]));
    const ends = new Set(tokens.map((t) => t[1]));
    const labelled = labelCandidates(text, (c) => ({
      label: byRange.get(`${c.start}:${c.end}`) ?? NONE,
      overlap: overlapLabel(gold, c.start, c.end),
      // "Amman" of "Amman-based": CoNLL's tokens cannot say what such a span is, so it teaches nothing.
      aligned: starts.has(c.start) && ends.has(c.end),
    }));
    return { ...labelled, gold: gold.length };
  });
}

/** The gold of one annotated article of today's news, in the corpus layout (FORMAT.md): what `labelNews` reads. */
export interface NewsGold {
  actors: ReadonlyArray<{ name: string; type: string; aliases: readonly string[] }>;
  places: readonly string[];
}

/**
 * Labels the candidates of one annotated article of today's news: a candidate whose text is
 * a gold actor's name or alias takes that actor's type, a gold place is a place, and
 * anything else (a common word, page furniture, a wrong boundary) is "none". Texts compare
 * as the evaluation compares names (`normalizeName`: case, a title before the name, a
 * possessive): "Hartley" after "Mr" is the gold's "Mr Hartley", which exact strings taught
 * the model to be no name. A string the gold gives two types ("Maungarua" the club and the
 * town) teaches nothing.
 * `gold` counts the labelled candidates, so recall is over what the candidates can reach.
 */
export function labelNews(text: string, gold: NewsGold): LabelledDocument {
  const byText = new Map<string, number>();
  const give = (s: string, label: number) => {
    const had = byText.get(s);
    byText.set(s, had === undefined || had === label ? label : -1);
  };
  for (const a of gold.actors) {
    const label = a.type === 'person' ? 0 : a.type === 'organization' ? 1 : -1;
    if (label < 0) continue;
    for (const s of new Set([a.name, ...a.aliases].map(normalizeName))) give(s, label);
  }
  for (const s of new Set(gold.places.map(normalizeName))) give(s, 2);
  const labelled = labelCandidates(text, (c) => {
    const found = byText.get(normalizeName(c.text)) ?? NONE;
    return { label: found < 0 ? NONE : found, overlap: found < 0 ? NONE : found, aligned: found >= 0 };
  });
  return { ...labelled, gold: labelled.examples.filter((e) => e.label < NONE).length };
}

/**
 * Overall precision / recall / F1 over distinct names per document (a name and its class),
 * as the corpus scores actors and places: a common word kept once costs as much as a
 * name found ten times gains. Recall is over the names the candidates reach.
 */
export function scoreNames(docs: readonly LabelledDocument[], predict: (e: ClassExample, d: LabelledDocument, i: number) => number): { p: number; r: number; f1: number } {
  let tp = 0;
  let pred = 0;
  let gold = 0;
  for (const d of docs) {
    const want = new Set<string>();
    const got = new Set<string>();
    d.examples.forEach((e, i) => {
      if (e.label < NONE) want.add(`${e.label}\u0000${d.texts[i]}`);
      const y = predict(e, d, i);
      if (y < NONE) got.add(`${y}\u0000${d.texts[i]}`);
    });
    gold += want.size;
    pred += got.size;
    for (const k of got) if (want.has(k)) tp++;
  }
  const precision = pred ? tp / pred : 0;
  const recall = gold ? tp / gold : 0;
  return { p: round(precision), r: round(recall), f1: round(precision + recall ? (2 * precision * recall) / (precision + recall) : 0) };
}

/** Exact-match precision / recall / F1 per type and overall of predicted classes. */
export function scoreDocuments(docs: readonly LabelledDocument[], predict: (e: ClassExample, d: LabelledDocument, i: number) => number): Record<string, { p: number; r: number; f1: number }> {
  const tp = [0, 0, 0];
  const pred = [0, 0, 0];
  const gold = [0, 0, 0];
  let goldTotal = 0;
  for (const d of docs) {
    goldTotal += d.gold;
    d.examples.forEach((e, i) => {
      const y = predict(e, d, i);
      if (e.label < NONE) gold[e.label]!++;
      if (y < NONE) {
        pred[y]!++;
        if (y === e.label) tp[y]!++;
      }
    });
  }
  // Gold spans no candidate matches are missed whatever the model says: count them per type
  // only in the overall figure (their type is unknown here).
  const prf = (t: number, p: number, g: number) => {
    const precision = p ? t / p : 0;
    const recall = g ? t / g : 0;
    return { p: round(precision), r: round(recall), f1: round(precision + recall ? (2 * precision * recall) / (precision + recall) : 0) };
  };
  const sum = (a: number[]) => a.reduce((x, y) => x + y, 0);
  return {
    PER: prf(tp[0]!, pred[0]!, gold[0]!),
    ORG: prf(tp[1]!, pred[1]!, gold[1]!),
    LOC: prf(tp[2]!, pred[2]!, gold[2]!),
    overall: prf(sum(tp), sum(pred), goldTotal),
    reachable: prf(sum(gold), sum(gold), goldTotal),
  };
}

function overlapLabel(gold: readonly Span[], start: number, end: number): number {
  let best = NONE;
  let most = 0;
  for (const g of gold) {
    const o = Math.min(end, g.end) - Math.max(start, g.start);
    if (o > most) {
      most = o;
      best = LABEL[g.type];
    }
  }
  return best;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** What `trainEntities` gives: the model data and the scores it was chosen by. */
export interface EntityTraining {
  data: LinearModelData;
  model: LinearModel;
}

/**
 * Trains the entity-type model on CoNLL text `train`; with `valid`, records the rules' and the
 * model's candidate-level scores on it in the model's `meta` (deterministic, so the written
 * file repeats byte for byte).
 */
/**
 * How much CoNLL valid F1 the override threshold may give up for caution. Chosen on today's
 * news, the repository's fictional fixture sets (blind, final-blind, heldout): typed actors
 * F1 0.925 / 0.851 / 0.978 at threshold 0.6 (half a point), 0.927 / 0.857 / 0.989 at 0.9
 * (2.5 points). On 1996 newswire the model overrules the rules more often than it should on
 * today's ("X met Y" read as a sports fixture between organisations).
 */
export const OVERRIDE_TOLERANCE = 0.025;

/**
 * How much F1 on the news validation sets (distinct names, `scoreNames`) the threshold and
 * floor may give up for caution: the sweep is flat (a few points between its best and worst
 * pairs, a point being several names), and a model that overrules
 * the rules less keeps the behaviour the unit tests pin down on short invented sentences.
 */
export const NEWS_TOLERANCE = 0.01;

/**
 * Veto floors whose news validation F1 (names, rounded to 0.001) differ by no more than this
 * are a tie, told apart by CoNLL valid: the four news sets hold about 600 names, so 0.004 is
 * about two names either way, where CoNLL valid's 5,000 make 0.003 some fifteen. At 0.002
 * the floor went from 0.3 to 0.2 and back as rule changes moved a name or two (news 0.901
 * against 0.898, CoNLL valid 0.874 against 0.877).
 */
export const FLOOR_TIE = 0.004;

/**
 * How much news validation F1 (names, `scoreNames`, rounded to 0.001) a drop threshold may
 * give up for caution, by the rules' type: the highest threshold within it is taken. A
 * person or place name the model doubts is often a real, unfamiliar one (a byline's name
 * line, a small town), so one name's gain does not buy more dropping: 0.0015 (one step of
 * the rounded F1; at 0.0025 the choice flipped between 0.6 and 0.9 from one retraining to the
 * next, and at 0.9 product names such as "V8 Vantage" stayed people; on the fourteen news
 * validation sets 0.0015 gave actors 0.9121 against 0.9107, typed 0.8969 against 0.8947). A one-word
 * organisation it doubts is most often a common word or furniture: 0, the best (0.002 kept
 * blind-r5's one-word organisations, actors 0.835 against 0.841).
 */
/**
 * The drop thresholds the model applies, held fixed: the sweep's choice on 2026-12-07 (fourteen
 * news validation sets, DROP_TOLERANCE as below): actors 0.9121, typed 0.8969 on those sets.
 * Retraining after a rule change moved the sweep's choice from (0.6, 0, 0.9) to (0.9, 0, 0.9)
 * and to (0.4, 0.4, 0.9) with news F1 within 0.002, and with it attribution by 0.004 and some
 * 400 names over the unlabelled articles: noise, not evidence. Choose again, deliberately,
 * when the validation data grows (see `meta.dropSwept`).
 */
export const FIXED_DROPS: Record<'person' | 'organization' | 'place', number> = { person: 0.6, organization: 0, place: 0.9 };

export const DROP_TOLERANCE: Record<'person' | 'organization' | 'place', number> = { person: 0.0015, organization: 0, place: 0.0025 };

/**
 * Annotated articles of today's news for the entity model, beside CoNLL: `train` is learned
 * from (each example `repeat` times: a few thousand candidates against CoNLL's tens of
 * thousands), `valid` chooses the override threshold and the veto floor.
 */
export interface NewsData {
  train: readonly LabelledDocument[];
  valid: readonly LabelledDocument[];
  repeat: number;
}

/**
 * Today's news the entity model learns from, beside CoNLL (relative to the repository root):
 * the shared corpus (real articles) and the repository's annotated fictional sets, each
 * NAME.txt with its NAME.gold.json. blind-r5, blind-r7, blind-r9 to blind-r21 are kept out
 * of training: they choose the override threshold and the veto floor, and record the drop
 * thresholds' sweep (held at FIXED_DROPS) (validation; several sets rather than one, so that
 * one name more or less on one of them moves the choice less; each joined once it had been
 * measured: with r11 and r12, some 1,000 names, and with r13 and r14, some 700 more, the
 * choices stayed as they were; r15 to r21 joined the same way).
 * Later blind sets measure.
 */
export const NEWS_TRAIN = ['../shared/corpus', 'test/fixtures/blind', 'test/fixtures/final-blind', 'test/fixtures/heldout', 'test/fixtures/blind-r2', 'test/fixtures/blind-r3', 'test/fixtures/blind-r4', 'test/fixtures/blind-r6'];
export const NEWS_VALID = ['test/fixtures/blind-r5', 'test/fixtures/blind-r7', 'test/fixtures/blind-r9', 'test/fixtures/blind-r10', 'test/fixtures/blind-r11', 'test/fixtures/blind-r12', 'test/fixtures/blind-r13', 'test/fixtures/blind-r14', 'test/fixtures/blind-r15', 'test/fixtures/blind-r16', 'test/fixtures/blind-r17', 'test/fixtures/blind-r18', 'test/fixtures/blind-r19', 'test/fixtures/blind-r20', 'test/fixtures/blind-r21'];
/** How many times each news example is repeated among CoNLL's (chosen on NEWS_VALID's actors F1: 1–4 tried). */
export const NEWS_REPEAT = 2;

/** The annotated articles of `dirs` under `root`, labelled for the entity model, in name order; null when one is missing. */
export function newsDocuments(root: string, dirs: readonly string[]): LabelledDocument[] | null {
  const docs: LabelledDocument[] = [];
  for (const dir of dirs) {
    const abs = join(root, dir);
    if (!existsSync(abs)) return null;
    for (const f of readdirSync(abs).filter((f) => f.endsWith('.gold.json')).sort()) {
      const text = readFileSync(join(abs, f.replace(/\.gold\.json$/, '.txt')), 'utf8');
      docs.push(labelNews(text, JSON.parse(readFileSync(join(abs, f), 'utf8')) as NewsGold));
    }
  }
  return docs;
}

/** NEWS_TRAIN and NEWS_VALID under `root` as training data, repeated `repeat` times; null when a folder is missing. */
export function loadNews(root: string, repeat = NEWS_REPEAT): NewsData | null {
  const train = newsDocuments(root, NEWS_TRAIN);
  const valid = newsDocuments(root, NEWS_VALID);
  return train && valid ? { train, valid, repeat } : null;
}

/** The `sources` a model trained with `loadNews` records in its meta. */
export function newsSources(repeat = NEWS_REPEAT): Record<string, string | number> {
  return { news: NEWS_TRAIN.join(' '), newsValid: NEWS_VALID.join(' '), newsRepeat: repeat };
}

export function trainEntities(train: string, valid: string | null, options: Partial<TrainOptions> = entityOptions, sources: Record<string, string | number> = {}, news?: NewsData): EntityTraining {
  const trainDocs = labelDocuments(train);
  // Learned from: each candidate on CoNLL token boundaries, labelled with the type of the gold
  // span it overlaps most. A candidate whose boundary is off by a word still has the right
  // type; labelled "none", it taught the model to drop long organisation names that the
  // rules bound right in today's news (measured on the blind fixture sets).
  const learnable = (docs: readonly LabelledDocument[]) => docs.flatMap((d) => d.examples.flatMap((e, i) => (d.aligned[i] ? [{ features: e.features, label: d.overlap[i]! }] : [])));
  const examples = learnable(trainDocs);
  if (news) {
    const extra = learnable(news.train);
    for (let r = 0; r < news.repeat; r++) examples.push(...extra);
  }
  const meta: Record<string, unknown> = { data: sources };
  const data0 = trainClassifier('entity-type', [...ENTITY_CLASSES], examples, options, meta);
  const model = loadModel(data0);
  const byModel = (threshold: number, floor = 0, drop: DropThresholds = {}) => (e: ClassExample, d: LabelledDocument, i: number) =>
    ENTITY_CLASSES.indexOf(decide(model, e.features, ENTITY_CLASSES[d.rule[i]!]!, threshold, floor, drop).label);
  const byRules = (_e: ClassExample, d: LabelledDocument, i: number) => d.rule[i]!;
  // The override threshold (and the veto floor): with news validation data, the most
  // cautious pair within NEWS_TOLERANCE of the best candidate F1 on it; else the most
  // cautious threshold within OVERRIDE_TOLERANCE of the best CoNLL valid F1 (the rules were
  // written for today's news; CoNLL is not), or 0.5 without valid data.
  let threshold = 0.5;
  let floor = 0;
  const drop: DropThresholds = {};
  if (valid !== null) {
    const validDocs = labelDocuments(valid);
    const sweep = THRESHOLDS.flatMap((t) =>
      (news ? FLOORS : [0]).map((v) => ({
        t,
        v,
        f1: scoreDocuments(validDocs, byModel(t, v)).overall!.f1,
        ...(news ? { news: scoreNames(news.valid, byModel(t, v)).f1 } : {}),
      })),
    );
    if (news) {
      // The most cautious threshold (the highest) whose best floor comes within NEWS_TOLERANCE
      // of the best on today's news; then, at that threshold, the floor that does best (the
      // lowest of equals). Taking the most cautious pair instead flipped the floor between 0
      // and 0.1 from one retraining to the next, as one or the other fell just inside the
      // tolerance, and with it whether "Bank Indonesia", typed a person by the rules and
      // given 0.01 as one by the model, stayed a person. Floors that tie on today's news
      // (within FLOOR_TIE, about one name) are told apart by CoNLL valid, the other
      // validation data (0.2 and 0.3 at 0.895 and 0.894 on news; CoNLL valid 0.874 and 0.877).
      const best = Math.max(...sweep.map((x) => x.news!));
      threshold = Math.max(...sweep.filter((x) => x.news! >= best - NEWS_TOLERANCE).map((x) => x.t));
      const atThreshold = sweep.filter((x) => x.t === threshold);
      const bestAt = Math.max(...atThreshold.map((x) => x.news!));
      const tied = atThreshold.filter((x) => x.news! >= bestAt - FLOOR_TIE);
      const bestValid = Math.max(...tied.map((x) => x.f1));
      floor = Math.min(...tied.filter((x) => x.f1 === bestValid).map((x) => x.v));
      meta.veto = floor;
      // Then the drop thresholds, at that pair, one rules' type at a time (the others at the
      // override threshold): the highest within DROP_TOLERANCE of the best on today's news.
      // Today's news is scored by distinct names, as the corpus scores actors: scored by
      // mentions, a name found ten times outweighed ten common words kept once each.
      const drops: Record<string, { drop: number; news: number }[]> = {};
      for (const type of ['person', 'organization', 'place'] as const) {
        drops[type] = DROPS.filter((x) => x <= threshold).map((x) => ({ drop: x, news: scoreNames(news.valid, byModel(threshold, floor, { [type]: x })).f1 }));
        const best = Math.max(...drops[type]!.map((x) => x.news));
        drop[type] = Math.max(...drops[type]!.filter((x) => x.news >= best - DROP_TOLERANCE[type]).map((x) => x.drop));
      }
      // The sweep is flat (within 0.004 of news F1 for every type), so its choice flipped with
      // every retraining a rule change needed and shuffled hundreds of names; the thresholds
      // are held at FIXED_DROPS and the sweep's own choice is recorded beside them.
      meta.dropSwept = { ...drop };
      Object.assign(drop, FIXED_DROPS);
      meta.drop = drop;
      meta.dropSweep = drops;
    } else {
      const best = Math.max(...sweep.map((x) => x.f1));
      threshold = Math.max(...sweep.filter((x) => x.f1 >= best - OVERRIDE_TOLERANCE).map((x) => x.t));
    }
    meta.override = threshold;
    meta.valid = { rules: scoreDocuments(validDocs, byRules), model: scoreDocuments(validDocs, byModel(threshold, floor, drop)), sweep };
    if (news) meta.newsValid = { rules: scoreDocuments(news.valid, byRules), model: scoreDocuments(news.valid, byModel(threshold, floor, drop)), names: { rules: scoreNames(news.valid, byRules), model: scoreNames(news.valid, byModel(threshold, floor, drop)) } };
  }
  meta.train = { rules: scoreDocuments(trainDocs, byRules), model: scoreDocuments(trainDocs, byModel(threshold, floor, drop)) };
  return { data: { ...data0, meta: { ...meta, ...data0.meta } }, model };
}

/** Every candidate of `text` with the model's decision and its reasons, for looking at errors. */
export function explainCandidates(text: string, model: LinearModel): { text: string; rule: string; label: string; p: number; why: string[] }[] {
  return nameCandidates(text, segment(text).paragraphs).map((c) => {
    const d = classify(model, c.features);
    return { text: c.text, rule: c.rule, label: d.label, p: Math.round(d.p * 1000) / 1000, why: explain(model, c.features, d.label, 6) };
  });
}
