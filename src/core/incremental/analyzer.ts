import { runPipeline } from '../analyze';
import { packFeatures } from '../entities/typing';
import { findDates } from '../dates';
import { mergeMentions, settleTypes, splitBlocks } from '../entities';
import { findNames, type DocEvidence, type NameChunk } from '../entities/names';
import { tokenize, type Token } from '../entities/tokens';
import { findParagraphQuotes } from '../quotes';
import type { Analysis, Mention, Paragraph, Quote, Range, SectionKind } from '../types';
import { documentEvidence, evidenceWords, forEachEvidenceWord, hasEvidenceWord, LOWER, STRONG, type CachedName } from './documentPasses';

/** Everything that depends on one paragraph's text alone (offsets relative to it). */
interface ParagraphWork {
  /** The paragraph's text, a copy of its own (never a slice that would keep a whole old version alive). */
  text: string;
  /**
   * Every word the name finder may look up in the document evidence, one per line, each
   * after a digit saying what the paragraph itself contributes (STRONG | LOWER bits).
   * One string rather than arrays and sets: this is held for every paragraph.
   */
  words: string;
  /** The evidence's answers for the words when the names were found: they hold while it answers the same. */
  signature: string | null;
  /** Stamp of the evidence the names were last checked against. */
  evidence: number;
  /** The paragraph's names, offsets relative to it. */
  names: readonly CachedName[];
  dates: readonly { start: number; end: number; text: string }[];
  /** Quotes (speaker not yet attributed) for a paragraph of kind `quotesKind`. */
  quotesKind: SectionKind | null;
  quotes: readonly Quote[];
  /** Pass in which the entry was last used (unused entries are dropped after a pass). */
  pass: number;
  /** The tokens of a paragraph new in this pass, until its names are found (then dropped). */
  tokens: Token[] | null;
}

const NONE: readonly never[] = Object.freeze([]);

/**
 * The engine with memory: analyses a text like `analyze`, with the same result, but keeps
 * each paragraph's own work (evidence words, names, dates, quotes) keyed by the
 * paragraph's text, so re-analysing an edited text redoes only the changed paragraphs
 * (and those whose names the document-level evidence now reads differently) plus the
 * document-level passes (evidence, type settling, actor linking, attribution).
 */
export class IncrementalAnalyzer {
  private readonly cache = new Map<string, ParagraphWork>();
  private pass = 0;
  /** The paragraphs of the latest analysis, and the stamp of its evidence (changed when the evidence is). */
  private lastWorks: readonly ParagraphWork[] | null = null;
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

  /** Analyses one text within the current pass: the engine's pipeline, paragraph stages from the cache. */
  analyzePart(text: string): Analysis {
    let works: ParagraphWork[] = [];
    return runPipeline(text, {
      mentions: (_, segmentation) => {
        const blocks = blocksOf(text, segmentation.paragraphs);
        works = this.paragraphWorks(text, blocks);
        return this.mentionsOf(blocks, works);
      },
      quotes: (_, segmentation) => segmentation.paragraphs.flatMap((paragraph, i) => quotesOf(works[i]!, paragraph)),
    });
  }

  /** The cached work of each block (a paragraph), made where missing. */
  private paragraphWorks(text: string, blocks: readonly Range[]): ParagraphWork[] {
    const works: ParagraphWork[] = [];
    for (const [s, e] of blocks) {
      const key = text.slice(s, e);
      let work = this.cache.get(key);
      if (!work) {
        const own = detach(key);
        work = newWork(own, tokenize(own, 0, own.length));
        this.cache.set(own, work);
      }
      work.pass = this.pass;
      works.push(work);
    }
    return works;
  }

  /** The mentions of the text: the paragraphs' names (found again where the evidence changed for them), settled, and dates. */
  private mentionsOf(blocks: readonly Range[], works: readonly ParagraphWork[]): Mention[] {
    const ev = documentEvidence(works);
    const changed = this.evidenceChanges(works);
    const names: CachedName[] = [];
    works.forEach((work, i) => {
      // An edit rarely changes the evidence, and then only for a few words: only paragraphs
      // that look those words up need their names found again.
      const stillValid =
        work.signature !== null &&
        (work.evidence === this.evidenceStamp ||
          (changed !== null && changed.size > 0 && work.evidence === this.evidenceStamp - 1 && !intersects(work.words, changed)) ||
          work.signature === signatureOf(work, ev));
      if (!stillValid) {
        const local = work.text;
        const found = findNames(work.tokens ?? tokenize(local, 0, local.length), ev, local);
        work.names = found.length > 0 ? found.map(cachedName) : NONE;
        work.signature = signatureOf(work, ev);
      }
      work.tokens = null;
      work.evidence = this.evidenceStamp;
      const offset = blocks[i]![0];
      for (const n of work.names) {
        names.push({ ...n, start: n.start + offset, end: n.end + offset });
      }
    });
    const settled = settleTypes(names);

    const dateMentions: Mention[] = [];
    works.forEach((work, i) => {
      const offset = blocks[i]![0];
      for (const d of work.dates) dateMentions.push({ type: 'date', range: [d.start + offset, d.end + offset], text: d.text, title: null, actor: null });
    });
    return mergeMentions(settled, dateMentions);
  }

