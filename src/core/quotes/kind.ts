/**
 * Deciding a quotation's kind from its shape and the words around it: `direct` (a clause or
 * more of someone's words), `partial` (a fragment inside the reporter's sentence), `other`
 * (titles, nicknames, scare quotes, quoted subheads).
 */
import { isSpeechVerb } from '../attribution/lexicon';
import { NAMING_WORDS, WORK_NOUNS } from '../lexicon/words';
import { lexicon } from '../lexicon';
import type { QuoteKind, SectionKind } from '../types';
import type { RawQuote } from './scan';

const FIRST_LETTER = /[\p{L}\p{N}]/u;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** Is the quote introduced as speech: after a colon, a comma, a sentence end, or "said (that)"? */
function introduced(before: string): boolean {
  const b = before.replace(/[\s\u00a0]+$/, '');
  if (b === '' || /[.!?…:]["”’']?$/.test(b) || /[:,;—–-]$/.test(b)) return true;
  return bySpeechVerb(b);
}

/** Is the quote right after a speech verb ("said", "said that", "told reporters:")? */
function bySpeechVerb(b: string): boolean {
  if (/:$/.test(b)) return true;
  const words = b.match(WORD) ?? [];
  const last = words[words.length - 1] ?? '';
  const prior = words[words.length - 2] ?? '';
  return isSpeechVerb(last) || (last.toLowerCase() === 'that' && isSpeechVerb(prior));
}

/** Does the sentence end where the quote ends? */
function endsSentence(content: string, after: string): boolean {
  const a = after.replace(/^[\s\u00a0]+/, '');
  if (a === '' || /^[.!?…]/.test(a)) return true;
  return /[.!?…]$/.test(content) && /^["“‘']?\p{Lu}/u.test(a);
}

const MINOR = /^(?:a|an|the|and|or|but|of|for|to|in|on|at|by|with|from|as|nor|vs)$/;
/**
 * Naming phrases with words between their parts: "known across the north as “…”", "nicknamed
 * it the “…”", "dubbed him “…”", "under the heading “…”".
 */
const NAMING_SPREAD = String.raw`known(?:[\s\u00a0]+[\p{L}'’-]+){0,4}[\s\u00a0]+as|(?:nicknamed|dubbed|christened)[\s\u00a0]+(?:it|him|her|them|this|that)|(?:the|a)[\s\u00a0]+(?:heading|subheading|caption|label)`;
/** An article that may open a nickname in the languages of names ("Jonathan “el Chino” Ledezma"). */
const NICKNAME_ARTICLE = /^(?:el|la|los|las|il|lo|le|o|a|al|der|die|das|du|de)$/;
const WORKS = new Set(WORK_NOUNS);
const NAMING = new RegExp(
  `\\b(?:${NAMING_WORDS.map((w) => w.replace(/[-\s]/g, (c) => (c === '-' ? '-' : '[\\s\\u00a0]+'))).join('|')}|${NAMING_SPREAD})[\\s\\u00a0]*(?:the[\\s\\u00a0]+)?$`,
  'iu',
);

/**
 * A word of a title: capitalised anywhere ("Mhór", "gCladach", "ar-Raml"), a number, or
 * (not first or last) a short lower-case particle of any language ("in", "no", "del", "ón").
 */
function titleWord(w: string, k: number, n: number): boolean {
  if (/^[\p{N}]/u.test(w) || /\p{Lu}/u.test(w)) return true;
  return k > 0 && k < n - 1 && (MINOR.test(w) || w.length <= 3);
}

/** Title-shaped: two to ten words, each a title word ("Chuva no Sertão", "Letters to the Ocean"). */
function titleShaped(words: string[]): boolean {
  return words.length >= 2 && words.length <= 10 && /^[\p{Lu}\p{N}]/u.test(words[0]!) && words.every((w, k) => titleWord(w, k, words.length));
}

/**
 * A quote named as a title or label by the words around it: after a kind of work ("the
 * album “…”", "her hit ‘…’") or a naming phrase ("known as the “…”", "so-called ‘…’"), or
 * followed by a year in brackets ("“…” (1988)"). Not a quote that is a sentence.
 */
function namedAsTitle(content: string, words: string[], before: string, after: string): boolean {
  if (words.length > 10 || /[.!?…]$/.test(content)) return false;
  const tail = before.slice(-60);
  if (NAMING.test(tail)) return true;
  if (/^[,\s\u00a0]*\((?:1[89]|20)\d\d\)/.test(after) && /^[\p{Lu}\p{N}]/u.test(words[0]!)) return true;
  const prior = (tail.replace(/[,:\s\u00a0]+$/, '').match(WORD) ?? []).slice(-2).map((w) => w.toLowerCase());
  return prior.some((w) => WORKS.has(w)) && /^[\p{Lu}\p{N}]/u.test(words[0]!);
}

/** Are the words around the quote in title case too (a headline: "Pills “Burned Her Up” Inquest Told")? */
function inTitleCaseLine(before: string, after: string): boolean {
  const around = [...(before.slice(-120).split(/\n/).pop()!.match(WORD) ?? []).slice(-6), ...(after.slice(0, 120).split(/\n/)[0]!.match(WORD) ?? []).slice(0, 6)];
  return around.length > 0 && around.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || MINOR.test(w));
}

/** Is a speech verb among the first words after the quote ("…,” she said", "…,” said Roe)? */
function speechFollows(after: string): boolean {
  return (after.slice(0, 60).match(WORD) ?? []).slice(0, 4).some(isSpeechVerb);
}

/**
 * A title or nickname: every word capitalised (short function words aside) inside a
 * sentence that is not itself in title case ("the album “Songs for the Road”", "the “Grey
 * Lady”"). In a title-case headline, a capitalised quote is just the headline's style.
 */
function isTitle(words: string[], before: string): boolean {
  if (words.length > 8) return false;
  const capitalised = (w: string): boolean => /^[\p{Lu}\p{N}]/u.test(w);
  if (!words.every((w, k) => capitalised(w) || (k > 0 && MINOR.test(w)))) return false;
  const context = (before.match(WORD) ?? []).slice(-6);
  if (words.length <= 3) return !context.length || context.some((w) => !capitalised(w) && !MINOR.test(w));
  return context.some((w) => !capitalised(w) && !MINOR.test(w));
}

/**
 * A nickname written inside a name: one to three capitalised words, the first maybe an article,
 * between a capitalised word and a capitalised surname ("Kristine “Tin” Alcantara", "Mr
 * Earvin "Magic" Johnson", "Jonathan “el Chino” Ledezma").
 * Not a quote inside a title-case run ("Council Calls Plan “Reckless” After Vote").
 */
function nicknameInName(words: string[], before: string, after: string): boolean {
  const capitalised = (w: string | undefined): boolean => w !== undefined && /^\p{Lu}/u.test(w);
  if (words.length > 3 || !words.every((w, k) => capitalised(w) || (k === 0 && words.length > 1 && NICKNAME_ARTICLE.test(w)))) return false;
  const b = /(?:^|[\s\u00a0])(\S+)[\s\u00a0]+(\p{Lu}[\p{L}'’-]*)[\s\u00a0]$/u.exec(before) ?? /^()(\p{Lu}[\p{L}'’-]*)[\s\u00a0]$/u.exec(before);
  if (!b) return false;
  // The word before the first name may be a short title ("Mr", "Dr.") or another given name
  // ("Maria Lourdes “Malou” Ramos"), but not more title case.
  const prior = b[1]!;
  if (capitalised(prior) && !/\.$/.test(prior) && prior.length > 3 && !lexicon().isFirstName(prior.toLowerCase())) return false;
  const a = /^[\s\u00a0]+\p{Lu}[\p{L}'’-]*(?:[\s\u00a0]*$|[\s\u00a0]*[^\s\u00a0\p{L}]|[\s\u00a0]+\p{Ll})/u.exec(after);
  return a !== null;
}

/** An analyst's rating in quotation marks: "kept a “hold” rating", "upgraded the shares to “buy”". */
const RATING_AFTER = /^[\s\u00a0]*(?:rating|recommendation)\b/i;
const RATINGS = /^(?:buy|strong buy|hold|sell|strong sell|neutral|overweight|underweight|equal[\s-]weight|outperform|underperform|market perform|accumulate|reduce)$/i;
const RATED_BEFORE = /\b(?:upgrad|downgrad|rais|cut|lower|reiterat|kept|keep|maintain|initiat|rate)\w*\b[^.;:!?]{0,40}?[\s\u00a0](?:to|at|as|with|a|an)[\s\u00a0]*$/i;

/**
 * What a word or name means ("The word means “river” or “road”", "Tarvo – which means “salt
 * harbour”", "literally “bread of the poor”"): nobody's words. Not what a fact implies
 * ("the rules mean “nobody will build here”").
 */
const GLOSS_BEFORE = /(?:\b(?:it|which|that|word|name|term|title)[\s\u00a0]+(?:also[\s\u00a0]+)?(?:means|meant)|\btranslates?[\s\u00a0]+(?:as|to)|\btranslated[\s\u00a0]+as|\bliterally)[\s\u00a0,:]*(?:[“"‘'«][^“”"‘’'«»]{1,40}[”"’'»][\s\u00a0]*(?:,|or|and)[\s\u00a0]*)?$/i;

/** A line that links to another story. */
const RELATED_LINK = /^\s*(?:read more|related|see also|also read|read also|more on this|more|watch|listen|recommended)\s*[:|›>–—-]/i;

/**
 * The kind of one quotation. `before`/`after` are the paragraph text around its marks;
 * `outerBefore` is, for an inner quote, the text of the enclosing quote before it.
 */
export function quoteKind(
  content: string,
  before: string,
  after: string,
  raw: RawQuote,
  paragraphKind: SectionKind,
): QuoteKind {
  if (paragraphKind === 'subhead') return 'other';
  // Words quoted in a link to another story ("Read more: Why the 'blue economy' is back") are
  // a title's, not speech; a speaker's words after a label ("Related: Mayor Lund: 'We built it ...'") are.
  if (paragraphKind === 'meta' && RELATED_LINK.test(before) && !/:\s*$/.test(before)) return 'other';
  if (/\bas if (?:to say|saying)[\s,:]*$/i.test(before)) return 'other';
  const words = content.match(WORD) ?? [];
  if (words.length === 0) return 'other';
  // Numbers alone (an embedded post's id, a timestamp) or a handle are no one's words.
  if (words.every((w) => /^\p{N}+$/u.test(w)) || /^[\s\u00a0]*@\w+[\s\u00a0.,]*$/u.test(content)) return 'other';
  if (raw.depth > 0) {
    // Inside someone's words: a quoted fragment is reported speech only when it is reported
    // ("testified that ‘...’", "was ‘accurate’", "he told me: ‘...’"); otherwise it is the
    // speaker's scare quote or a title.
    if (/\b(?:that|was|were|is|are|being|been|be)[\s\u00a0]*$/i.test(before)) return 'partial';
    const tail = (before.match(WORD) ?? []).slice(-3);
    return /[:,][\s\u00a0]*$/.test(before) && tail.some(isSpeechVerb) || isSpeechVerb(tail[tail.length - 1] ?? '')
      ? 'partial'
      : 'other';
  }
  if (words.length <= 3 && (RATING_AFTER.test(after) || (RATINGS.test(content.trim()) && RATED_BEFORE.test(before)))) return 'other';
  if (words.length <= 8 && GLOSS_BEFORE.test(before)) return 'other';
  if (nicknameInName(words, before, after)) return 'other';
  if (namedAsTitle(content, words, before, after) && !speechFollows(after)) return 'other';
  const first = FIRST_LETTER.exec(content)?.[0] ?? '';
  const upper = first !== first.toLowerCase();
  const intro = introduced(before);
  const ending = endsSentence(content, after);
  if (upper) {
    const ended = /[.!?,…]$/.test(content);
    if (!ended && !intro && isTitle(words, before)) return 'other';
    // A title after a comma ("two films, “Maré Baixa,” and …"), not after a speech verb ("he called it ‘Never Again’");
    // or one with the comma or full stop American copy puts inside the marks, not introduced
    // as speech ("on “Meet the Press,” Roe said"; "hosts “Morning Harbour.”").
    const titleEnd = !/[.!?…]$/.test(content) || (/[.,]$/.test(content) && !intro);
    if (titleEnd && titleShaped(words) && !speechFollows(after) && !bySpeechVerb(before.replace(/[\s\u00a0]+$/, '')) && !inTitleCaseLine(before, after)) return 'other';
    if (intro || ended) return words.length >= 3 || ended ? 'direct' : 'partial';
    return 'partial';
  }
  // A lower-case start is a fragment unless a speech verb introduces it and it ends the sentence.
  const b = before.replace(/[\s\u00a0]+$/, '');
  if (bySpeechVerb(b) && ending && words.length >= 4) return 'direct';
  return 'partial';
}
