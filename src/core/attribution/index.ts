/**
 * Quote attribution, a sieve in the spirit of Muzny et al. (2017), built on rules: first
 * each quote's own cue (speaker named after or before it, inverted "said X", pronouns,
 * descriptions, "according to"), then the paragraph (a quote with no cue shares the speaker
 * of the paragraph's other quotes), then the conversation (a paragraph that is all quote
 * continues the previous speaker), then headline quotes repeated from the body.
 */
import type { Segmentation } from '../anatomy';
import type { Actor, Mention, Paragraph, Quote } from '../types';
import { AttributionContext, isSubject, normaliseAlias, type ActorInfo, type ParagraphView } from './context';
import { attributeQuote, reportedSpeaker, type How } from './cues';
import { actorGender } from './gender';
import { PRONOUNS, singular } from './lexicon';
import { chooseSpeakers, type Proposal, type SieveRule, type SpeakerCandidate, type SpeakerModel } from './ranker';
import { SPEAKER_MODEL } from './model';

/** Which sieve step gave each quote its speaker, and how its cue's subject was read. */
type Trace = Map<Quote, { rule: SieveRule; how: How | null }>;

/** How attribution chooses among the rules' candidates. */
export interface AttributionOptions {
  /** The learned speaker ranker; null keeps the rules' choice (and sets no confidence). */
  model?: SpeakerModel | null;
  /** Sees each quote's candidate speakers and their features (training). */
  onCandidates?: (quote: Quote, candidates: SpeakerCandidate[], unnamed: boolean) => void;
}

/** Fills each quote's speaker and cue. One context per article: no speaker crosses articles. */
export function attributeQuotes(
  text: string,
  quotes: Quote[],
  mentions: readonly Mention[],
  actors: readonly Actor[],
  segmentation: Segmentation,
  options: AttributionOptions = {},
): void {
  const infos = new Map<string, ActorInfo>();
  const aliasIndex = new Map<string, string>();
  const titlesOf = new Map<string, string[]>();
  const predicated = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, actor: string, words: readonly string[]): void => {
    if (words.length === 0) return;
    const list = map.get(actor);
    if (list) list.push(...words);
    else map.set(actor, [...words]);
  };
  for (const m of mentions) {
    if (!m.actor) continue;
    if (m.title) add(titlesOf, m.actor, [m.title.toLowerCase()]);
    if (m.type === 'person') add(predicated, m.actor, predicatedNouns(text, m.range[1]));
  }
  for (const actor of actors) {
    const titles = titlesOf.get(actor.id) ?? [];
    const roleText = [actor.role ?? '', ...titles, ...(predicated.get(actor.id) ?? [])].join(' ; ').toLowerCase().replace(/^[ ;]+|[ ;]+$/g, '');
    infos.set(actor.id, {
      actor,
      gender: actorGender(actor, titles),
      roleText,
      roleWords: new Set(roleText.match(/[\p{L}\p{N}-]+/gu) ?? []),
    });
    for (const alias of [actor.name, ...actor.aliases]) {
      const key = normaliseAlias(alias);
      if (key && !aliasIndex.has(key)) aliasIndex.set(key, actor.id);
    }
  }

  // Quotes and mentions by paragraph, in one pass each (both are in document order).
  const paragraphs = segmentation.paragraphs;
  const quotesBy: Quote[][] = paragraphs.map(() => []);
  const innerBy: Quote[][] = paragraphs.map(() => []);
  const mentionsBy: Mention[][] = paragraphs.map(() => []);
  const sortedQuotes = [...quotes].sort((a, b) => a.outerRange[0] - b.outerRange[0]);
  let p = 0;
  for (const q of sortedQuotes) {
    while (p < paragraphs.length && paragraphs[p]!.range[1] < q.range[0]) p++;
    if (p >= paragraphs.length) break;
    const top = quotesBy[p]!;
    // Top-level quotes do not overlap, so only the latest one can enclose this one.
    const last = top[top.length - 1];
    const inner = !!last && q.outerRange[0] > last.range[0] && q.outerRange[0] < last.range[1];
    (inner ? innerBy[p]! : top).push(q);
  }
  p = 0;
  const sortedMentions = [...mentions].sort((a, b) => a.range[0] - b.range[0]);
  for (const m of sortedMentions) {
    while (p < paragraphs.length && paragraphs[p]!.range[1] <= m.range[0]) p++;
    if (p >= paragraphs.length) break;
    if (m.range[0] >= paragraphs[p]!.range[0]) mentionsBy[p]!.push(m);
  }

  let ctx: AttributionContext | null = null;
  let article = -1;
  const headerQuotes: Quote[] = [];
  const bodyQuotes: Quote[] = [];
  const trace: Trace = new Map();
  const proposals: Proposal[] = [];
  const contexts: AttributionContext[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const paragraph = paragraphs[i]!;
    if (paragraph.article !== article || !ctx) {
      ctx = new AttributionContext(text, infos, aliasIndex);
      contexts.push(ctx);
      article = paragraph.article;
    }
    const top = quotesBy[i]!;
    const view = ctx.addParagraph(i, paragraph, top, mentionsBy[i]!);
    for (const q of top) if (q.kind !== 'other') proposals.push({ quote: q, ctx, view, rule: 'none', how: null, speaker: null });
    if (paragraph.kind === 'headline') {
      // A headline's own cue ("X admits …") first; else the body quote it repeats, below.
      attributeOwnCues(ctx, view, trace);
      headerQuotes.push(...top.filter((q) => q.kind !== 'other' && !q.speaker));
      continue;
    }
    attributeParagraph(ctx, view, trace);
    bodyQuotes.push(...top.filter((q) => q.speaker));
  }
  for (const c of contexts) attributeCataphora(c, trace);
  const uncued = attributeChains(paragraphs, quotesBy, trace);
  attributeHeaderQuotes(headerQuotes, bodyQuotes, trace);
  // The rules have spoken; the learned ranker chooses among their candidates.
  for (const p of proposals) {
    const t = trace.get(p.quote);
    p.speaker = p.quote.speaker;
    if (t && p.speaker) {
      p.rule = t.rule;
      p.how = t.how;
    }
    p.unnamed = !p.speaker && t?.rule === 'cue' && t.how === 'unnamed';
  }
  const model = options.model === undefined ? SPEAKER_MODEL : options.model;
  if (model || options.onCandidates) chooseSpeakers(proposals, model, options.onCandidates);
  if (model) for (const chain of uncued) oneSpeakerPerChain(chain);
}

