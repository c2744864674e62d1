import {
  ACRONYM_STOP,
  CLUB_SUFFIXES,
  ORG_DESIGNATORS,
  SPORT_WORDS,
  KNOWN_ORG_WORDS,
  PARTY_MEMBER_WORDS,
  AWARD_WORDS,
  PORTFOLIO_TITLES,
  PORTFOLIO_HEADS,
  PLACE_LEADS,
  COMPANY_WORDS,
  ORG_CUE_AFTER,
  ORG_CUE_BEFORE,
  PLACE_ACRONYMS,
  PLACE_CUE_AFTER,
  PLACE_OF,
  COMMON_EXTRA,
  COUNTRY_EXTRA,
  DEMONYM_EXTRA,
  FORMAL_TITLES,
  ORG_ACRONYM_HINTS,
  ORG_HEADS,
  ORG_LEADS,
  ORG_LEADS_HEAD_FIRST,
  PLACE_EXTRA,
  PLACE_HEADS,
  ROLE_NOUNS,
  TITLE_MODIFIERS,
} from './words';
import { COMPROMISE_WORDS } from './compromiseWords';
import { GAZETTEER } from './gazetteer';

/** What a word is, as far as the word lists know (a word may be several things). */
export interface WordInfo {
  firstName: boolean;
  lastName: boolean;
  place: boolean;
  org: boolean;
  /** A common English word (verb, adjective, ordinary noun ...) in compromise's lexicon. */
  common: boolean;
  demonym: boolean;
  /** compromise's first tag for the word ("Adjective", "PastTense" ...). */
  pos: string | undefined;
}

/** The word lists the entity and actor stages look things up in, built once. */
export interface Lexicon {
  info(lower: string): WordInfo | undefined;
  /** Multi-word entries ("new york", "bill gates") keyed by their lower-case form. */
  multi: Map<string, 'person' | 'place' | 'organization'>;
  /** Longest multi-word entry, in words. */
  multiMax: number;
  isFirstName(lower: string): boolean;
  isCommon(lower: string): boolean;
  isDemonym(lower: string): boolean;
  isPlace(lower: string): boolean;
  /**
   * A town or region of the generated gazetteer (gazetteer.ts) that no other list knows:
   * weaker evidence than `isPlace` (many towns' names are also people's names), so
   * it types a name standing alone, never a word inside a longer one.
   */
  isGazetteerPlace(lower: string): boolean;
  isOrg(lower: string): boolean;
  isFormalTitle(lower: string): boolean;
  isTitleModifier(lower: string): boolean;
  isRoleNoun(lower: string): boolean;
  /** A noun for a kind of person in compromise's lexicon ("performer", "plumber"), less the most general ones. */
  isPersonNoun(lower: string): boolean;
  isOrgHead(lower: string): boolean;
  isOrgLead(lower: string): boolean;
  isPlaceHead(lower: string): boolean;
  isOrgAcronymHint(lower: string): boolean;
  /** A country (one or more words, lower case), as opposed to a city or region. */
  isCountry(lower: string): boolean;
  /** The last word of a club's name: 'sure' ("Rovers"), 'ambiguous' ("City", also a place's), or null. */
  clubSuffix(lower: string): 'sure' | 'ambiguous' | null;
  /** A word saying what kind of company or club a name is ("Systems", "Ltd", "Athletic"). */
  isOrgDesignator(lower: string): boolean;
  /** Small closed sets, by name. */
  sets: {
    knownOrgWords: Set<string>;
    acronymStop: Set<string>;
    orgCueBefore: Set<string>;
    orgCueAfter: Set<string>;
    placeCueAfter: Set<string>;
    placeOf: Set<string>;
    placeAcronyms: Set<string>;
    /** Lower-case words typical of sports reports. */
    sportWords: Set<string>;
    partyMembers: Set<string>;
    awards: Set<string>;
    portfolioTitles: Set<string>;
    portfolioHeads: Set<string>;
    /** Words that open a place's name ("Lake …", "Mount …"). */
    placeLeads: Set<string>;
    orgLeadsHeadFirst: Set<string>;
    /** Trade words that end a company's name unless a first name opens it ("Sutlej Steel"). */
    companyWords: Set<string>;
  };
}

let cached: Lexicon | undefined;
let tagsByWord: Map<string, readonly string[]> | undefined;

/**
 * compromise's lexicon (lower-case word or phrase → its tags), decoded on first use from
 * the generated data module: a few milliseconds, where loading compromise itself costs
 * ~0.5 s before any work (see scripts/gen-lexicon.mjs).
 */
