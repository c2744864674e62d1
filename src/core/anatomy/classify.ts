/**
 * Line-level recognisers for the parts of a web news page: meta lines, bylines, photo
 * captions, standfirst bullets, datelines, subheads. Each looks at one line of text only,
 * so the outline can be rebuilt paragraph by paragraph.
 */
import type { Range } from '../types';
import { hasDate } from './dates';
import { english } from './rules.en';
import type { AnatomyVocabulary, LineRule } from './rules';

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

/** The vocabulary the recognisers read lines with (the seam a second language would use). */
const V: AnatomyVocabulary = english;

/** The id of the first rule of `rules` that `line` matches, or null. */
function firstRule(rules: readonly LineRule[], line: string): string | null {
  const words = wordCount(line);
  for (const r of rules) if (r.test(line, words)) return r.id;
  return null;
}

/** A dated or "Published/Updated" line: evidence that the lines above it are still header. */
export function isDatedMeta(line: string): boolean {
  return wordCount(line) <= 14 && (V.metaPrefix.test(line) || (wordCount(line) <= 10 && hasDate(line))) && isMeta(line);
}

/** A line that ends an article or separates two: "(END)", "---", "* * *", "###". */
export function isEndMark(line: string): boolean {
  return V.endMark.test(line, wordCount(line));
}

/** The rule that reads `line` as page furniture (dates, share buttons, credits, notices, end marks), or null. */
export function metaRule(line: string): string | null {
  return firstRule(V.meta, line);
}

/** A line of page furniture. */
export function isMeta(line: string): boolean {
  return metaRule(line) !== null;
}

/** The rule that reads `line` as a byline ("By Jane Doe", "Courier Staff Reporter"), or null. */
export function bylineRule(line: string): string | null {
  return firstRule(V.byline, line);
}

/** A byline. */
export function isByline(line: string): boolean {
  return bylineRule(line) !== null;
}

/** A bare name line, which in the header zone is a byline. */
export function isNameLine(line: string): boolean {
  return V.nameLine.test(line);
}

/** The rule that reads `line` as a photo caption or image credit, or null. */
export function captionRule(line: string): string | null {
  return firstRule(V.caption, line);
}

/** A photo caption or image credit. */
export function isCaption(line: string): boolean {
  return captionRule(line) !== null;
}

/** The rule that reads `line` as a standalone credit ("Acme Regional Police", "Getty Images"), or null. */
export function creditRule(line: string): string | null {
  return firstRule(V.credit, line);
}

/** A standalone credit line. */
export function isCreditLine(line: string): boolean {
  return creditRule(line) !== null;
}

/** A standfirst bullet line ("• ...", "- ..."). */
export function isBullet(line: string): boolean {
  return /^[•●▪■◦‣∙·*–—-]\s*\S/.test(line) && !/^-{2,}/.test(line);
}

// Places and agencies in any alphabet's capitals ("SÃO TOMÉ", "REYKJAVÍK", "ZÜRICH").
const AGENCY = String.raw`\((?:\p{Lu}[\p{L}\p{N}_.&' -]{0,30})\)`;
const MONTH_NAME = V.monthName;
const DATELINE_DATE = String.raw`(?:,?\s*(?:${MONTH_NAME}\s+\d{1,2}|\d{1,2}\s+${MONTH_NAME})(?:,?\s*\d{4})?)`;
const CAPS_PLACE = String.raw`\p{Lu}[\p{Lu}'’.-]+(?:[ -]\p{Lu}[\p{Lu}'’.-]+)*(?:,\s*\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+)*)?(?:\/\p{Lu}[\p{Lu}'’.-]+(?:\s\p{Lu}[\p{Lu}'’.-]+)*)*`;
const TITLE_PLACE = String.raw`\p{Lu}[\p{Ll}'’.-]+(?:\s\p{Lu}[\p{Ll}'’.-]+)*(?:,\s*\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+)*)?`;
const DATELINE_CAPS = new RegExp(String.raw`^(${CAPS_PLACE})(?:${DATELINE_DATE})?\s*(?:${AGENCY})?\s*(?::|--|—|–|-)\s+(?=["“‘']?[\p{Lu}\d])`, 'u');
const DATELINE_TITLE = new RegExp(String.raw`^(${TITLE_PLACE})(?:${DATELINE_DATE})?\s*${AGENCY}\s*(?::|--|—|–|-)\s+(?=["“‘']?[\p{Lu}\d])`, 'u');

