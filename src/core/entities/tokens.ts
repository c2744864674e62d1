/**
 * A small, fast tokenizer for news text: words (with inner hyphens and apostrophes,
 * "Tehreek-e-Insaf", "O'Neill"), dotted abbreviations ("U.S.", "Lt."), numbers and
 * single punctuation marks, each with its offsets and the casing signals the name
 * finder needs. One regex pass per paragraph; no allocation beyond the tokens.
 */

import { ACADEMIC_TITLES } from '../lexicon/words';

/** How much a token's capital letter says about it being part of a name. */
export type CapSignal =
  /** Lower case (or not a word). */
  | 'none'
  /** Capitalised in running text, not sentence-initial: good evidence of a name. */
  | 'strong'
  /** Capitalised where everything is (sentence start, title-case line): weak evidence. */
  | 'weak'
  /** Written in an ALL-CAPS line, where case says nothing. */
  | 'caps';

/** One token of a paragraph, with its offsets into the analysed text and its casing evidence. */
export interface Token {
  text: string;
  /** Lower case without a final abbreviation dot. */
  lower: string;
  start: number;
  end: number;
  kind: 'word' | 'num' | 'punct';
  /** First letter upper case (or an inner capital: "eBay", "al-Boushi"). */
  cap: boolean;
  /** Two or more letters, all upper case ("PTI", "U.S."). */
  allCaps: boolean;
  signal: CapSignal;
  /** First token of a sentence (after . ! ? : a bullet, or a line start). */
  sentenceStart: boolean;
  /** First token on its line. */
  lineStart: boolean;
  /** A possessive 's / ’s followed this word (and was split off). */
  possessive: boolean;
  /** Letters and upper-case letters in `text`. */
  letters: number;
  uppers: number;
  /** The whitespace before this token holds a line break, or a column break (a tab, three spaces or more). */
  newlineBefore: boolean;
}

const TOKEN_RE =
  /(?:\p{Lu}\.){2,}|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:[-'’&][\p{L}\p{M}\p{N}]+)*|\p{N}+(?:[.,:/]\p{N}+)*|\S/gu;

/** Words whose following dot belongs to them ("Mr.", "Lt.", "Inc."). */
const DOT_WORDS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'lt', 'gen', 'col', 'maj', 'capt', 'cmdr', 'sgt', 'cpl', 'pvt', 'adm', 'brig', 'gov',
  'sen', 'rep', 'rev', 'st', 'mt', 'jr', 'sr', 'inc', 'corp', 'co', 'ltd', 'bros', 'no', 'vs', 'jan', 'feb', 'mar',
  'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs',
  'fri', 'sat', 'sun', 'ft', 'messrs', 'supt', 'insp', 'det', 'hon', 'barr', 'engr', 'cllr', 'coun', 'clr', 'atty', 'fr', 'ave', 'blvd', 'dept', 'univ', 'assn',
  ...ACADEMIC_TITLES,
]);

/**
 * An engineer's title as Latin American and Arab news write it, "Ing." or "Eng." before a
 * name: read as "Engr." Only so cased and with its dot: "ING" and "Eng" alone are names.
 */
const ENGINEER = new Set(['Ing', 'Eng']);

const SENTENCE_END = new Set(['.', '!', '?', ':', ';', '•', '·', '…', '|', '▪', '●', '*']);
const LETTER_RE = /\p{L}/u;

function isLetter(c: string): boolean {
  return c.toLowerCase() !== c.toUpperCase() || LETTER_RE.test(c);
}

function isUpper(c: string): boolean {
  return c !== c.toLowerCase();
}

