/**
 * The sources report: who is quoted, over one export or thousands. Built from exports
 * (never from engine internals), so its totals are by construction the sums over what
 * `annotate` writes. Two steps, so a pool of workers can do the first one per file and
 * send back only the small per-file summary: `summariseFile` then `mergeSummaries`.
 */
import type { ExportDocument, ExportRange } from '../export';
import type { ActorType } from '../types';

/** The version of the report's JSON shape. */
export const REPORT_VERSION = 1;

/** Gender in the report: the person's, or null for an organization. */
export type SourceGender = 'female' | 'male' | 'unknown' | null;

/** Quote counts: `total` counts direct and partial quotes; `named + unnamed + unattributed = total`. */
export interface QuoteCounts {
  total: number;
  /** With a speaker actor. */
  named: number;
  /** With no speaker actor but a description (`attributedTo`). */
  unnamed: number;
  /** Neither. */
  unattributed: number;
}

/** One quoted actor of the report. */
export interface ReportSource {
  name: string;
  type: ActorType;
  gender: SourceGender;
  /** Files in which it is quoted. */
  files: number;
  /** Articles in which it is quoted. */
  articles: number;
  quotes: number;
  /** Words inside its quotes. */
  quotedWords: number;
}

/** The report (`news-lens report`, `newsLens.analyzeFolder`). */
export interface SourcesReport {
  version: number;
  files: number;
  articles: number;
  quotes: QuoteCounts;
  /** By quotes (most first), then name, then type: deterministic. */
  sources: ReportSource[];
}

/** One quoted actor of one file, with the ranges of its quotes (for jumping to them). */
export interface FileSource {
  /** The actor's id in the file's export. */
  id: string;
  name: string;
  type: ActorType;
  gender: SourceGender;
  /** Distinct articles of the file in which it is quoted. */
  articles: number;
  quotes: number;
  quotedWords: number;
  ranges: ExportRange[];
}

/** An unnamed source of one file: a description and its quotes. */
export interface FileUnnamed {
  description: string;
  quotes: number;
  quotedWords: number;
  ranges: ExportRange[];
}

/** What one file contributes to the report. */
export interface FileSummary {
  /** The export's `source` (file name or path), or null. */
  source: string | null;
  articles: number;
  quotes: QuoteCounts;
  sources: FileSource[];
  unnamed: FileUnnamed[];
}

/** Words of a quote, as a reader counts them. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** Code-point order: the same in every locale, so output is byte-identical anywhere. */
const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** By quotes (most first), then name, then type. */
const bySize = <T extends { quotes: number; name?: string; description?: string; type?: string }>(a: T, b: T): number =>
  b.quotes - a.quotes || compare(a.name ?? a.description ?? '', b.name ?? b.description ?? '') || compare(a.type ?? '', b.type ?? '');

/** The index of the article holding `offset` (articles are in order and do not overlap), or -1. */
function articleAt(doc: ExportDocument, offset: number): number {
  let lo = 0;
  let hi = doc.articles.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [s, e] = doc.articles[mid]!.range;
    if (offset < s) hi = mid - 1;
    else if (offset >= e) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The report's view of one export: counts, quoted actors and unnamed descriptions. */
export function summariseFile(doc: ExportDocument): FileSummary {
  const actors = new Map(doc.actors.map((a) => [a.id, a]));
  const counts: QuoteCounts = { total: 0, named: 0, unnamed: 0, unattributed: 0 };
  const sources = new Map<string, FileSource & { seen: Set<number> }>();
  const unnamed = new Map<string, FileUnnamed>();
  for (const q of doc.quotes) {
    if (q.kind === 'other') continue;
    counts.total++;
    const actor = q.speaker === null ? undefined : actors.get(q.speaker);
    if (actor) {
      counts.named++;
      let s = sources.get(actor.id);
      if (!s) {
        const gender = actor.type === 'person' ? (actor.gender ?? 'unknown') : null;
        s = { id: actor.id, name: actor.name, type: actor.type, gender, articles: 0, quotes: 0, quotedWords: 0, ranges: [], seen: new Set() };
        sources.set(actor.id, s);
      }
      s.quotes++;
      s.quotedWords += countWords(q.text);
      s.ranges.push([q.range[0], q.range[1]]);
      s.seen.add(articleAt(doc, q.range[0]));
    } else if (q.attributedTo) {
      counts.unnamed++;
      const key = q.attributedTo.toLowerCase();
      const u = unnamed.get(key) ?? { description: q.attributedTo, quotes: 0, quotedWords: 0, ranges: [] };
      u.quotes++;
      u.quotedWords += countWords(q.text);
      u.ranges.push([q.range[0], q.range[1]]);
      unnamed.set(key, u);
    } else {
      counts.unattributed++;
    }
  }
  return {
    source: doc.source,
    articles: doc.articles.length,
    quotes: counts,
    sources: [...sources.values()].map(({ seen, ...s }) => ({ ...s, articles: seen.size })).sort(bySize),
    unnamed: [...unnamed.values()].sort(bySize),
  };
}

/** Genders of one actor seen in several files: the one gender stated, else unknown. */
function mergeGender(a: SourceGender, b: SourceGender): SourceGender {
  if (a === b) return a;
  if (a === 'unknown') return b;
  if (b === 'unknown') return a;
  return 'unknown';
}

/**
 * Adds file summaries up incrementally, in bounded memory (one entry per distinct quoted
 * actor); actors are linked across files by name and type.
 */
export class ReportBuilder {
  private files = 0;
  private articles = 0;
  private readonly quotes: QuoteCounts = { total: 0, named: 0, unnamed: 0, unattributed: 0 };
  private readonly sources = new Map<string, ReportSource>();

  add(file: FileSummary): void {
    this.files++;
    this.articles += file.articles;
    this.quotes.total += file.quotes.total;
    this.quotes.named += file.quotes.named;
    this.quotes.unnamed += file.quotes.unnamed;
    this.quotes.unattributed += file.quotes.unattributed;
    for (const s of file.sources) {
      const key = sourceKey(s);
      const known = this.sources.get(key);
      if (!known) {
        this.sources.set(key, { name: s.name, type: s.type, gender: s.gender, files: 1, articles: s.articles, quotes: s.quotes, quotedWords: s.quotedWords });
        continue;
      }
      known.gender = mergeGender(known.gender, s.gender);
      known.files++;
      known.articles += s.articles;
      known.quotes += s.quotes;
      known.quotedWords += s.quotedWords;
    }
  }

  /** The report so far. */
  build(): SourcesReport {
    return {
      version: REPORT_VERSION,
      files: this.files,
      articles: this.articles,
      quotes: { ...this.quotes },
      sources: [...this.sources.values()].map((s) => ({ ...s })).sort(bySize),
    };
  }
}

/** How sources are linked across files: the same canonical name and type. */
export const sourceKey = (s: { name: string; type: ActorType }): string => `${s.type}\u0000${s.name}`;

/** The report over file summaries, in the order given. */
export function mergeSummaries(files: Iterable<FileSummary>): SourcesReport {
  const builder = new ReportBuilder();
  for (const f of files) builder.add(f);
  return builder.build();
}

/** The report over exports. */
export function buildReport(docs: Iterable<ExportDocument>): SourcesReport {
  const builder = new ReportBuilder();
  for (const d of docs) builder.add(summariseFile(d));
  return builder.build();
}