  /**
   * What changed in the evidence since the previous analysis: null when that cannot be told
   * cheaply (no previous analysis, or many paragraphs changed), else a superset of the
   * words whose evidence may differ. The evidence is a union of paragraph contributions, so
   * only words that the paragraphs which came and went contribute differently can change
   * ("sheriff" typed into one paragraph: just that word). Bumps the stamp on a change, so
   * names checked against the previous evidence need checking only for those words.
   */
  private evidenceChanges(works: readonly ParagraphWork[]): Set<string> | null {
    const previous = this.lastWorks;
    this.lastWorks = works;
    if (previous === null) {
      this.evidenceStamp += 2;
      return null;
    }
    const now = new Set(works);
    const before = new Set(previous);
    const entered = works.filter((w) => !before.has(w));
    const left = previous.filter((w) => !now.has(w));
    if (entered.length + left.length > 16) {
      this.evidenceStamp += 2;
      return null;
    }
    const a = contributions(entered);
    const b = contributions(left);
    const out = new Set<string>();
    for (const [w, f] of a) if ((b.get(w) ?? 0) !== f) out.add(w);
    for (const [w, f] of b) if ((a.get(w) ?? 0) !== f) out.add(w);
    if (out.size > 0) this.evidenceStamp++;
    return out;
  }
}

/** What some paragraphs together contribute to the evidence: word -> STRONG | LOWER bits. */
function contributions(works: readonly ParagraphWork[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const { words } of works) forEachEvidenceWord(words, (w, f) => out.set(w, (out.get(w) ?? 0) | f));
  return out;
}

function intersects(words: string, changed: Set<string>): boolean {
  for (const w of changed) if (hasEvidenceWord(words, w)) return true;
  return false;
}

/** The ranges of the paragraphs, or of the blank-line blocks of a text with none. */
function blocksOf(text: string, paragraphs: readonly Paragraph[]): Range[] {
  return paragraphs.length > 0 ? paragraphs.map((p) => p.range) : splitBlocks(text);
}

/** A copy of `s` that shares no memory with the (possibly much longer) string it was sliced from. */
function detach(s: string): string {
  return (' ' + s).slice(1);
}

function newWork(text: string, tokens: Token[]): ParagraphWork {
  const flags = new Map<string, number>();
  for (const t of tokens) {
    if (t.kind !== 'word') continue;
    let f = flags.get(t.lower) ?? 0;
    if (t.signal === 'strong' && !t.allCaps) f |= STRONG;
    else if (!t.cap) f |= LOWER;
    flags.set(t.lower, f);
    const dash = t.lower.indexOf('-');
    if (dash > 0) {
      const prefix = t.lower.slice(0, dash);
      if (!flags.has(prefix)) flags.set(prefix, 0);
    }
  }
  // Joined (a flat string), not concatenated: a rope of `+=` pieces costs far more memory.
  const words = Array.from(flags, ([w, f]) => f + w).join('\n');
  const dates = findDates(text, 0, text.length).map((x) => ({ start: x.start, end: x.end, text: x.text }));
  return {
    text,
    words,
    signature: null,
    evidence: -1,
    names: NONE,
    dates: dates.length > 0 ? dates : NONE,
    quotesKind: null,
    quotes: NONE,
    pass: 0,
    tokens,
  };
}

/** What the document evidence says about the paragraph's words: its names are valid while this holds. */
function signatureOf(work: ParagraphWork, ev: DocEvidence): string {
  return evidenceWords(work)
    .map((k) => (ev.strong.has(k) ? (ev.lower.has(k) ? '3' : '2') : ev.lower.has(k) ? '1' : '0'))
    .join('');
}

function cachedName(c: NameChunk): CachedName {
  const name: CachedName = { start: c.start, end: c.end, text: c.text, type: c.type, score: c.score, title: c.title, fixed: c.fixed, tentative: c.tentative, acronym: c.acronym, introducedBy: c.introducedBy !== null };
  if (c.bareAcronym !== undefined) name.bareAcronym = c.bareAcronym;
  if (c.acronymEvidence !== undefined) name.acronymEvidence = c.acronymEvidence;
  if (c.work) name.work = true;
  if (c.locative) name.locative = true;
  if (c.product) name.product = true;
  if (c.company) name.company = true;
  if (c.maker) name.maker = true;
  // Kept for re-typing without recomputing them; each feature string shared across the cache.
  if (c.features !== undefined) name.packed = packFeatures(c.features);
  return name;
}

/** The paragraph's quotes at its place in the document: fresh objects (attribution fills them in). */
function quotesOf(work: ParagraphWork, paragraph: Paragraph): Quote[] {
  if (work.quotesKind !== paragraph.kind) {
    const found = findParagraphQuotes(work.text, { range: [0, work.text.length], article: 0, kind: paragraph.kind });
    work.quotes = found.length > 0 ? found : NONE;
    work.quotesKind = paragraph.kind;
  }
  const offset = paragraph.range[0];
  const shift = (r: Range): Range => [r[0] + offset, r[1] + offset];
  return work.quotes.map((q) => ({ ...q, range: shift(q.range), outerRange: shift(q.outerRange), cueRange: null, article: paragraph.article }));
}
