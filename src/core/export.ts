/**
 * The annotation export (format version 1, `annotation-format.md`) and brat standoff
 * output. Both are views of an `Analysis`: they copy, never mutate, and keep every offset
 * a UTF-16 index into the analysed text (brat output converts to code points, which is
 * what brat counts).
 */
import { KIND } from './kinds';
import type { ActorType, Analysis, Origin, QuoteKind, Range, SectionKind } from './types';

/** The version of the export format this module writes. Bump it on any rename or removal. */
export const EXPORT_VERSION = 1;

/** A half-open `[start, end)` range of UTF-16 offsets, as a plain two-element array. */
export type ExportRange = [number, number];

/** One outline block of an exported article. */
export interface ExportSection {
  kind: SectionKind;
  title: string;
  range: ExportRange;
}

/** One article of the exported file. */
export interface ExportArticle {
  headline: string;
  range: ExportRange;
  dateline: string | null;
  /** ISO date when the text states one, else null. */
  published: string | null;
  sections: ExportSection[];
}

/** A person or organization, with every mention. */
export interface ExportActor {
  id: string;
  name: string;
  type: ActorType;
  aliases: string[];
  role: string | null;
  /** Id of an organization actor, or null. */
  affiliation: string | null;
  mentions: ExportRange[];
  /** `"user"` when a person's correction decided it; left out for the engine's items. */
  origin?: Origin;
  /** People only: what the text itself says (pronouns, honorifics, role nouns), else "unknown"; never from a first name. */
  gender?: 'female' | 'male' | 'unknown';
  /** How sure the engine is of `type`, in [0, 1] (1 for a person's correction). */
  confidence?: number;
  /** With `--explain` only: the rule ids and strongest features behind the actor, as short strings. */
  why?: string[];
}

export interface ExportPlace {
  name: string;
  mentions: ExportRange[];
  origin?: Origin;
}

export interface ExportDate {
  text: string;
  range: ExportRange;
  /** ISO value (YYYY-MM-DD, YYYY-MM or YYYY) or null. */
  value: string | null;
  origin?: Origin;
}

export interface ExportQuote {
  /** The characters between the marks. */
  text: string;
  /** Range of `text`, marks excluded. */
  range: ExportRange;
  kind: QuoteKind;
  /** Actor id of the speaker, or null. */
  speaker: string | null;
  cue: string | null;
  origin?: Origin;
  /** With no named speaker: the description the text gives ("officials", "a source close to the talks"); else null. */
  attributedTo?: string | null;
  /** With a speaker: how sure the engine is of it, in [0, 1], calibrated (1 for a person's correction). */
  confidence?: number;
  /** With `--explain` and a speaker only: the sieve rule and the ranker's strongest features. */
  why?: string[];
}

/** What to add to the export beyond the format's required fields. */
export interface ExportOptions {
  /** Add `why` to every actor and every quote with a speaker (`news-lens annotate --explain`). */
  explain?: boolean;
}

/** The whole export document (`annotation-format.md`, version 1). */
export interface ExportDocument {
  version: 1;
  /** File name, or null for stdin. */
  source: string | null;
  articles: ExportArticle[];
  actors: ExportActor[];
  places: ExportPlace[];
  dates: ExportDate[];
  quotes: ExportQuote[];
}

const range = (r: Range): ExportRange => [r[0], r[1]];

/** `{ origin: "user" }` for an item a person decided; nothing for the engine's (the field is optional). */
const originOf = (item: { origin?: Origin }): { origin?: Origin } => (item.origin === 'user' ? { origin: 'user' } : {});

/** How sure the engine is of an item, and why; a person's correction decided it: certain, and that is the reason. */
export function judgement(item: { origin?: Origin; confidence?: number; why?: readonly string[] }): { confidence?: number; why?: readonly string[] } {
  return item.origin === 'user' ? { confidence: 1, why: ['correction:user'] } : { confidence: item.confidence, why: item.why };
}

/**
 * Builds the public export of an analysis. Field order follows the format description so
 * that pretty-printed output reads like the documentation.
 */
export function toExport(analysis: Analysis, source: string | null, options: ExportOptions = {}): ExportDocument {
  const judged = (item: { origin?: Origin; confidence?: number; why?: string[] }, has: boolean): { confidence?: number; why?: string[] } => {
    if (!has) return {};
    const { confidence, why } = judgement(item);
    return {
      ...(confidence !== undefined ? { confidence } : {}),
      ...(options.explain && why ? { why: [...why] } : {}),
    };
  };
  return {
    version: EXPORT_VERSION,
    source,
    articles: analysis.articles.map((a) => ({
      headline: a.headline,
      range: range(a.range),
      dateline: a.dateline,
      published: a.published,
      sections: a.sections.map((s) => ({ kind: s.kind, title: s.title, range: range(s.range) })),
    })),
    actors: analysis.actors.map((a) => ({
      id: a.id,
      name: a.name,
      type: a.type,
      aliases: [...a.aliases],
      role: a.role,
      affiliation: a.affiliation,
      mentions: a.mentions.map(range),
      ...originOf(a),
      ...(a.type === 'person' ? { gender: a.gender ?? 'unknown' } : {}),
      ...judged(a, true),
    })),
    places: analysis.places.map((p) => ({ name: p.name, mentions: p.mentions.map(range), ...originOf(p) })),
    dates: analysis.dates.map((d) => ({ text: d.text, range: range(d.range), value: d.value, ...originOf(d) })),
    quotes: analysis.quotes.map((q) => ({
      text: q.text,
      range: range(q.range),
      kind: q.kind,
      speaker: q.speaker,
      cue: q.cue,
      ...originOf(q),
      attributedTo: q.speaker === null ? (q.attributedTo ?? null) : null,
      ...judged(q, q.speaker !== null),
    })),
  };
}