/**
 * A quotation over several paragraphs with no cue in any of them ("Abad put it this way:"
 * before it) is still one speaker's: its later segments take the speaker chosen for the
 * first that has one, with that choice's confidence.
 */
export function oneSpeakerPerChain(chain: readonly Quote[]): void {
  const source = chain.find((q) => q.speaker !== null);
  if (!source) return;
  for (const q of chain) {
    if (q === source || q.speaker === source.speaker) continue;
    q.speaker = source.speaker;
    if (source.confidence !== undefined) q.confidence = source.confidence;
    q.why = ['rule:chain', ...(source.why ?? []).slice(1)];
  }
}

/**
 * A quotation running over several paragraphs (no closing mark until the last) is one
 * speaker's: segments without a cue take the speaker of the chain's cued segment, wherever
 * in the chain it is (“A … / “B …,” she said). Returns the chains with no cue at all, for
 * `oneSpeakerPerChain` once the ranker has chosen.
 */
function attributeChains(paragraphs: readonly Paragraph[], quotesBy: Quote[][], trace: Trace): Quote[][] {
  let chain: Quote[] = [];
  const uncued: Quote[][] = [];
  const settle = (): void => {
    const source = chain.find((q) => q.cue !== null && q.speaker !== null);
    if (chain.length > 1 && !chain.some((q) => q.cue !== null)) uncued.push(chain);
    if (chain.length > 1 && source) {
      for (const q of chain) {
        if (q.cue !== null) continue;
        q.speaker = source.speaker;
        trace.set(q, { rule: 'chain', how: null });
      }
    }
    chain = [];
  };
  for (let i = 0; i < paragraphs.length; i++) {
    const top = quotesBy[i]!.filter((q) => q.kind !== 'other');
    const first = top[0];
    const last = top[top.length - 1];
    if (!first || !last) {
      settle();
      continue;
    }
    const opensParagraph = first.outerRange[0] === paragraphs[i]!.range[0];
    if (chain.length > 0 && opensParagraph && paragraphs[i]!.article === paragraphs[i - 1]!.article) chain.push(first);
    else settle();
    // The chain runs on into the next paragraph only from a last quote with no closing mark.
    if (last.outerRange[1] === last.range[1]) {
      if (chain[chain.length - 1] !== last) {
        settle();
        chain = [last];
      }
    } else settle();
  }
  settle();
  return uncued;
}

