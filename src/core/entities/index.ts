import { findDates } from '../dates';
import { lexicon } from '../lexicon';
import type { Mention, Paragraph, Range } from '../types';
import type { LinearModel } from '../learn/linear';
import { findNames, type DocEvidence, type NameChunk, type NameType } from './names';
import { fullFeatures, typeByModel } from './typing';
import { tokenize, type Token } from './tokens';

/**
 * Finds person, organization, place and date mentions, paragraph by paragraph, in
 * document order (`actor` left null). Three linear passes: tokenize every paragraph and
 * note how the document capitalises each word; find and type names per paragraph; then
 * let confident names settle the type of weakly typed ones elsewhere in the document
 * ("Marlowe" in a headline is the "Ruth Marlowe" of the body).
 */
export function findMentions(text: string, paragraphs: readonly Paragraph[], model?: LinearModel): Mention[] {
  const blocks = blocksOf(text, paragraphs);
  const settled = settleTypes(documentNames(text, blocks), model);

  const dates: Mention[] = [];
  for (const [s, e] of blocks) {
    for (const d of findDates(text, s, e)) dates.push({ type: 'date', range: [d.start, d.end], text: d.text, title: null, actor: null });
  }
  return mergeMentions(settled, dates);
}

/**
 * Every name candidate of a text with its full feature list and the rules' proposal, before
 * the learned typing: what `npm run train -- entities` labels and learns from.
 */
export function nameCandidates(text: string, paragraphs: readonly Paragraph[]): { start: number; end: number; text: string; rule: string; features: string[] }[] {
  const names = documentNames(text, blocksOf(text, paragraphs));
  const { ruleType, kept } = settleByRules(names);
  const features = fullFeatures(names, ruleType, kept);
  return names.map((c, i) => ({ start: c.start, end: c.end, text: c.text, rule: kept[i] ? c.type : 'none', features: features[i]! }));
}

function blocksOf(text: string, paragraphs: readonly Paragraph[]): Range[] {
  return paragraphs.length > 0 ? paragraphs.map((p) => p.range) : splitBlocks(text);
}

/** The names the paragraph rules find in each block, with the document's capitalisation evidence. */
function documentNames(text: string, blocks: readonly Range[]): NameChunk[] {
  const tokenized: Token[][] = blocks.map(([s, e]) => tokenize(text, s, e));
  const ev = gatherEvidence(tokenized);
  const chunks: NameChunk[] = [];
  for (const toks of tokenized) chunks.push(...findNames(toks, ev, text));
  return chunks;
}

/** Document order of mentions (or anything with a range): by start, then by end. */
export function byPosition(a: { range: Range }, b: { range: Range }): number {
  return a.range[0] - b.range[0] || a.range[1] - b.range[1];
}

/**
 * Date mentions and settled names as one list in document order; a name overlapping a
 * date is dropped ("Monday", "May" are dates there). Both inputs are in document order,
 * so one sweep.
 */
export function mergeMentions(
  names: readonly (Pick<NameChunk, 'type' | 'start' | 'end' | 'text' | 'title'> & { confidence?: number; why?: string[] })[],
  dates: Mention[],
): Mention[] {
  const mentions = dates;
  const count = dates.length;
  let d = 0;
  for (const c of names) {
    while (d < count && dates[d]!.range[1] <= c.start) d++;
    if (d < count && dates[d]!.range[0] < c.end) continue;
    const m: Mention = { type: c.type, range: [c.start, c.end], text: c.text, title: c.title, actor: null };
    if (c.confidence !== undefined) m.confidence = c.confidence;
    if (c.why !== undefined) m.why = c.why;
    mentions.push(m);
  }
  mentions.sort(byPosition);
  return mentions;
}

/** Paragraph ranges when the anatomy stage gave none: blocks of non-blank lines. */
export function splitBlocks(text: string): Range[] {
  const out: Range[] = [];
  const re = /[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) out.push([m.index, m.index + m[0].length]);
  return out;
}

