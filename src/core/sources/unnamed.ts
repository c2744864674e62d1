/**
 * Unnamed sources: for a quote whose speaker the text does not name, the description it
 * gives instead ("a spokesperson for the ministry", "officials", "a source close to the
 * talks"). Read off the reporter's words around the quote's cue, by an ordered table of
 * rules; the first rule that yields a description that looks like a source wins.
 */
import { isSpeechVerb, ORG_NOUNS, PERSON_NOUNS, singular, VERB_FILLERS } from '../attribution/lexicon';
import { maskQuotes, splitSentences, wordsOf } from '../attribution/text';
import type { Analysis, Quote, Range } from '../types';

/** Where a rule looks for the description, relative to the cue and the quote. */
interface Situation {
  /** The sentence's reporter text (quotes blanked), and its offset in the document. */
  masked: string;
  offset: number;
  sentence: Range;
  quote: Quote;
  cue: Range;
  cueText: string;
}

/** One rule: a name, an example it handles, and the span of raw description it finds. */
export interface DescriptionRule {
  name: string;
  example: string;
  find(s: Situation): string | null;
}

/** The sentence's reporter text between two document offsets. */
const between = (s: Situation, from: number, to: number): string =>
  s.masked.slice(Math.max(0, from - s.offset), Math.max(0, to - s.offset));

/** The rules, in the order they are tried. */
export const DESCRIPTION_RULES: readonly DescriptionRule[] = [
  {
    name: 'according-to',
    example: '“The talks have stalled,” according to a source close to the talks.',
    find: (s) => (/^according\s+to$/i.test(s.cueText) ? between(s, s.cue[1], s.sentence[1]) : null),
  },
  {
    name: 'inverted-after-quote',
    example: '“We will appeal,” said a spokesperson for the ministry.',
    find: (s) => {
      if (s.cue[0] < s.quote.outerRange[1]) return null;
      const gap = between(s, s.quote.outerRange[1], s.cue[0]);
      return /^[\s\u00a0,.;:!?]*$/.test(gap) ? between(s, s.cue[1], s.sentence[1]) : null;
    },
  },
  {
    name: 'subject-after-quote',
    example: '“The figures are wrong,” two officials told reporters.',
    find: (s) => (s.cue[0] >= s.quote.outerRange[1] ? between(s, s.quote.outerRange[1], s.cue[0]) : null),
  },
  {
    name: 'subject-before-quote',
    example: 'Officials said the plan was “unworkable”.',
    find: (s) => {
      if (s.cue[1] > s.quote.outerRange[0]) return null;
      const subject = between(s, s.sentence[0], s.cue[0]);
      // Only the clause next to the verb: "On Tuesday, officials said" → "officials".
      return subject.split(/[,;:—–]/).pop()!;
    },
  },
  {
    name: 'inverted-before-quote',
    example: 'Said a senior diplomat: “Nobody wants this.”',
    find: (s) => (s.cue[1] <= s.quote.outerRange[0] ? between(s, s.cue[1], s.quote.outerRange[0]) : null),
  },
];

