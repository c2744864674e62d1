/**
 * Topic shifts between paragraphs: tells the headline of a new story pasted under another
 * (one blank line apart, so nothing in the layout marks it) from a subhead of the same
 * story. A headline names its story's topic, which its first paragraph takes up and the
 * story above never mentioned; the first paragraph introduces people and places the story
 * above never named. A subhead continues a topic already under way.
 */
import type { AnatomyVocabulary } from './rules';
import type { Unit } from './lines';

/** A lede that names nobody: how many topic words it needs, and what share of them must be new to the article. */
const NAMELESS_LEDE_MIN_WORDS = 6;
const NAMELESS_LEDE_NEW = 0.8;

/** Word keys that match inflected forms ("strikes", "striking"): the first five letters. */
const KEY_LENGTH = 5;

/** Content-word keys of a text: lower-cased, function words left out, cut to a stem-like key. */
export function topicWords(text: string, vocabulary: AnatomyVocabulary): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\p{L}[\p{L}'’-]*/gu)) {
    const w = m[0].toLowerCase().replace(/['’]s$/, '');
    if (w.length < 3 || vocabulary.stopwords.has(w)) continue;
    out.push(w.slice(0, KEY_LENGTH));
  }
  return out;
}

/** Capitalised words inside sentences (not the first word of one): names, mostly. */
export function namesIn(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/(?<![.!?:"“]\s*|^\s*)\b\p{Lu}[\p{Ll}'’-]{2,}/gu)) out.push(m[0].replace(/['’]s$/, ''));
  return out;
}

/**
 * What an article has said so far (its topic words and the names it used), brought up to
 * date lazily: each unit is read once however often it is asked.
 */
export class ArticleMemory {
  private readonly words = new Set<string>();
  private readonly names = new Set<string>();
  private next: number;

  constructor(
    private readonly units: readonly Unit[],
    start: number,
    private readonly vocabulary: AnatomyVocabulary,
  ) {
    this.next = start;
  }

  /**
   * Whether `units[j]` (a headline-like line, `units[j + 1]` a full paragraph under it)
   * opens a new story rather than a new section of this one: its topic words are mostly
   * new to the article, the paragraph under it takes at least one of them up, most of that
   * paragraph's words are new to the article, and it names someone or somewhere, mostly
   * new to the article (a new story introduces its people; a section of the same story
   * goes on without naming anyone new).
   */
  opensNewTopic(j: number): boolean {
    for (; this.next < j; this.next++) {
      const text = this.units[this.next]!.text;
      for (const w of topicWords(text, this.vocabulary)) this.words.add(w);
      for (const n of namesIn(text)) this.names.add(n);
    }
    const line = topicWords(this.units[j]!.text, this.vocabulary);
    if (line.length < 2) return false;
    const lede = this.units[j + 1]!.text;
    const ledeWords = new Set(topicWords(lede, this.vocabulary));
    let fresh = 0;
    let takenUp = 0;
    for (const w of line) {
      if (!this.words.has(w)) fresh++;
      if (ledeWords.has(w)) takenUp++;
    }
    if (takenUp === 0 || fresh < line.length * 0.5) return false;
    let ledeNew = 0;
    for (const w of ledeWords) if (!this.words.has(w)) ledeNew++;
    if (ledeNew < ledeWords.size * 0.6) return false;
    const names = [...new Set(namesIn(lede))];
    // A lede that names nobody inside its sentences ("Ticket sales at the box office are
    // predicted to …") opens a new story only when nearly all its words and all the line's are new.
    if (names.length === 0) return fresh === line.length && ledeWords.size >= NAMELESS_LEDE_MIN_WORDS && ledeNew >= ledeWords.size * NAMELESS_LEDE_NEW;
    const newNames = names.filter((n) => !this.names.has(n)).length;
    return newNames >= names.length * 0.5;
  }
}
