/**
 * The learned speaker choice. The rule sieve (cues.ts, index.ts) proposes a speaker for each
 * quote and names the rule that did; this stage gathers the actors the quote could belong to
 * (those named near it, the previous quote's speaker, the proposal) plus "no speaker",
 * describes each by named features (rule, distance, side, subject position, cue adjacency,
 * pronoun agreement, continuation, …) and lets a ranker learned from annotated news choose.
 * The chosen candidate's probability, calibrated on held-out articles, is the quote's
 * `confidence`; the rule and the strongest features are its `why`.
 */
import { explain, intern, rank, type LinearModel } from '../learn/linear';
import type { Quote, Range } from '../types';
import { isSubject, type AttributionContext, type ParagraphView, type Ref } from './context';
import type { How } from './cues';
import { PRONOUNS, VERB_FILLERS } from './lexicon';

/** The sieve step that proposed a quote's speaker. */
export type SieveRule = 'cue' | 'paragraph' | 'continuation' | 'chain' | 'header' | 'none';

/** What the rule sieve decided for one top-level quote, and where it stands. */
export interface Proposal {
  quote: Quote;
  ctx: AttributionContext;
  view: ParagraphView;
  rule: SieveRule;
  /** How the cue's subject was read (for rule `cue`). */
  how: How | null;
  /** The speaker the rules gave (null: none). */
  speaker: string | null;
  /** Did the rules decide there is no named speaker (a cue whose subject is "a spokeswoman", "his aide")? */
  unnamed?: boolean;
}

/** One candidate speaker of a quote (actor null: "no speaker") and its features. */
export interface SpeakerCandidate {
  actor: string | null;
  features: string[];
}

/** Platt scaling of a probability: sigmoid(a · logit(p) + b), fitted on held-out articles. */
export interface Platt {
  a: number;
  b: number;
}

/**
 * The calibration: one Platt scaling per group of decisions (see `calibrationGroup`) where
 * the held-out data had enough of them, else the overall one. A quote without a cue of its
 * own is less often right than the ranker's probability says; one with "X said" more often.
 */
export interface Calibration extends Platt {
  groups?: Record<string, Platt>;
}

/**
 * The group a chosen candidate is calibrated in: the sieve step that proposed it ("cue:name",
 * "cue:pronoun", "cue:description", "paragraph", "continuation", "chain", "header"), or
 * "ranker" when the ranker chose someone the rules did not propose.
 */
export function calibrationGroup(candidate: SpeakerCandidate): string {
  if (!candidate.features.includes('rule')) return 'ranker';
  const rule = candidate.features.find((f) => f.startsWith('rule='))?.slice('rule='.length) ?? '';
  const parts = rule.split(':');
  return parts[0] === 'cue' ? `cue:${parts[1] ?? ''}:${parts[2] ?? ''}` : parts[0]!;
}

/** A ranker with its calibration. */
export interface SpeakerModel {
  model: LinearModel;
  calibration: Calibration;
}

/** Sentences before the quote's own whose names are candidates. */
const SENTENCES_BACK = 3;
/** At most this many actors compete for one quote (nearest first). */
const MAX_CANDIDATES = 8;

/** The calibrated probability of a raw candidate probability. */
export function calibrate(p: number, c: Calibration, group?: string): number {
  const q = Math.min(1 - 1e-9, Math.max(1e-9, p));
  const s = (group !== undefined ? c.groups?.[group] : undefined) ?? c;
  const z = s.a * Math.log(q / (1 - q)) + s.b;
  return 1 / (1 + Math.exp(-z));
}

function bucket(n: number, edges: readonly number[]): string {
  for (const e of edges) if (n <= e) return String(e);
  return `${edges[edges.length - 1]}+`;
}

/** The cue's side of its quote: after it, before it, or "according to" / "by". */
function cueSide(q: Quote): string {
  if (!q.cue || !q.cueRange) return 'none';
  const lower = q.cue.toLowerCase();
  if (lower.startsWith('according')) return 'according';
  if (lower === 'by') return 'by';
  return q.cueRange[0] >= q.outerRange[1] ? 'after' : 'before';
}

/** The pronoun that is the cue's subject ("he said", "said she"), if any; "after" for an inverted one only with `inverted`. */
function cuePronoun(p: Proposal, inverted = true): string | null {
  const { quote: q, view } = p;
  if (!q.cueRange) return null;
  const words = view.words;
  let i = words.findIndex((w) => w.start >= q.cueRange![0]);
  if (i < 0) return null;
  let j = i - 1;
  while (j >= 0 && VERB_FILLERS.has(words[j]!.lower)) j--;
  const before = words[j];
  if (before && PRONOUNS[before.lower] && q.cueRange[0] - before.end < 30) return before.lower;
  if (!inverted) return null;
  while (i < words.length && words[i]!.start < q.cueRange[1]) i++;
  const after = words[i];
  if (after && PRONOUNS[after.lower] && after.start - q.cueRange[1] < 3) return after.lower;
  return null;
}