function gatherEvidence(tokenized: Token[][]): DocEvidence {
  const strong = new Set<string>();
  const lower = new Set<string>();
  for (const toks of tokenized) {
    for (const t of toks) {
      if (t.kind !== 'word') continue;
      if (t.signal === 'strong' && !t.allCaps) strong.add(t.lower);
      else if (!t.cap) lower.add(t.lower);
    }
  }
  // A word capitalised mid-sentence only as the start of a quotation or list is weak evidence,
  // but we cannot tell cheaply; common words that also appear in lower case are not names.
  const lex = lexicon();
  for (const w of strong) if (lower.has(w) && lex.isCommon(w)) strong.delete(w);
  return { strong, lower };
}

/** What document-level settling reads and writes on a typed name (a `NameChunk`, or a cached copy of one). */
export interface SettleableName {
  text: string;
  type: NameChunk['type'];
  score: number;
  title: string | null;
  fixed: boolean;
  tentative: boolean;
  acronym: string | null;
  /** Set when the name is an acronym introduced in parentheses. */
  introducedBy?: unknown;
  bareAcronym?: boolean;
  acronymEvidence?: boolean;
  /** Paragraph-local features for the learned type model. */
  features?: string[];
  /** The title of a work by its context (`NameChunk.work`). */
  work?: boolean;
  /** Written where a place is named (`NameChunk.locative`). */
  locative?: boolean;
  /** Written as a product is, or as a company is (`NameChunk.product`, `NameChunk.company`). */
  product?: boolean;
  company?: boolean;
  /** Owns a product (`NameChunk.maker`). */
  maker?: boolean;
  /** The same packed (`packFeatures`): what the incremental analyser keeps instead. */
  packed?: string;
  /** Set by the learned typing: probability of `type`, and what decided it. */
  confidence?: number;
  why?: string[];
}

/**
 * Document-level typing over all the names of a document, in document order: a name typed
 * with little evidence takes the type the same name got with more evidence elsewhere; a
 * single word of a person's full name is that person; a lone word with only a speech verb
 * for evidence is an organisation; bare acronyms need evidence; tentative common words stay
 * only as a surname or a name seen elsewhere; a work's title (every mention of it) and a
 * person's name holding a product's word are dropped. Mutates `type`; returns the names kept.
 * Exported so that an incremental analyser can run exactly this pass over cached names.
 */
export function settleTypes<T extends SettleableName>(chunks: T[], model?: LinearModel): T[] {
  const { ruleType, kept } = settleByRules(chunks);
  return typeByModel(chunks, ruleType, kept, model);
}

/**
 * The rules' document pass alone (see `settleTypes`): mutates `type`; gives each name's type
 * before the pass and whether the pass keeps it. The learned typing reads both.
 */
export function settleByRules(chunks: SettleableName[]): { ruleType: NameType[]; kept: boolean[] } {
  const ruleType = chunks.map((c) => c.type);
  const keptSet = new Set(rulesKeep(chunks));
  return { ruleType, kept: chunks.map((c) => keptSet.has(c)) };
}

