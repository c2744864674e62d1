/**
 * Line-level recognisers for the parts of a web news page: meta lines, bylines, photo
 * captions, standfirst bullets, datelines, subheads. Each looks at one line of text only,
 * so the outline can be rebuilt paragraph by paragraph.
 */
import type { Range } from '../types';
import { hasDate } from './dates';

/** Number of whitespace-separated words (a plain loop: this runs on every line, often). */
export function wordCount(s: string): number {
  // The recognisers below ask about the same line one after another: remember the last answer.
  if (s === lastCounted) return lastCount;
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const space = c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  lastCounted = s;
  lastCount = n;
  return n;
}

let lastCounted = '';
let lastCount = 0;

const META_PREFIX =
  /^(?:updated|published|posted|last updated|last modified|first published|modified|created|date)\b\s*:?/i;
const META_SHORT =
  /^(?:short url|short link|follow|follow us|share|share this(?: article)?|share on \w+|comments?|print|e-?mail|save|listen|bookmark|advertisement|advertising|related|related (?:articles|stories|topics)|read more|more on this story|tags?:.*|topics?:.*|copy link|skip advertisement|story continues below)$/i;
/** Links and notices between paragraphs: "Read more: …", "This article is more than 2 years old". */
const NOTICE = /^(?:(?:read more|read also|also read|related|see also|watch|listen|more on this story|more from \w+)\s*:|this article is more than\b|sign up\b|subscribe\b|click here\b)/i;
const CREDITS_END = /^\(?(?:additional )?(?:reporting|writing|editing|compiled|translated|edited|produced|research)\s+by\b/i;
const END_MARK = /^(?:\(?-*\s*(?:end|ends|endit)\s*-*\)?|#{3,}|\*{3,}|-{3,})$/i;
/** "PTI, Washington," — an agency and place line in the header. */
const AGENCY_LINE = /^[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*)?(?:,\s*[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*)?)+,?$/;

/** A dated or "Published/Updated" line: evidence that the lines above it are still header. */
export function isDatedMeta(line: string): boolean {
  return wordCount(line) <= 14 && (META_PREFIX.test(line) || (wordCount(line) <= 10 && hasDate(line))) && isMeta(line);
}

/** A line that ends an article or separates two: "(END)", "---", "* * *", "###". */
export function isEndMark(line: string): boolean {
  return END_MARK.test(line) || /^(?:\*\s*){3,}$|^(?:-\s*){3,}$|^(?:#\s*){3,}$|^(?:_\s*){3,}$|^(?:=\s*){3,}$/.test(line);
}

/** A line of page furniture: dates, update times, share buttons, agency credits, end marks. */
export function isMeta(line: string): boolean {
  const words = wordCount(line);
  if (META_PREFIX.test(line) && words <= 14 && (hasDate(line) || /\d/.test(line) || words <= 3)) return true;
  if (words <= 5 && META_SHORT.test(line)) return true;
  if (CREDITS_END.test(line)) return true;
  if (words <= 16 && NOTICE.test(line)) return true;
  if (isEndMark(line)) return true;
  if (words <= 10 && hasDate(line) && !/[.!?]["”’]?$/.test(line.replace(/\b[ap]\.m\.$/i, ''))) return true;
  if (words <= 5 && /,$/.test(line) && AGENCY_LINE.test(line)) return true;
  return false;
}

const BYLINE = /^by\s+\S/i;
const BYLINE_ROLE =
  /\b(?:reporter|correspondent|editor|writer|columnist|contributor|staff|bureau|journalist|news desk|desk)$/i;
/** "Ana de la Cruz": a bare name of two to four capitalised words. */
const NAME_LINE = /^(?:[A-Z][a-zà-ÿ'’.-]+|[A-Z]\.|(?:de|di|da|van|von|der|le|la|al|bin|el|ul)\b)(?:\s+(?:[A-Z][a-zà-ÿ'’.-]+|[A-Z]\.|de|di|da|van|von|der|le|la|al|bin|el|ul)){1,3}$/;

/** A byline: "By Jane Doe", "by X (reporting) and Y (photography)", "Courier Staff Reporter". */
export function isByline(line: string): boolean {
  const words = wordCount(line);
  if (BYLINE.test(line) && words <= 16 && !/[.!?]$/.test(line)) return true;
  if (words <= 5 && BYLINE_ROLE.test(line) && !/[.!?,]$/.test(line)) return true;
  return false;
}

/** A bare name line, which in the header zone is a byline. */
export function isNameLine(line: string): boolean {
  return NAME_LINE.test(line);
}

const CAPTION_PREFIX =
  /^(?:(?:image caption|image copyright|image source|media caption|getty images|photo credit)\b|(?:photo|photograph|picture|pictured|main image|image|caption|credit|file photo|illustration|video)\s*:)/i;
const CAPTION_OPEN =
  /^(?:\(?(?:photos?|pictures?|images?|video) (?:by|credit|courtesy)\b|in this (?:handout |undated |file |aerial )*(?:photo|picture|image|photograph|video|still|screen ?grab)|(?:this|a|an) (?:handout |file |undated )*(?:photo|picture|image|photograph)\b|handout photo|file photo|\d+ of \d+\.)/i;
/** A credit in parentheses at the end of a caption: "(Army Media)", "(AFP)", "(AP Photo/Jane Doe)". */
const CAPTION_CREDIT = /\((?:[A-Z]{2,}[\w/ .-]*|[\w .-]*\b(?:Photo|Reuters|Getty(?: Images)?|AFP|AP|EPA|Xinhua|Shutterstock|Handout)\b[\w/ .-]*)\)\.?$/;
/** Image credits and embed labels standing alone between paragraphs. */
const CREDIT_LINE = /^(?:facebook|twitter|instagram|youtube|tiktok|x|getty images|reuters|afp|ap|epa|pa|shutterstock|ap photo|pa media|handout)$/i;
const CREDIT_SUFFIX = /\b(?:Police|Images|Photo|Photos|Pictures|Archive|Handout|Media|Press|Agency)$/;

/** A photo caption or image credit. */
export function isCaption(line: string): boolean {
  if (CAPTION_PREFIX.test(line) || CAPTION_OPEN.test(line) || CREDIT_LINE.test(line)) return true;
  if (wordCount(line) >= 8 && CAPTION_CREDIT.test(line) && !/[.!?]$/.test(line)) return true;
  return false;
}

/** A standalone credit line such as "Acme Regional Police" or "Getty Images". */
export function isCreditLine(line: string): boolean {
  if (line.length > 60) return false;
  if (CREDIT_LINE.test(line)) return true;
  const words = line.split(/\s+/);
  return words.length <= 4 && words.every((w) => /^[A-Z0-9]/.test(w)) && CREDIT_SUFFIX.test(line);
}

/** A standfirst bullet line ("• ...", "- ..."). */
export function isBullet(line: string): boolean {
  return /^[•●▪■◦‣∙·*–—-]\s*\S/.test(line) && !/^-{2,}/.test(line);
}

const AGENCY = String.raw`\((?:[A-Z][\w.&' -]{0,30})\)`;
const MONTH_NAME = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December)\.?`;
const DATELINE_DATE = String.raw`(?:,?\s*(?:${MONTH_NAME}\s+\d{1,2}|\d{1,2}\s+${MONTH_NAME})(?:,?\s*\d{4})?)`;
const CAPS_PLACE = String.raw`[A-Z][A-Z'’.-]+(?:[ -][A-Z][A-Z'’.-]+)*(?:,\s*[A-Z][A-Za-z.'’-]+(?:\s[A-Z][A-Za-z.'’-]+)*)?(?:\/[A-Z][A-Z'’.-]+(?:\s[A-Z][A-Z'’.-]+)*)*`;
const TITLE_PLACE = String.raw`[A-Z][a-z'’.-]+(?:\s[A-Z][a-z'’.-]+)*(?:,\s*[A-Z][A-Za-z.'’-]+(?:\s[A-Z][A-Za-z.'’-]+)*)?`;
const DATELINE_CAPS = new RegExp(String.raw`^(${CAPS_PLACE})(?:${DATELINE_DATE})?\s*(?:${AGENCY})?\s*(?::|--|—|–|-)\s+(?=["“‘']?[\p{Lu}\d])`, 'u');
const DATELINE_TITLE = new RegExp(String.raw`^(${TITLE_PLACE})(?:${DATELINE_DATE})?\s*${AGENCY}\s*(?::|--|—|–|-)\s+(?=["“‘']?[\p{Lu}\d])`, 'u');

/** The dateline at the start of a body paragraph: its place and the place's range (relative). */
export function matchDateline(line: string): { place: string; range: Range; length: number } | null {
  const m = DATELINE_CAPS.exec(line) ?? DATELINE_TITLE.exec(line);
  if (!m) return null;
  let place = m[1]!;
  // A place written in capitals must be a real word, not an initialism opening a sentence with a dash.
  if (!/[A-Za-z]{2,}/.test(place)) return null;
  place = place.replace(/[\s,]+$/, '');
  return { place, range: [0, place.length], length: m[0].length };
}

const CLAUSE_WORD =
  /^(?:i|we|he|she|they|you|it|is|are|was|were|am|be|been|has|have|had|will|would|can|could|must|should|may|might|shall|do|does|did|said|says|say|told|tells|added|not|isn't|aren't|wasn't|won't|can't|don't)$/i;
const IMPERATIVE = /^(?:read|click|watch|listen|see|sign|subscribe|follow|share|download|get|find|join|tap|scroll|view|explore|discover)$/i;
const QUOTE_CHARS = /^[“"‘']+|[”"’']+$/g;

/**
 * A subhead between body paragraphs: an ALL-CAPS line, a line wholly in quotes
 * (‘CHANGED FACES’), or a short title- or sentence-case phrase with no final full stop and
 * no clause in it (no pronoun subject, no auxiliary), which tells it from captions and
 * bulleted summaries that lost their bullets.
 */
export function isSubhead(line: string): boolean {
  if (line.length > 90 || line.includes('\n')) return false;
  const words = wordCount(line);
  if (words === 0 || words > 12) return false;
  const bare = line.replace(QUOTE_CHARS, '');
  if (!bare || /[.,;:]$/.test(bare)) return false;
  if (!/^(?:[“"‘']?[A-Z0-9À-Þ])/.test(line)) return false;
  if (isMeta(line) || isCaption(line) || isByline(line) || isCreditLine(bare)) return false;
  const letters = bare.replace(/[^A-Za-zÀ-ÿ]/g, '');
  if (letters.length >= 3 && letters === letters.toUpperCase()) return !line.startsWith('(');
  const wholeQuote = /^[“"‘'][^“”"‘’]*[’'”"]$/.test(line) && line.length > 2;
  if (wholeQuote) return words <= 8;
  if (words < 2 || words > 8) return false;
  // "What are the changes?": a question standing alone between paragraphs.
  if (/\?$/.test(bare) && words <= 7) return true;
  const tokens = bare.split(/\s+/).map((w) => w.replace(/^[^\wÀ-ÿ]+|[^\wÀ-ÿ']+$/g, ''));
  if (IMPERATIVE.test(tokens[0] ?? '')) return false;
  return !tokens.some((w) => CLAUSE_WORD.test(w));
}

/** A line that could be a headline: a single short line without a closing full stop. */
export function isHeadlineLike(line: string): boolean {
  const words = wordCount(line);
  if (words < 3 || words > 25 || line.length > 200) return false;
  if (/[.,;:]$/.test(line.replace(/[”"’']+$/, ''))) return false;
  return /^[“"‘']?[A-Z0-9À-Þ]/.test(line);
}

/** A paragraph that reads like body text: a full sentence of some length. */
export function isBodyLike(line: string, minWords = 15): boolean {
  if (!/[.!?]["”’')]*$/.test(line) || isCaption(line)) return false;
  const words = wordCount(line);
  // A quoted sentence with its cue ("“We are ready,” she said.") is body however short.
  return words >= minWords || (minWords < 15 && words >= 4 && /^["“‘']/.test(line));
}