/** Sieve 1: each quote's own cue. Returns the quotes that had one. */
function attributeOwnCues(ctx: AttributionContext, view: ParagraphView, trace: Trace): Set<Quote> {
  const cued = new Set<Quote>();
  for (let k = 0; k < view.quotes.length; k++) {
    const q = view.quotes[k]!;
    if (q.kind === 'other') continue;
    const found = attributeQuote(ctx, view, k);
    if (!found) continue;
    cued.add(q);
    q.cue = found.cue;
    q.cueRange = found.cueRange;
    q.speaker = found.speaker;
    trace.set(q, { rule: 'cue', how: found.how });
    if (found.speaker) ctx.records[ctx.recordAt(view, q.outerRange[0])]!.speakers.push(found.speaker);
  }
  return cued;
}

function attributeParagraph(ctx: AttributionContext, view: ParagraphView, trace: Trace): void {
  const cued = attributeOwnCues(ctx, view, trace);
  // Sieve 2: a direct quote with no cue shares the speaker of the paragraph's other quotes,
  // the nearest one before it first.
  const quotes = view.quotes.filter((q) => q.kind !== 'other');
  quotes.forEach((q, k) => {
    if (cued.has(q) || q.kind !== 'direct') return;
    let speaker: string | null = null;
    for (let j = k - 1; j >= 0 && !speaker; j--) speaker = quotes[j]!.speaker;
    for (let j = k + 1; j < quotes.length && !speaker; j++) if (cued.has(quotes[j]!)) speaker = quotes[j]!.speaker;
    let rule: SieveRule = 'paragraph';
    // Sieve 3: otherwise the previous paragraph's speaker, or the most salient actor before.
    if (!speaker) {
      speaker = continuation(ctx, view, q);
      rule = 'continuation';
    }
    if (speaker) {
      q.speaker = speaker;
      trace.set(q, { rule, how: null });
      ctx.records[ctx.recordAt(view, q.outerRange[0])]!.speakers.push(speaker);
    }
  });
}