/** The dateline at the start of a body paragraph: its place and the place's range (relative). */
export function matchDateline(line: string): { place: string; range: Range; length: number } | null {
  const m = DATELINE_CAPS.exec(line) ?? DATELINE_TITLE.exec(line);
  if (!m) return null;
  let place = m[1]!;
  // A place written in capitals must be a real word, not an initialism opening a sentence with a dash.
  if (!/\p{L}{2,}/u.test(place)) return null;
  place = place.replace(/[\s,]+$/, '');
  return { place, range: [0, place.length], length: m[0].length };
}

const QUOTE_CHARS = /^[“"‘']+|[”"’']+$/g;

/** A section's number before its heading: "I. ", "IV. ", "3. ", "2) ". */
const SECTION_NUMBER = /^(?:[IVX]{1,4}|\d{1,2})[.)]\s+/;

/**
 * A line wholly in quotes, without a full stop inside (a body paragraph that is one quote
 * ends its sentence), perhaps after a short label and a colon ("Mayor: ‘We stay’",
 * "Cabinet Secretary: 'The levy is not a punishment'"): a quoted subhead.
 */
const QUOTED_LINE = /^(?:\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,2}:\s+)?[“"‘'][^“”"‘’]*[^.!?…“”"‘’][’'”"]$/u;
/** The most words of a quoted subhead. */
const QUOTED_MAX_WORDS = 14;

/**
 * The rule that reads `line` as a subhead between body paragraphs, or null: an ALL-CAPS
 * line, a line wholly in quotes (‘CHANGED FACES’), a short question, or a short title- or
 * sentence-case phrase with no final full stop and no clause in it (no pronoun subject, no
 * auxiliary), which tells it from captions and bulleted summaries that lost their bullets.
 */