interface BratSpan {
  type: string;
  range: Range;
  /** Actor id, for person/organization spans. */
  actor: string | null;
}

/**
 * Splits `[start, end)` at line breaks into the non-empty fragments brat can show; brat
 * forbids newlines inside a span, so a multi-line span becomes a discontinuous one.
 */
function fragments(text: string, start: number, end: number): Range[] {
  const out: Range[] = [];
  let from = start;
  for (let i = start; i <= end; i++) {
    if (i === end || text[i] === '\n' || text[i] === '\r' || text[i] === '\u2028' || text[i] === '\u2029') {
      if (i > from) out.push([from, i]);
      from = i + 1;
    }
  }
  return out;
}

/** Maps UTF-16 offsets to code-point offsets (brat, written in Python, counts code points). */
function codePointOffsets(text: string): (offset: number) => number {
  if (!/[\uD800-\uDBFF]/.test(text)) return (offset) => offset;
  const table = new Uint32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    table[i] = cp;
    const c = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    if (c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      table[i + 1] = cp + 1;
      i++;
    }
    cp++;
  }
  table[text.length] = cp;
  return (offset) => table[offset] ?? cp;
}

/**
 * brat standoff (`.ann`) for an analysis of `text`: a `T` line per person, organization,
 * place and date mention and per quotation (`Quote`, marks excluded), an `A` line with
 * each quotation's kind, and a `Speaker` relation from each attributed quotation to the
 * nearest mention of its speaker. Pair it with the analysed text (BOM removed) as `.txt`.
 */
export function toBrat(analysis: Analysis, text: string): string {
  const spans: BratSpan[] = [];
  for (const actor of analysis.actors) {
    for (const m of actor.mentions) spans.push({ type: KIND[actor.type].brat, range: m, actor: actor.id });
  }
  for (const place of analysis.places) {
    for (const m of place.mentions) spans.push({ type: KIND.place.brat, range: m, actor: null });
  }
  for (const date of analysis.dates) spans.push({ type: KIND.date.brat, range: date.range, actor: null });
  spans.sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1] || a.type.localeCompare(b.type));

  const cp = codePointOffsets(text);
  const lines: string[] = [];
  let t = 0;
  const textBound = (start: number, end: number, type: string): string | null => {
    const parts = fragments(text, Math.max(0, start), Math.min(text.length, end));
    if (parts.length === 0) return null;
    const id = `T${++t}`;
    const offsets = parts.map(([s, e]) => `${cp(s)} ${cp(e)}`).join(';');
    const surface = parts.map(([s, e]) => text.slice(s, e)).join(' ');
    lines.push(`${id}\t${type} ${offsets}\t${surface}`);
    return id;
  };

  const seen = new Set<string>();
  const mentionIds: Array<{ id: string; range: Range; actor: string | null }> = [];
  for (const span of spans) {
    const key = `${span.type}:${span.range[0]}:${span.range[1]}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const id = textBound(span.range[0], span.range[1], span.type);
    if (id) mentionIds.push({ id, range: span.range, actor: span.actor });
  }

  let a = 0;
  let r = 0;
  for (const quote of analysis.quotes) {
    const id = textBound(quote.range[0], quote.range[1], KIND.quote.brat);
    if (!id) continue;
    lines.push(`A${++a}\tKind ${id} ${quote.kind}`);
    if (quote.speaker === null) continue;
    const target = nearestMention(mentionIds.filter((m) => m.actor === quote.speaker), quote.range, quote.cueRange);
    if (target) lines.push(`R${++r}\tSpeaker Arg1:${id} Arg2:${target}`);
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}

/** Gap between two ranges (0 when they touch or overlap). */
const gap = (a: Range, b: Range): number => Math.max(0, a[0] - b[1], b[0] - a[1]);

/**
 * The speaker mention a reader would link to the quote: nearest to the cue when there is
 * one, else to the quote, preferring mentions outside the quotation itself.
 */
function nearestMention(candidates: Array<{ id: string; range: Range }>, quote: Range, cue: Range | null): string | null {
  let best: { id: string; score: number } | null = null;
  for (const m of candidates) {
    const inside = m.range[0] >= quote[0] && m.range[1] <= quote[1];
    const score = (inside ? 1e9 : 0) + gap(m.range, cue ?? quote);
    if (!best || score < best.score) best = { id: m.id, score };
  }
  return best?.id ?? null;
}