function rulesKeep<T extends SettleableName>(chunks: T[]): T[] {
  const lex = lexicon();
  const best = new Map<string, T>();
  const personWords = new Map<string, number>();
  const surnames = new Set<string>();
  for (const c of chunks) {
    if (c.type === 'person' && !c.tentative) {
      const words = c.text.split(/\s+/);
      if (words.length >= 2) surnames.add(words[words.length - 1]!.toLowerCase());
    }
    if (c.fixed || c.tentative) continue;
    // "The Kelso Record" and "Kelso Record" are one name.
    const key = withoutThe(c.text);
    const b = best.get(key);
    if (!b || c.score > b.score) best.set(key, c);
    if (c.type === 'person' && c.score >= 1) {
      const words = c.text.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
      // Not a place's name the rules took for a person's ("Fodhoo Atoll").
      if (words.length >= 2 && !lex.isPlaceHead(words[words.length - 1]!.toLowerCase())) {
        for (const w of words) {
          const l = w.toLowerCase();
          if (!lex.isCommon(l) || lex.isFirstName(l)) personWords.set(l, (personWords.get(l) ?? 0) + 1);
        }
      }
    }
  }
  // A lone word of a person's full name, typed otherwise with little evidence, is that person.
  const personWord = (c: T, key: string): boolean => c.type !== 'person' && c.score < 3.5 && !c.text.includes(' ') && personWords.has(key) && !c.acronym;
  for (const c of chunks) {
    if (c.fixed) continue;
    const key = withoutThe(c.text);
    const b = best.get(key);
    if (b && b !== c && b.score > c.score && b.type !== c.type) {
      // The type the better-evidenced mention ends with, wherever it stands in the text.
      c.type = personWord(b, key) ? 'person' : b.type;
      continue;
    }
    if (personWord(c, key)) {
      c.type = 'person';
    } else if (c.type === 'person' && c.score < 2 && (!b || b.score < 2) && !c.title && !c.text.includes(' ') && !personWords.has(key) && !lex.isFirstName(key) && !c.fixed) {
      // A lone word the document never gives a first name or a title: a company or a club more likely than a person.
      c.type = 'organization';
    }
  }
  // A bare acronym is an organisation only with evidence: its own context, the same acronym
  // with evidence elsewhere, or the initials of an organisation the document names.
  const evidenced = new Set<string>();
  const orgInitials = new Set<string>();
  for (const c of chunks) {
    if (c.bareAcronym && c.acronymEvidence) evidenced.add(c.text);
    if (c.introducedBy) evidenced.add(c.text);
    if (c.type === 'organization' && c.text.includes(' ')) {
      orgInitials.add(c.text.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join(''));
    }
  }
  // A work's title ("the comedy Harbour Lights") names no actor anywhere in the document.
  const works = new Set<string>();
  for (const c of chunks) if (c.work) works.add(withoutThe(c.text));
  // So does a product's name, unless a mention of it reads as a company's ("Kestrel
  // introduced the Kestrel 2"; "the iPhone" against "eBay said").
  const companies = new Set<string>();
  for (const c of chunks) if (c.company || (c.type === 'organization' && c.score >= 5)) companies.add(withoutThe(c.text));
  for (const c of chunks) if (c.product && !companies.has(withoutThe(c.text))) works.add(withoutThe(c.text));
  const kept = chunks.filter((c) => !(works.size > 0 && works.has(withoutThe(c.text))) && !(c.type === 'person' && productName(c.text)) && !(c.bareAcronym && c.type === 'organization' && !c.acronymEvidence && !evidenced.has(c.text) && !orgInitials.has(c.text.replace(/[^\p{Lu}]/gu, ''))));
  // Capitalised common words stay only as a surname ("Bob Dole" ... "Dole"), a name seen
  // elsewhere, or the first word of an organisation's name ("Holmbury" of "Holmbury Athletic").
  const orgFirstWords = new Set<string>();
  for (const c of kept) if (!c.tentative && c.type === 'organization' && c.text.includes(' ')) orgFirstWords.add(c.text.split(/\s+/)[0]!.toLowerCase());
  return kept.filter((c) => {
    if (!c.tentative) return true;
    const key = c.text.toLowerCase();
    if (surnames.has(key)) {
      c.type = 'person';
      return true;
    }
    const b = best.get(key);
    if (b && !b.tentative) {
      c.type = b.type;
      return true;
    }
    if (orgFirstWords.has(key)) {
      c.type = 'organization';
      return true;
    }
    return false;
  });
}

/** A name's lower-case text without a leading "The" ("The Long Harbour" and "Long Harbour" are one title). */
function withoutThe(text: string): string {
  const l = text.toLowerCase();
  return l.startsWith('the ') ? l.slice(4) : l;
}

/** A surname's capital after a prefix ("McKay", "DiCaprio", "LaGuardia", "FitzGerald"). */
const SURNAME_PREFIX = /^(?:Mc|Mac|Di|De|Da|Du|La|Le|Van|Von|Fitz|St)\p{Lu}/u;

/**
 * A name of several words the rules read as a person's that holds a product's word: one
 * opening in lower case ("Orvane eSlate Pro") or with a capital inside that no surname prefix
 * explains ("Orvane SkyBuds", "Kestrel DriveLink"). People's names are not written so.
 */
function productName(text: string): boolean {
  if (!text.includes(' ')) return false;
  for (const w of text.split(/\s+/)) {
    if (/^\p{Ll}+\p{Lu}/u.test(w)) return true;
    if (/^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}/u.test(w) && !SURNAME_PREFIX.test(w)) return true;
  }
  return false;
}
