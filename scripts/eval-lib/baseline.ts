/**
 * The reference point EVALUATION.md and the CoNLL README quote: bare `compromise`
 * selections (people, organizations, places, quotations), no grouping, no attribution,
 * the first line as the only headline, expressed in the export format so that the same
 * scorer reads it. A sanity check of the scorer, not a competitor.
 */
import nlp from 'compromise';
import type { ExportDocument, ExportRange } from '../../src/core/export';

interface Match {
  text: string;
  offset: { start: number; length: number };
}

const QUOTE_MARK = /["'“”„‟‘’‚‛«»‹›]/;

/** Shrinks a compromise match to its words: no surrounding spaces or punctuation. */
function trimmed(text: string, start: number, end: number): ExportRange {
  while (start < end && /[\s"'“”„‟‘’‚‛«»‹›(\[]/.test(text[start] ?? '')) start++;
  while (end > start && /[\s"'“”„‟‘’‚‛«»‹›.,;:!?)\]]/.test(text[end - 1] ?? '')) end--;
  if (text.slice(end - 2, end).match(/^['’]s$/)) end -= 2;
  return [start, end];
}

/** The offsets and text of every match of a compromise selection. */
function matches(view: { json(options: object): unknown }): Match[] {
  return view.json({ offset: true, text: true }) as Match[];
}

/**
 * Runs bare compromise on `text`. Every distinct surface string becomes its own actor or
 * place (identical strings share one entry; no other grouping), every quotation a
 * `direct` quote with no speaker.
 */
export function baselineExport(text: string, source: string | null): ExportDocument {
  const doc = nlp(text);
  const out: ExportDocument = { version: 1, source, articles: [], actors: [], places: [], dates: [], quotes: [] };
  const firstLine = /^\s*(.*\S)/.exec(text);
  if (firstLine) {
    const start = text.indexOf(firstLine[1]!);
    const headline = firstLine[1]!;
    out.articles.push({
      headline,
      range: [start, text.length],
      dateline: null,
      published: null,
      sections: [{ kind: 'headline', title: headline, range: [start, start + headline.length] }],
    });
  }
  const actor = (type: 'person' | 'organization', m: Match) => {
    const range = trimmed(text, m.offset.start, m.offset.start + m.offset.length);
    const name = text.slice(range[0], range[1]);
    if (!name) return;
    const same = out.actors.find((a) => a.type === type && a.name === name);
    if (same) same.mentions.push(range);
    else out.actors.push({ id: `${type}-${out.actors.length + 1}`, name, type, aliases: [name], role: null, affiliation: null, mentions: [range] });
  };
  for (const m of matches(doc.people())) actor('person', m);
  for (const m of matches(doc.organizations())) actor('organization', m);
  for (const m of matches(doc.places())) {
    const range = trimmed(text, m.offset.start, m.offset.start + m.offset.length);
    const name = text.slice(range[0], range[1]);
    if (name) out.places.push({ name, mentions: [range] });
  }
  for (const m of matches(doc.quotations())) {
    // compromise's offset starts after the opening mark and runs past the closing one.
    const start = m.offset.start;
    let end = start + m.offset.length;
    while (end > start && /[\s.,;:!?)\]]/.test(text[end - 1] ?? '')) end--;
    if (end > start && QUOTE_MARK.test(text[end - 1] ?? '')) end--;
    if (end > start) out.quotes.push({ text: text.slice(start, end), range: [start, end], kind: 'direct', speaker: null, cue: null });
  }
  return out;
}