/** A sentence or line that opens on "He"/"She" and a lower-case word ("She arrives at …"). */
const OPENS_ON = {
  he: /(?:^|[.!?]["”’]?\s+|\n\s*)He\s+\p{Ll}/u,
  she: /(?:^|[.!?]["”’]?\s+|\n\s*)She\s+\p{Ll}/u,
};

/** How many paragraphs after a quote its pronoun's person may first be named (`attributeCataphora`). */
const CATAPHORA_PARAGRAPHS = 2;

/**
 * A feature's opening quote whose "she says" has nobody before it to stand for: the story opens
 * on the pronoun and names nobody before the quote ("She arrives early. «We start at ten,» she
 * says. … Ana Ruiz, 68, has sung for forty years."). The pronoun looks ahead, to the first
 * person of its gender who is the subject of a sentence in the next two paragraphs. Quotes
 * of the same paragraph with no cue of their own follow it.
 */
function attributeCataphora(ctx: AttributionContext, trace: Trace): void {
  // Only in the story's opening: its first two paragraphs of text.
  const narrative = ctx.views.filter((v) => v.paragraph.kind === 'body' || v.paragraph.kind === 'standfirst');
  if (narrative.length === 0) return;
  const third = narrative[2]?.index ?? Infinity;
  for (const view of ctx.views) {
    if (view.index < narrative[0]!.index) continue;
    if (view.index >= third) break;
    for (const q of view.quotes) {
      const t = trace.get(q);
      if (q.kind === 'other' || q.speaker !== null || t?.rule !== 'cue' || t.how !== 'pronoun' || !q.cueRange) continue;
      const near = ctx.text.slice(Math.max(q.outerRange[1], q.cueRange[0] - 12), q.cueRange[1]).toLowerCase().match(/\b(?:he|she)\b/);
      if (!near) continue;
      const p = PRONOUNS[near[0]]!;
      const at = ctx.recordAt(view, q.outerRange[0]);
      // The opening itself speaks of the person by the pronoun alone ("She arrives at the studio …"),
      // and no person at all is named before the quote in the article's sentences.
      const opening = ctx.text.slice(narrative[0]!.start, q.outerRange[0]);
      if (!OPENS_ON[near[0] as 'he' | 'she'].test(opening)) continue;
      if (ctx.records.slice(0, at + 1).some((x) => x.refs.some((ref) => ref.type === 'person' && ref.start < q.outerRange[0]))) continue;
      let speaker: string | null = null;
      for (let r = at + 1; r < ctx.records.length && !speaker; r++) {
        const record = ctx.records[r]!;
        if (record.paragraph > view.index + CATAPHORA_PARAGRAPHS) break;
        const subject = record.refs.find(isSubject);
        if (!subject || subject.type !== 'person') continue;
        const g = ctx.genderOf(subject.actor);
        if (g === 'unknown' || g === p.gender) speaker = subject.actor;
      }
      if (!speaker) continue;
      q.speaker = speaker;
      for (const other of view.quotes) {
        if (other === q || other.kind !== 'direct' || other.speaker !== null || trace.get(other)?.rule === 'cue') continue;
        other.speaker = speaker;
        trace.set(other, { rule: 'paragraph', how: null });
      }
    }
  }
}

/**
 * What the text says a person is, right after their name: "Brennan, 58, is one of nine
 * defendants accused of …" gives "defendant" and "accused"; "Lund was a nurse" gives
 * "nurse". A later "the defendant said" or "the nurse said" then finds them.
 */
const PREDICATE = /^(?:,\s*\d{1,3},)?\s+(?:is|was|has been|had been)\s+(?:a|an|the|one of(?:\s+the)?(?:\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,3}))?)\s+((?:[\p{Ll}-]+\s*){1,4})/u;
const PREDICATE_STOP = /^(?:of|in|at|for|from|with|on|to|by|who|whom|that|which|and|or|but|since|after|before|when|while|whose)$/;
/** "… defendants accused of", "… men charged with": the person is accused. */
const ACCUSED = /^(?:accused|charged|suspected)$/;

function predicatedNouns(text: string, end: number): string[] {
  const m = PREDICATE.exec(text.slice(end, end + 160));
  if (!m) return [];
  const words = m[1]!.trim().split(/\s+/);
  const stop = words.findIndex((w) => PREDICATE_STOP.test(w) || ACCUSED.test(w));
  const phrase = stop < 0 ? words.slice(0, 3) : words.slice(0, stop);
  if (phrase.length === 0) return [];
  const out = [singular(phrase[phrase.length - 1]!)];
  if (stop >= 0 && ACCUSED.test(words[stop]!)) out.push('accused');
  return out;
}

/** A quote with no cue anywhere in its paragraph: the conversation continues. */
function continuation(ctx: AttributionContext, view: ParagraphView, q: Quote): string | null {
  const record = ctx.recordAt(view, q.outerRange[0]);
  // The previous paragraph of body text (captions and stray short lines skipped).
  for (let v = ctx.views.length - 2; v >= 0 && v >= ctx.views.length - 4; v--) {
    const prev = ctx.views[v]!;
    if (!isBodyText(ctx, prev)) continue;
    const spoken = prev.quotes.filter((x) => x.kind !== 'other');
    if (spoken.length > 0 && startsWithQuote(ctx, view)) return spoken[spoken.length - 1]!.speaker;
    break;
  }
  return reportedBefore(ctx, view, q, record) ?? ctx.walkBack(record, q.outerRange[0], () => true, 3);
}

/**
 * The speaker of the sentence right before a quote that opens its sentence, when that
 * sentence reports speech ("… the accused described an office buried in forms." then
 * «We had two clerks for every ship …»): in the quote's paragraph, or ending the body paragraph before.
 */
function reportedBefore(ctx: AttributionContext, view: ParagraphView, q: Quote, record: number): string | null {
  const own = ctx.records[record]!;
  if (record === 0 || ctx.text.slice(own.range[0], q.outerRange[0]).trim() !== '') return null;
  const prev = ctx.records[record - 1]!;
  const prevView = prev.paragraph === view.index ? view : ctx.views.find((v) => v.index === prev.paragraph);
  if (!prevView || (prevView !== view && (prevView.index !== view.index - 1 || !isBodyText(ctx, prevView) || prevView.quotes.length > 0))) return null;
  return reportedSpeaker(ctx, prevView, record - 1, prev.range[0], prev.range[1]);
}

function startsWithQuote(ctx: AttributionContext, view: ParagraphView): boolean {
  return /^["“‘'«„]/.test(ctx.text.slice(view.start, view.start + 1));
}

function isBodyText(ctx: AttributionContext, view: ParagraphView): boolean {
  if (view.paragraph.kind !== 'body') return false;
  const t = ctx.text.slice(view.start, view.end);
  // A paragraph ending in a colon introduces what follows ("Smith told the assembly:").
  return /[.!?:]["”’')]*$/.test(t) || /^["“‘']/.test(t);
}

function normaliseQuote(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** A headline or standfirst quote repeats words from the body: it has the same speaker. */
function attributeHeaderQuotes(header: Quote[], body: Quote[], trace: Trace): void {
  for (const q of header) {
    const key = normaliseQuote(q.text);
    if (key.length < 6) continue;
    const source = body.find((b) => b.article === q.article && normaliseQuote(b.text).includes(key));
    if (!source) continue;
    q.speaker = source.speaker;
    trace.set(q, { rule: 'header', how: null });
  }
}
