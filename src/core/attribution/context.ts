/**
 * What attribution knows about the text read so far: per paragraph the reporter's words
 * (quotes masked), sentences and the actor references in them; per sentence the speakers
 * found. Walking back over it answers "who is the most salient compatible actor here?".
 */
import type { Actor, ActorType, Mention, Paragraph, Quote, Range } from '../types';
import type { Gender } from './lexicon';
import { PREPOSITIONS } from './lexicon';
import { lexicon } from '../lexicon';
import { maskQuotes, splitSentences, wordsOf, type Word } from './text';

/** A person or organization mention outside quotes, tied to its actor. */
export interface Ref {
  actor: string;
  type: ActorType;
  start: number;
  end: number;
  /** After a preposition ("with the BBC"): not a subject. */
  prepositional: boolean;
  /** Modifies a noun ("Pentagon spokesman", "Labour's Mr X"): not a subject. */
  modifier: boolean;
}

/** Whether a reference may be its sentence's subject: neither after a preposition nor modifying a noun. */
export function isSubject(ref: Ref): boolean {
  return !ref.prepositional && !ref.modifier;
}

/** One sentence of the reporter's text, with the actors it names and the speakers found in it. */
export interface SentenceRecord {
  range: Range;
  /** Index of the paragraph (in the segmentation). */
  paragraph: number;
  refs: Ref[];
  /** Speakers of the quotes of this sentence, in order found. */
  speakers: string[];
}

/** One paragraph as attribution sees it. */
export interface ParagraphView {
  index: number;
  paragraph: Paragraph;
  start: number;
  end: number;
  masked: string;
  words: Word[];
  /** Top-level quotes of the paragraph, in order. */
  quotes: Quote[];
  refs: Ref[];
  /** Indices into the article's records. */
  firstRecord: number;
  recordCount: number;
}

/** What attribution precomputes per actor: gender and role words for pronouns and descriptions. */
export interface ActorInfo {
  actor: Actor;
  gender: Gender;
  /** Lower-cased role and mention titles, for matching descriptions ("the spokesman"). */
  roleText: string;
  /** The words of `roleText`. */
  roleWords: ReadonlySet<string>;
}

/** The state of one article's attribution, read in document order (one per article). */
export class AttributionContext {
  readonly records: SentenceRecord[] = [];
  readonly views: ParagraphView[] = [];
  /** Gender learnt from the text for people whose names and titles do not tell it. */
  private readonly learnt = new Map<string, Gender>();

  constructor(
    readonly text: string,
    readonly actors: ReadonlyMap<string, ActorInfo>,
    readonly aliasIndex: ReadonlyMap<string, string>,
  ) {}

  /** Builds the view of a paragraph and its sentence records (appended in document order). */
  addParagraph(index: number, paragraph: Paragraph, quotes: Quote[], mentions: readonly Mention[]): ParagraphView {
    const [start, end] = paragraph.range;
    const masked = maskQuotes(this.text, start, end, quotes);
    // Words are only needed where there are quotes to find cues for.
    const words = quotes.length > 0 ? wordsOf(masked, start, start, end) : [];
    const refs: Ref[] = [];
    let k = 0;
    for (const m of mentions) {
      if (m.type !== 'person' && m.type !== 'organization') continue;
      const actor = m.actor ?? this.aliasIndex.get(normaliseAlias(m.text)) ?? null;
      if (!actor || !this.actors.has(actor)) continue;
      // Both lists are in document order: one pointer finds the quote that may hold it.
      while (k < quotes.length && quotes[k]!.range[1] < m.range[1]) k++;
      const q = quotes[k];
      if (q && m.range[0] >= q.range[0] && m.range[1] <= q.range[1]) continue;
      refs.push(this.makeRef(actor, m.range[0], m.range[1], masked, start));
    }
    const narrative = paragraph.kind === 'body' || paragraph.kind === 'standfirst' || paragraph.kind === 'caption';
    const firstRecord = this.records.length;
    const sentences = splitSentences(masked, start);
    let r = 0;
    for (const range of sentences) {
      const from = r;
      while (r < refs.length && refs[r]!.start < range[1]) r++;
      // Bylines, meta lines and headlines name people who are not in the story's sentences:
      // their names serve cues on the same line only, never a walk back.
      this.records.push({ range, paragraph: index, refs: narrative ? refs.slice(from, r) : [], speakers: [] });
      if (narrative) {
        this.learnGender(masked, start, range);
        this.learnGenderWithin(masked, start, this.records[this.records.length - 1]!);
      }
    }
    const view: ParagraphView = {
      index, paragraph, start, end, masked, words, quotes, refs, firstRecord, recordCount: sentences.length,
    };
    this.views.push(view);
    return view;
  }