/** Words that end a description: time, place of speech, manner, relative clauses, further verbs. */
const STOP_WORDS = new Set([
  'on', 'yesterday', 'today', 'tonight', 'earlier', 'later', 'last', 'who', 'which', 'when',
  'while', 'after', 'before', 'as', 'adding', 'saying', 'told', 'said', 'says', 'added', 'in', 'during',
  'because', 'but', 'and', 'although', 'though', 'speaking', 'according', 'via', 'where', 'if', 'since',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);

/** Words that open a description of someone unnamed (beside head nouns themselves). */
const OPENERS = new Set([
  'a', 'an', 'the', 'one', 'two', 'three', 'four', 'five', 'several', 'some', 'many', 'most', 'other',
  'another', 'senior', 'local', 'government', 'military', 'security', 'police', 'his', 'her', 'their', 'its',
  'unnamed', 'anonymous', 'top', 'western', 'european', 'us', 'u.s.', 'both', 'few', 'various', 'these',
  'those', 'former', 'independent',
]);

/** Plural and group heads the person and organization lexicons do not list. */
const EXTRA_HEADS = new Set([
  'people', 'insider', 'observer', 'protester', 'villager', 'local', 'bystander', 'passer-by', 'staff',
  'personnel', 'crew', 'authorities', 'organiser', 'organizer', 'participant', 'attendee', 'onlooker',
  'parent', 'shopper', 'customer', 'commuter', 'voter', 'relative', 'family', 'families', 'spokesmen',
  'spokespeople', 'police', 'official', 'source',
]);

const PRONOUN = /^(?:he|she|it|they|we|i|you|him|her|them|this|that|these|those)$/i;


const isHead = (word: string): boolean => {
  const w = word.toLowerCase().replace(/['’]s?$/, '');
  const one = singular(w);
  return PERSON_NOUNS.has(w) || PERSON_NOUNS.has(one) || ORG_NOUNS.has(w) || ORG_NOUNS.has(one) || EXTRA_HEADS.has(w) || EXTRA_HEADS.has(one);
};

/**
 * The description in a raw span, or null when it does not look like one: cut at the first
 * comma, stop word or clause break; fillers trimmed; it must open like a description (not
 * with a pronoun or a bare name) and have a head noun that names a person or a body.
 */
export function cleanDescription(raw: string): string | null {
  const clause = raw.replace(/[\u00a0\s]+/g, ' ').trim().split(/[,;:()\[\]"“”«»—–]| - /)[0]!.trim();
  const words = clause.split(' ').filter((w) => w !== '');
  const kept: string[] = [];
  for (const [i, word] of words.entries()) {
    const lower = word.toLowerCase().replace(/[.!?]+$/, '');
    if (i > 0 && STOP_WORDS.has(lower)) break;
    kept.push(word.replace(/[.!?]+$/, ''));
    if (kept.length >= 12 || /[.!?]$/.test(word)) break;
  }
  while (kept.length > 0 && VERB_FILLERS.has(kept[kept.length - 1]!.toLowerCase())) kept.pop();
  while (kept.length > 0 && VERB_FILLERS.has(kept[0]!.toLowerCase()) && !OPENERS.has(kept[0]!.toLowerCase())) kept.shift();
  if (kept.length === 0) return null;
  // "a source close to the talks": the head comes before the preposition that qualifies it.
  const preposition = kept.findIndex((w, i) => i > 0 && /^(?:for|of|at|from|with|close|to|in|familiar|inside|within|near)$/i.test(w));
  const core = preposition > 0 ? kept.slice(0, preposition) : kept;
  if (!core.some(isHead)) return null;
  const first = kept[0]!;
  const firstLower = first.toLowerCase();
  if (PRONOUN.test(firstLower)) return null;
  const opens = OPENERS.has(firstLower) || isHead(first) || /^\p{Ll}/u.test(first) || /['’]s$/.test(first) || /^\d/.test(first);
  if (!opens) return null;
  // A sentence-initial capital on a common word is not part of the description.
  if ((OPENERS.has(firstLower) || isHead(first)) && /^\p{Lu}\p{Ll}*$/u.test(first)) kept[0] = firstLower;
  return kept.join(' ');
}

/**
 * The quote's cue in its sentence when attribution left none (it gives no cue when it
 * finds no subject it can resolve, as with "officials said"): the first speech verb or
 * "according to" after the quote, else the last one before it.
 */
function findCue(masked: string, offset: number, sentence: Range, quote: Quote): { cue: Range; text: string } | null {
  const words = wordsOf(masked, offset, sentence[0], sentence[1]);
  const cueAt = (i: number): { cue: Range; text: string } | null => {
    const w = words[i]!;
    if (w.lower === 'according' && words[i + 1]?.lower === 'to') return { cue: [w.start, words[i + 1]!.end], text: 'according to' };
    if (!isSpeechVerb(w.text)) return null;
    // A capitalised verb only where a clause opens ("VELMAR: Said one delegate: …"), not in a name.
    const opensClause = /(?:^|[.:!?])[\s\u00a0]*$/.test(masked.slice(Math.max(0, w.start - offset - 4), w.start - offset));
    return /^\p{Ll}/u.test(w.text) || opensClause ? { cue: [w.start, w.end], text: w.text } : null;
  };
  for (let i = 0; i < words.length; i++) {
    if (words[i]!.start < quote.outerRange[1]) continue;
    const found = cueAt(i);
    if (found) return found;
  }
  for (let i = words.length - 1; i >= 0; i--) {
    if (words[i]!.end > quote.outerRange[0]) continue;
    const found = cueAt(i);
    if (found) return found;
  }
  return null;
}

/** The sentence of `paragraphMasked` (starting at `offset`) that holds `pos`. */
function sentenceAt(masked: string, offset: number, pos: number): Range {
  const sentences = splitSentences(masked, offset);
  return sentences.find((r) => pos >= r[0] && pos < r[1]) ?? sentences[sentences.length - 1] ?? [offset, offset + masked.length];
}

/**
 * The description the text gives for each quote with no named speaker (spoken quotes
 * with a cue only), else null; one entry per quote of `analysis.quotes`, in order.
 */
export function describeUnnamedSources(text: string, analysis: Pick<Analysis, 'quotes' | 'paragraphs'>): Array<string | null> {
  const { quotes, paragraphs } = analysis;
  const out: Array<string | null> = quotes.map(() => null);
  let p = 0;
  const order = quotes.map((_, i) => i).sort((a, b) => quotes[a]!.outerRange[0] - quotes[b]!.outerRange[0]);
  let maskedParagraph = -1;
  let masked = '';
  for (const i of order) {
    const quote = quotes[i]!;
    if (quote.speaker !== null || quote.kind === 'other') continue;
    while (p < paragraphs.length && paragraphs[p]!.range[1] <= quote.outerRange[0]) p++;
    const paragraph = paragraphs[p];
    if (!paragraph || paragraph.range[0] > quote.outerRange[0]) continue;
    if (maskedParagraph !== p) {
      const inside = quotes.filter((q) => q.outerRange[0] >= paragraph.range[0] && q.outerRange[1] <= paragraph.range[1]);
      inside.sort((a, b) => a.outerRange[0] - b.outerRange[0]);
      masked = maskQuotes(text, paragraph.range[0], paragraph.range[1], inside);
      maskedParagraph = p;
    }
    const offset = paragraph.range[0];
    let cue = quote.cueRange && quote.cue !== null ? { cue: quote.cueRange, text: quote.cue } : null;
    const anchor = cue && cue.cue[0] >= quote.outerRange[1] ? cue.cue[0] : quote.outerRange[0];
    let sentence = sentenceAt(masked, offset, anchor);
    cue ??= findCue(masked, offset, sentence, quote);
    if (!cue) continue;
    // A cue in another sentence (the quote's own ends first) still reads within the cue's.
    sentence = [Math.min(sentence[0], cue.cue[0]), Math.max(sentence[1], cue.cue[1])];
    const situation: Situation = { masked, offset, sentence, quote, cue: cue.cue, cueText: cue.text };
    for (const rule of DESCRIPTION_RULES) {
      const raw = rule.find(situation);
      const description = raw === null ? null : cleanDescription(raw);
      if (description) {
        out[i] = description;
        break;
      }
    }
  }
  return out;
}
