import { attributeQuotes } from '../attribution';
import { linkActors } from '../actors';
import { segment } from '../anatomy';
import { findDates } from '../dates';
import { settleTypes, splitBlocks } from '../entities';
import { findNames, type DocEvidence, type NameChunk } from '../entities/names';
import { tokenize, type Token } from '../entities/tokens';
import { findParagraphQuotes } from '../quotes';
import type { Analysis, Mention, Paragraph, Quote, Range, SectionKind } from '../types';
import { documentEvidence, type CachedName } from './documentPasses';

/** Everything that depends on one paragraph's text alone (offsets relative to it). */
interface ParagraphWork {
  /** Words the paragraph capitalises in running text / writes in lower case (document evidence). */
  strong: string[];
  lower: string[];
  /** Every word the name finder may look up in the document evidence. */
  keys: string[];
  /** The evidence's answers for `keys` when the names were found: they hold while it answers the same. */
  signature: string | null;
  /** Stamp of the evidence the names were last checked against. */
  evidence: number;
  /** The paragraph's names, offsets relative to it. */
  names: CachedName[];
  dates: { start: number; end: number; text: string }[];
  /** Quotes (speaker not yet attributed), by the paragraph's section kind. */
  quotes: Map<SectionKind, Quote[]>;
  /** Pass in which the entry was last used (unused entries are dropped after a pass). */
  pass: number;
}

/**
 * The engine with memory: analyses a text like `analyze`, with the same result, but keeps
 * each paragraph's own work (tokens' evidence, names, dates, quotes) keyed by the
 * paragraph's text, so re-analysing an edited text redoes only the changed paragraphs
 * (and those whose names the document-level evidence now reads differently) plus the
 * cheap document-level passes (evidence, type settling, actor linking, attribution).
 */
export class IncrementalAnalyzer {
  private readonly cache = new Map<string, ParagraphWork>();
  private pass = 0;
  /** The evidence of the latest analysis, and its stamp (which changes when the evidence does). */
  private lastEvidence: DocEvidence | null = null;
  private evidenceStamp = 0;

  /** Analyses `text` (exactly as `analyze(text)`), reusing and then pruning the cache. */
  analyze(text: string): Analysis {
    const pass = this.beginPass();
    try {
      return this.analyzePart(text);
    } finally {
      this.endPass(pass);
    }
  }

  /**
   * Starts a pass of several `analyzePart` calls (paragraphs they do not use are dropped at
   * its end); a new pass supersedes an unfinished one. Returns the pass's number.
   */
  beginPass(): number {
    return ++this.pass;
  }

  /** Ends pass `pass` (unless a newer one started): forgets paragraphs it did not use. */
  endPass(pass: number): void {
    if (pass !== this.pass) return;
    for (const [key, work] of this.cache) if (work.pass !== this.pass) this.cache.delete(key);
  }

  /** Number of paragraphs held (for tests and memory figures). */
  get size(): number {
    return this.cache.size;
  }

  /** Analyses one text within the current pass. */
  analyzePart(text: string): Analysis {
    const segmentation = segment(text);
    const paragraphs = segmentation.paragraphs;
    const blocks: Range[] = paragraphs.length > 0 ? paragraphs.map((p) => p.range) : splitBlocks(text);
    const works: ParagraphWork[] = [];
    const fresh = new Map<ParagraphWork, Token[]>();
    for (const [s, e] of blocks) {
      const key = text.slice(s, e);
      let work = this.cache.get(key);
      if (!work) {
        const tokens = tokenize(key, 0, key.length);
        work = newWork(key, tokens);
        fresh.set(work, tokens);
        this.cache.set(key, work);
      }
      work.pass = this.pass;
      works.push(work);
    }

    // An edit rarely changes the evidence, and then only for a few words: only paragraphs
    // that look those words up need their names found again.
    let ev = documentEvidence(works);
    const previous = this.lastEvidence;
    const changed = previous ? evidenceChanges(previous, ev) : null;
    const previousStamp = this.evidenceStamp;
    if (previous && changed!.size === 0) ev = previous;
    else this.evidenceStamp++;
    this.lastEvidence = ev;
    const names: CachedName[] = [];
    works.forEach((work, i) => {
      const stillValid =
        work.signature !== null &&
        (work.evidence === this.evidenceStamp ||
          (work.evidence === previousStamp && changed !== null && !work.keys.some((k) => changed.has(k))) ||
          work.signature === signatureOf(work, ev));
      if (!stillValid) {
        const [s, e] = blocks[i]!;
        const local = text.slice(s, e);
        work.names = findNames(fresh.get(work) ?? tokenize(local, 0, local.length), ev, local).map(cachedName);
        work.signature = signatureOf(work, ev);
      }
      work.evidence = this.evidenceStamp;
      const offset = blocks[i]![0];
      for (const n of work.names) names.push({ ...n, start: n.start + offset, end: n.end + offset });
    });
    const settled = settleTypes(names);

    const mentions: Mention[] = [];
    const dateRanges: Range[] = [];
    works.forEach((work, i) => {
      const offset = blocks[i]![0];
      for (const d of work.dates) {
        const range: Range = [d.start + offset, d.end + offset];
        dateRanges.push(range);
        mentions.push({ type: 'date', range, text: d.text, title: null, actor: null });
      }
    });
    // Names overlapping a date are dropped; both lists are in document order, so one sweep.
    let d = 0;
    for (const c of settled) {
      while (d < dateRanges.length && dateRanges[d]![1] <= c.start) d++;
      if (d < dateRanges.length && dateRanges[d]![0] < c.end) continue;
      mentions.push({ type: c.type, range: [c.start, c.end], text: c.text, title: c.title, actor: null });
    }
    mentions.sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);