  /** The gender of an actor: from names and titles, else as the text has shown it. */
  genderOf(id: string): Gender {
    const known = this.actors.get(id)?.gender ?? 'unknown';
    return known !== 'unknown' ? known : (this.learnt.get(id) ?? 'unknown');
  }

  /**
   * "Ana Reyes comforted relatives. She said …": a sentence opening with he/she (or
   * his/her) right after a sentence whose subject is a person of unknown gender shows it.
   */
  private learnGender(masked: string, offset: number, range: Range): void {
    const prev = this.records[this.records.length - 2];
    if (!prev || prev.range[1] > range[0]) return;
    const opening = /^["“‘']?(he|his|him|she|her)\b/i.exec(masked.slice(range[0] - offset, range[0] - offset + 8));
    if (!opening) return;
    const subject = prev.refs.find(isSubject);
    if (!subject || subject.type !== 'person' || this.genderOf(subject.actor) !== 'unknown') return;
    // Only when the sentence before names no other person the pronoun could mean.
    if (prev.refs.some((r) => r.type === 'person' && r.actor !== subject.actor)) return;
    this.learnt.set(subject.actor, /^(?:he|his|him)$/i.test(opening[1]!) ? 'male' : 'female');
  }

  /**
   * "Kesi Mbali runs her stall by the pier": a sentence that opens with the one person it
   * names (after at most a short lead, "On Monday,") and speaks of that person after the name
   * with one gender's pronouns only shows it. Quotations are masked: their pronouns are the
   * speaker's, not the narrator's.
   */
  private learnGenderWithin(masked: string, offset: number, record: SentenceRecord): void {
    const people = new Set(record.refs.filter((r) => r.type === 'person').map((r) => r.actor));
    if (people.size !== 1) return;
    const subject = record.refs.find((r) => r.type === 'person')!;
    if (subject.modifier || subject.prepositional || this.genderOf(subject.actor) !== 'unknown') return;
    const lead = masked.slice(record.range[0] - offset, subject.start - offset);
    if (!/^\s*(?:(?:but|and|yet|so|then|now|still|also)\s+)?$/i.test(lead) && !/^[^,;:.]{0,30},\s*$/.test(lead)) return;
    const after = masked.slice(subject.end - offset, record.range[1] - offset);
    const male = /\b(?:he|him|his|himself)\b/i.test(after);
    const female = /\b(?:she|her|hers|herself)\b/i.test(after);
    if (male !== female) this.learnt.set(subject.actor, male ? 'male' : 'female');
  }

  makeRef(actor: string, start: number, end: number, masked: string, offset: number): Ref {
    const type = this.actors.get(actor)!.actor.type;
    return {
      actor, type, start, end,
      prepositional: isPrepositional(masked, offset, start),
      // A name in parentheses — an acronym after the full name, an agency after a dateline —
      // is never the subject.
      modifier: isModifier(this.text, end) || isParenthetical(this.text, start, end),
    };
  }

  /** The record of the sentence holding `pos`, or -1. */
  recordAt(view: ParagraphView, pos: number): number {
    let lo = view.firstRecord;
    let hi = view.firstRecord + view.recordCount - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.records[mid]!.range[0] <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** The references of a paragraph that lie within [from, to). */
  refsIn(view: ParagraphView, from: number, to: number): Ref[] {
    const refs = view.refs;
    let lo = 0;
    let hi = refs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (refs[mid]!.start < from) lo = mid + 1;
      else hi = mid;
    }
    const out: Ref[] = [];
    for (let i = lo; i < refs.length && refs[i]!.start < to; i++) if (refs[i]!.end <= to) out.push(refs[i]!);
    return out;
  }

  /**
   * The most salient actor that `accept` allows, walking back from record `from` (only what
   * precedes `pos` in it) over at most `paragraphs` paragraphs. Within a sentence, its quotes'
   * speakers come first, then its subject, then other names, then names after prepositions.
   */
  walkBack(from: number, pos: number, accept: (id: string) => boolean, paragraphs = 6): string | null {
    const firstParagraph = this.records[from]?.paragraph ?? 0;
    for (let i = from; i >= 0 && from - i <= MAX_SENTENCES_BACK; i--) {
      const r = this.records[i]!;
      if (firstParagraph - r.paragraph > paragraphs) break;
      const refs = i === from ? r.refs.filter((x) => x.start < pos) : r.refs;
      for (let k = r.speakers.length - 1; k >= 0; k--) if (accept(r.speakers[k]!)) return r.speakers[k]!;
      for (const ref of refs) if (isSubject(ref) && accept(ref.actor)) return ref.actor;
      for (const ref of refs) if (!ref.modifier && accept(ref.actor)) return ref.actor;
    }
    return null;
  }
}

/** How many sentences a walk back reads at most (a long paragraph stays cheap). */
const MAX_SENTENCES_BACK = 40;

const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'former', 'ex']);

