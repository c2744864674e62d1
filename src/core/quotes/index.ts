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
    let beforeFrom = start;
    if (raw.depth > 0) beforeFrom = Math.max(start, ...findEnclosing(text, start, end, raw.outerRange[0]));
    const kind = quoteKind(
      content,
      text.slice(beforeFrom, raw.outerRange[0]),
      text.slice(raw.outerRange[1], end),
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

/** Start of the sentence inside the enclosing quote that holds position `at`. */
function findEnclosing(text: string, start: number, _end: number, at: number): number[] {
  const slice = text.slice(start, at);
  const m = /[.!?]["”’']?\s+(?=\S)[^.!?]*$/.exec(slice);
  return m ? [start + m.index + m[0].length - m[0].replace(/^[.!?]["”’']?\s+/, '').length] : [];
}

/** Finds every quotation and its kind (speaker left null). */
export function findQuotes(text: string, segmentation: Segmentation): Quote[] {
  const quotes: Quote[] = [];
  for (const paragraph of segmentation.paragraphs) {
    for (const q of findParagraphQuotes(text, paragraph)) quotes.push(q);
  }
  return quotes;
}