function compromiseTagsByWord(): Map<string, readonly string[]> {
  if (tagsByWord) return tagsByWord;
  tagsByWord = new Map();
  for (const [tagList, wordList] of COMPROMISE_WORDS) {
    const tags = Object.freeze(tagList.split(','));
    for (const word of wordList.split('\n')) tagsByWord.set(word, tags);
  }
  return tagsByWord;
}

/** compromise's tags for a lower-case word ("MaleName", "Country" ...), or none. */
export function compromiseTags(lower: string): readonly string[] {
  return compromiseTagsByWord().get(lower) ?? [];
}

const NAME_TAGS = new Set(['MaleName', 'FemaleName', 'FirstName']);
/** Person nouns too general to say what someone does ("a person", "a man"). */
const GENERAL_PERSON_NOUNS = new Set([
  'person', 'human', 'beings', 'population', 'phrase', 'anybody', 'nobody', 'somebody', 'everybody', 'man', 'woman', 'boy',
  'girl', 'baby', 'child', 'infant', 'lad', 'lass', 'dude', 'fella', 'bro', 'guy', 'god', 'goddess', 'ghost', 'deity',
  'phantom', 'apparition', 'character', 'fool', 'loser', 'nerd', 'geek', 'dork', 'goof', 'punk', 'genius', 'citizens',
]);
const PLACE_TAGS = new Set(['Country', 'City', 'Region', 'Place']);
const ORG_TAGS = new Set(['Organization', 'SportsTeam']);
const NOT_COMMON = new Set([...NAME_TAGS, ...PLACE_TAGS, ...ORG_TAGS, 'LastName', 'Person', 'ProperNoun', 'Demonym', 'Honorific', 'Abbreviation', 'Month', 'WeekDay', 'Date']);

const ASCII = /^[\x00-\x7f]*$/;

/** Without its accents ("bogotá" → "bogota", "são paulo" → "sao paulo"); letters such as "ł" stay. */
function fold(w: string): string {
  return w.normalize('NFD').replace(/\p{M}+/gu, '');
}

/** A map of lower-case names that finds an accented key under its unaccented entry. */
class FoldingMap<V> extends Map<string, V> {
  override get(key: string): V | undefined {
    return super.get(key) ?? (ASCII.test(key) ? undefined : super.get(fold(key)));
  }
  override has(key: string): boolean {
    return this.get(key) !== undefined;
  }
}

/**
 * The shared lexicon: compromise's own word lists (first and last names, countries,
 * cities, regions, organisations, demonyms, and its tagged common vocabulary) plus our
 * compact lists of titles, role nouns and organisation/place head words. Built on first
 * use, then reused for every analysis; we use compromise's lexicon (precomputed, see
 * compromiseWords.ts) rather than its tagger, which costs ~100 ms on a 12 KB article.
 */
