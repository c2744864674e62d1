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