/** Does only filler (auxiliaries, adverbs, punctuation, one short word at most) separate a and b? */
function adjacent(text: string, a: Range, b: Range): boolean {
  const gap = a[1] <= b[0] ? text.slice(a[1], b[0]) : text.slice(b[1], a[0]);
  if (gap.length > 40) return false;
  const words = gap.match(/[\p{L}']+/gu) ?? [];
  return words.filter((w) => !VERB_FILLERS.has(w.toLowerCase())).length <= 1 && !/[.!?;]/.test(gap);
}

/** Is one of the sorted `ranges` inside [from, to)? */
function anyInside(ranges: readonly Range[], from: number, to: number): boolean {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid]![0] < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < ranges.length && ranges[lo]![1] <= to;
}

interface Seen {
  /** Signed distance in sentences of the nearest reference (0: the quote's sentence). */
  distance: number;
  ref: Ref | null;
  /** Is `ref` the first subject-position name of its sentence? */
  subject: boolean;
}

/**
 * The candidates of one quote with their features: the actors named in its sentence, the
 * few before it and the next one, the previous quote's speaker and the rules' proposal, then
 * "no speaker". `previous` is the speaker the rules gave the article's previous quote.
 */
export function speakerCandidates(p: Proposal, previous: string | null): SpeakerCandidate[] {
  const { quote: q, ctx, view } = p;
  const at = ctx.recordAt(view, q.outerRange[0]);
  const seen = new Map<string, Seen>();
  const recency: string[] = [];
  const note = (ref: Ref, distance: number, subject: boolean): void => {
    const old = seen.get(ref.actor);
    if (!old || Math.abs(distance) < Math.abs(old.distance) || (distance === old.distance && subject && !old.subject)) {
      seen.set(ref.actor, { distance, ref, subject });
    }
  };
  const firstParagraph = ctx.records[at]?.paragraph ?? view.index;
  for (let r = at + 1; r >= at - SENTENCES_BACK && r >= 0; r--) {
    const record = ctx.records[r];
    if (!record || record.paragraph > view.index || firstParagraph - record.paragraph > 2) continue;
    // The quote's own paragraph is read from its view (headlines and bylines keep their names there).
    const refs = record.paragraph === view.index ? ctx.refsIn(view, record.range[0], record.range[1]) : record.refs;
    const subject = refs.find(isSubject);
    for (const ref of refs) {
      note(ref, r - at, ref === subject);
      if (ref.start < q.outerRange[0] && !recency.includes(ref.actor)) recency.push(ref.actor);
    }
  }
  // Most recent first: the order the names were read in, reversed.
  const recentRank = new Map<string, number>();
  const before = [...seen.entries()].filter(([, s]) => s.ref && s.ref.start < q.outerRange[0]).sort((x, y) => y[1].ref!.start - x[1].ref!.start);
  before.forEach(([id], k) => recentRank.set(id, k));
  for (const extra of [p.speaker, previous]) {
    if (extra && !seen.has(extra) && ctx.actors.has(extra)) seen.set(extra, { distance: 99, ref: null, subject: false });
  }
  const ordered = [...seen.entries()]
    .sort((x, y) => Math.abs(x[1].distance) - Math.abs(y[1].distance) || (x[1].ref?.start ?? 0) - (y[1].ref?.start ?? 0))
    .filter(([id], k) => k < MAX_CANDIDATES || id === p.speaker || id === previous);

  const side = cueSide(q);
  const rule = p.rule === 'cue' ? `cue:${p.how}:${side}` : p.rule;
  const pronoun = p.rule === 'cue' && p.how === 'pronoun' ? cuePronoun(p) : null;
  const opensParagraph = q.outerRange[0] === view.start;
  // "…,” she said": whoever the rules proposed, a person's pronoun never stands for an
  // organisation, and "it said" never for a person.
  const subject = pronoun ?? (q.cueRange ? cuePronoun(p) : null);
  const personOnly = subject !== null && PRONOUNS[subject]!.type === 'person';
  // ("said it" is most often the object: "…,” Ana Ruiz said it was wrong.)
  const orgOnly = q.cueRange !== null && cuePronoun(p, false) === 'it';
  const out: SpeakerCandidate[] = [];
  for (const [id, s] of ordered) {
    const info = ctx.actors.get(id)!;
    const type = info.actor.type;
    if ((personOnly && type !== 'person') || (orgOnly && type !== 'organization')) continue;
    const f: string[] = ['actor', `type=${type}`];
    if (id === p.speaker) f.push('rule', `rule=${rule}`, `rule=${rule}:${q.kind}`, `rule=${p.rule}:${type}`);
    if (s.ref) {
      const d = s.distance === 0 ? 's0' : s.distance > 0 ? `n${s.distance}` : `b${bucket(-s.distance, [1, 2, 3])}`;
      f.push(`d=${d}`, `d=${d}:${type}`);
      if (s.subject) f.push('subj', `subj:d=${d}`);
      if (s.ref.prepositional) f.push('prep');
      if (s.ref.modifier) f.push('mod');
      if (s.distance === 0) {
        const where = s.ref.start < q.outerRange[0] ? 'before' : 'after';
        f.push(`side=${where}`, `side=${where}:cue=${side}`);
        if (q.cueRange && adjacent(ctx.text, [s.ref.start, s.ref.end], q.cueRange)) f.push('adj', `adj:cue=${side}`, `adj:${type}`);
      }
    } else f.push('far');
    const k = recentRank.get(id);
    if (k !== undefined) f.push(`recent=${bucket(k, [0, 1, 2])}`);
    if (id === previous) {
      f.push('prev', `prev:cue=${side}`);
      if (opensParagraph) f.push('prev:opens');
    }
    if (anyInside(info.actor.mentions, q.range[0], q.range[1])) f.push('inquote');
    f.push(`mentions=${bucket(info.actor.mentions.length, [1, 3, 8])}`);
    if (pronoun) {
      const want = PRONOUNS[pronoun]!;
      const g = ctx.genderOf(id);
      const agree = want.gender === 'unknown' || g === 'unknown' ? 'unknown' : want.gender === g ? 'yes' : 'no';
      const typeOk = want.type === 'any' || want.type === type;
      f.push(`pron=${pronoun}:${agree}`, `pron:type=${typeOk}`);
    }
    out.push({ actor: id, features: f });
  }
  const none = ['none', `none:rule=${rule}`, `none:kind=${q.kind}`, `none:cue=${side}`];
  if (p.speaker) none.push('none:proposed');
  out.push({ actor: null, features: none });
  return out;
}

/**
 * The ranker overrides the rules' proposal only when it gives the proposal less than this
 * probability: it learned from one kind of news (US politics), the rules from many, so it
 * corrects their clear mistakes and otherwise leaves them be (chosen on the dev split).
 */
export const OVERRIDE_BELOW = 0.2;

/**
 * Where no rule found a speaker, the ranker names one only above this probability: a guess
 * more likely wrong than right is worse for a reader than no speaker. The dev split cannot
 * see that harm (it scores only quotes whose gold speaker exists); there it costs 1 of 924.
 */
export const FILL_ABOVE = 0.5;

/** The index of the chosen candidate: the rules' proposal unless the ranker clearly disagrees. */
export function pickCandidate(candidates: readonly SpeakerCandidate[], probs: readonly number[], unnamed = false): number {
  let best = 0;
  for (let i = 1; i < probs.length; i++) if (probs[i]! > probs[best]!) best = i;
  // A cue whose subject is unnamed ("a spokeswoman said") means no named speaker. The ranker
  // cannot overrule it: training drops gold quotes without a speaker (mostly unresolved
  // pronouns in the corpus), so it never learned when "no speaker" is right.
  if (unnamed) {
    const none = candidates.findIndex((c) => c.actor === null);
    if (none >= 0) return none;
  }
  const proposed = candidates.findIndex((c) => c.actor !== null && c.features.includes('rule'));
  // A speaker the rules read from a description ("the company said", "Farouk's party") is
  // kept: the ranker learned from news that rarely writes so (chosen on the dev split).
  if (proposed >= 0 && candidates[proposed]!.features.some((f) => f.startsWith('rule=cue:description:'))) return proposed;
  if (proposed < 0) {
    // No rule found a speaker: the ranker names one only when it is sure.
    const none = candidates.findIndex((c) => c.actor === null);
    return candidates[best]!.actor !== null && probs[best]! < FILL_ABOVE && none >= 0 ? none : best;
  }
  return probs[proposed]! >= OVERRIDE_BELOW ? proposed : best;
}

/**
 * Chooses each proposal's speaker with the model, in document order: sets `speaker`,
 * `confidence` and `why`. `onCandidates` (training) sees every candidate set before the choice.
 */
export function chooseSpeakers(
  proposals: readonly Proposal[],
  model: SpeakerModel | null,
  onCandidates?: (quote: Quote, candidates: SpeakerCandidate[], unnamed: boolean) => void,
): void {
  let previous: string | null = null;
  let context: AttributionContext | null = null;
  for (const p of proposals) {
    if (p.ctx !== context) {
      context = p.ctx;
      previous = null;
    }
    const candidates = speakerCandidates(p, previous);
    onCandidates?.(p.quote, candidates, p.unnamed === true);
    if (p.quote.kind !== 'other') previous = p.speaker;
    if (!model) continue;
    const probs = rank(model.model, candidates.map((c) => c.features));
    const best = pickCandidate(candidates, probs, p.unnamed === true);
    const chosen = candidates[best]!;
    if (p.unnamed && chosen.actor === null) {
      // The rules' decision stands (see pickCandidate); the ranker has no probability for it.
      p.quote.speaker = null;
      p.quote.why = ['rule:cue-unnamed'];
      continue;
    }
    p.quote.speaker = chosen.actor;
    p.quote.confidence = Math.round(calibrate(probs[best]!, model.calibration, calibrationGroup(chosen)) * 1000) / 1000;
    p.quote.why = [intern(`rule:${p.rule === 'cue' ? `cue-${p.how}-${cueSide(p.quote)}` : p.rule}`), ...explain(model.model, chosen.features, 'score', 3)];
  }
}