/** Tokenizes `text.slice(start, end)`; offsets are into `text`. */
export function tokenize(text: string, start: number, end: number): Token[] {
  const slice = text.slice(start, end);
  const tokens: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let prevEnd = 0;
  while ((m = TOKEN_RE.exec(slice)) !== null) {
    let raw = m[0];
    const s = m.index;
    let newlineBefore = tokens.length === 0;
    // A column break of a table pasted as text (a tab, or three spaces or more) parts cells as a line break does.
    let spaces = 0;
    for (let k = prevEnd; k < s && !newlineBefore; k++) {
      const c = slice.charCodeAt(k);
      spaces = c === 32 ? spaces + 1 : 0;
      if (c === 10 || c === 9 || spaces >= 3) newlineBefore = true;
    }
    const ch = raw.charCodeAt(0);
    const isNum = ch >= 48 && ch <= 57;
    const isWord = !isNum && raw.length > 0 && (raw.length > 1 || isLetter(raw));
    let possessive = false;
    if (isWord) {
      const last = raw.charCodeAt(raw.length - 1);
      if ((last === 115 || last === 83) && raw.length > 2) {
        const ap = raw.charCodeAt(raw.length - 2);
        if ((ap === 39 || ap === 0x2019) && raw.charCodeAt(raw.length - 3) !== 39 && raw.charCodeAt(raw.length - 3) !== 0x2019) {
          raw = raw.slice(0, -2);
          possessive = true;
        }
      }
      // An abbreviation or an initial keeps its dot.
      if (!possessive && slice.charCodeAt(s + raw.length) === 46 && !raw.includes('.')) {
        const lw = raw.toLowerCase();
        if (DOT_WORDS.has(lw) || ENGINEER.has(raw) || (raw.length === 1 && isUpper(raw))) {
          raw += '.';
          TOKEN_RE.lastIndex = s + raw.length;
        }
      }
    }
    let letters = 0;
    let uppers = 0;
    let cap = false;
    if (isWord) {
      for (let k = 0; k < raw.length; k++) {
        const code = raw.charCodeAt(k);
        if (code < 128) {
          if (code >= 65 && code <= 90) {
            letters++;
            uppers++;
          } else if (code >= 97 && code <= 122) letters++;
          continue;
        }
        const c = raw[k]!;
        const lo = c.toLowerCase();
        const up = c.toUpperCase();
        if (lo === up) continue;
        letters++;
        if (c === up) uppers++;
      }
      const c0 = raw[0]!;
      cap = c0 !== c0.toLowerCase() || (uppers > 0 && /^\p{Ll}{1,3}[-']?\p{Lu}/u.test(raw));
    }
    const lower = raw.toLowerCase();
    tokens.push({
      text: raw,
      lower: lower.charCodeAt(lower.length - 1) === 46 ? (ENGINEER.has(raw.slice(0, -1)) ? 'engr' : lower.slice(0, -1)) : lower,
      start: start + s,
      end: start + s + raw.length,
      kind: isWord ? 'word' : isNum ? 'num' : 'punct',
      cap,
      allCaps: letters >= 2 && uppers === letters,
      letters,
      uppers,
      signal: 'none',
      sentenceStart: false,
      lineStart: newlineBefore,
      possessive,
      newlineBefore,
    });
    if (possessive) TOKEN_RE.lastIndex = s + m[0].length;
    prevEnd = TOKEN_RE.lastIndex;
  }
  markSignals(tokens);
  return tokens;
}

/** Sets `sentenceStart` and `signal` on every token, line by line. */
function markSignals(tokens: Token[]): void {
  let lineFrom = 0;
  for (let i = 0; i <= tokens.length; i++) {
    if (i === tokens.length || (i > lineFrom && tokens[i]!.newlineBefore)) {
      markLine(tokens, lineFrom, i);
      lineFrom = i;
    }
  }
}

const FUNCTION_WORDS = new Set([
  'a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'but', 'by', 'with', 'from', 'as', 'is', 'are',
  'vs', 'v', 'nor', 'into', 'after', 'over', 'its', 'up', 'via', 'per', 'be', 'was', 'has', 'his', 'her',
]);

function markLine(tokens: Token[], from: number, to: number): void {
  let words = 0;
  let capWords = 0;
  let lowerWords = 0;
  let semicolon = false;
  let nums = 0;
  let letters = 0;
  let uppers = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (t.text === ';' || t.text === '(') semicolon = true;
    if (t.kind === 'num') nums++;
    if (t.kind !== 'word') continue;
    letters += t.letters;
    uppers += t.uppers;
    if (FUNCTION_WORDS.has(t.lower) && !t.cap) continue;
    if (t.text.length < 2 && !t.cap) continue;
    words++;
    if (t.cap) capWords++;
    else lowerWords++;
  }
  const allCapsLine = letters >= 6 && uppers / letters > 0.8 && words >= 2;
  const titleLine = !allCapsLine && words >= 3 && words <= 16 && capWords / words >= 0.75 && lowerWords <= 1 && !semicolon && nums < 2;
  let start = true;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (t.kind === 'punct') {
      // Dashes separate datelines, bullets and headline parts: what follows is sentence-initial.
      if (SENTENCE_END.has(t.text) || t.text === '-' || t.text === '–' || t.text === '—') start = true;
      continue;
    }
    t.sentenceStart = start;
    start = false;
    if (t.kind !== 'word' || !t.cap) continue;
    if (allCapsLine) t.signal = 'caps';
    else if (titleLine || t.sentenceStart) t.signal = 'weak';
    else t.signal = 'strong';
  }
}