export function subheadRule(line: string): string | null {
  if (line.length > 90 || line.includes('\n')) return null;
  const words = wordCount(line);
  // A line that is one quotation, or a label and one ("Mayor: ‘We stay’"), may be longer.
  const quoted = QUOTED_LINE.test(line) && line.length > 2;
  if (words === 0 || words > (quoted ? QUOTED_MAX_WORDS : 12)) return null;
  const bare = line.replace(QUOTE_CHARS, '');
  if (!bare || /[.,;:]$/.test(bare)) return null;
  if (!/^(?:[“"‘']?[\p{Lu}\p{N}])/u.test(line)) return null;
  if (isMeta(line) || isCaption(line) || isByline(line) || isCreditLine(bare)) return null;
  if (hasAddress(line)) return null;
  const letters = bare.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 3 && letters === letters.toUpperCase()) return line.startsWith('(') ? null : 'subhead.capitals';
  if (quoted) return 'subhead.quoted';
  if (words < 2 || words > 8) return null;
  if (/\?$/.test(bare) && words <= 7) return 'subhead.question';
  // A numbered part of a long read ("II. Counting what is left"): a heading whatever its words.
  if (/^[IVX]{1,4}\.\s+\p{Lu}/u.test(bare)) return 'subhead.numbered';
  // A section's number ("I. The white trees", "3. Costs") is not a word of the heading.
  const tokens = bare.replace(SECTION_NUMBER, '').split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}_]+|[^\p{L}\p{N}_']+$/gu, ''));
  // A row of a results or standings table ("Kelso 6 4 1 1 22", "Team P W D L Pts"), not a heading.
  if (tokens.filter((w) => /^\d+$/.test(w)).length >= 2 || tokens.filter((w) => /^[A-Z]$/.test(w)).length >= 3) return null;
  if (V.imperative.test(tokens[0] ?? '')) return null;
  // A clause a question word opens, as a heading ("What observers say", "How the deal works").
  if (V.whHeading.test(tokens[0] ?? '')) return 'subhead.wh-clause';
  return tokens.some((w) => V.clauseWord.test(w)) ? null : 'subhead.phrase';
}

/** A line with an e-mail address or a link ("Got a tip? Email news@paper.example"): furniture, never a heading. */
export function hasAddress(line: string): boolean {
  return /[\w.+-]+@[\w-]+\.[\w.-]+|https?:\/\/|\bwww\.\S/.test(line);
}

/** A subhead between body paragraphs. */
export function isSubhead(line: string): boolean {
  return subheadRule(line) !== null;
}

/** A line that could be a headline: a single short line without a closing full stop. */
export function isHeadlineLike(line: string): boolean {
  const words = wordCount(line);
  if (words < 3 || words > 25 || line.length > 200) return false;
  if (/[.,;:]$/.test(line.replace(/[”"’']+$/, ''))) return false;
  return /^[“"‘']?[\p{Lu}\p{N}]/u.test(line);
}

/** A paragraph that reads like body text: a full sentence of some length. */
export function isBodyLike(line: string, minWords = 15): boolean {
  if (!/[.!?]["”’')]*$/.test(line) || isCaption(line)) return false;
  const words = wordCount(line);
  // A quoted sentence with its cue ("“We are ready,” she said.") is body however short.
  return words >= minWords || (minWords < 15 && words >= 4 && /^["“‘']/.test(line));
}

/** The parts of a breadcrumb or section label: "Savanna Current › Environment", "METRO | CRIME". */
const LABEL_SEPARATOR = /\s+[|›»>/•·—–]\s+|\s*[|›»]\s*/;

/**
 * A line run on under a masthead that belongs to it whatever follows: its navigation, a
 * tagline or an edition between separators ("Kelso · Courts · Economy · World",
 * "Tarvo's independent weekly | Kelso", "Weekly arts supplement · English edition"),
 * each part of four words at most. Not a byline ("By X | Staff Reporter") or a dated line.
 */
export function mastheadNavRule(line: string): string | null {
  const parts = line.split(LABEL_SEPARATOR).filter((p) => p.trim() !== '');
  if (parts.length < 2 || parts.length > 8 || !parts.every((p) => wordCount(p) >= 1 && wordCount(p) <= 4) || /[.!?,;:]$/.test(line.trim())) return null;
  if (isByline(line) || isDatedMeta(line) || isCaption(line)) return null;
  return 'label.masthead-nav';
}

/**
 * An outlet's tagline glued under its masthead ("THE CARENAGE CHRONICLE" / "Grenada's
 * Community Newspaper Since 1998"), above a section label or the headline: a line of twelve
 * words at most, with no end punctuation, that says what the outlet is (a founding year,
 * "news", "newspaper", "independent", "serving", "voice of", "in English"); the unit after it
 * is a label, the masthead's navigation or a headline, not a byline, a date or a paragraph.
 */
export function taglineRule(line: string, next: string | undefined): string | null {
  if (next === undefined || wordCount(line) > 12 || /[.!?,;:]$/.test(line.trim()) || !V.taglineCue.test(line)) return null;
  if (isMeta(line) || isByline(line) || isDatedMeta(line) || isCaption(line)) return null;
  if ((isMeta(next) && !mastheadNavRule(next)) || isByline(next) || isDatedMeta(next) || isCaption(next) || isBodyLike(next, 12)) return null;
  return 'label.masthead-tagline';
}

/**
 * A short name opening a file with its navigation or tagline run on below it ("The Tarvo
 * Ledger" / "Kelso | Business | Markets"): a masthead, whatever line comes after the two. A
 * headline has no navigation bar glued under it.
 */
export function mastheadOverNavRule(line: string, nav: string): string | null {
  const words = wordCount(line.split(LABEL_SEPARATOR)[0]!);
  if (words === 0 || words > 6 || wordCount(line) > 9 || /[.!?,;:]/.test(line) || !/^[“"‘']?\p{Lu}/u.test(line)) return null;
  if (isMeta(line) || isByline(line) || isDatedMeta(line)) return null;
  return mastheadNavRule(nav) ? 'label.masthead' : null;
}

/**
 * A masthead over its section label, above the headline ("MASHAMBANI POST" / "Agriculture |
 * Counties", "The Westering Herald" / "OPINION"): a short name line, then on the very next
 * line a short label (a breadcrumb, capitals, a known section or a title-case name of three
 * words at most), then a headline of four words or more. The rule for the masthead line,
 * or null.
 */
export function mastheadRule(line: string, label: string, next: string): string | null {
  // The title may carry an edition after a separator ("EL PUERTO · English edition").
  const words = wordCount(line.split(LABEL_SEPARATOR)[0]!);
  if (words === 0 || words > 5 || wordCount(line) > 9 || /[.!?,;:]$/.test(line) || !/^[“"‘']?\p{Lu}/u.test(line)) return null;
  if (isMeta(line) || isByline(line) || isMeta(label) || isByline(label)) return null;
  const labelWords = wordCount(label);
  if (labelWords === 0 || labelWords > 6 || /[.!?,;:]$/.test(label)) return null;
  if (!isHeadlineLike(next) || wordCount(next) < 4 || isMeta(next) || isByline(next) || isCaption(next)) return null;
  const parts = label.split(LABEL_SEPARATOR).filter((p) => p.trim() !== '');
  const letters = label.replace(/[^\p{L}]/gu, '');
  const isLabel =
    (parts.length >= 2 && parts.every((p) => wordCount(p) >= 1 && wordCount(p) <= 4)) ||
    (labelWords <= 4 && letters.length >= 3 && letters === letters.toUpperCase()) ||
    V.sectionLabel.test(label.trim()) ||
    (labelWords <= 3 && /^\p{Lu}[\p{L}'’-]*(?:\s+(?:&|and|\p{Lu}[\p{L}'’-]*))*$/u.test(label.trim()));
  return isLabel && next !== next.toUpperCase() ? 'label.masthead' : null;
}

/**
 * An outlet's name over a dated line, above the headline ("Kelso Daily Brief" / "Mar 3,
 * 2026 | WEATHER", "Tarnby Commuter" / "PORTS | March 9, 2026", "The Kelso Times | Sport &
 * Leisure" / "3 March 2026, 08:40"): a short name in capitals or title case
 * (its section may follow a separator), then a dated line, then a headline of four words or
 * more. The name ends in an outlet's head word, or the dated line carries a section or a
 * second date between separators, as no subhead's date line does. The rule, or null.
 */
export function datedMastheadRule(line: string, label: string, next: string): string | null {
  const name = line.split(LABEL_SEPARATOR)[0]!.trim();
  const words = name.split(/\s+/).filter((w) => w !== '');
  if (words.length === 0 || words.length > 5 || wordCount(line) > 9 || /[.!?,;:]$/.test(line)) return null;
  if (!words.every((w) => /^[\p{Lu}\d]/u.test(w) || /^(?:&|of|the|and|for|de|del|la|le|el|du|des|di)$/.test(w))) return null;
  if (isMeta(line) || isByline(line) || !isDatedMeta(label)) return null;
  if (!isHeadlineLike(next) || wordCount(next) < 4 || isMeta(next) || isByline(next) || isCaption(next) || next === next.toUpperCase()) return null;
  const lower = words.map((w) => w.toLowerCase());
  const outlet = V.outletHeads.has(lower[lower.length - 1]!) || (lower.length >= 2 && V.outletHeads.has(lower[lower.length - 2]!));
  const sectioned = label.split(LABEL_SEPARATOR).filter((p) => p.trim() !== '').length >= 2;
  return outlet || (sectioned && words.length <= 4) ? 'label.masthead' : null;
}

/**
 * A masthead in capitals above a story's header ("SHIRVAN PRESS AGENCY", "KALAHARI PRESS
 * AGENCY (KPA)", "ARABIAN SEA NEWSWIRE (ASN) — GULF BRIEFING", "COURTSIDE COURIER SPORT"):
 * two to five words in capitals, the last an outlet's head word (or the one before a last
 * section word), before an acronym or a separator; the line after it is no paragraph of body
 * ("FARMERS WELCOME NEWS" over its lede is a headline). The rule, or null.
 */
export function capsMastheadRule(line: string, next: string | undefined): string | null {
  if (next === undefined || isBodyLike(next)) return null;
  // After an agency's acronym and a dash, its name ("APN - AGÈNCIA PIRINENCA DE NOTÍCIES").
  const parts = line.trim().split(/\s*\(|\s+[—–|·•/-]\s+/);
  const name = parts.length >= 2 && /^\p{Lu}{2,6}$/u.test(parts[0]!) ? parts[1]! : parts[0]!;
  const words = name.split(/\s+/).filter((w) => w !== '');
  if (words.length < 2 || words.length > 5 || !words.every((w) => /^[\p{Lu}][\p{Lu}&'’.-]*$/u.test(w))) return null;
  const lower = words.map((w) => w.toLowerCase());
  const last = lower[lower.length - 1]!;
  const head = V.outletHeads.has(last) || (words.length >= 3 && V.outletHeads.has(lower[lower.length - 2]!) && V.sectionLabel.test(last));
  return head && !V.outletHeads.has(lower[0]!) ? 'label.masthead-caps' : null;
}

/**
 * The rule that reads `line`, just above `next`, as a section label or breadcrumb over a
 * headline rather than the headline itself, or null: several short parts between
 * separators ("Savanna Current › Environment › Freshwater", "MELTEMI WEEKLY — OPINION"), a
 * short line in capitals ("HEALTH & SCIENCE") or of three words at most ("The Long Read")
 * above a longer line that reads as a headline.
 */
export function sectionLabelRule(line: string, next: string): string | null {
  // Spaced hyphens between a label's parts are no words.
  const words = wordCount(line.replace(/\s+[-–—]\s+/g, ' '));
  const nextWords = wordCount(next);
  if (words === 0 || words > 10 || /[.!?,;:]$/.test(line) || isMeta(next) || isByline(next) || isCaption(next)) return null;
  // A known label over a headline of a sentence or two ("OPINION" / "The truck is a placebo. Limón deserves better.").
  if (!isHeadlineLike(next)) return V.sectionLabel.test(line.trim()) && nextWords >= 4 && nextWords <= 20 && /[.!?]["”’']?$/.test(next) && !isBodyLike(next) && /^[“"‘']?\p{Lu}/u.test(next) ? 'label.section' : null;
  const parts = line.split(LABEL_SEPARATOR).filter((p) => p.trim() !== '');
  if (parts.length >= 2 && parts.every((p) => wordCount(p) >= 1 && wordCount(p) <= 4) && nextWords >= 4) return 'label.breadcrumb';
  // "Kelso Courier - Courts": a spaced hyphen before a known section only (a headline may use one too).
  const hyphened = line.split(/\s+-\s+/);
  if (hyphened.length === 2 && wordCount(hyphened[0]!) >= 1 && wordCount(hyphened[0]!) <= 4 && V.sectionLabel.test(hyphened[1]!.trim()) && nextWords >= 4) return 'label.breadcrumb';
  // "KELSO DIGEST - Tuesday 3 March 2026 - 14:00 Kelso": a label and its date between spaced hyphens.
  if (hyphened.length >= 2 && hyphened.length <= 4 && hyphened.every((p) => wordCount(p) >= 1 && wordCount(p) <= 5) && hyphened.slice(1).some((p) => isDatedMeta(p.trim())) && nextWords >= 4) return 'label.breadcrumb';
  const letters = line.replace(/[^\p{L}]/gu, '');
  if (words <= 4 && letters.length >= 3 && letters === letters.toUpperCase() && next !== next.toUpperCase() && nextWords >= 5) return 'label.capitals';
  // Not above a question: "Prime minister's questions" over "So who … is playing politics …?" is a headline and its standfirst.
  if (words <= 3 && nextWords >= 7 && nextWords >= 3 * words && next !== next.toUpperCase() && !/\?["”’']*$/.test(next)) return 'label.short';
  // A known section or story-type label ("Long Read", "Analysis") over a shorter headline.
  if (V.sectionLabel.test(line.trim()) && nextWords >= 4) return 'label.section';
  return null;
}