export function lexicon(): Lexicon {
  if (cached) return cached;
  const multi = new FoldingMap<'person' | 'place' | 'organization'>();
  const countries = new Set<string>(COUNTRY_EXTRA);
  // Whole tag lists at a time: only countries and multi-word entries are needed up front.
  for (const [tagList, wordList] of COMPROMISE_WORDS) {
    const tags = tagList.split(',');
    const country = tags.includes('Country');
    const kind = tags.some((t) => ORG_TAGS.has(t)) ? 'organization' : tags.some((t) => PLACE_TAGS.has(t)) ? 'place' : tags.includes('Person') ? 'person' : null;
    if (!country && !(kind && wordList.includes(' '))) continue;
    for (const word of wordList.split('\n')) {
      if (country) countries.add(word);
      if (kind && word.includes(' ')) multi.set(word, kind);
    }
  }
  const demonymExtra = new Set(DEMONYM_EXTRA);
  const commonExtra = new Set(COMMON_EXTRA);
  const placeExtra = new Set<string>();
  for (const entry of [...PLACE_EXTRA, ...COUNTRY_EXTRA]) {
    const w = fold(entry);
    if (w.includes(' ')) multi.set(w, 'place');
    else placeExtra.add(w);
  }
  // The world's towns and regions compromise lacks (generated: see gazetteer.ts).
  const gazetteer = new Set(GAZETTEER.split('\n'));
  let multiMax = 1;
  for (const k of multi.keys()) multiMax = Math.max(multiMax, k.split(' ').length);

  // A word's info is worked out when it is first looked up (most of compromise's 24,000
  // words never are in one run): its compromise tags, then our extra lists. Only known
  // words are kept, so the memo never outgrows the lexicon.
  const infos = new Map<string, WordInfo>();
  const wordInfo = (w: string): WordInfo | undefined => {
    const known = infos.get(w);
    if (known) return known;
    // "bogotá", "josé": the lists write most names without their accents. Only what names
    // are carries over: an accented word is not the common word or demonym it folds to
    // ("Germán" is not "german").
    if (!ASCII.test(w)) {
      const folded = fold(w);
      const f = folded !== w ? wordInfo(folded) : undefined;
      if (f && (f.firstName || f.lastName || f.place || f.org)) {
        const i: WordInfo = { ...f, common: false, demonym: false, pos: undefined };
        infos.set(w, i);
        return i;
      }
    }
    const tags = w.includes(' ') ? undefined : compromiseTagsByWord().get(w);
    let i: WordInfo | undefined;
    if (tags || demonymExtra.has(w) || commonExtra.has(w) || placeExtra.has(w)) {
      i = { firstName: false, lastName: false, place: false, org: false, common: false, demonym: false, pos: undefined };
      if (tags) {
        i.pos = tags[0];
        for (const t of tags) {
          if (NAME_TAGS.has(t)) i.firstName = true;
          else if (t === 'LastName') i.lastName = true;
          else if (PLACE_TAGS.has(t)) i.place = true;
          else if (ORG_TAGS.has(t)) i.org = true;
          else if (t === 'Demonym') i.demonym = true;
        }
        if (tags.includes('Person')) i.lastName = true;
        if (!tags.some((t) => NOT_COMMON.has(t))) i.common = true;
      }
      if (demonymExtra.has(w)) i.demonym = true;
      if (commonExtra.has(w)) i.common = true;
      if (placeExtra.has(w)) i.place = true;
      infos.set(w, i);
    }
    return i;
  };
  const words = { get: wordInfo };
  const derivedDemonyms = new Map<string, boolean>();

  const formal = new Set(FORMAL_TITLES);
  const modifiers = new Set(TITLE_MODIFIERS);
  const roles = new Set(ROLE_NOUNS);
  const orgHeads = new Set(ORG_HEADS);
  const orgLeads = new Set(ORG_LEADS);
  const placeHeads = new Set(PLACE_HEADS);
  const acronymHints = new Set(ORG_ACRONYM_HINTS);
  const clubSure = new Set(CLUB_SUFFIXES.sure);
  const clubAmbiguous = new Set(CLUB_SUFFIXES.ambiguous);
  const designators = new Set(ORG_DESIGNATORS);

  const isCommon = (w: string): boolean => {
    const i = words.get(w);
    if (i) return i.common;
    // compromise's lexicon holds base forms: try the obvious inflections.
    if (w.endsWith('ies') && words.get(w.slice(0, -3) + 'y')?.common) return true;
    if (w.endsWith('es') && words.get(w.slice(0, -2))?.common) return true;
    if (w.endsWith('s') && words.get(w.slice(0, -1))?.common) return true;
    if (w.endsWith('ed') && (words.get(w.slice(0, -2))?.common || words.get(w.slice(0, -1))?.common)) return true;
    if (w.endsWith('ing') && (words.get(w.slice(0, -3))?.common || words.get(w.slice(0, -3) + 'e')?.common)) return true;
    // Derivational endings of ordinary English words (names rarely end so).
    if (w.includes('-')) return false;
    if (w.length > 6 && /(?:[tdknrsvzyl]ing|(?:at|is|iz|en|er|ll|tt|pp|ck|nd|rt)ed)$/.test(w)) return true;
    if (w.length > 5 && /(?:ly|ness|ments?|ities|ity|tions?|sions?|ings|ism|isms|ists?|ences?|ances?|ship|hood|ous|ives?|able|ible|ful|less|ical|ional|tial|cial|ural|ental|atic|etic|itic|otic|ific|onic|ures?|izes?|ized|ises|ised|ward|wards|wise)$/.test(w)) return true;
    return false;
  };

  cached = {
    info: (w) => words.get(w),
    multi,
    multiMax,
    isFirstName: (w) => words.get(w)?.firstName ?? false,
    isCommon,
    isDemonym: (w) => {
      if (words.get(w)?.demonym) return true;
      if (w.endsWith('s') && words.get(w.slice(0, -1))?.demonym) return true;
      let derived = derivedDemonyms.get(w);
      if (derived === undefined) {
        derived = derivedDemonym(w, countries, words);
        // Memoised; misses only up to 4,096 words, so the memo stays small whatever the text.
        if (derived || derivedDemonyms.size < 4096) derivedDemonyms.set(w, derived);
      }
      return derived;
    },
    isPlace: (w) => words.get(w)?.place ?? false,
    isGazetteerPlace: (w) => !words.get(w) && (gazetteer.has(w) || (!ASCII.test(w) && gazetteer.has(fold(w)))),
    isOrg: (w) => words.get(w)?.org ?? false,
    isFormalTitle: (w) => formal.has(w),
    isTitleModifier: (w) => modifiers.has(w),
    isRoleNoun: (w) => roles.has(w) || formal.has(w) || prefixedRole(w, roles, formal),
    isPersonNoun: (w) => !w.includes(' ') && !GENERAL_PERSON_NOUNS.has(w) && (compromiseTagsByWord().get(w)?.includes('Actor') ?? false),
    isOrgHead: (w) => orgHeads.has(w),
    isOrgLead: (w) => orgLeads.has(w),
    isPlaceHead: (w) => placeHeads.has(w),
    isOrgAcronymHint: (w) => acronymHints.has(w.replace(/\./g, '')),
    isCountry: (w) => countries.has(w),
    clubSuffix: (w) => (clubSure.has(w) ? 'sure' : clubAmbiguous.has(w) ? 'ambiguous' : null),
    isOrgDesignator: (w) => designators.has(w.replace(/\.$/, '')),
    sets: {
      knownOrgWords: new Set(KNOWN_ORG_WORDS),
      acronymStop: new Set(ACRONYM_STOP),
      orgCueBefore: new Set(ORG_CUE_BEFORE),
      orgCueAfter: new Set(ORG_CUE_AFTER),
      placeCueAfter: new Set(PLACE_CUE_AFTER),
      placeOf: new Set(PLACE_OF),
      placeAcronyms: new Set(PLACE_ACRONYMS),
      sportWords: new Set(SPORT_WORDS),
      partyMembers: new Set(PARTY_MEMBER_WORDS),
      awards: new Set(AWARD_WORDS),
      portfolioTitles: new Set(PORTFOLIO_TITLES),
      portfolioHeads: new Set(PORTFOLIO_HEADS),
      placeLeads: new Set(PLACE_LEADS),
      orgLeadsHeadFirst: new Set(ORG_LEADS_HEAD_FIRST),
      companyWords: new Set(COMPANY_WORDS),
    },
  };
  return cached;
}

