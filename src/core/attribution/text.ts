/**
 * The reporter's text of a paragraph: quotation contents blanked out (so their words are
 * never taken for cues or subjects, and their full stops never end the reporter's sentence),
 * split into sentences and words.
 */
import type { Quote, Range } from '../types';

/** A word of the masked paragraph, with absolute offsets. */
export interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
}

/**
 * The paragraph `[start, end)` with every quote's content replaced by spaces, except a final
 * . ! ? or , (which still tells whether the quote ended a sentence or is followed by a cue).
 */
export function maskQuotes(text: string, start: number, end: number, quotes: readonly Quote[]): string {
  if (quotes.length === 0) return text.slice(start, end);
  let out = '';
  let at = start;
  for (const q of quotes) {
    const s = Math.max(q.range[0], at);
    const e = Math.min(q.range[1], end);
    if (e <= s) continue;
    const keep = /[.!?,]/.test(text[e - 1] ?? '') ? e - 1 : e;
    out += text.slice(at, s) + ' '.repeat(keep - s);
    at = keep;
  }
  return out + text.slice(at, end);
}

const ABBREVIATION =
  /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Prof|St|Lt|Gen|Col|Maj|Capt|Sgt|Rep|Sen|Gov|Jr|Sr|No|Mt|Ft|vs|etc|Inc|Corp|Ltd|Co|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Rev|Hon|Adm|Brig|Cmdr|Supt|Insp|Det|Cpl|Pvt|approx|[A-Z]|(?:[A-Za-z]\.)+[A-Za-z])\.$/;

/** Sentence ranges (absolute) of a masked paragraph that starts at `offset`. */
export function splitSentences(masked: string, offset: number): Range[] {
  // A bulleted line is a sentence of its own, punctuated or not (standfirst bullets rarely are).
  const out: Range[] = [];
  let start = 0;
  for (let m = BULLET_LINE.exec(masked); m; m = BULLET_LINE.exec(masked)) {
    const at = m.index + m[1]!.length;
    if (at > start) out.push(...splitProse(masked.slice(start, at).trimEnd(), offset + start));
    start = at;
  }
  BULLET_LINE.lastIndex = 0;
  out.push(...splitProse(masked.slice(start), offset + start));
  return out.filter(([a, b]) => b > a);
}

/** A line break before a bullet (•, ▪, ◦, ‣, *, -, –, — then a space). */
const BULLET_LINE = /(\r?\n[ \t]*)(?=[•▪◦‣*–—-][ \t])/g;

function splitProse(masked: string, offset: number): Range[] {
  const out: Range[] = [];
  const re = /[.!?…]+["”’')\]]*(?=[\s\u00a0]+(?:["“‘'«„]|[(\[]?[\p{Lu}\p{N}]))/gu;
  let from = 0;
  for (let m = re.exec(masked); m; m = re.exec(masked)) {
    const end = m.index + m[0].length;
    if (m[0] === '.' && ABBREVIATION.test(masked.slice(Math.max(0, m.index - 12), m.index + 1))) continue;
    out.push([offset + from, offset + end]);
    from = end;
    while (from < masked.length && /[\s\u00a0]/.test(masked[from]!)) from++;
  }
  if (from < masked.length) out.push([offset + from, offset + masked.length]);
  return out;
}

const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}'’\-]|\.(?=[\p{L}]))*/gu;

/** The words of `masked.slice(from, to)` (offsets absolute; `masked` starts at `offset`). */
export function wordsOf(masked: string, offset: number, from: number, to: number): Word[] {
  const out: Word[] = [];
  const slice = masked.slice(from - offset, to - offset);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) {
    const start = from + m.index;
    out.push({ text: m[0], lower: m[0].toLowerCase(), start, end: start + m[0].length });
  }
  return out;
}

/** The text without a trailing possessive ("Baig’s" → "Baig"). */
export function stripPossessive(word: string): string {
  return word.replace(/['’]s$/i, '');
}
