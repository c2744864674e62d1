import type { Range } from '../types';
import { isByline, isDatedMeta } from './classify';
import { english } from './rules.en';

/** One physical line of the text, with its content trimmed of surrounding blanks. */
export interface Line {
  /** Range of the trimmed content (empty range for a blank line). */
  range: Range;
  text: string;
  blank: boolean;
}

/** A candidate paragraph: one line, or several hard-wrapped lines of one paragraph. */
export interface Unit {
  range: Range;
  text: string;
  /** Blank lines between this unit and the previous one (0 inside a block). */
  blanksBefore: number;
  /** Number of physical lines the unit spans. */
  lineCount: number;
}

/** Whitespace, no-break space, zero-width space and a stray byte-order mark. */
export function isBlankChar(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x200b || c === 0xfeff || c === 0x0c || c === 0x0b || (c >= 0x2000 && c <= 0x200a) || c === 0x3000 || c === 0x202f;
}

/** Splits a text into lines (LF, CRLF or lone CR), each trimmed to its content. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const re = /\r\n|\r|\n/g;
  let start = 0;
  for (;;) {
    const m = re.exec(text);
    const end = m ? m.index : text.length;
    let s = start;
    let e = end;
    while (s < e && isBlankChar(text.charCodeAt(s))) s++;
    while (e > s && isBlankChar(text.charCodeAt(e - 1))) e--;
    if (s === e) lines.push({ range: [start, start], text: '', blank: true });
    else lines.push({ range: [s, e], text: text.slice(s, e), blank: false });
    if (!m) break;
    start = m.index + m[0].length;
  }
  return lines;
}

const SENTENCE_END = /[.!?:;"”’')\]…]$/;

/**
 * A block looks hard-wrapped (one paragraph broken over lines at a fixed width) when its
 * lines are of a wrapping width and most line breaks fall inside a sentence. Web copy that
 * puts one paragraph per line breaks at sentence ends instead, and is kept line by line.
 */
function isHardWrapped(block: Line[]): boolean {
  if (block.length < 2) return false;
  let inside = 0;
  for (let i = 0; i < block.length - 1; i++) {
    const t = block[i]!.text;
    // A byline or a dated line is a line of its own ("Words by X · Photographs by Y" / "Monday 13 July 2026").
    if (t.length < 40 || t.length > 100 || META_START.test(block[i + 1]!.text) || isByline(t) || isDatedMeta(block[i + 1]!.text)) return false;
    if (!SENTENCE_END.test(t)) inside++;
  }
  return inside * 2 >= block.length - 1;
}

/** Lines that start like a meta line never carry on the line above. */
const META_START = english.lineStartsMeta;

/**
 * Does `next` carry on the sentence `line` left unfinished (no final stop, lower-case start,
 * not a meta line)? The file's first line, the headline, never continues.
 */
function continues(line: string, next: string): boolean {
  if (SENTENCE_END.test(line) || !/^\p{Ll}/u.test(next)) return false;
  if (META_START.test(next)) return false;
  let words = 0;
  for (let i = 0; i < line.length && words < 8; i++) if (line.charCodeAt(i) === 32) words++;
  return words >= 7;
}

/** Groups lines into units: blank-line separated blocks, split line by line unless hard-wrapped. */
export function toUnits(text: string, lines: Line[]): Unit[] {
  const units: Unit[] = [];
  let blanks = 0;
  let i = 0;
  while (i < lines.length) {
    if (lines[i]!.blank) {
      blanks++;
      i++;
      continue;
    }
    const block: Line[] = [];
    while (i < lines.length && !lines[i]!.blank) block.push(lines[i++]!);
    if (units.length > 0 && isHardWrapped(block)) {
      const s = block[0]!.range[0];
      const e = block[block.length - 1]!.range[1];
      units.push({ range: [s, e], text: text.slice(s, e), blanksBefore: blanks, lineCount: block.length });
    } else {
      block.forEach((line, k) => {
        const prev = units[units.length - 1];
        if (k > 0 && prev && units.length > 1 && continues(prev.text, line.text)) {
          // A sentence broken over two lines: one paragraph.
          prev.range = [prev.range[0], line.range[1]];
          prev.text = text.slice(prev.range[0], prev.range[1]);
          prev.lineCount++;
          return;
        }
        units.push({ range: line.range, text: line.text, blanksBefore: k === 0 ? blanks : 0, lineCount: 1 });
      });
    }
    blanks = 0;
  }
  return units;
}