/** Prefixes of compound nationalities ("Afro-Caribbean", "Indo-Fijian", "Sino-Tibetan"). */
const DEMONYM_PREFIX = /^(?:afro|anglo|indo|sino|franco|russo|euro|pan|italo|greco|austro|judeo|arab|latino)-/;
/** A nationality's ending, and what to put back to get its country ("Kenyan" → "Kenya"). */
const DEMONYM_ENDINGS: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  [/ian$/, ['', 'ia', 'a', 'i', 'y']],
  [/ean$/, ['a', 'e', '']],
  [/an$/, ['', 'a', 'o', 'e']],
  [/n$/, ['']],
  [/ese$/, ['', 'a']],
  [/i$/, ['']],
];

/**
 * A nationality adjective compromise's lexicon lacks, made from a country it knows:
 * "Uruguayan", "Malian", "Bhutanese", "Omani", "Afro-Colombian". Not for a word the lexicon
 * knows as a name ("Ghani" is a surname, not "Ghana" + i).
 */
function derivedDemonym(w: string, countries: ReadonlySet<string>, words: { get(w: string): WordInfo | undefined }): boolean {
  const base = w.replace(DEMONYM_PREFIX, '');
  if (base !== w && (words.get(base)?.demonym || derivedDemonym(base, countries, words))) return true;
  const info = words.get(base);
  if (info && (info.firstName || info.lastName || info.place)) return false;
  for (const [ending, endings] of DEMONYM_ENDINGS) {
    if (!ending.test(base)) continue;
    const stem = base.replace(ending, '');
    if (stem.length >= 3 && endings.some((e) => countries.has(stem + e))) return true;
  }
  return false;
}

/** Prefixes that make another job of a job noun ("co-chairman", "deputy-governor", "acting-director"). */
const ROLE_PREFIX = /^(?:co|vice|deputy|acting|joint|assistant|sub|under)-(?=\p{Ll})/u;

/** Whether `w` is a job noun with a ROLE_PREFIX ("co-chairman"), the rest a job noun or a formal title. */
function prefixedRole(w: string, roles: ReadonlySet<string>, formal: ReadonlySet<string>): boolean {
  const m = ROLE_PREFIX.exec(w);
  if (m === null) return false;
  const rest = w.slice(m[0].length);
  return roles.has(rest) || formal.has(rest);
}
