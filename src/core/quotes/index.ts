/**
 * Quotations: every span in quotation marks, paragraph by paragraph, with its kind. Nested
 * quotes are reported too (after their outer quote), usually as `other`; a quote that runs
 * over several paragraphs is one entry per paragraph segment. Speakers are left to the
 * attribution stage.
 */
import type { Segmentation } from '../anatomy';
import type { Paragraph, Quote } from '../types';
import { quoteKind } from './kind';
import { scanParagraph } from './scan';

/** The quotations of one paragraph (speaker left null). */
export function findParagraphQuotes(text: string, paragraph: Paragraph): Quote[] {
  const [start, end] = paragraph.range;
  return scanParagraph(text, start, end).map((raw) => {
    const [s, e] = raw.range;
    const content = text.slice(s, e);
    // The kind depends on the words next to the quote only: bounded windows keep a long
    // paragraph with many quotes linear.
    const beforeFrom = Math.max(start, raw.outerRange[0] - CONTEXT);
    const kind = quoteKind(
      content,
      text.slice(beforeFrom, raw.outerRange[0]),
      text.slice(raw.outerRange[1], Math.min(end, raw.outerRange[1] + CONTEXT)),
      raw,
      paragraph.kind,
    );
    return {
      text: content,
      range: raw.range,
      outerRange: raw.outerRange,
      kind,
      speaker: null,
      cue: null,
      cueRange: null,
      article: paragraph.article,
    };
  });
}

/** Characters of context on each side of a quote that decide its kind. */
const CONTEXT = 160;

/** Finds every quotation and its kind (speaker left null). */
export function findQuotes(text: string, segmentation: Segmentation): Quote[] {
  const quotes: Quote[] = [];
  for (const paragraph of segmentation.paragraphs) {
    for (const q of findParagraphQuotes(text, paragraph)) quotes.push(q);
  }
  return quotes;
}

/**
 * `quotes` without the ones a straight apostrophe opened by mistake. An ʻokina or an elision
 * written as ' at a paragraph's start ("'Ofa Tupou, 46, sells vegetables") looks like an
 * opening single mark; never closed, it made the whole paragraph a quotation. A quotation
 * that really runs on into the next paragraph reopens there with the same mark (the
 * multi-paragraph convention), so one that does not, opened by a straight single mark at
 * its paragraph's start and never closed, is dropped. The same array when none is.
 */
export function withoutStrayOpenings(text: string, quotes: Quote[], paragraphs: readonly Paragraph[]): Quote[] {
  const stray = new Set<Quote>();
  let p = 0;
  for (const q of quotes) {
    const [open, close] = q.outerRange;
    // ''…'' is a double mark written as two singles (scan.ts): a real opening.
    if (text[open] !== "'" || text[open + 1] === "'" || close !== q.range[1]) continue;
    while (p < paragraphs.length && paragraphs[p]!.range[1] <= open) p++;
    const para = paragraphs[p];
    if (!para || para.range[0] !== open) continue;
    const next = paragraphs[p + 1];
    if (!next || text[next.range[0]] !== "'") stray.add(q);
  }
  return stray.size === 0 ? quotes : quotes.filter((q) => !stray.has(q));
}
