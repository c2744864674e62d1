import { UNCERTAIN_BELOW } from '../core/kinds';
import type { Actor, Quote } from '../core/types';
import { shortNames, type AnalysisIndex } from './lookup';

/** The `newsLens.showSpeakers` setting. */
export type ShowSpeakers = 'always' | 'whenNotNearby' | 'never';

/** The default: a label only where the text does not name the speaker next to the quote. */
export const DEFAULT_SHOW_SPEAKERS: ShowSpeakers = 'whenNotNearby';

/**
 * Reads `newsLens.showSpeakers`, accepting the boolean it used to be: `false` still
 * means no labels, `true` (the old default) the new default. Anything else is the default.
 */
export function parseShowSpeakers(value: unknown): ShowSpeakers {
  if (value === false) return 'never';
  if (value === 'always' || value === 'never' || value === 'whenNotNearby') return value;
  return DEFAULT_SHOW_SPEAKERS;
}

/**
 * How far (in characters) from a quote's marks a mention of its speaker counts as
 * "next to" it: "“…,” said Lee" or "Lee, the union's secretary, said: “…”" are;
 * a name two sentences back is not.
 */
export const NEARBY_CHARS = 50;

/** Line breaks and quotation marks: a name beyond one is not next to the quote. */
const BARRIER = /[\r\n\u2028\u2029"“”„«»]/;

/** Whether the text names the quote's speaker next to it, outside the quotation, in the same paragraph. */
export function isNamedNearby(quote: Quote, speaker: Actor, text: string): boolean {
  const [start, end] = quote.outerRange;
  return speaker.mentions.some(([s, e]) => {
    let gap: [number, number];
    if (e <= start) gap = [e, start];
    else if (s >= end) gap = [end, s];
    else return false; // inside the quotation: the speaker is being quoted about, not named as its source
    return gap[1] - gap[0] <= NEARBY_CHARS && !BARRIER.test(text.slice(gap[0], gap[1]));
  });
}

/** Whether a quote's speaker is a guess the reader should check (confidence below the threshold). */
export function isUncertain(quote: Quote): boolean {
  return quote.speaker !== null && quote.confidence !== undefined && quote.confidence < UNCERTAIN_BELOW;
}

/** Why a quote's speaker is uncertain, in words, for hovers: the engine's reasons when it gives them. */
export function uncertaintyNote(quote: Quote): string {
  const confidence = quote.confidence === undefined ? '' : ` (confidence ${Math.round(quote.confidence * 100)}%)`;
  const reasons = quote.why?.filter((w) => w.trim() !== '') ?? [];
  const because = reasons.length ? reasons.join('; ') : 'guessed from the context, check the attribution';
  return `Speaker uncertain${confidence}: ${because}`;
}

/** One speaker label: where it goes (just after the quote's closing mark) and what it says. */
export interface SpeakerLabel {
  quote: Quote;
  speaker: Actor;
  /** Offset the label is drawn at. */
  offset: number;
  /** "— Okafor", "— Okafor?" when uncertain. */
  text: string;
  uncertain: boolean;
}

/**
 * The speaker labels to draw for an analysis of `text`. With `whenNotNearby`, a quote
 * whose speaker is named next to it gets none, so a label never repeats the name beside
 * it ("…,” — Lee Lee said"); `always` labels every attributed quote. Titles, nicknames
 * and scare quotes (`other`) never get one.
 */
export function speakerLabels(index: AnalysisIndex, text: string, mode: ShowSpeakers): SpeakerLabel[] {
  if (mode === 'never') return [];
  const names = shortNames(index.analysis.actors);
  const labels: SpeakerLabel[] = [];
  for (const quote of index.quotes) {
    if (quote.kind === 'other') continue;
    const speaker = index.actor(quote.speaker);
    const name = speaker && names.get(speaker.id);
    if (!speaker || !name) continue;
    if (mode === 'whenNotNearby' && isNamedNearby(quote, speaker, text)) continue;
    const uncertain = isUncertain(quote);
    labels.push({ quote, speaker, offset: quote.outerRange[1], text: `— ${name}${uncertain ? '?' : ''}`, uncertain });
  }
  return labels;
}
