/** Name arithmetic for actor linking: tokens, initials, slugs, fuzzy equality. */

import { ACADEMIC_TITLES } from '../lexicon/words';

const TITLE_WORDS = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'rev', 'reverend', 'gen',
  'general', 'lt', 'lieutenant', 'col', 'colonel', 'maj', 'major', 'capt', 'captain', 'cmdr', 'commander', 'adm',
  'admiral', 'brig', 'brigadier', 'sgt', 'sergeant', 'cpl', 'president', 'minister', 'prime', 'vice', 'press',
  'secretary', 'senator', 'sen', 'rep', 'governor', 'gov', 'judge', 'justice', 'king', 'queen', 'prince', 'princess',
  'sheikh', 'chairman', 'chairwoman', 'ambassador', 'mayor', 'chancellor', 'chief', 'inspector', 'deputy',
  'attorney', 'speaker', 'pope', 'cardinal', 'imam', 'rabbi', 'father', 'detective', 'superintendent', 'constable',
  'commissioner', 'mp', 'coach', 'emir', 'sultan', 'premier', 'marshal',
]);

/** Honorifics that say nothing about a role ("Mr", "Dr"). */
export const HONORIFICS = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sir', 'dame', 'lord', 'lady', 'prof', 'rev',
  // Courtesy and professional prefixes that say no office ("Hon.", "Alhaji", "Barr.", "Engr.", "Datuk").
  'hon', 'honourable', 'honorable', 'alhaji', 'alhaja', 'datuk', 'dato', 'datin', 'barr', 'engr', 'atty',
  'mzee', 'dona', 'doña', 'shri', 'smt', 'comrade', 'cde', 'awang', 'dayang', 'eng', 'ing',
  ...ACADEMIC_TITLES,
]);

/** Whether a lower-case word (dot removed) is a title word. */
export function isTitleToken(word: string): boolean {
  return TITLE_WORDS.has(word.toLowerCase().replace(/\.$/, ''));
}

/** The trailing run of title words of a title phrase ("Lt. Gen." of "Secretary Defense Lt. Gen."). */
export function formalTitle(title: string): string | null {
  const words = title.trim().split(/\s+/);
  let k = words.length;
  while (k > 0 && isTitleToken(words[k - 1]!)) k--;
  if (k === words.length) return null;
  return words.slice(k).join(' ');
}

/** Name words: split on spaces, apostrophe-free, lower case. */
export function nameTokens(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/[’]/g, "'")
    .split(/\s+/)
    .filter((w) => w.length > 0);
}

/** Initials of an organisation name, over words and hyphen parts, skipping function words. */
export function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^[\p{Lu}\p{N}]/u.test(w))
    .map((w) => w[0]!.toUpperCase())
    .join('');
}

/** Letters of an acronym ("ANP-Q" → "ANPQ", "U.S." → "US"). */
export function acronymLetters(a: string): string {
  return a.replace(/[^\p{Lu}\p{N}]/gu, '');
}

/** Whether a mention text looks like an acronym ("NDP", "ANP-Q", "GE"). */
export function isAcronym(s: string): boolean {
  return /^[\p{Lu}][\p{Lu}\p{N}&.-]{1,9}$/u.test(s) && acronymLetters(s).length >= 2;
}

/** Key for comparing organisation names: lower case, letters only, each word's plural "s" dropped. */
export function orgKey(name: string): string {
  // Linking compares each new organisation name with the mentions of earlier ones, so the
  // same names are keyed again and again: a pure function, remembered (up to a bound).
  let key = orgKeys.get(name);
  if (key === undefined) {
    if (orgKeys.size > 20000) orgKeys.clear();
    key = computeOrgKey(name);
    // A copy of the name as the key: a slice would keep the whole analysed text alive.
    orgKeys.set((' ' + name).slice(1), key);
  }
  return key;
}

const orgKeys = new Map<string, string>();

function computeOrgKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[\s,]+(?:inc|corp|corporation|plc|ltd|limited|co|llc|ag|sa|nv|gmbh|bhd|pty)\.?$/, '')
    .split(/[\s-]+/)
    .map((w) => w.replace(/[^\p{L}\p{N}]/gu, '').replace(/s$/, ''))
    .join(' ')
    .trim();
}

/** Levenshtein distance, bounded: returns `max + 1` as soon as it is exceeded. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (cur[j]! < rowMin) rowMin = cur[j]!;
    }
    if (rowMin > max) return max + 1;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

/** True when `small`'s words occur in `big` in the same order. */
export function isSubsequence(small: readonly string[], big: readonly string[]): boolean {
  let j = 0;
  for (const w of big) if (j < small.length && small[j] === w) j++;
  return j === small.length;
}

/** A URL-safe id from a name ("Amina Rauf Qureshi" → "amina-rauf-qureshi"). */
export function slug(name: string): string {
  const s = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s || 'actor';
}