    const { actors, places, dates } = linkActors(text, mentions, segmentation);
    const quotes: Quote[] = [];
    paragraphs.forEach((paragraph, i) => quotes.push(...quotesOf(works[i]!, paragraph, text)));
    attributeQuotes(text, quotes, mentions, actors, segmentation);
    return {
      length: text.length,
      articles: segmentation.articles,
      paragraphs,
      actors,
      places,
      dates,
      quotes,
      mentions,
    };
  }
}

function newWork(text: string, tokens: Token[]): ParagraphWork {
  const strong = new Set<string>();
  const lower = new Set<string>();
  const keys = new Set<string>();
  for (const t of tokens) {
    if (t.kind !== 'word') continue;
    if (t.signal === 'strong' && !t.allCaps) strong.add(t.lower);
    else if (!t.cap) lower.add(t.lower);
    keys.add(t.lower);
    const dash = t.lower.indexOf('-');
    if (dash > 0) keys.add(t.lower.slice(0, dash));
  }
  return {
    strong: [...strong],
    lower: [...lower],
    keys: [...keys],
    signature: null,
    evidence: -1,
    names: [],
    dates: findDates(text, 0, text.length).map((x) => ({ start: x.start, end: x.end, text: x.text })),
    quotes: new Map(),
    pass: 0,
  };
}

/** What the document evidence says about the paragraph's words: its names are valid while this holds. */
function signatureOf(work: ParagraphWork, ev: DocEvidence): string {
  let s = '';
  for (const k of work.keys) s += ev.strong.has(k) ? (ev.lower.has(k) ? '3' : '2') : ev.lower.has(k) ? '1' : '0';
  return s;
}

/** Words whose evidence differs between two evidences. */
function evidenceChanges(a: DocEvidence, b: DocEvidence): Set<string> {
  const out = new Set<string>();
  const diff = (x: Set<string>, y: Set<string>): void => {
    for (const w of x) if (!y.has(w)) out.add(w);
  };
  diff(a.strong, b.strong);
  diff(b.strong, a.strong);
  diff(a.lower, b.lower);
  diff(b.lower, a.lower);
  return out;
}

function cachedName(c: NameChunk): CachedName {
  const name: CachedName = { start: c.start, end: c.end, text: c.text, type: c.type, score: c.score, title: c.title, fixed: c.fixed, tentative: c.tentative, acronym: c.acronym, introducedBy: c.introducedBy !== null };
  if (c.bareAcronym !== undefined) name.bareAcronym = c.bareAcronym;
  if (c.acronymEvidence !== undefined) name.acronymEvidence = c.acronymEvidence;
  return name;
}

/** The paragraph's quotes at its place in the document: fresh objects (attribution fills them in). */
function quotesOf(work: ParagraphWork, paragraph: Paragraph, text: string): Quote[] {
  let local = work.quotes.get(paragraph.kind);
  if (!local) {
    const [s, e] = paragraph.range;
    const slice = text.slice(s, e);
    local = findParagraphQuotes(slice, { range: [0, slice.length], article: 0, kind: paragraph.kind });
    work.quotes.set(paragraph.kind, local);
  }
  const offset = paragraph.range[0];
  const shift = (r: Range): Range => [r[0] + offset, r[1] + offset];
  return local.map((q) => ({ ...q, range: shift(q.range), outerRange: shift(q.outerRange), cueRange: null, article: paragraph.article }));
}