/** Is the name at `start` governed by a preposition ("with the BBC", "of Pakistan")? */
function isPrepositional(masked: string, offset: number, start: number): boolean {
  const before = masked.slice(Math.max(0, start - offset - 60), start - offset);
  const words = before.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  let i = words.length - 1;
  while (i >= 0 && DETERMINERS.has(words[i]!.toLowerCase())) i--;
  return i >= 0 && PREPOSITIONS.has(words[i]!.toLowerCase());
}

/** A possessive, or a noun for someone (or something said) that a name before it modifies. */
const ROLE_AFTER =
  /^(?:['’]s\b|\s+(?:spokes(?:man|woman|person|men|people)|editor|leader|chief|official|officials|boss|coach|captain|skipper|chairman|chairwoman|chairperson|chair|president|minister|secretary|director|executive|ceo|head|member|members|analyst|lawyer|attorney|aide|adviser|advisor|correspondent|reporter|star|manager|source|sources|statement|statements|councillor|councilor|senator|mp|candidate|mayor|governor|commissioner|officer|founder|owner|striker|midfielder|defender|goalkeeper|winger|player|veteran|researcher|scientist|economist|strategist|prosecutor|campaigner|activist|representative|delegate)\b)/i;

/**
 * Does the name ending at `end` modify a following noun ("Pentagon spokesman", "Labour's",
 * "the Harbour Independents councillor", "Calloway Homes' managing director")?
 */
export function isModifier(text: string, end: number): boolean {
  const after = text.slice(end, end + 20);
  // A plural's possessive is the apostrophe alone ("Homes' director").
  return ROLE_AFTER.test(after) || (/s$/i.test(text.slice(end - 1, end)) && /^['’]\s/.test(after)) || roleNounAfter(text, end);
}

/** Up to three lower-case words after a name, then a name, a punctuation mark or the end. */
const NOUN_PHRASE_AFTER = /^[ \t\u00a0]+((?:\p{Ll}[\p{Ll}-]*[ \t\u00a0]+){0,2}\p{Ll}[\p{Ll}-]*)(?=[ \t\u00a0]*(?:\p{Lu}|[,;:.)—–]|$))/u;
/** Parts of speech of the words that may come between a name and the person noun it qualifies. */
const QUALIFIER_POS = new Set(['Noun', 'Singular', 'Adjective', 'Actor', 'Gerund', 'Uncountable', 'Comparative', 'Superlative']);

/**
 * Does a noun for a person follow the name ending at `end`, perhaps after words that qualify
 * it ("Blaze co-host Stu Burguiere", "Roe running mate Sam Hill", "Acme deputy press officer,")?
 * The lexicon's role and person nouns decide, not a list.
 */
function roleNounAfter(text: string, end: number): boolean {
  const m = NOUN_PHRASE_AFTER.exec(text.slice(end, end + 50));
  if (!m) return false;
  const words = m[1]!.split(/[ \t\u00a0]+/);
  const lex = lexicon();
  const head = words[words.length - 1]!;
  const tail = head.includes('-') ? head.slice(head.lastIndexOf('-') + 1) : head;
  if (!(lex.isRoleNoun(tail) || lex.isPersonNoun(tail))) return false;
  return words.slice(0, -1).every((w) => QUALIFIER_POS.has(lex.info(w)?.pos ?? ''));
}

function isParenthetical(text: string, start: number, end: number): boolean {
  return /\(\s*$/.test(text.slice(Math.max(0, start - 3), start)) && /^\s*\)/.test(text.slice(end, end + 3));
}

const aliasKeys = new Map<string, string>();

/** Alias key for lookups: case, spacing, possessive and surrounding punctuation ignored. */
export function normaliseAlias(s: string): string {
  let key = aliasKeys.get(s);
  if (key === undefined) {
    // A pure function of the string: remembered (up to a bound) across analyses.
    if (aliasKeys.size > 20000) aliasKeys.clear();
    key = aliasKey(s);
    // A copy of the alias as the key: a slice would keep the whole analysed text alive.
    aliasKeys.set((' ' + s).slice(1), key);
  }
  return key;
}

function aliasKey(s: string): string {
  return (/[^\x00-\x7f]/.test(s) ? s.normalize('NFKC') : s)
    .replace(/[’`]/g, "'")
    .replace(/'s$/i, '')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}
