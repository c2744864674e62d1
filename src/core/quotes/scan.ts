/**
 * Finding quotation spans in one paragraph: every quote mark is read in context (an
 * apostrophe in Pakistan’s, don’t, ’90s, rock ’n’ roll or a plural possessive is not a quote
 * mark), then opening and closing marks are paired with a stack. Curly and straight marks of
 * one family pair with each other, since copy mixes them.
 */
import type { Range } from '../types';

/** A quotation found in a paragraph, before its kind is decided. */
export interface RawQuote {
  range: Range;
  outerRange: Range;
  /** Nesting depth: 0 for a top-level quote, 1 for a quote inside it, ... */
  depth: number;
  /** Whether a closing mark ended it (false: it ran to the paragraph end or the next opening). */
  closed: boolean;
}

type Family = 'double' | 'single';
type Role = 'open' | 'close' | 'either' | 'none';

const DOUBLE_OPEN = new Set(['“', '„', '«']);
const DOUBLE_CLOSE = new Set(['”', '»']);
const SINGLE_OPEN = new Set(['‘', '‚', '‹']);
const SINGLE_CLOSE = new Set(['’', '›']);

const SPACE = /[\s\u00a0\u2000-\u200b]/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Characters after which a mark opens a quotation. */
const OPEN_BEFORE = /[\s\u00a0([{\u2014\u2013\-/:;,“‘"'«„]/;
/** Characters after which a mark closes a quotation. */
const CLOSE_AFTER = /[\s\u00a0.,;:!?)\]}\u2014\u2013\-/”’"'»…*]/;

/** Elisions and decades that start with an apostrophe: ’90s, ’em, ’til, ’n’. */
const ELISION = /^(?:\d0s|\d\ds\b|\d\d\b(?![\d.,])|em\b|cause\b|til\b|tis\b|twas\b|n['’]|s\b|bout\b|round\b)/i;

function familyOf(c: string): Family | null {
  if (c === '"' || DOUBLE_OPEN.has(c) || DOUBLE_CLOSE.has(c)) return 'double';
  if (c === "'" || SINGLE_OPEN.has(c) || SINGLE_CLOSE.has(c)) return 'single';
  return null;
}

/** The role a mark can play from its neighbours alone. */
function roleOf(c: string, prev: string, next: string, after: string): Role {
  const openCtx = prev === '' || OPEN_BEFORE.test(prev);
  const closeCtx = next === '' || CLOSE_AFTER.test(next);
  const nextSolid = next !== '' && !SPACE.test(next);
  const prevSolid = prev !== '' && !SPACE.test(prev);
  if (DOUBLE_OPEN.has(c)) return 'open';
  if (DOUBLE_CLOSE.has(c)) return 'close';
  if (c === '"') {
    // After a comma or full stop ("Hello,"he said) a straight mark is as likely to close.
    if (openCtx && nextSolid && !closeCtx) return /[,;:.]/.test(prev) ? 'either' : 'open';
    if (prevSolid && closeCtx) return 'close';
    if (prevSolid && nextSolid) return 'either';
    return openCtx && nextSolid ? 'open' : 'none';
  }
  // Single marks: most of them are apostrophes.
  const letterBefore = prev !== '' && LETTER_OR_DIGIT.test(prev);
  const letterAfter = next !== '' && LETTER_OR_DIGIT.test(next);
  if (letterBefore && letterAfter) return 'none'; // Pakistan’s, don't
  if (openCtx && nextSolid && !closeCtx) {
    if (ELISION.test(after)) return 'none';
    return SINGLE_CLOSE.has(c) ? 'none' : 'open';
  }
  if (prevSolid && closeCtx) return SINGLE_OPEN.has(c) ? 'none' : 'close';
  return 'none';
}

/**
 * Marks whose role depends on the style a quotation opened with. German, Icelandic and
 * Czech copy closes „…“ with the mark English opens with, and ‚…‘ likewise; Danish copy
 * writes »…«, the other way round from French. After such an opening, the mark that closes
 * it in that style closes it when it stands after a word or a stop; and » with no double
 * quotation open, before a word, opens one, as ” does in Swedish and Finnish copy (”…”).
 */
function reversedStyle(c: string, role: Role, opener: string, prev: string, next: string): Role {
  const prevSolid = prev !== '' && !SPACE.test(prev);
  if (prevSolid && ((c === '“' && opener === '„') || (c === '‘' && opener === '‚') || (c === '«' && opener === '»'))) return 'close';
  if (c === '»' && opener === '' && (prev === '' || OPEN_BEFORE.test(prev)) && next !== '' && !SPACE.test(next)) return 'open';
  // Swedish and Finnish copy writes ”…”, one mark for both ends: with no double quotation
  // open, ” before a word (after a space or the paragraph's start) opens one.
  if (c === '”' && opener === '' && (prev === '' || OPEN_BEFORE.test(prev)) && next !== '' && !SPACE.test(next) && !CLOSE_AFTER.test(next)) return 'open';
  return role;
}

interface Open {
  family: Family;
  markStart: number;
  contentStart: number;
}

/**
 * Two straight single marks written as one double mark (''…'', the New York Times' house
 * style): they open or close a double quotation together, never as two nested single ones.
 */
function isDoubledSingle(text: string, i: number, end: number): boolean {
  return text[i] === "'" && i + 1 < end && text[i + 1] === "'";
}

const MAX_DEPTH = 4;
/** How far the plural-possessive check looks for a later closing mark. */
const LOOKAHEAD = 400;

/** Does a sentence end right before `i` (after `from`): ". ", ".” ", "? "? */
function sentenceEndsBefore(text: string, from: number, i: number): boolean {
  let j = i - 1;
  while (j >= from && SPACE.test(text[j]!)) j--;
  if (j >= from && /["”’']/.test(text[j]!)) j--;
  return j >= from && /[.!?…]/.test(text[j]!);
}

/**
 * Finds the quotations in `text.slice(start, end)` (one paragraph). Offsets are absolute.
 * A mark left open at the paragraph end closes there (the multi-paragraph convention, or
 * copy that lost a paragraph break); a new opening double mark after a finished sentence
 * while a double quote is open ends the open one the same way.
 */
export function scanParagraph(text: string, start: number, end: number): RawQuote[] {
  const out: RawQuote[] = [];
  const stack: Open[] = [];

  const trimEnd = (s: number, e: number): number => {
    while (e > s && SPACE.test(text[e - 1]!)) e--;
    return e;
  };
  const emit = (o: Open, contentEnd: number, outerEnd: number, closed: boolean, depth: number): void => {
    const ce = trimEnd(o.contentStart, contentEnd);
    // « spaced guillemets », as French copy writes them: the words without the spaces.
    let cs = o.contentStart;
    while (cs < ce && SPACE.test(text[cs]!)) cs++;
    if (ce <= cs) return;
    out.push({ range: [cs, ce], outerRange: [o.markStart, closed ? outerEnd : ce], depth, closed });
  };
  /** Closes stack entries from index `k` up, the one at `k` by a mark at [markAt, markEnd). */
  const closeFrom = (k: number, markAt: number, markEnd: number, closed: boolean): void => {
    for (let i = stack.length - 1; i >= k; i--) {
      const o = stack[i]!;
      // Inner quotes left open end where their outer quote ends, marks excluded.
      emit(o, markAt, i === k ? markEnd : markAt, i === k && closed, i);
    }
    stack.length = k;
  };
  const lastOf = (family: Family): number => {
    for (let i = stack.length - 1; i >= 0; i--) if (stack[i]!.family === family) return i;
    return -1;
  };

  for (let i = start; i < end; i++) {
    const doubled = isDoubledSingle(text, i, end);
    // A doubled single mark is read as one straight double mark of two characters.
    const c = doubled ? '"' : text[i]!;
    const width = doubled ? 2 : 1;
    const family = familyOf(c);
    if (!family) continue;
    // ’n’ as in rock ’n’ roll: skip the whole elision.
    if (family === 'single' && /^['‘’]n['’’]\s/.test(text.slice(i, i + 4)) && (i === start || SPACE.test(text[i - 1]!))) {
      i += 2;
      continue;
    }
    const prev = i > start ? text[i - 1]! : '';
    const next = i + width < end ? text[i + width]! : '';
    let role = roleOf(c, prev, next, text.slice(i + width, Math.min(end, i + width + 7)));
    const open = lastOf(family);
    if (role === 'either') role = open >= 0 ? 'close' : 'open';
    role = reversedStyle(c, role, open >= 0 ? text[stack[open]!.markStart]! : '', prev, next);

    if (role === 'open') {
      if (open >= 0 && sentenceEndsBefore(text, stack[open]!.contentStart, i)) {
        // An opening mark after a finished sentence inside an open quote of the same family:
        // the open one lost its closing mark (or its paragraph break).
        closeFrom(open, i, i, false);
      }
      // Deeper nesting than this is noise (stray marks), and would make pairing slow.
      if (stack.length < MAX_DEPTH) stack.push({ family, markStart: i, contentStart: i + width });
      i += width - 1;
      continue;
    }
    if (role === 'close') {
      if (open >= 0) {
        if (family === 'single' && open !== stack.length - 1) continue; // an apostrophe inside an inner double
        if (family === 'single' && isPluralPossessive(text, i, end, prev)) continue;
        closeFrom(open, i, i + width, true);
      } else if (family === 'double' && stack.length > 0 && stack[stack.length - 1]!.family === 'single') {
        // 'Opened with a single mark and closed with a double," as some copy has it.
        closeFrom(stack.length - 1, i, i + width, true);
      }
    }
    i += width - 1;
  }
  // Marks still open at the paragraph end close there. A single mark left open that did not
  // open the paragraph is more likely an apostrophe than a quotation.
  for (let k = 0; k < stack.length; k++) {
    const o = stack[k]!;
    if (o.family === 'single' && o.markStart !== start && !stack.slice(0, k).some((x) => x.family === 'double')) {
      stack.splice(k);
      break;
    }
  }
  if (stack.length) closeFrom(0, end, end, false);
  out.sort((a, b) => a.outerRange[0] - b.outerRange[0]);
  return out;
}

/**
 * dogs’ bowls: a closing single mark after an "s" followed by a lower-case word is a plural
 * possessive when another mark later in the paragraph can still close the quotation.
 */
function isPluralPossessive(text: string, i: number, end: number, prev: string): boolean {
  if (prev !== 's' || !/^\s+[a-z]/.test(text.slice(i + 1, i + 4))) return false;
  for (let j = i + 1; j < Math.min(end, i + LOOKAHEAD); j++) {
    const c = text[j]!;
    if (c !== '’' && c !== "'" && c !== '‘') continue;
    const p = text[j - 1]!;
    const n = j + 1 < end ? text[j + 1]! : '';
    // Another quotation opening first: this mark closed the quote after all.
    if (OPEN_BEFORE.test(p) && n !== '' && !SPACE.test(n) && !CLOSE_AFTER.test(n)) return false;
    if (!SPACE.test(p) && (n === '' || CLOSE_AFTER.test(n))) return true;
  }
  return false;
}
