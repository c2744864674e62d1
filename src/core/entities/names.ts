import { compromiseTags, lexicon, type Lexicon } from '../lexicon';
import { COMPANY_ACTION_VERBS, CURRENCY_ABBREVIATIONS, LOCATIVE_PREPOSITIONS, NOT_NAME_OPENER_WORDS, OUTLET_HEADS, PRODUCT_KIND_NOUNS, PRODUCT_MODEL_WORDS, SECTION_LABELS, SECTION_SEPARATOR_MARKS, SENTENCE_CONJUNCTIONS, SHARE_BAR_ITEMS, SHOW_KIND_WORDS, TECH_STANDARD_WORDS, UNIT_ABBREVIATIONS, WORK_KINDS_BEFORE_TITLE } from '../lexicon/words';
import type { ActorType } from '../types';
import { candidateFeatures } from './features';
import type { Token } from './tokens';

/** The kinds of name the name finder gives (dates are found separately). */
export type NameType = ActorType | 'place';

/** A proper-name span found in a paragraph, with the evidence that typed it. */
export interface NameChunk {
  /** Token indices `[from, to)` into `tokens`. */
  from: number;
  to: number;
  tokens: Token[];
  start: number;
  end: number;
  text: string;
  type: NameType;
  /** How sure the type is (sum of evidence); low values may be overridden by document evidence. */
  score: number;
  /** What stands before the name as written ("Lt. Gen.", "former prime minister", "PTI leader"). */
  title: string | null;
  /** Token index where a title written before the name starts (-1: none). */
  titleFrom: number;
  /** The acronym written in parentheses right after the name, if any. */
  acronym: string | null;
  /** Typed by its own context (a results line): document-level settling leaves it, and learns nothing from it. */
  fixed: boolean;
  /** A capitalised common word kept only if the document names a person so (settled later). */
  tentative: boolean;
  /** An all-caps word typed an organisation only for being an acronym. */
  bareAcronym?: boolean;
  /** The acronym's own context says organisation ("the NDC", "EMI said"). */
  acronymEvidence?: boolean;
  /** This chunk is an acronym introduced in parentheses after another name. */
  introducedBy: NameChunk | null;
  /** Paragraph-local features for the learned type model (set by `findNames`). */
  features?: string[];
  /** The title of a work, named after its kind ("the comedy Harbour Lights"): no mention of it in the document names an actor. */
  work?: boolean;
  /** Written where a place is named: after a preposition of place ("in Boston", "heading into Leeds") or opening a line in capitals (a dateline). */
  locative?: boolean;
  /** Written as a product is ("the MacBook Pro", "an iPhone"): no mention of it names an actor, unless one reads as a company's (`company`). */
  product?: boolean;
  /** Written as a company is: it speaks or acts ("Apple introduced"), or owns a post ("Kestrel's chief executive"). */
  company?: boolean;
  /** Owns a product ("Orvane's iGlide", "Kestrel's new handset"): a company, in every mention. */
  maker?: boolean;
}

/** What the whole document says about words, gathered before names are typed. */
export interface DocEvidence {
  /** Lower-case forms of words capitalised in running text (not sentence-initial). */
  strong: Set<string>;
  /** Lower-case forms of words seen in lower case. */
  lower: Set<string>;
}

const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);
const WEEKDAYS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu',
  'thur', 'thurs', 'fri', 'sat', 'sun', 'today', 'tonight', 'yesterday', 'tomorrow', 'christmas', 'easter',
]);
const SHARE_ITEMS = new Set(SHARE_BAR_ITEMS);
/** A line that asks the reader to share, follow or join ("Share this story: Facebook | X", "Follow us on Google News"). */
const SHARE_CUE = /\b(?:share|follow|join|like us|find us|subscribe|connect with us)\b/i;

/**
 * Whether the name at `start`–`end` is a platform or button of a share or follow bar: a
 * SHARE_BAR_ITEMS name on a line with a share cue ("Share this article: Facebook | Email").
 */
function inShareBar(text: string, start: number, end: number, name: string): boolean {
  if (!SHARE_ITEMS.has(name.toLowerCase())) return false;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end);
  return SHARE_CUE.test(text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd));
}

const CURRENCIES = new Set(CURRENCY_ABBREVIATIONS);
const CONJUNCTIONS = new Set(SENTENCE_CONJUNCTIONS);
const TECH_STANDARDS = new Set(TECH_STANDARD_WORDS);
const UNITS = new Set(UNIT_ABBREVIATIONS);

/**
 * Whether a one-word name is a piece of notation, not a name: a currency before an amount or
 * a currency sign ("Rs 412 crore", "GH¢2.4m"), or a mixed-case piece of a dotted
 * abbreviation ("Ph" of "Ph.D.", "Sp" of "Sp.A.").
 */
function notation(text: string, start: number, end: number, name: string): boolean {
  if (end - start > 4 || name.includes(' ')) return false;
  const next = text.charAt(end);
  if (CURRENCIES.has(name.toLowerCase()) && /[\d¢$€£₦₹₵]/u.test(next === ' ' ? text.charAt(end + 1) : next)) return true;
  // A unit after an amount or a slash ("75 kWh", "2.4GHz", "$0.03/kWh", "3 GW").
  if (UNITS.has(name) && /[\d/]\s?$/.test(text.slice(Math.max(0, start - 2), start))) return true;
  return next === '.' && /\p{L}/u.test(text.charAt(end + 1)) && /\p{Ll}/u.test(name);
}

const PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'del', 'della', 'di', 'da', 'do', 'du', 'dos', 'das', 'des', 'le', 'la', 'al', 'el', 'bin', 'ibn', 'bint', 'binti', 'bte', 'ould', 'ul', 'ter', 'op', 'ben', 'abu', 'arap']);
/** Buildings of worship, and the words that dedicate one to someone or a parish. */
const WORSHIP_HEADS = new Set(['church', 'cathedral', 'chapel', 'basilica', 'parish', 'abbey', 'monastery', 'shrine']);
const DEDICATIONS = new Set(['st', 'st.', 'saint', 'san', 'santa', 'são', 'sao', 'santo', 'virgin', 'parish', 'lady', 'holy', 'sacred', 'sainte', 'sankt']);
/** Adjectives that name part of a land before its name ("Central Java", "Eastern Samar"). */
const REGION_ADJECTIVES = new Set(['northern', 'southern', 'eastern', 'western', 'central', 'upper', 'lower', 'north', 'south', 'east', 'west']);
/** Word classes that are no adjective inside a head-first institution's name ("the Tribunal said de …"). */
const NOT_ADJECTIVE = /Verb|Tense|Infinitive|Copula|Modal|Auxiliary|Preposition|Determiner|Pronoun|Conjunction|Adverb/;
/** "And" in the languages whose institutions the lexicon names head first. */
const FOREIGN_AND = new Set(['et', 'y', 'e', 'und', 'i']);
/** Patronymic words written after a name, lower case ("Nurlan Asanbek uulu", "Aida Temir kyzy"). */
const PATRONYMIC_AFTER = new Set(['uulu', 'kyzy', 'uly', 'qyzy', 'ogly', 'oglu']);
const OF_WORDS = new Set(['of', 'for', 'on']);
const NAME_STARTERS = new Set([
  'national', 'united', 'new', 'white', 'democratic', 'royal', 'supreme', 'international', 'federal', 'central',
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'great', 'general',
  'grand', 'upper', 'lower', 'high', 'joint', 'islamic', 'republican', 'liberal', 'labour', 'red', 'black', 'golden',
  'saint', 'st', 'los', 'las', 'el', 'la', 'le', 'san', 'santa', 'sri', 'pakistan', 'world', 'global', 'free', 'social',
  'people', 'peoples',
]);
/** First words of a region's name ("the Central Visayas", "the Western Highlands"). */
const REGION_WORDS = /^(?:north|south|east|west|northern|southern|eastern|western|central|upper|lower|inner|outer|greater|far|mid|high)(?:-|$)/;
const DIRECTIONS = new Set(['n.', 's.', 'e.', 'w.', 'n', 's', 'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'upper', 'lower', 'greater', 'new', 'old']);
const LOWER_ORG_SUFFIX = new Set(['plc', 'ltd', 'inc', 'llc', 'gmbh', 'co', 'corp', 'bhd', 'pty']);
const LOWER_EXTEND = new Map<string, NameType>([
  ['plc', 'organization'], ['ltd', 'organization'], ['inc', 'organization'], ['llc', 'organization'], ['gmbh', 'organization'],
  ['police', 'organization'], ['hospital', 'place'], ['beach', 'place'], ['island', 'place'], ['river', 'place'],
  ['harbour', 'place'], ['harbor', 'place'], ['airport', 'place'], ['library', 'place'], ['aquifer', 'place'],
  ['reservoir', 'place'], ['estuary', 'place'],
]);
/** A double-barrelled surname: two capitalised halves ("Abernathy-Cole"). */
const DOUBLE_BARREL = /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u;
const HYPHEN_PREFIXES = new Set(['ex', 'pro', 'anti', 'non', 'post', 'pre', 'mid', 'neo', 'pan', 'trans', 'inter', 'intra', 'all', 'then']);
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'another', 'every', 'each', 'some', 'any', 'no']);
const SPEECH_VERBS = new Set(['said', 'says', 'told', 'added', 'stated', 'noted', 'explained', 'insisted', 'claimed', 'admitted', 'argued', 'warned', 'wrote', 'tweeted', 'asked', 'replied', 'confirmed', 'believes', 'thinks', 'urged', 'complained', 'revealed', 'described']);
const PLACE_PREPS = new Map<string, number>([
  ['in', 1.5], ['near', 2], ['outside', 1.5], ['across', 1.5], ['throughout', 1.5], ['from', 1], ['to', 0.75], ['at', 0.75],
  ['into', 1.5], ['towards', 1.5], ['toward', 1.5], ['via', 1.5], ['visit', 1], ['visited', 1], ['visiting', 1], ['off', 1.5], ['over', 0.5], ['around', 1.5], ['above', 1.5], ['below', 1.5], ['beyond', 1.5], ['between', 1],
]);
const INSTITUTION_VERBS = new Set(['called', 'announced', 'denied', 'released', 'issued', 'confirmed', 'accused', 'rejected', 'declined', 'responded', 'insisted', 'welcomed', 'condemned', 'dismissed']);
const SPORT_VERBS = new Set(['beat', 'beats', 'lost', 'won', 'drew', 'routed', 'edged', 'defeated', 'thrashed', 'trounced', 'outscored', 'overcame', 'whipped', 'blanked', 'downed', 'clinched', 'rallied']);
/** In a sports report, words before a club as their object ("beat X", "face X"), and after it as subject. */
const SPORT_OBJECT_BEFORE = new Set(['beat', 'beating', 'face', 'faces', 'facing', 'host', 'hosts', 'hosting', 'against', 'defeated', 'thrashed', 'edged', 'overcame', 'visit', 'visiting']);
const SPORT_SUBJECT_AFTER = new Set(['beat', 'drew', 'lost', 'won', 'host', 'hosts', 'travel', 'travels', 'trail', 'trailed', 'led', 'lead', 'equalised', 'equalized', 'edged', 'defeated', 'thrashed', 'go', 'went', 'sit', 'sits']);
/** In a sports report, nouns before a club's name ("league leaders X", "champions X"). */
const TEAM_NOUNS = new Set(['leaders', 'champions', 'rivals', 'hosts', 'visitors', 'holders', 'opponents', 'neighbours', 'neighbors', 'strugglers', 'newcomers', 'favourites', 'favorites', 'challengers', 'underdogs']);

/**
 * A squad's positions and people: what owns one is a club ("Kelso's striker"). Only
 * positions a club has ("Smith's coach", "Smith's manager" may be a person's).
 */
const SQUAD_POSITIONS = new Set(['striker', 'goalkeeper', 'midfielder', 'defender', 'winger', 'forward', 'full-back', 'centre-back', 'center-back', 'playmaker', 'squad', 'fans', 'supporters', 'stadium', 'signing', 'fly-half', 'scrum-half', 'quarterback']);

/** Nouns before "in" that take a company, not a place ("shares in X"). */
const STAKE_IN = new Set(['shares', 'share', 'stake', 'stakes', 'investment', 'investments', 'interest', 'holding', 'holdings', 'invested', 'invest']);
const PLACE_CUE_BEFORE = new Set(['capital', 'city', 'town', 'village', 'province', 'region', 'port', 'resort', 'suburb', 'district', 'state', 'island', 'county', 'enclave', 'hometown']);
const COORD = new Set([',', 'and', 'or', '&', '–', '-', '—', '/']);
const ROLE_POS = new Set(['Noun', 'Singular', 'Adjective', 'Uncountable', 'Actor', 'Comparative', 'Superlative', 'Plural', 'Value', 'Cardinal', 'Ordinal']);

/** What follows a title's hyphen when the title is still to be taken up ("Minister-designate", "President-elect"). */
const TITLE_PENDING = new Set(['designate', 'elect']);

/** True for a token that may be part of a name whatever its casing signal. */
function isTitleWord(lex: Lexicon, t: Token): boolean {
  return titleLike(lex, t.lower);
}

function titleLike(lex: Lexicon, l: string): boolean {
  // A position that also heads names ("centre", "wing", "star") is the name's head when capitalised ("National Centre Against Organised Crime").
  if (lex.isPlaceHead(l) || lex.isOrgHead(l)) return lex.isFormalTitle(l);
  // Plural role nouns ("Journalists X and Y") are titles; plural formal titles ("Queens Park") are not.
  if (lex.isFormalTitle(l) || lex.isRoleNoun(l) || (l.endsWith('s') && lex.isRoleNoun(l.slice(0, -1)) && !lex.isFormalTitle(l.slice(0, -1)))) return true;
  // "Secretary-General", "Attorney-General", "Lieutenant-Colonel", "Vice-President".
  if (l.includes('-')) {
    const parts = l.split('-');
    // "Minister-designate", "President-elect": a title still to be taken up.
    if (parts.length === 2 && TITLE_PENDING.has(parts[1]!)) return titleLike(lex, parts[0]!);
    return parts.some((p) => lex.isFormalTitle(p)) && parts.every((p) => lex.isFormalTitle(p) || lex.isTitleModifier(p));
  }
  return false;
}

/**
 * A hyphenated given name after a short family name ("Lee Da-eun", "Park Ji-hoon"), as
 * Korean and some Chinese names are written; not a prefixed word ("Pro-government") or a
 * "-led"/"-based" compound.
 */
function hyphenGivenName(lex: Lexicon, tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  const before = tokens[i - 1];
  return (
    !!before &&
    !t.newlineBefore &&
    /^\p{Lu}\p{Ll}+$/u.test(before.text) &&
    before.text.length <= 5 &&
    !isTitleWord(lex, before) &&
    /^\p{Lu}\p{Ll}{1,3}-\p{Ll}{2,4}$/u.test(t.text) &&
    !HYPHEN_PREFIXES.has(t.lower.split('-')[0]!) &&
    !/-(?:led|based|born|run|made|owned|style|like|era|free|wide)$/.test(t.lower) &&
    !lex.isCommon(t.lower)
  );
}

function isModifier(lex: Lexicon, t: Token): boolean {
  return lex.isTitleModifier(t.lower) || /^(?:ex|former)-\p{Ll}/u.test(t.text);
}

function knownWord(lex: Lexicon, lower: string): boolean {
  const i = lex.info(lower);
  if (i && (i.place || i.org || i.firstName || i.lastName)) return true;
  return lex.sets.knownOrgWords.has(lower) || lex.isOrgAcronymHint(lower);
}

/**
 * Where the person named from `k` ends: a known first name, then one or two capitalised
 * surname words on the same line that are neither titles nor organisation heads ("Tom
 * Hill", "Ed O'Keefe"); -1 when no person starts there. Used where a title or an owner
 * written before a name must not swallow it ("Acme Steel's Tom Hill").
 */
function personEnds(lex: Lexicon, tokens: Token[], k: number, to: number): number {
  const first = tokens[k];
  if (!first || first.kind !== 'word' || !first.cap || !lex.isFirstName(first.lower) || lex.isPlace(first.lower) || first.possessive) return -1;
  let e = k + 1;
  while (e < to && e - k <= 2) {
    const t = tokens[e]!;
    if (t.kind !== 'word' || !t.cap || t.newlineBefore || isTitleWord(lex, t) || lex.isOrgHead(t.lower) || lex.isOrgDesignator(t.lower)) break;
    e++;
    if (t.possessive) break;
  }
  return e > k + 1 ? e : -1;
}

/** A score at `k` followed by the other side or more figures ("1 Dundee United 0", "3 2 1 0"), not a date. */
function scoreAfter(tokens: Token[], k: number): boolean {
  const num = tokens[k];
  const next = tokens[k + 1];
  if (!num || num.kind !== 'num' || !/^\d{1,3}$/.test(num.text) || num.newlineBefore || !next || next.newlineBefore) return false;
  return next.kind === 'num' || (next.kind === 'word' && next.cap && !MONTHS.has(next.lower));
}

/** An abbreviated month stands next to a day or year ("Jan 5", "5 Jan", "Jan. 2024"). */
function dateNeighbour(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  return tokens[i]!.text.endsWith('.') || prev?.kind === 'num' || next?.kind === 'num' || (next?.text === ',' && tokens[i + 2]?.kind === 'num');
}

/**
 * A section label on a line of its own, alone or under a masthead: two to four capitalised
 * common words joined by "&", "and" or a path separator ("Faith & Society", "Arts and
 * Culture", "Security / Startups"). It names no one; "Marks & Spencer" and "Johnson &
 * Johnson" have a word no list calls common. Tokens `from` to `to` are one line.
 */
function sectionLabel(lex: Lexicon, ev: DocEvidence, tokens: Token[], from: number, to: number): boolean {
  let words = 0;
  let joins = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    // Common by the lexicon, or written in lower case elsewhere in the document ("rural", "startups").
    const common = lex.isCommon(t.lower) || ev.lower.has(t.lower) || (t.lower.endsWith('s') && ev.lower.has(t.lower.slice(0, -1)));
    if (t.kind === 'word' && t.cap && common && !lex.isPlace(t.lower) && !lex.isCountry(t.lower) && !lex.isFirstName(t.lower)) words++;
    else if (t.text === '&' || t.lower === 'and' || t.text === '›' || t.text === '>' || t.text === '|' || t.text === '/') joins++;
    else return false;
  }
  return words >= 2 && words <= 4 && joins >= 1 && joins < words;
}

/** Classifies the words of a paragraph as name candidates. 2 = candidate, 1 = tentative, 0 = no. */
function candidacy(lex: Lexicon, ev: DocEvidence, tokens: Token[]): Uint8Array {
  const c = new Uint8Array(tokens.length);
  let lineEnd = 0;
  let label = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (i >= lineEnd) {
      lineEnd = i + 1;
      while (lineEnd < tokens.length && !tokens[lineEnd]!.newlineBefore) lineEnd++;
      label = sectionLabel(lex, ev, tokens, i, lineEnd);
    }
    if (label || t.kind !== 'word' || !t.cap) continue;
    if (/['’](?:t|ve|re|ll|d|m)$/i.test(t.text)) continue;
    // A conjunction opening a sentence the tokenizer did not see end ("… told the FT. But Rover said").
    if (!t.allCaps && CONJUNCTIONS.has(t.lower)) continue;
    if (/^[DRI]-(?:[A-Z][a-z]{0,4}|[A-Z]{2})$/.test(t.text)) continue;
    if (c[i - 1] && hyphenGivenName(lex, tokens, i)) {
      c[i] = 2;
      continue;
    }
    if (/^\p{Lu}\p{Ll}{0,2}-\p{Ll}{3,}$/u.test(t.text) && (!knownWord(lex, t.lower.split('-')[0]!) || lex.isRoleNoun(t.lower.split('-')[1]!)) && !isTitleWord(lex, t)) continue;
    if (/ians$/.test(t.lower) && !knownWord(lex, t.lower)) continue;
    const hm = /^([^-]+)-[\p{Ll}-]{3,}$/u.exec(t.lower);
    const l = hm && /^\p{Lu}/u.test(t.text) ? hm[1]! : t.lower;
    const afterFirstName = i > 0 && tokens[i - 1]!.cap && lex.isFirstName(tokens[i - 1]!.lower) && !tokens[i - 1]!.possessive;
    if ((WEEKDAYS.has(l) && (l.length > 4 || dateNeighbour(tokens, i))) || (MONTHS.has(l) && !(afterFirstName && !dateNeighbour(tokens, i)) && (l.length > 4 || l === 'may' || l === 'june' || l === 'july' || dateNeighbour(tokens, i)))) continue;
    // "on Mondays and Fridays": a weekday in the plural is a recurring time, not a name.
    if (l.length > 6 && l.endsWith('s') && WEEKDAYS.has(l.slice(0, -1)) && !(tokens[i - 1]?.cap && !tokens[i - 1]!.sentenceStart)) continue;
    if (/\p{N}.*\p{N}/u.test(t.text)) continue;
    // An amount written with its currency glued on ("Sh3 a fruit", "Rs5", "KSh200").
    const money = /^(\p{L}{1,3})\p{N}/u.exec(t.text);
    if (money && CURRENCIES.has(money[1]!.toLowerCase())) continue;
    const nx = tokens[i + 1];
    // The plural of an acronym is a common noun ("NPUs", "GPUs", "MPs").
    if (/^\p{Lu}{2,}s$/u.test(t.text)) continue;
    // "TV" opens a channel's name before a word of its own ("TV Kestrel"), not before a common one ("TV News").
    const channel = l === 'tv' && !!nx && nx.kind === 'word' && nx.cap && !nx.newlineBefore && !lex.isCommon(nx.lower) && !isTitleWord(lex, nx);
    if (t.allCaps && lex.sets.acronymStop.has(l) && !channel) continue;
    if (TECH_STANDARDS.has(l)) continue;
    // A section label closing a masthead line ("Vltava Post — Crime", "The Courier | Sport").
    if (SECTION_SEPARATORS.has(tokens[i - 1]?.text ?? '') && (!tokens[i + 1] || tokens[i + 1]!.newlineBefore) && (SECTION_WORDS.has(l) || (lex.isCommon(l) && !knownWord(lex, l)))) continue;
    if (t.text === 'I' || t.text === 'A' || t.text === 'O') continue;
    // A question word opening a line or a sentence ("Related: Who is X?"), not the acronym "WHO".
    if (!t.allCaps && QUESTION_WORDS.has(t.lower)) continue;
    // A portfolio before the kind of body or job it names ("Labour ministry", "Health reporter");
    // a desk's job may be capitalised in a byline ("Labour Reporter"); a "Health Ministry" is a body's name.
    if (lex.isTitleModifier(t.lower) && nx?.kind === 'word' && PORTFOLIO_OF.has(nx.lower) && (!nx.cap || DESK_JOBS.has(nx.lower)) && !(i > 0 && tokens[i - 1]!.cap && !tokens[i - 1]!.sentenceStart)) continue;
    // "LIVE: …", "WATCH: …", "UPDATE: …": a page label in capitals opening a line, not an acronym.
    if (t.allCaps && t.lineStart && tokens[i + 1]?.text === ':' && lex.isCommon(l)) continue;
    // A nationality-looking adjective before a noun ("Chechen rebels", "Eritrean capital").
    const nxPos = nx?.kind === 'word' && !nx.cap ? (lex.info(nx.lower)?.pos ?? (SPEECH_VERBS.has(nx.lower) || /(?:ed|s)$/.test(nx.lower) ? '' : 'Noun')) : '';
    // Not a hyphenated given name ("Jean-Aimé", "Jean-Paul"), whose first part only looks like
    // one; a pair of them is ("Moravian-Silesian").
    const adjLike = /(?:ian|ean|ese|ish|chen)$/.test(l) && !knownWord(lex, l) && (!/-\p{Lu}/u.test(t.text) || /(?:ian|ean|ese|ish|chen)$/.test(t.lower)) && /Noun|Singular|Plural|Actor|Uncountable/.test(nxPos);
    // A two-letter acronym no list knows, modifying the noun after it ("a QR code", "EV
    // chargers", "HR staff"), names a thing, not an organisation.
    if (t.allCaps && t.text.length === 2 && !knownWord(lex, l) && !lex.isOrgAcronymHint(l) && !lex.sets.placeAcronyms.has(t.text) && !isTitleWord(lex, t) && nx?.kind === 'word' && !nx.cap && nounAfterAcronym(nx.lower)) continue;
    if ((lex.isDemonym(l) && !lex.isPlace(l)) || adjLike) {
      // Nationality adjectives are not names, but may open one ("Kenyan Air Force").
      c[i] = 1;
      continue;
    }
    if (t.signal === 'strong' || (t.allCaps && t.signal === 'weak' && t.text.length <= 6)) {
      c[i] = 2;
      continue;
    }
    // A sentence-initial plural no one capitalises mid-sentence is a common noun ("Scorers", "Terms").
    const plural = /[^su]s$/.test(l) && l.length > 4 && (lex.isCommon(l.slice(0, -1)) || /(?:er|or|al|ion|ist|ant|ent|ure|ty|ive|ing|ment|ness|ship|ism|ics|orm|ard|ank|ket)$/.test(l.slice(0, -1)));
    // A word before a score at a line start is a side in a results line, whatever it looks like.
    const vsNext = /^(?:v|vs)\.?$/.test(tokens[i + 1]?.text ?? '') && !!tokens[i + 2]?.cap;
    const scoreNext = (t.lineStart && scoreAfter(tokens, i + 1)) || vsNext;
    // In a title-case headline a word the text writes in lower case in another form is a verb
    // or noun of the headline ("Vell Unseats …" over "unseated"), not part of a name.
    const inflected = t.signal === 'weak' && !ev.strong.has(l) && inflectedInText(l, ev.lower);
    // … and so is a capitalised preposition no name holds inside ("Pask In Dunmore Race").
    if ((inflected && !knownWord(lex, l) && !lex.isFirstName(l) && !isTitleWord(lex, t)) || (t.signal === 'weak' && HEADLINE_PREPOSITIONS.has(l))) {
      c[i] = 0;
      continue;
    }
    const common = !scoreNext && (lex.isCommon(l) || (ev.lower.has(l) && !ev.strong.has(l)) || plural);
    // In an ALL-CAPS line a known name that is also a common word ("LABOUR", "PARLIAMENT",
    // "APPLE") needs the document to write it capitalised elsewhere.
    const capsCommon = t.signal === 'caps' && lex.isCommon(l) && !lex.isPlace(l) && !lex.isCountry(l) && !lex.isFirstName(l);
    if ((knownWord(lex, l) && !capsCommon) || ev.strong.has(l)) c[i] = 2;
    // In an ALL-CAPS line a role word opens a name only if a name follows ("LEADERS CLASH ...").
    else if (isTitleWord(lex, t)) c[i] = t.signal === 'caps' ? 1 : 2;
    else if (t.signal === 'caps') c[i] = !common && !lex.isDemonym(l) && (l.length >= 5 || lex.multi.has(l)) && !/\d/.test(l) ? 2 : 0;
    else c[i] = common ? 1 : 2;
  }
  // A common word that opens an institution's name head first ("Real Corvara Unido") is
  // part of the name when a name follows it (not a title).
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (c[i] !== 1 || !lex.sets.orgLeadsHeadFirst.has(tokens[i]!.lower)) continue;
    let k = i + 1;
    while (k < tokens.length && k - i <= 2 && !tokens[k]!.cap && PARTICLES.has(tokens[k]!.lower)) k++;
    const next = tokens[k];
    if (next?.cap && c[k] === 2 && !next.newlineBefore && !isTitleWord(lex, next)) c[i] = 2;
  }
  promoteInstitutionRuns(lex, tokens, c);
  capsMasthead(lex, tokens, c);
  extendToAcronym(tokens, c);
  // Known multi-word names ("Associated Press", "New Zealand") stand even where casing says nothing.
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!tokens[i]!.cap || c[i] === 2 && c[i + 1] === 2) continue;
    let key = tokens[i]!.lower;
    for (let k = i + 1; k < tokens.length && k - i < lex.multiMax; k++) {
      const t = tokens[k]!;
      if (t.kind !== 'word' || t.newlineBefore) break;
      key += ` ${t.lower}`;
      if (lex.multi.has(key) && t.cap) for (let x = i; x <= k; x++) if (tokens[x]!.cap) c[x] = 2;
    }
  }
  return c;
}

const OUTLET_HEAD_SET = new Set(OUTLET_HEADS);

/** Designators a company's name may take after a comma ("Co., Ltd.", "Holdings, Inc."). */
const COMMA_DESIGNATORS = new Set(['ltd', 'inc', 'llc', 'corp', 'plc', 'pty', 'bhd', 'gmbh', 'ag', 'sa', 'nv', 'bv', 'limited']);

/** An East Slavic patronymic ("Nikanorovich", "Arkadyevna", "Ilyich", "Petrivna"). */
const PATRONYMIC = /^\p{Lu}\p{Ll}{2,}(?:ovich|evich|yevich|ovych|evych|yovych|ovna|evna|yevna|ivna|ich|ichna)$/u;

/** Question words, capitalised at a sentence's start: never a name. */
const QUESTION_WORDS = new Set(['who', 'what', 'why', 'when', 'where', 'how', 'which', 'whose', 'whom']);

/** What a capitalised portfolio names when it stands before one of these ("Labour ministry", "Health reporter"). */
const DESK_JOBS = new Set(['reporter', 'correspondent', 'editor', 'desk']);
const PORTFOLIO_OF = new Set(['ministry', 'ministries', 'department', 'portfolio', ...DESK_JOBS]);

/** Labels of a picture credit ("Photo: X", "PICTURE: X"). */
const CREDIT_LABEL_WORDS = new Set(['photo', 'photos', 'photograph', 'photographs', 'picture', 'pictures', 'pic', 'image', 'images', 'credit']);

/**
 * A masthead in capitals on a line of its own ("SHIRVAN PRESS AGENCY", "THE HARBOUR LEDGER",
 * "KALAHARI PRESS AGENCY (KPA)", "ANDES NEWSWIRE — Business"): two to five capitalised words
 * ending in an outlet's head word are the outlet's name, head words and all (capitals say
 * nothing of which words are names). Its other words name a place, nothing the lexicon
 * knows, or a desk ("KESTREL SPORTS DESK"), so a headline in capitals is no masthead
 * ("FARMERS WELCOME NEWS"), nor a section's name alone ("SPORTS NEWS").
 */
function capsMasthead(lex: Lexicon, tokens: Token[], c: Uint8Array): void {
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i]!.lineStart) continue;
    // "THE" is part of the outlet's name ("The Brussels Ledger"), but says nothing of it.
    const from = tokens[i]!.text === 'THE' ? i + 1 : i;
    let to = from;
    while (to < tokens.length && tokens[to]!.kind === 'word' && tokens[to]!.allCaps && (to === from || !tokens[to]!.newlineBefore)) to++;
    const end = tokens[to];
    const closes = !end || end.newlineBefore || end.text === '(' || SECTION_SEPARATORS.has(end.text);
    if (!closes || to - from < 2 || to - from > 5 || !OUTLET_HEAD_SET.has(tokens[to - 1]!.lower) || OUTLET_HEAD_SET.has(tokens[from]!.lower)) continue;
    const named = (t: Token): boolean => OUTLET_HEAD_SET.has(t.lower) || !lex.isCommon(t.lower) || lex.isPlace(t.lower) || lex.isPlaceHead(t.lower) || lex.isDemonym(t.lower);
    // A desk's word may come before the head ("KESTREL SPORTS DESK"), beside a word that names.
    const words = tokens.slice(from, to);
    if (!words.every((t) => named(t) || SECTION_WORDS.has(t.lower)) || words.every((t) => OUTLET_HEAD_SET.has(t.lower) || SECTION_WORDS.has(t.lower))) continue;
    for (let k = i; k < to; k++) c[k] = 2;
  }
}

/** Whether a lower-case word after an acronym reads as the noun it modifies ("code", "chargers"), not its verb ("plans", "said"). */
function nounAfterAcronym(lower: string): boolean {
  if (SPEECH_VERBS.has(lower) || /ed$/.test(lower) || lower.length < 3) return false;
  const tags = compromiseTags(lower);
  return !tags.some((t) => /Tense|Copula|Modal|Auxiliary|Conjunction|Preposition|Determiner|Adverb|Pronoun|Adjective|Gerund/.test(t));
}

/**
 * A lone word opening a sentence or a headline with no evidence of being a name ("Stock
 * markets slide", "Rainfall sets record"): unknown to the lexicon, never capitalised in
 * running text, no title, no context for any type, no apposition. Kept only where the
 * document names it otherwise (see `tentative`).
 */
function bareOpening(lex: Lexicon, c: NameChunk, ev: DocEvidence): boolean {
  if (c.to - c.from !== 1 || c.score > 0 || c.title || c.acronym || c.fixed || c.tentative || c.introducedBy) return false;
  const t = c.tokens[c.from]!;
  // "Lusofilmes, the film's distributor, said": an apposition describes a name.
  if (c.tokens[c.to]?.text === ',') return false;
  return t.sentenceStart && !t.allCaps && !ev.strong.has(t.lower) && !knownWord(lex, t.lower);
}

/**
 * "Hai Van Commercial Bank (HVB)" opening a sentence: the acronym introduced after a name
 * fits it (`acronymFits`) only with the capitalised word before it, which casing alone read
 * as a common word ("Hai"); it is the name's first word.
 */
function extendToAcronym(tokens: Token[], c: Uint8Array): void {
  for (let i = 2; i + 2 < tokens.length; i++) {
    if (tokens[i]!.text !== '(' || tokens[i + 2]!.text !== ')') continue;
    const acr = tokens[i + 1]!;
    if (!/^\p{Lu}{2,6}$/u.test(acr.text)) continue;
    // The run of name words before "(".
    let from = i;
    while (from > 0 && c[from - 1] === 2 && tokens[from - 1]!.cap && tokens[from - 1]!.kind === 'word') from--;
    const before = tokens[from - 1];
    if (from === i || !before || c[from - 1] !== 1 || !before.cap || before.kind !== 'word' || tokens[from]!.newlineBefore) continue;
    const run = tokens.slice(from, i).map((t) => t.text).join(' ');
    if (!acronymFits(acr.text, run) && acronymFits(acr.text, `${before.text} ${run}`)) c[from - 1] = 2;
  }
}

/** Lower-case words that join the capitalised words of an institution's name. */
const INSTITUTION_JOINERS = new Set(['of', 'and', '&', 'for', 'on']);

/**
 * Institutions named with common words ("Securities and Exchange Commission", "Department of
 * Social Welfare and Development"): in a run of
 * capitalised words and joiners that ends in an organisation's head word, or opens with an
 * organisation's lead word and "of", every capitalised word is part of the name, however
 * common. Without this the run broke at its common words ("Exchange Commission").
 */
function promoteInstitutionRuns(lex: Lexicon, tokens: Token[], c: Uint8Array): void {
  const n = tokens.length;
  let i = 0;
  while (i < n) {
    // A sentence's "The" opens no institution's name ("The Ministry of Energy says").
    if (!tokens[i]!.cap || !c[i] || DETERMINERS.has(tokens[i]!.lower)) {
      i++;
      continue;
    }
    // The run: capitalised candidates, with single joiners ("of the" as one) between them.
    let j = i + 1;
    let joined = false;
    let end = i + 1;
    while (j < n && !tokens[j]!.newlineBefore) {
      const t = tokens[j]!;
      if (t.cap && c[j]) {
        j++;
        end = j;
        continue;
      }
      let k = j;
      if (t.kind === 'word' && !t.cap && INSTITUTION_JOINERS.has(t.lower)) k++;
      else break;
      if (t.lower === 'of' && tokens[k]?.lower === 'the') k++;
      const after = tokens[k];
      // A title or a first name after "and" opens a person ("… and Prime Minister Ana Ruiz").
      if (!after || after.newlineBefore || !after.cap || !c[k] || (t.lower !== 'of' && (isTitleWord(lex, after) || lex.isFirstName(after.lower)))) break;
      joined = true;
      j = k;
    }
    const last = tokens[end - 1]!.lower;
    const ofLead = lex.isOrgLead(tokens[i]!.lower) && tokens[i + 1]?.lower === 'of';
    if (joined && end - i >= 3 && (lex.isOrgHead(last) || ofLead)) {
      for (let x = i; x < end; x++) if (tokens[x]!.cap && c[x]) c[x] = 2;
      if (i > 0 && tokens[i - 1]!.cap && DETERMINERS.has(tokens[i - 1]!.lower)) c[i - 1] = 0;
    }
    i = end;
  }
}

/**
 * A possessive inside a name that ends in a head word right after it: "St Aldhelm's Hospital",
 * "Westmoor Coroner's Court". Not an owner named before another name ("Pakistan's Supreme
 * Court", "Grant's Academy"): the possessor is a saint, or an unknown inner word of the run.
 */
function possessiveInName(lex: Lexicon, tokens: Token[], cand: Uint8Array, i: number, j: number): boolean {
  const prev = tokens[j - 1]!;
  const cur = tokens[j]!;
  if (!prev.cap || cand[j] !== 2 || cur.newlineBefore || !(lex.isOrgHead(cur.lower) || lex.isPlaceHead(cur.lower))) return false;
  // The head ends the name.
  const next = tokens[j + 1];
  if (next && next.cap && next.kind === 'word' && !next.newlineBefore) return false;
  const before = tokens[j - 2];
  if (before && j - 2 >= i && (before.lower === 'st' || before.lower === 'saint' || before.lower === 'ste')) return true;
  // "the Women's Institute", "Children's Society": a plural of people owning an organisation's name.
  if (lex.isOrgHead(cur.lower) && lex.info(prev.lower)?.pos === 'Plural' && lex.isCommon(prev.lower) && !knownWord(lex, prev.lower) && (j - 1 > i || tokens[j - 2]?.lower === 'the')) return true;
  // "Prosecutor's Office of Kelso": an office named after the post it serves, with its jurisdiction.
  if (j - 1 === i && OFFICES.has(cur.lower) && OF_WORDS.has(next?.lower ?? '') && (lex.isFormalTitle(prev.lower) || lex.isRoleNoun(prev.lower)) && !lex.isFirstName(prev.lower)) return true;
  return j - 1 > i && !knownWord(lex, prev.lower) && !lex.isFirstName(prev.lower) && (lex.isRoleNoun(prev.lower) || !lex.info(prev.lower));
}

/** Heads of an office named after a post ("Prosecutor's Office", "Governor's Chambers"). */
const OFFICES = new Set(['office', 'chambers', 'bureau', 'secretariat']);

/** Heads of "Centre for …" institutions, which the organisation heads do not list (a centre is also a place). */
const CENTRES = new Set(['centre', 'center']);

/** Whether the run `[i, j)` is "<org lead or head> of|on|for <word>" ending right before `j`. */
function ofHeadBefore(lex: Lexicon, tokens: Token[], i: number, j: number): boolean {
  if (lex.isPlace(tokens[j - 1]!.lower)) return false;
  // Up to three capitalised words after "of" ("Department of Social Welfare and …").
  let k = j - 1;
  while (k > i && j - k <= 3 && tokens[k]!.cap) k--;
  if (tokens[k]?.lower === 'the' && k - 1 > i) k--;
  const of = tokens[k];
  const head = tokens[k - 1];
  // A centre is an institution when "for" or "of" names its field ("Centre for Hydrology and Meteorology").
  return k - 1 >= i && k < j - 1 && !!of && !!head && OF_WORDS.has(of.lower) && !of.cap && (lex.isOrgLead(head.lower) || lex.isOrgHead(head.lower) || CENTRES.has(head.lower));
}

/** Endings of the abstract nouns portfolios are named with, where no word list knows them ("Forestry", "Fisheries", "Aquaculture"). */
const PORTFOLIO_NOUN = /(?:ries|ry|ture|tion|tions|ment|ments|ism|ics|ity|ance|ence|ing)$/;

/**
 * Where a comma at `j` continues an of-name's list of portfolios ("Ministry of Water, Lands
 * and Forests", "Department of Trade, Industry and Tourism", "Ministry of Agriculture,
 * Fisheries and the Environment"), the index after the list; else -1. Every listed item is
 * one or two capitalised words that are common nouns or unknown (not names, places or
 * acronyms), one at least known as common; the list ends in "and" (perhaps "and the") and an
 * item, and nothing capitalised follows it: "the Ministry of Health, Nairobi and Kisumu"
 * (places), "Ministry of Health, Jane Roe and ..." (a name) and "Ministry of Health, UNICEF
 * and WHO" (bodies) are not portfolios.
 */
function portfolioListEnd(lex: Lexicon, tokens: Token[], cand: Uint8Array, i: number, j: number): number {
  if (!ofHeadBefore(lex, tokens, i, j)) return -1;
  const n = tokens.length;
  let common = false;
  const item = (k: number): number => {
    let e = k;
    while (e < n && e - k < 2 && cand[e] === 2 && tokens[e]!.cap && tokens[e]!.kind === 'word' && !tokens[e]!.newlineBefore && !tokens[e]!.possessive) {
      const l = tokens[e]!.lower;
      const info = lex.info(l);
      if (info ? !info.common || info.place || info.firstName || info.lastName : lex.isGazetteerPlace(l)) return -1;
      // An acronym is a body's name ("Ministry of Health, UNICEF and WHO"), not a portfolio.
      if (lex.isCountry(l) || isTitleWord(lex, tokens[e]!) || tokens[e]!.allCaps) return -1;
      common ||= !!info || PORTFOLIO_NOUN.test(l);
      e++;
    }
    return e > k ? e : -1;
  };
  let k = j + 1;
  for (let items = 0; items < 4; items++) {
    const e = item(k);
    if (e < 0) return -1;
    const sep = tokens[e];
    if (sep?.lower === 'and' && !sep.cap) {
      // "… Fisheries and the Environment": the last portfolio may take "the".
      const the = tokens[e + 1]?.lower === 'the' && !tokens[e + 1]!.cap ? 1 : 0;
      const last = item(e + 1 + the);
      const after = tokens[last];
      return last > 0 && common && !(after && after.cap && after.kind === 'word' && !after.newlineBefore) ? last : -1;
    }
    if (sep?.text !== ',') return -1;
    k = e + 1;
  }
  return -1;
}

/** Finds and types the proper names of one paragraph's tokens. */
export function findNames(tokens: Token[], ev: DocEvidence, text: string): NameChunk[] {
  const lex = lexicon();
  const cand = candidacy(lex, ev, tokens);
  const chunks: NameChunk[] = [];
  const n = tokens.length;
  let i = 0;
  while (i < n) {
    let pk = i;
    while (pk < n && pk - i < 3 && !tokens[pk]!.cap && tokens[pk]!.kind === 'word' && PARTICLES.has(tokens[pk]!.lower)) pk++;
    const startsParticle = pk > i && pk - i <= 2 && cand[pk] === 2 && tokens[pk]!.signal === 'strong' && !tokens[pk]!.newlineBefore;
    if (!cand[i] && !startsParticle) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n) {
      const prev = tokens[j - 1]!;
      const cur = tokens[j]!;
      if (prev.possessive && !(prev.cap && cand[j] === 2 && lex.isCommon(prev.lower) && !knownWord(lex, prev.lower) && j - 1 > i && !isTitleWord(lex, cur) && personEnds(lex, tokens, j, n) < 0) && !possessiveInName(lex, tokens, cand, i, j)) break;
      if (cur.newlineBefore || (/-\p{Ll}{3,}$/u.test(prev.text) && !isTitleWord(lex, prev))) break;
      if (cand[j] === 2 || (cand[j] === 1 && cand[j + 1] === 2 && !tokens[j + 1]!.newlineBefore) || (cand[j] === 1 && cur.signal === 'strong' && cand[j - 1] === 2 && !cur.lower.endsWith('s')) || (cand[j] === 1 && cand[j - 1] === 2 && (lex.isOrgHead(cur.lower) || lex.isPlaceHead(cur.lower))) || (cand[j] === 1 && j - 1 === i && lex.isFirstName(prev.lower) && !lex.isDemonym(cur.lower) && !isTitleWord(lex, cur))) {
        j++;
        continue;
      }
      // A company's designator after a comma ("Sekong Export Co., Ltd.", "Acme Holdings, Inc.").
      const desig = tokens[j + 1];
      if (cur.text === ',' && desig && !desig.newlineBefore && desig.cap && COMMA_DESIGNATORS.has(desig.lower.replace(/\.$/, '')) && (lex.isOrgDesignator(prev.lower.replace(/\.$/, '')) || lex.isOrgHead(prev.lower.replace(/\.$/, '')))) {
        j += 2;
        continue;
      }
      // "Trinidad and Tobago", "Tarvo Institute of Bosnia and Herzegovina": a country whose name holds "and".
      const country = cur.lower === 'and' ? countryThroughAnd(lex, tokens, i, j) : -1;
      if (country > 0) {
        j = country;
        continue;
      }
      // A nickname in quotation marks between a first name and a surname ("Kristine “Tin” Alcantara").
      const nick = nicknameEnd(lex, tokens, i, j);
      if (nick > 0) {
        j = nick;
        continue;
      }
      if (cur.kind === 'word' && !cur.cap && PATRONYMIC_AFTER.has(cur.lower) && j - i >= 1 && cand[j - 1] === 2) {
        j++;
        break;
      }
      if (cur.kind === 'word' && !cur.cap) {
        const next = tokens[j + 1];
        if (!next || next.newlineBefore) break;
        if (PARTICLES.has(cur.lower)) {
          let k = j;
          while (k < n && PARTICLES.has(tokens[k]!.lower) && !tokens[k]!.cap && !tokens[k]!.newlineBefore) k++;
          if (k - j <= 2 && cand[k] === 2 && !tokens[k]!.newlineBefore) {
            j = k + 1;
            continue;
          }
        }
        // "Te Wai Ora o Hīkoi Trust": a one-letter "of" between name words that end in a head.
        if (cur.text === 'o' && cand[j - 1] === 2 && cand[j + 1] === 2) {
          let k = j + 1;
          while (k < n && cand[k] === 2 && !tokens[k]!.newlineBefore) k++;
          if (lex.isOrgHead(tokens[k - 1]!.lower) || lex.isPlaceHead(tokens[k - 1]!.lower)) {
            j = k;
            continue;
          }
        }
        // "Association of Importers of the Littoral": an institution's of-name may say where, after a second "of".
        const secondOf = cur.lower === 'of' && lex.isOrgLead(tokens[i]!.lower) && tokens.slice(i + 1, j).filter((t) => t.lower === 'of').length === 1;
        if (OF_WORDS.has(cur.lower) && cand[j - 1] === 2 && (lex.isOrgLead(prev.lower) || lex.isOrgHead(prev.lower) || lex.isPlaceHead(prev.lower) || isTitleWord(lex, prev) || (prev.lower === 'chiefs') || secondOf)) {
          if (cand[j + 1] === 2) {
            j += 2;
            continue;
          }
          if (next.lower === 'the' && cand[j + 2] === 2 && !tokens[j + 2]!.newlineBefore) {
            j += 3;
            continue;
          }
          // "Union for a Modern Kelso", "Authority of the Czech Republic": an institution's
          // of-name may go on with "a", or with a nationality before its own head.
          const lead = lex.isOrgLead(prev.lower) || lex.isOrgHead(prev.lower);
          const article = next.lower === 'the' || next.lower === 'a' || next.lower === 'an';
          const nationality = tokens[j + 2];
          if (article && lead && nationality && !nationality.newlineBefore && nationality.cap && cand[j + 2] !== 0 && (cand[j + 2] === 2 || lex.isDemonym(nationality.lower)) && cand[j + 3] === 2 && !tokens[j + 3]!.newlineBefore) {
            j += 4;
            continue;
          }
        }
        // "Ministry of Water and Irrigation": "and" one more common noun closing an of-name;
        // or two ("Institute for Health and Social Care", "Centre for Hydrology and
        // Meteorology"), not a name and its head, when nothing capitalised, "of"
        // or "for" follows them ("Department of Health and State University of ..." and
        // "Ministry of Health and Kelso Council" are two).
        if (cur.lower === 'and' && cand[j + 1] === 2 && ofHeadBefore(lex, tokens, i, j) && !knownWord(lex, next.lower) && !lex.isFirstName(next.lower) && (lex.isCommon(next.lower) || !lex.info(next.lower)) && !next.possessive) {
          const capAt = (k: number): boolean => !!tokens[k]?.cap && tokens[k]!.kind === 'word' && !tokens[k]!.newlineBefore;
          if (!capAt(j + 2)) {
            j += 2;
            continue;
          }
          const second = tokens[j + 2]!;
          const after = tokens[j + 3];
          if (cand[j + 2] === 2 && !capAt(j + 3) && !(after && OF_WORDS.has(after.lower)) && (lex.isCommon(second.lower) || !lex.info(second.lower)) && (lex.isCommon(next.lower) || !lex.isOrgHead(second.lower)) && !knownWord(lex, second.lower) && !lex.isFirstName(second.lower) && !isTitleWord(lex, second) && !lex.isOrgLead(next.lower) && !lex.isOrgLead(second.lower)) {
            j += 3;
            continue;
          }
        }
        // "Université libre de Kelso", "Institut national de la Statistique": a head-first
        // institution's lower-case adjectives, then "de"/"del"/"di" and a name.
        if (lex.sets.orgLeadsHeadFirst.has(tokens[j - 1]!.lower) && !PARTICLES.has(cur.lower)) {
          let k = j;
          while (k < n && k - j < 2 && tokens[k]!.kind === 'word' && !tokens[k]!.cap && !PARTICLES.has(tokens[k]!.lower) && !tokens[k]!.newlineBefore && !compromiseTags(tokens[k]!.lower).some((t) => NOT_ADJECTIVE.test(t))) k++;
          let p = k;
          while (p < n && p - k < 2 && PARTICLES.has(tokens[p]!.lower) && !tokens[p]!.cap && !tokens[p]!.newlineBefore) p++;
          if (p > k && k > j && cand[p] === 2 && !tokens[p]!.newlineBefore) {
            j = p + 1;
            continue;
          }
        }
        // "Compagnie Sel et Givre", "Grupo Vidal y Asociados": another language's "and" inside
        // a name its head opens.
        if (FOREIGN_AND.has(cur.lower) && lex.sets.orgLeadsHeadFirst.has(tokens[tokens[i]!.lower === 'the' ? i + 1 : i]!.lower) && cand[j + 1] === 2 && !next.newlineBefore) {
          j += 2;
          continue;
        }
        // "Kelso Grain Industry and Marketing Board (KGIMB)": an acronym after the name spells
        // both halves' initials, and not the second half's alone.
        if (cur.lower === 'and' && cand[j + 1] === 2) {
          const end = andJoinedByAcronym(tokens, cand, i, j);
          if (end > 0) {
            j = end;
            continue;
          }
        }
        // "Securities and Exchange Commission": a head word alone before "and" names nothing yet;
        // an of-name before "and" is whole ("Ministry of Health and Kelso Council" are two).
        if (cur.lower === 'and' && cand[j + 1] === 2 && (!lex.isOrgHead(prev.lower) || (j - 1 === i && !knownWord(lex, prev.lower))) && !ofHeadBefore(lex, tokens, i, j)) {
          let k = j + 1;
          while (k < n && cand[k] === 2 && !tokens[k]!.newlineBefore && !tokens[k - 1]!.possessive) k++;
          // "Allied Metal and Energy Workers’ Union": a plural possessive before the head.
          const owner = tokens[k - 1]!;
          const mark = tokens[k];
          if (k > j + 1 && owner.lower.endsWith('s') && mark && (mark.text === '’' || mark.text === "'") && mark.start === owner.end && cand[k + 1] === 2 && orgHeadWithin(lex, tokens, cand, k + 1, 3)) {
            k += 2;
            while (k < n && cand[k] === 2 && !tokens[k]!.newlineBefore && !lex.isOrgHead(tokens[k - 1]!.lower)) k++;
          }
          if (lex.isOrgHead(tokens[k - 1]!.lower) && k - 1 > j + 1 - 1) {
            j = k;
            continue;
          }
        }
        break;
      }
      // "Upper Waikato Growers’ Association", "Ontario Teachers’ Pension Plan": a plural
      // possessive inside an organisation's name, whose head comes within three words.
      if ((cur.text === '’' || cur.text === "'") && prev.lower.endsWith('s') && cur.start === prev.end && cand[j + 1] === 2 && orgHeadWithin(lex, tokens, cand, j + 1, 3) && !tokens[j + 1]!.newlineBefore) {
        j += 2;
        continue;
      }
      if (cur.text === '&' && cand[j + 1] === 2 && !tokens[j + 1]!.newlineBefore) {
        j += 2;
        continue;
      }
      // "Ministry of Water, Lands and Forests": an of-name's portfolio listed with a comma.
      const listEnd = cur.text === ',' ? portfolioListEnd(lex, tokens, cand, i, j) : -1;
      if (listEnd > 0) {
        j = listEnd;
        continue;
      }
      // "Izmir 9th Civil Court of First Instance", "Ankara 4th Administrative Court": an
      // ordinal between a place and a court or unit whose head follows within three words.
      // (The tokenizer writes "27th" as "27" and "th".)
      const suffix = tokens[j + 1];
      if (cur.kind === 'num' && /^\d{1,3}$/.test(cur.text) && suffix && suffix.start === cur.end && /^(?:st|nd|rd|th)$/i.test(suffix.text) && cand[j - 1] === 2 && !tokens[j + 2]?.newlineBefore && capitalisedHeadWithin(lex, tokens, j + 2, 3)) {
        j += 2;
        continue;
      }
      if (cur.kind === 'num' && /^\d{1,2}$/.test(cur.text) && (prev.lower === 'radio' || prev.lower === 'channel' || prev.lower === 'formula')) {
        j++;
        continue;
      }
      break;
    }
    for (const c of splitChunk(lex, tokens, cand, i, j, text, ev)) chunks.push(c);
    i = j;
  }
  linkParenthesisAcronyms(tokens, chunks);
  // A sports report makes clubs of names that beat or face others; a score in the paragraph only of "City"/"Town" names.
  const report = sportsReport(lex, ev);
  const sports = report ? 'report' : scoreLine(lex, tokens) ? 'score' : null;
  for (const c of chunks) classify(lex, c, text, sports);
  coordinate(chunks);
  const out: NameChunk[] = [];
  for (const c of chunks) {
    // "Oscar-winning", "Grammy-nominated": an award, not a name.
    if (AWARD_SUFFIX.test(c.tokens[c.to - 1]!.text)) continue;
    if (workTitle(c)) c.work = true;
    tidySpan(c, text);
    if (quotedTitle(c) || inTitleQuote(c) || bareOpening(lex, c, ev)) c.tentative = true;
    if (c.end <= c.start || inShareBar(text, c.start, c.end, c.text) || notation(text, c.start, c.end, c.text)) continue;
    c.features = candidateFeatures(lex, c, ev.lower, ev.strong, PARTICLES, sports);
    if (locative(c)) c.locative = true;
    if (productMention(lex, c)) c.product = true;
    if (companyMention(lex, c)) c.company = true;
    out.push(c);
  }
  // "Orvane's iGlide", "Kestrel's new handset": what owns a product is its maker.
  out.forEach((c, k) => {
    const next = out[k + 1];
    if (ownsProduct(lex, c, next && next.tokens === c.tokens && next.from === c.to && next.product ? next : null)) {
      c.maker = true;
      c.company = true;
    }
  });
  return out;
}

/** A name glued to one of these is an award ("Oscar-winning", "Bafta-nominated", "a Grammy-winner"). */
const AWARD_SUFFIX = /-(?:winning|winner|winners|nominated|nominee|nominees|shortlisted)$/i;

const WORK_BEFORE = new Set(WORK_KINDS_BEFORE_TITLE);
const SHOW_KINDS = new Set(SHOW_KIND_WORDS);
/** Words before "single" that make it an adjective ("a single Ruritanian bank"). */
const SINGLE_ADJECTIVE = new Set(['a', 'an', 'one', 'no', 'every', 'any', 'each']);

/**
 * Whether a name is the title of a work by its context: the kind of work right before it
 * ("the film The Long Harbour", "new single Paper Moons"), or ", starring" right after it.
 * A name with a title of address ("Mr", "Dr") is a person, whatever stands before it.
 */
function workTitle(c: NameChunk): boolean {
  const t = c.tokens;
  if (c.title !== null) return false;
  let k = c.from - 1;
  if (t[k]?.lower === 'the' && t[k]!.cap) k--;
  const cue = t[k];
  if (cue && cue.kind === 'word' && !cue.cap) {
    const before = t[k - 1]?.lower ?? '';
    if (WORK_BEFORE.has(cue.lower) && !(cue.lower === 'single' && SINGLE_ADJECTIVE.has(before))) return true;
    if (cue.lower === 'show' && SHOW_KINDS.has(before)) return true;
  }
  return t[c.to]?.text === ',' && t[c.to + 1]?.lower === 'starring';
}

const OPEN_QUOTES = new Set(['“', '‘', '"', "'", '«', '„']);
const CLOSE_QUOTES = new Set(['”', '’', '"', "'", '»', '“']);

/**
 * Where the body's head is when `[from, to)` is "<Title> of (the) <Head> <Name…>": title
 * words, "of", perhaps "the", one head word ("Assembly", "Senate"), then two or more
 * capitalised words that name nothing of their own kind (no head, no place, no title): a
 * person's name. -1 otherwise.
 */
function titledBodyHead(lex: Lexicon, tokens: Token[], from: number, to: number): number {
  let k = from;
  while (k < to && tokens[k]!.cap && (isTitleWord(lex, tokens[k]!) || isModifier(lex, tokens[k]!))) k++;
  // One holder: not "Officers of the …".
  if (k === from || !isTitleWord(lex, tokens[k - 1]!) || /[^s]s$/.test(tokens[k - 1]!.lower) || !OF_WORDS.has(tokens[k]?.lower ?? '') || tokens[k]!.cap) return -1;
  k++;
  if (tokens[k]?.lower === 'the' && !tokens[k]!.cap) k++;
  const head = k;
  if (head >= to || to - head < 3 || !lex.isOrgHead(tokens[head]!.lower)) return -1;
  for (let i = head + 1; i < to; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || !t.cap || lex.isOrgHead(t.lower) || lex.isOrgLead(t.lower) || lex.isPlaceHead(t.lower) || lex.isPlace(t.lower) || isTitleWord(lex, t) || OF_WORDS.has(t.lower)) return -1;
    // A person's name: words known as names, or unknown ("Bureau Against Smuggling" goes on with common words).
    if (lex.isCommon(t.lower) && !lex.isFirstName(t.lower) && !lex.info(t.lower)?.lastName) return -1;
  }
  return head;
}

/**
 * Where a country's name that holds "and" at `and` ends ("Antigua and Barbuda", "Turks and
 * Caicos Islands"), its first words within the name from `i`; -1 when the words around
 * "and" name no country.
 */
function countryThroughAnd(lex: Lexicon, tokens: Token[], i: number, and: number): number {
  let best = -1;
  for (let start = and - 1; start >= Math.max(i, and - 2); start--) {
    if (!tokens[start]!.cap || tokens[start]!.kind !== 'word') break;
    for (let end = and + 2; end <= Math.min(tokens.length, and + 4); end++) {
      const words = tokens.slice(start, end);
      if (words.some((t, k) => t.kind !== 'word' || (k > 0 && t.newlineBefore))) break;
      if (tokens[end - 1]!.cap && lex.isCountry(words.map((t) => t.lower).join(' '))) best = Math.max(best, end);
    }
  }
  return best;
}

/**
 * Where a name continues after a quoted nickname at `j` ("Earvin “Magic” Johnson"): the run
 * so far is a first name (and perhaps a middle one), the marks hold one or two capitalised
 * words, and a capitalised surname follows on the same line. 0 when it is not that.
 */
function nicknameEnd(lex: Lexicon, tokens: Token[], i: number, j: number): number {
  // The run may open with a byline's "By" ("By Maria Lourdes “Malou” Ramos").
  const from = tokens[i]!.lower === 'by' && j - i > 1 ? i + 1 : i;
  // A first name the lexicon knows, or one the nickname shortens ("Lebogang ‘Lebo’ Sithole").
  const nick = tokens[j + 1];
  const first = tokens[from]!.lower;
  const shortens = !!nick && nick.kind === 'word' && nick.text.length >= 3 && nick.lower !== first && nick.lower.slice(0, 3) === first.slice(0, 3) && nick.text.length <= first.length;
  if (!OPEN_QUOTES.has(tokens[j]!.text) || j - from > 2 || !(lex.isFirstName(tokens[from]!.lower) || shortens)) return 0;
  let k = j + 1;
  while (k < tokens.length && k - j <= 2 && tokens[k]!.kind === 'word' && tokens[k]!.cap && !tokens[k]!.newlineBefore) k++;
  const close = tokens[k];
  const surname = tokens[k + 1];
  if (k === j + 1 || !close || !CLOSE_QUOTES.has(close.text) || close.newlineBefore) return 0;
  if (!surname || surname.kind !== 'word' || !surname.cap || surname.newlineBefore || isTitleWord(lex, surname)) return 0;
  return k + 2;
}

/**
 * A name that fills a quotation by itself ("“Small Silicon”", "‘the Tank’", "known as
 * "Story Stars"") is a title of a work, a nickname or a scare-quoted name, not an actor's
 * mention. Such chunks are made tentative: they stay only when the document names the same
 * actor unquoted elsewhere.
 */
function quotedTitle(c: NameChunk): boolean {
  const t = c.tokens;
  let k = c.from - 1;
  if (t[k]?.lower === 'the' && t[k]!.kind === 'word') k--;
  const open = t[k];
  if (!open || !OPEN_QUOTES.has(open.text)) return false;
  // An apostrophe glued to the word before is no opening quote.
  if ((open.text === "'" || open.text === '’') && k > 0 && t[k - 1]!.end === open.start && t[k - 1]!.kind === 'word') return false;
  let e = c.to;
  if (t[e]?.text === ',') e++;
  const close = t[e];
  if (!close || !CLOSE_QUOTES.has(close.text) || t[c.to - 1]!.possessive) return false;
  // The closing mark ends the quotation: no word glued after it ("’s").
  const after = t[e + 1];
  return !(after && after.start === close.end && after.kind === 'word');
}

const TITLE_SMALL_WORDS = new Set(['of', 'for', 'the', 'a', 'an', 'and', 'in', 'on', 'to', 'with', 'at', 'by', 'from', 'or', 'is', 'are', 'our', 'my', 'your', 'all']);

/**
 * A name inside a short title-case quotation ("“Safer Streets for All”", "‘The Road to
 * Kelby’"): the title of a report, a book or a campaign, not an actor's mention.
 */
function inTitleQuote(c: NameChunk): boolean {
  const t = c.tokens;
  const inside = (x: Token): boolean => x.kind === 'word' && (x.cap || TITLE_SMALL_WORDS.has(x.lower)) && !x.possessive;
  let a = c.from - 1;
  while (a >= 0 && c.from - a <= 8 && inside(t[a]!)) a--;
  const open = t[a];
  if (!open || !OPEN_QUOTES.has(open.text) || (a > 0 && t[a - 1]!.end === open.start && t[a - 1]!.kind === 'word')) return false;
  let e = c.to;
  while (e < t.length && e - c.to <= 8 && inside(t[e]!)) e++;
  const close = t[e];
  // The quotation opens with a capital, or "the"/"a" and a capital ("‘the Night of Nights’").
  const lead = t[a + 1]!.cap ? t[a + 1]! : /^(?:the|a|an)$/.test(t[a + 1]!.lower) && t[a + 2]?.cap ? t[a + 2]! : null;
  if (!close || !CLOSE_QUOTES.has(close.text) || !lead || e - a - 1 > 10) return false;
  // Title case: at most a third of the words are small words, and the last is capitalised.
  let small = 0;
  for (let k = a + 1; k < e; k++) if (!t[k]!.cap && t[k] !== t[a + 1]) small++;
  const after = t[e + 1];
  return small * 3 <= e - a - 1 && t[e - 1]!.cap && !(after && after.start === close.end && after.kind === 'word');
}

/** A results-like paragraph: a small score ("3-1") and a lower-case sports word. */
function scoreLine(lex: Lexicon, tokens: Token[]): boolean {
  let score = false;
  let word = false;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind === 'num' && /^\d{1,2}$/.test(t.text) && (tokens[k + 1]?.text === '-' || tokens[k + 1]?.text === '–') && /^\d{1,2}$/.test(tokens[k + 2]?.text ?? '') && tokens[k + 2]!.start === tokens[k + 1]!.end && tokens[k + 1]!.start === t.end) score = true;
    else if (t.kind === 'word' && !t.cap && (SPORT_VERBS.has(t.lower) || lex.sets.sportWords.has(t.lower))) word = true;
  }
  return score && word;
}

const LOCATIVE_BEFORE = new Set(LOCATIVE_PREPOSITIONS);

/** Whether the name is written where a place is: after a preposition of place, or opening a line in capitals. */
function locative(c: NameChunk): boolean {
  const first = c.tokens[c.from]!;
  if (first.lineStart && first.allCaps) return true;
  const before = c.tokens[(c.titleFrom >= 0 ? c.titleFrom : c.from) - 1];
  return before !== undefined && before.kind === 'word' && LOCATIVE_BEFORE.has(before.lower);
}

const PRODUCT_SUFFIX = new Set(PRODUCT_MODEL_WORDS);
const COMPANY_VERBS = new Set(COMPANY_ACTION_VERBS);

/**
 * Whether a mention reads as a product's: a name of several words ending in a model word
 * ("MacBook Pro", "Galaxy Ultra"), or one word of the "i" and a capital that products are
 * named with ("iPhone", "iTunes") that no list knows as a company. Not "e" and a capital:
 * companies ("eBay", "eDonkey") and towns ("eMalahleni") are written so. Not what a first name
 * opens, nor a name holding an organisation's or a place's head word. (A name followed by
 * a number, "AirPods 2", is no better a sign: so are a golfer's round and a team's score.)
 */
function productMention(lex: Lexicon, c: NameChunk): boolean {
  const words = c.text.split(/\s+/);
  const first = words[0]!.toLowerCase();
  const last = words[words.length - 1]!.toLowerCase();
  if (c.title !== null || (words.length >= 2 && lex.isFirstName(first)) || words.some((w) => lex.isOrgHead(w.toLowerCase()) || lex.isPlaceHead(w.toLowerCase()))) return false;
  if (words.length >= 2 && PRODUCT_SUFFIX.has(last)) return true;
  return words.length === 1 && /^i\p{Lu}\p{L}*$/u.test(words[0]!) && !lex.isOrg(first);
}

const PRODUCT_NOUNS = new Set(PRODUCT_KIND_NOUNS);

/**
 * Whether a possessive name owns a product: a product's name right after it ("Orvane's
 * iGlide"), or a product noun within two words ("Kestrel's new handset"). Not a person's
 * name (a first name opens it, or it is a known surname: "Hill's phone"), nor a place's
 * ("Britain's phone market").
 */
function ownsProduct(lex: Lexicon, c: NameChunk, product: NameChunk | null): boolean {
  if (!c.tokens[c.to - 1]!.possessive || (c.title !== null && c.title.split(/\s+/).some((w) => lex.isFormalTitle(w.toLowerCase().replace(/\.$/, ''))))) return false;
  const words = c.text.split(/\s+/);
  const whole = c.text.toLowerCase();
  if (lex.isFirstName(words[0]!.toLowerCase()) || (words.length === 1 && lex.info(whole)?.lastName) || lex.isPlace(whole) || lex.isCountry(whole)) return false;
  if (product) return true;
  for (let k = c.to; k < c.to + 3 && k < c.tokens.length; k++) {
    const t = c.tokens[k]!;
    if (t.kind !== 'word' || t.cap) return false;
    if (PRODUCT_NOUNS.has(t.lower)) return true;
  }
  return false;
}

/** Whether a mention reads as a company's: it acts or speaks, or owns a post. */
function companyMention(lex: Lexicon, c: NameChunk): boolean {
  const next = c.tokens[c.to];
  if (next && next.kind === 'word' && !next.cap && COMPANY_VERBS.has(next.lower) && !c.tokens[c.to - 1]!.possessive) return true;
  if (c.tokens[c.to - 1]!.possessive) {
    for (let k = c.to; k < c.to + 3 && k < c.tokens.length; k++) {
      const t = c.tokens[k]!;
      if (t.kind !== 'word') break;
      if (lex.isRoleNoun(t.lower)) return true;
    }
  }
  return false;
}

const SECTION_SEPARATORS = new Set(SECTION_SEPARATOR_MARKS);
const SECTION_WORDS = new Set(SECTION_LABELS);

const NOT_NAME_OPENERS = new Set(NOT_NAME_OPENER_WORDS);

/** Whether tokens before `comma` on its line are "By" and a name of two to four capitalised words. */
function bylineWriterBefore(tokens: Token[], comma: number): boolean {
  let i = comma - 1;
  while (i > 0 && tokens[i]!.kind === 'word' && tokens[i]!.cap && !tokens[i]!.lineStart) i--;
  const by = tokens[i];
  const words = comma - 1 - i;
  return !!by && by.lineStart && by.lower === 'by' && words >= 2 && words <= 4;
}

/** Whether the line before token `k` (exclusive) opens with a word in capitals, as a dateline does. */
function datelineBefore(tokens: Token[], k: number): boolean {
  let i = k - 1;
  while (i > 0 && !tokens[i]!.lineStart) i--;
  return i >= 0 && i < k && tokens[i]!.kind === 'word' && tokens[i]!.allCaps && tokens[i]!.text.length >= 2;
}

const sportsCache = new WeakMap<DocEvidence, boolean>();

/** Whether the document reads as a sports report: several sports words in lower case. */
function sportsReport(lex: Lexicon, ev: DocEvidence): boolean {
  let v = sportsCache.get(ev);
  if (v === undefined) {
    let hits = 0;
    for (const w of lex.sets.sportWords) if (ev.lower.has(w) && ++hits >= 4) break;
    v = hits >= 4;
    sportsCache.set(ev, v);
  }
  return v;
}

function makeChunk(tokens: Token[], from: number, to: number, text: string, titleFrom: number): NameChunk {
  const start = tokens[from]!.start;
  const end = tokens[to - 1]!.end;
  const title = titleFrom >= 0 ? text.slice(tokens[titleFrom]!.start, tokens[from - 1]!.end) : null;
  return { from, to, tokens, start, end, text: text.slice(start, end), type: 'person', score: 0, title, titleFrom, acronym: null, introducedBy: null, fixed: false, tentative: false };
}

/** Whether a person's apposition follows at `k`: ", 52," (an age) or ", who". */
function personApposition(tokens: Token[], k: number): boolean {
  if (tokens[k]?.text !== ',') return false;
  const a = tokens[k + 1];
  if (a?.lower === 'who') return true;
  return a?.kind === 'num' && /^\d{1,3}$/.test(a.text) && Number(a.text) < 120 && tokens[k + 2]?.text === ',';
}

/** Whether a copyright sign or word stands right before token `from` ("©", "(c)", "Copyright"). */
function copyrightBefore(tokens: Token[], from: number): boolean {
  const k = from - 1;
  if (tokens[k]?.text === '©' || tokens[k]?.lower === 'copyright') return true;
  return tokens[k]?.text === ')' && tokens[k - 1]?.lower === 'c' && tokens[k - 2]?.text === '(';
}

/** Lower-case words for a newsroom, after an agency's letters and a city ("the KNW Nairobi desk"). */
const NEWSROOMS = new Set(['desk', 'bureau', 'newsroom']);

/**
 * Turns a run of capitalised tokens into name chunks: drops a sentence-initial common
 * word, separates a title ("Lt. Gen.", "White House Press Secretary") from the name,
 * cuts a trailing role noun ("... News Reporter") and stray trailing common nouns.
 */
function splitChunk(lex: Lexicon, tokens: Token[], cand: Uint8Array, from: number, to: number, text: string, ev: DocEvidence): NameChunk[] {
  const out: NameChunk[] = [];
  // A side in a results line ("Rangers 1 ...") is a name whatever its words look like.
  if (tokens[from]!.lineStart && scoreAfter(tokens, to)) {
    return [makeChunk(tokens, from, to, text, -1)];
  }
  // A vote named with a title-like word ("the General Election", "Presidential Elections"),
  // or a party's yearly meeting ("the Labour Party Conference"): no name.
  if (to - from >= 2 && ELECTION_HEADS.has(tokens[to - 1]!.lower)) return [];
  if (to - from >= 3 && tokens[to - 1]!.lower === 'conference' && tokens[to - 2]!.lower === 'party') return [];
  // "the KNW Nairobi desk": an agency's letters, then the city its desk is in (a one-word city the lexicon knows).
  if (to - from >= 2 && /^\p{Lu}{2,6}$/u.test(tokens[from]!.text) && NEWSROOMS.has(tokens[to]?.lower ?? '')) {
    const city = tokens.slice(from + 1, to).map((t) => t.lower).join(' ');
    if (lex.isPlace(city) || lex.isGazetteerPlace(city)) return [makeChunk(tokens, from, from + 1, text, -1), makeChunk(tokens, from + 1, to, text, -1)];
  }
  // "Speaker of the Assembly Goran Petkov": a title "of" a body named by its head alone, then
  // the person who holds it. The body is a name of its own; the person's title runs from the
  // title word through the body ("Speaker of the Assembly").
  const body = titledBodyHead(lex, tokens, from, to);
  if (body > 0) return [...trimChunk(lex, tokens, body, body + 1, text, -1, ev), ...trimChunk(lex, tokens, body + 1, to, text, from, ev)];
  // Leading tentative word (sentence-initial common word, demonym): keep only when it opens a known kind of name.
  // A person noun dropped before a full name ("Teenager Amy Lee") is kept as the name's title.
  let leadRole = -1;
  while (from < to && cand[from] === 1) {
    if (tokens[from]!.lower === 'the') {
      from++;
      continue;
    }
    const whole = tokens.slice(from, to).map((t) => t.lower).join(' ');
    const last = tokens[to - 1]!.lower;
    const pos = lex.info(tokens[from]!.lower)?.pos ?? '';
    // "De la Fuente said", "Van der Berg said": a capitalised particle before a lower-case one.
    if (PARTICLES.has(tokens[from]!.lower) && to - from >= 3 && !tokens[from + 1]!.cap && PARTICLES.has(tokens[from + 1]!.lower)) break;
    if (/Conjunction|Determiner|Preposition|Pronoun|Adverb|QuestionWord|Copula|Modal/.test(pos)) {
      from++;
      continue;
    }
    const keep =
      lex.multi.has(whole) ||
      ((lex.isOrgHead(last) || lex.isPlaceHead(last)) && (to - from === 2 || lex.isDemonym(tokens[from]!.lower))) ||
      // A head-first institution ("Intermediate Hospital Oshakati", "Central Hospital Maputo").
      (to - from === 3 && (lex.isOrgHead(tokens[from + 1]!.lower) || lex.isPlaceHead(tokens[from + 1]!.lower)) && lex.sets.orgLeadsHeadFirst.has(tokens[from + 1]!.lower)) ||
      (lex.isDemonym(tokens[from]!.lower) && to - from >= 3 && lex.isOrgLead(tokens[from + 1]!.lower) && tokens.slice(from, to).some((t) => OF_WORDS.has(t.lower))) ||
      (NAME_STARTERS.has(tokens[from]!.lower) && to - from >= 2 && !isTitleWord(lex, tokens[from + 1]!)) ||
      (isModifier(lex, tokens[from]!) && to - from >= 2 && isTitleWord(lex, tokens[from + 1]!)) ||
      // "Agness Tembo, 52,", "Rose Biyong, who …": a given name the lexicon reads as a common word,
      // before a surname it does not know, with a person's apposition after them.
      (to - from === 2 && /^(?:Noun|Singular)?$/.test(pos) && !/(?:ed|ing)$/.test(tokens[from]!.lower) && !lex.isCommon(tokens[from + 1]!.lower) && !knownWord(lex, tokens[from + 1]!.lower) && personApposition(tokens, to)) ||
      acronymSpells(tokens, from, to);
    if (keep) break;
    if (pos === 'Actor' && tokens[from]!.sentenceStart && to - from >= 3 && lex.isFirstName(tokens[from + 1]!.lower) && tokens[from + 2]!.cap) leadRole = from;
    from++;
  }
  while (from < to && !tokens[from]!.cap && !PARTICLES.has(tokens[from]!.lower)) from++;
  if (from >= to) return out;
  // "Substitute Jamie Ford", "Referee Alan Smethurst": a sentence-initial common word nobody
  // capitalises mid-sentence, before a first name and a surname, is the person's role, not part
  // of the name ("Bookmaker X", "Frenchman X"). A word no list knows that does not end like a
  // doer's noun is a given name more often ("Yousef Khalid Al Naimi").
  const f0 = tokens[from]!;
  if (to - from >= 3 && f0.sentenceStart && f0.signal === 'weak' && !f0.allCaps && !ev.strong.has(f0.lower) && !knownWord(lex, f0.lower) && (lex.isCommon(f0.lower) || lex.isRoleNoun(f0.lower) || /\p{Ll}{3}(?:man|woman|er|or|ist|ant|ent)$/u.test(f0.lower)) && !NAME_STARTERS.has(f0.lower) && !isTitleWord(lex, f0) && !isModifier(lex, f0) && lex.isFirstName(tokens[from + 1]!.lower) && !lex.isPlace(tokens[from + 1]!.lower) && tokens[from + 2]!.cap && !tokens.slice(from + 1, to).some((t) => lex.isOrgHead(t.lower) || OF_WORDS.has(t.lower))) {
    out.push(...trimChunk(lex, tokens, from + 1, to, text, from, ev));
    return out;
  }

  // Title inside the run: the last title word followed by a non-title name word. Not inside
  // an institution's of-name ("Federation of Private Hauliers", "Union of General Workers").
  let split = -1;
  const ofLead = lex.isOrgLead(tokens[from]!.lower) || lex.isOrgHead(tokens[from]!.lower);
  for (let k = to - 2; k >= from; k--) {
    const t = tokens[k]!;
    if (ofLead && tokens.slice(from + 1, k).some((x) => x.lower === 'of' && !x.cap)) continue;
    const nx = tokens[k + 1]!;
    const pluralRole = t.signal === 'strong' && t.lower.endsWith('s') && !lex.isFormalTitle(t.lower);
    // No name opens with a preposition: "National Centre Against Organised Crime" is one name.
    const nxPrep = NOT_NAME_OPENERS.has(nx.lower);
    if (!pluralRole && (isTitleWord(lex, t) || (isModifier(lex, t) && k > from && isTitleWord(lex, tokens[k - 1]!))) && nx.cap && !nxPrep && !isTitleWord(lex, nx) && !isModifier(lex, nx)) {
      split = k + 1;
      break;
    }
  }
  // "Maricopa County Recorder Helen Purcell", "House Republican Thomas Massie", "Undersecretary
  // for Political Affairs Wendy Sherman": common words before a full name describe the person.
  let described = -1;
  if (split < 0) described = describedPerson(lex, tokens, from, to);
  if (described > 0) split = described;
  let titleFrom = -1;
  let office = false;
  if (split > 0 && to - split === 1 && lex.isCommon(tokens[split]!.lower) && !knownWord(lex, tokens[split]!.lower) && !tokens.slice(from, split).some((t) => lex.isFormalTitle(t.lower))) {
    // "Elder Fraud": a role noun before one common word is not a title and a name.
    split = -1;
  }
  if (split > 0) {
    const rest = tokens.slice(split, to);
    const restLast = rest[rest.length - 1]!.lower;
    // Not a person's name that ends in an institution's head ("Queen Amina Central Hospital").
    const personAfter = rest.length >= 2 && lex.isFirstName(rest[0]!.lower) && !lex.isPlace(rest[0]!.lower) && !lex.isOrgHead(restLast) && !lex.isPlaceHead(restLast);
    // "Rival Tarnby Bank gained": a plain job noun opening the sentence before a name of its
    // own (a proper first word) describes it, where "General Mills", "Supreme Court" hold theirs.
    const opener = split - from === 1 && tokens[from]!.sentenceStart && !lex.isFormalTitle(tokens[from]!.lower) && !NAME_STARTERS.has(tokens[from]!.lower) && rest.length >= 2 && !lex.isCommon(rest[0]!.lower);
    // "Prosecutor's Office of Kelso": a title owning the office that opens the rest is in the name.
    office = tokens[split - 1]!.possessive && OFFICES.has(rest[0]!.lower) && OF_WORDS.has(rest[1]?.lower ?? '');
    if (((lex.isOrgHead(restLast) || lex.isPlaceHead(restLast)) && !personAfter && !opener) || office) {
      // "General Mills", "Supreme Court": the title word is part of the name (not "Veteran Sam Hill").
      split = -1;
    } else if (rest.length === 1 && lex.isPlace(restLast) && !lex.isFirstName(restLast)) {
      // "Prime Minister Pakistan"-like: keep the place as its own name below.
    } else if (rest.length === 1 && tokens[split - 1]!.possessive && tokens[split - 1]!.kind === 'word') {
      // "Prime Minister's Questions": what a title owns is no person it titles.
      return out;
    }
  }
  if (split > 0) {
    // Where the title starts: a run of title words/modifiers ending at split-1.
    let ts = split - 1;
    while (ts > from) {
      const t = tokens[ts - 1]!;
      // "Maricopa County | Recorder", "Acme Water Board | Chair": a head after a name ends the name before the title.
      if (described > 0 && (lex.isPlaceHead(t.lower) || lex.isOrgHead(t.lower)) && ts - 1 > from && !lex.isCommon(tokens[ts - 2]!.lower) && tokens[ts - 2]!.cap) break;
      const describing = described > 0 && describes(lex, t) && (lex.isCommon(t.lower) || lex.sets.portfolioHeads.has(t.lower) || adjectival(lex, t));
      if (!(isTitleWord(lex, t) || isModifier(lex, t) || OF_WORDS.has(t.lower) || describing)) break;
      ts--;
    }
    // "Karoo Municipal Director": an adjective before the title is part of it, with what it qualifies.
    if (ts > from && adjectival(lex, tokens[ts - 1]!)) ts = from;
    if (OF_WORDS.has(tokens[ts]!.lower)) ts++;
    const firstIsTitle = isTitleWord(lex, tokens[from]!) || isModifier(lex, tokens[from]!);
    if (ts > from && firstIsTitle) ts = from;
    // "Local Democracy Reporter X": common words before the role noun belong to the title.
    if (ts > from && jobWords(lex, tokens, from, ts)) ts = from;
    if (ts > from) {
      // A name before the title ("White House", "US", "Tory"): its own chunk.
      let pe = ts;
      while (pe > from && !tokens[pe - 1]!.cap) pe--;
      if (pe > from) out.push(...trimChunk(lex, tokens, from, pe, text, -1, ev));
    }
    titleFrom = ts;
    // "Minister for Foreign Affairs Jane Roe": the portfolio's title is written before "for"/"of".
    if (ts === from && OF_WORDS.has(tokens[from - 1]?.lower ?? '') && !tokens[from - 1]!.cap && tokens[from - 2] && isTitleWord(lex, tokens[from - 2]!) && tokens[from - 2]!.cap) {
      titleFrom = from - 2;
      while (titleFrom > 0 && (isTitleWord(lex, tokens[titleFrom - 1]!) || isModifier(lex, tokens[titleFrom - 1]!)) && tokens[titleFrom - 1]!.cap && !tokens[titleFrom]!.newlineBefore) titleFrom--;
    }
    from = split;
  } else if (!office && (isTitleWord(lex, tokens[from]!) || isModifier(lex, tokens[from]!)) && !knownWord(lex, tokens[from]!.lower) && !((tokens[from]!.signal === 'strong' || ev.strong.has(tokens[from]!.lower)) && tokens[from]!.lower.endsWith('s') && !lex.isFormalTitle(tokens[from]!.lower)) && titleRunHasTitle(lex, tokens, from, to)) {
    // The whole run is a title ("Prime Minister", "Secretary Defense"), perhaps "of" a name.
    let k = from;
    while (k < to && (isTitleWord(lex, tokens[k]!) || isModifier(lex, tokens[k]!) || OF_WORDS.has(tokens[k]!.lower) || tokens[k]!.lower === 'the')) {
      // "Officers of the National Centre Against ...": after "of (the)", a modifier whose run ends in a head opens a name.
      const afterOf = k > from && (OF_WORDS.has(tokens[k - 1]!.lower) || tokens[k - 1]!.lower === 'the');
      if (afterOf && isModifier(lex, tokens[k]!) && !isTitleWord(lex, tokens[k]!) && tokens.slice(k + 1, to).some((t) => lex.isOrgHead(t.lower) || lex.isPlaceHead(t.lower))) break;
      k++;
    }
    if (k >= to) return out;
    if (k > from && (OF_WORDS.has(tokens[k - 1]!.lower) || (tokens[k - 1]!.lower === 'the' && OF_WORDS.has(tokens[k - 2]?.lower ?? '')))) {
      if (tokens[k]!.lower === 'staff') return out;
      out.push(...trimChunk(lex, tokens, k, to, text, -1, ev));
      return out;
    }
    const last = tokens[to - 1]!.lower;
    if (!(lex.isOrgHead(last) || lex.isPlaceHead(last) || last.split('-').some((p) => lex.isOrgHead(p)))) {
      titleFrom = from;
      from = k;
    }
  }
  if (titleFrom < 0 && leadRole >= 0 && leadRole === from - 1) titleFrom = leadRole;
  out.push(...trimChunk(lex, tokens, from, to, text, titleFrom, ev));
  return out;
}

/**
 * A capitalised word that may describe a person ("Recorder", "Republican", "Affairs"): a
 * common word, a role, a portfolio or an adjective or agent noun by its ending, not a name
 * or a head ("Te Kaurinui Robert Parata" is one name).
 */
function describes(lex: Lexicon, t: Token): boolean {
  if (t.kind !== 'word' || !t.cap || t.allCaps || t.text.length < 3 || t.possessive || /\d/.test(t.text)) return false;
  if (knownWord(lex, t.lower) || lex.isFirstName(t.lower) || lex.isOrgHead(t.lower) || lex.isPlaceHead(t.lower) || lex.isOrgDesignator(t.lower) || lex.isDemonym(t.lower)) return false;
  return lex.isCommon(t.lower) || lex.isRoleNoun(t.lower) || lex.sets.portfolioHeads.has(t.lower) || (!lex.info(t.lower) && /\p{Ll}(?:er|or|ist|al|ial|ic|ary|ive)$/u.test(t.text));
}

/** An adjective by its ending that no lexicon knows as a name ("Municipal", "Provincial", "Presidential"). */
function adjectival(lex: Lexicon, t: Token): boolean {
  return /\p{Ll}(?:al|ial|ic|ary|ive)$/u.test(t.text) && (lex.info(t.lower)?.pos ?? 'Adjective') === 'Adjective' && describes(lex, t);
}

/**
 * Where a full name starts after words that describe its person, at the end of a
 * capitalised run ("Maricopa County Recorder | Helen Purcell"): a known first name and a
 * surname close the run, right after a describing word; -1 when the run is not so.
 */
function describedPerson(lex: Lexicon, tokens: Token[], from: number, to: number): number {
  for (let k = to - 2; k > from && k >= to - 3; k--) {
    if (NOT_NAME_OPENERS.has(tokens[k]!.lower) || personEnds(lex, tokens, k, to) !== to || !describes(lex, tokens[k - 1]!)) continue;
    const last = tokens[to - 1]!.lower;
    if (lex.isPlaceHead(last) && !lex.info(last)?.lastName) return -1;
    return k;
  }
  return -1;
}

/** "Provincial Disaster Management Authority (PDMA)": the acronym after the run spells all its capitalised words. */
function acronymSpells(tokens: Token[], from: number, to: number): boolean {
  const acr = tokens[to + 1];
  if (tokens[to]?.text !== '(' || !acr || !acr.allCaps || tokens[to + 2]?.text !== ')' || to - from < 2) return false;
  let ini = '';
  for (let k = from; k < to; k++) if (tokens[k]!.cap) ini += tokens[k]!.text[0]!.toUpperCase();
  return ini === acr.text.replace(/[^\p{Lu}]/gu, '');
}

/**
 * Whether `[from, to)` are the capitalised words of a job title before its role noun
 * ("Local Democracy", "Senior Business"): a common word or modifier opens them (here or just
 * before, dropped as sentence-initial), and none is a known name or an organisation head.
 */
function jobWords(lex: Lexicon, tokens: Token[], from: number, to: number): boolean {
  if (to - from > 3 || to <= from) return false;
  const opener = (t: Token | undefined): boolean => !!t && t.kind === 'word' && t.cap && (lex.isCommon(t.lower) || isModifier(lex, t)) && !knownWord(lex, t.lower);
  if (!opener(tokens[from]) && !(opener(tokens[from - 1]) && !tokens[from]!.newlineBefore)) return false;
  return tokens.slice(from, to).every((t) => !knownWord(lex, t.lower) && !t.allCaps && !lex.isOrgHead(t.lower) && !lex.isPlaceHead(t.lower) && !lex.isFirstName(t.lower));
}

/** Whether the leading run of title words and modifiers holds an actual title word. */
function titleRunHasTitle(lex: Lexicon, tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (isTitleWord(lex, t)) return true;
    if (!isModifier(lex, t)) return false;
  }
  return false;
}

/** Cuts a trailing role noun or common noun after an organisation head; returns the chunk (or none). */
function trimChunk(lex: Lexicon, tokens: Token[], from: number, to: number, text: string, titleFrom: number, ev: DocEvidence): NameChunk[] {
  // A trailing role noun ("... News Reporter") is cut; a trailing formal title is a surname ("Shayne King").
  const fullTo = to;
  // Not in an institution named after an office-holder ("Office of the Special Prosecutor").
  const ofInstitution = tokens.slice(from + 1, to).some((t, k) => t.lower === 'of' && tokens[from + k + 2]?.lower === 'the' && lex.isOrgLead(tokens[from + k]!.lower));
  while (!ofInstitution && to - from > 1 && isTitleWord(lex, tokens[to - 1]!) && !lex.isFormalTitle(tokens[to - 1]!.lower) && !lex.isOrgHead(tokens[to - 1]!.lower) && tokens[to - 2]!.cap && !/s$/.test(tokens[to - 1]!.lower)) to--;
  // "Local Democracy Reporter", "Senior Business Correspondent": a job title, not a name before one.
  if (to < fullTo && titleFrom < 0 && jobWords(lex, tokens, from, to)) return [];
  for (let k = from; k < to - 1; k++) {
    const l = tokens[k]!.lower;
    if ((l === 'airlines' || l === 'airways' || l === 'air') && lex.isCommon(tokens[k + 1]!.lower) && !lex.isOrgHead(tokens[k + 1]!.lower)) {
      to = k + 1;
      break;
    }
  }
  while (to > from && (!tokens[to - 1]!.cap && tokens[to - 1]!.kind === 'word' && !/\d/.test(tokens[to - 1]!.text) && !PATRONYMIC_AFTER.has(tokens[to - 1]!.lower))) to--;
  if (to <= from) return [];
  // "SkyLink Flight SK204": a common noun before a code is not part of the name.
  if (to - from >= 2 && /\d/.test(tokens[to]?.text ?? '') && tokens[to]?.kind === 'word' && !lex.isOrgHead(tokens[to - 1]!.lower)) to--;
  const pluralName = (t: Token): boolean => (t.signal === 'strong' || ev.strong.has(t.lower)) && t.lower.endsWith('s') && !lex.isFormalTitle(t.lower);
  if (tokens.slice(from, to).every((t) => (isModifier(lex, t) || isTitleWord(lex, t)) && !knownWord(lex, t.lower) && !pluralName(t))) return [];
  // Chunks made only of common words ("They Think It", "All Over") are not names.
  const allCommon = tokens.slice(from, to).every((t) => t.kind !== 'word' || ((lex.isCommon(t.lower) || ev.lower.has(t.lower)) && !knownWord(lex, t.lower)) || !t.cap);
  const last = tokens[to - 1]!.lower;
  // Events, awards, laws and products are not actors or places ("Davis Cup", "Brady Bill").
  if (to - from >= 2 && MISC_HEADS.has(last)) return [];
  // A hyphenated index or event name in one word ("VN-Index", "HNX-Index").
  if (last.includes('-') && MISC_HEADS.has(last.slice(last.lastIndexOf('-') + 1))) return [];
  // An award or games named by one word ("won an Oscar", "the Olympics"), not a first name before a surname.
  if (to - from === 1 && lex.sets.awards.has(last) && !(tokens[to]?.cap && tokens[to]!.kind === 'word' && !tokens[to]!.newlineBefore)) return [];
  // "Member of Parliament", "Member of the Legislative Assembly": the body is part of the title.
  const memberOf = tokens[from - 1]?.lower === 'the' ? from - 2 : from - 1;
  if (OF_WORDS.has(tokens[memberOf]?.lower ?? '') && /^members?$/.test(tokens[memberOf - 1]?.lower ?? '') && tokens[memberOf - 1]!.cap && lex.isOrgHead(last) && tokens.slice(from, to).every((t) => lex.isOrgHead(t.lower) || (lex.isCommon(t.lower) && !knownWord(lex, t.lower)))) return [];
  // "Minister of Coastal Affairs, …": a portfolio of common words is part of the role ("Minister of Trinidad" is kept);
  // "Minister for Energy and Industry Transition": earlier parts of the portfolio joined by "and".
  let ofIdx = from - 1;
  while (ofIdx >= 2 && (tokens[ofIdx]!.lower === 'and' || tokens[ofIdx]!.text === '&') && !tokens[ofIdx]!.cap && tokens[ofIdx - 1]!.cap && !tokens[ofIdx]!.newlineBefore) {
    ofIdx--;
    while (ofIdx > 0 && tokens[ofIdx]!.cap && tokens[ofIdx]!.kind === 'word' && !tokens[ofIdx]!.newlineBefore) ofIdx--;
  }
  const ofAt = tokens[ofIdx];
  const officeAt = tokens[ofIdx - 1];
  const portfolioWords = lex.sets.portfolioHeads.has(last) || (ofIdx < from - 1 && tokens.slice(from, to).every((t) => (lex.isCommon(t.lower) || lex.sets.portfolioHeads.has(t.lower) || !lex.info(t.lower)) && !knownWord(lex, t.lower)));
  if (ofAt && officeAt && (ofAt.lower === 'of' || ofAt.lower === 'for') && lex.sets.portfolioTitles.has(officeAt.lower) && portfolioWords && !lex.isPlace(tokens.slice(from, to).map((t) => t.lower).join(' ')) && !tokens.slice(from, to).some((t) => t.allCaps || lex.isPlace(t.lower))) return [];
  // Holidays ("Memorial Day", "Harvest Festival Eve") are dates, not actors; a first name before "Day" is a person.
  if ((last === 'day' || last === 'eve') && titleFrom < 0 && holiday(lex, tokens, from, to)) return [];
  // Weather systems ("Tropical Storm Kiko", "Typhoon Mawar", "Cyclone Remal") are not actors.
  if (to - from >= 2 && STORM_WORDS.has(tokens[from]!.lower) && (!STORM_QUALIFIERS.has(tokens[from]!.lower) || STORM_WORDS.has(tokens[from + 1]!.lower))) return [];
  // "The Westvale Water Director, Jane Roe, said", "the Regional Minister for Roads, Jane Roe,": a
  // title made of names before the name it describes is that person's role, not an actor;
  // an organisation that opens it stays ("House of Delegates Speaker, Jane Roe").
  const titleAt = titleBeforeApposition(lex, tokens, from, to);
  if (titleAt >= 0) {
    if (!namesInstitution(lex, tokens, from, titleAt)) return [];
    to = titleAt;
  }
  // Inhabitants ("Sri Lankans", "New Yorkers", "Serbs"): a place with a demonym ending.
  if (isInhabitants(lex, tokens, from, to)) return [];
  // "South Asian", "North Korean": a direction and a nationality adjective.
  if (to - from >= 2 && lex.isDemonym(last) && !lex.isPlace(last) && tokens.slice(from, to - 1).every((t) => DIRECTIONS.has(t.lower))) return [];
  // "Royal College of Rostered Staff": a capitalised run around "of" with a head word is a name.
  const ofName = tokens.slice(from, to).some((t) => OF_WORDS.has(t.lower)) && tokens.slice(from, to).some((t) => lex.isOrgLead(t.lower) || lex.isOrgHead(t.lower) || lex.isPlaceHead(t.lower));
  // "the Community First group": common words named as a group by the word after them.
  const cuedOrg = tokens[from - 1]?.lower === 'the' && tokens[to]?.kind === 'word' && !tokens[to]!.cap && lex.sets.orgCueAfter.has(tokens[to]!.lower) && !tokens[to - 1]!.possessive;
  if (allCommon && titleFrom < 0 && to - from >= 2 && !ofName && !cuedOrg && !lex.isOrgHead(last) && !lex.isPlaceHead(last) && !lex.multi.has(tokens.slice(from, to).map((t) => t.lower).join(' ')) && tokens[from]!.lower !== 'the') return [];
  // "Sri Lankan", "South African": a nationality adjective of several words.
  if (to - from >= 2 && lex.isDemonym(tokens.slice(from, to).map((t) => t.lower).join(' '))) return [];
  if (to - from === 1 && tokens[from]!.text.replace(/\./g, '').length === 1) return [];
  if (to - from === 1 && lex.isDemonym(tokens[from]!.lower) && !lex.isPlace(tokens[from]!.lower)) return [];
  if (allCommon && titleFrom < 0 && to - from === 1) {
    const t = tokens[from]!;
    if (!(lex.sets.knownOrgWords.has(t.lower) || (t.allCaps && t.lower.length <= 5))) {
      // A capitalised common word ("Dole", "Black"): a name only if the document names someone so.
      if (t.signal !== 'strong' || lex.isDemonym(t.lower)) return [];
      const c = makeChunk(tokens, from, to, text, titleFrom);
      c.tentative = true;
      return [c];
    }
  }
  return [makeChunk(tokens, from, to, text, titleFrom)];
}

/** Heads of a vote's name ("General Election", "Regional Elections"). */
const ELECTION_HEADS = new Set(['election', 'elections', 'referendum', 'by-election']);

const MISC_HEADS = new Set([
  'cup', 'trophy', 'stakes', 'rally', 'prize', 'award', 'awards', 'act', 'bill', 'games', 'open', 'championship',
  'championships', 'tournament', 'olympics', 'series', 'classic', 'marathon', 'derby', 'handicap',
  'grand prix', 'treaty', 'accord', 'accords', 'agreement', 'convention', 'doctrine', 'plan', 'protocol', 'declaration',
  'war', 'revolution', 'crisis', 'affair', 'scandal', 'index', 'indices', 'composite', 'regulation', 'directive', 'law',
]);

/** Words that name a holiday before "Day" ("Memorial Day", "Labour Day"). */
const HOLIDAY_WORDS = new Set([
  'memorial', 'independence', 'labour', 'labor', 'boxing', 'christmas', 'remembrance', 'victory', 'republic', 'national',
  'thanksgiving', 'election', 'polling', 'armistice', 'earth', 'anzac', 'unity', 'heroes', 'martyrs', 'workers', 'youth',
  'freedom', 'constitution', 'founders', 'founding', 'commonwealth', 'reconciliation', 'emancipation', 'presidents',
  'veterans', 'liberation', 'revolution', 'democracy', 'heritage', 'pioneers', 'family', 'year', "year's", 'budget',
]);

/**
 * A holiday or observance ending in "Day"/"Eve": "Memorial Day", "Mother's Day", "World
 * Water Day", "New Year's Eve"; not a band, paper or person ("Green Day", "The Day", "Doris Day").
 */
function holiday(lex: Lexicon, tokens: Token[], from: number, to: number): boolean {
  if (to - from < 2 || lex.isFirstName(tokens[from]!.lower) || tokens[from]!.lower === 'the') return false;
  const before = tokens[to - 2]!;
  return to - from >= 3 || HOLIDAY_WORDS.has(before.lower) || before.possessive || /['’]s$/.test(before.text);
}

/** Plural nouns of places that open a list of them ("estates including …", "towns such as …"). */
const PLACE_KINDS = new Set([
  'estates', 'areas', 'neighbourhoods', 'neighborhoods', 'localities', 'settlements', 'wards', 'constituencies',
  'countries', 'nations', 'states', 'municipalities', 'cities', 'towns', 'villages', 'provinces', 'regions', 'districts',
  'suburbs', 'counties', 'islands', 'ports', 'townships', 'communes', 'boroughs', 'parishes', 'hamlets',
]);

/** "estates including Nyalenda", "towns such as Kerrow", "villages like Obi": a place named in a list of places. */
function placeListCue(tokens: Token[], from: number): boolean {
  const cue = tokens[from - 1]?.lower;
  let kind = tokens[from - 2];
  if (cue === 'as' && kind?.lower === 'such') kind = tokens[from - 3];
  else if (cue !== 'including' && cue !== 'like') return false;
  return !!kind && (!kind.cap || kind.sentenceStart) && PLACE_KINDS.has(kind.lower);
}

/** First words of a weather system's name; a qualifier only before another ("Super Typhoon", not "Super Eagles"). */
const STORM_WORDS = new Set(['storm', 'hurricane', 'typhoon', 'cyclone', 'tropical', 'super']);
const STORM_QUALIFIERS = new Set(['tropical', 'super']);

/**
 * A capitalised run holding a title word after its first word ("Westvale Water Director",
 * "Regional Minister for Roads") and followed by ", <Name>": where the title starts (it is
 * the title of the person named next), else -1. A run led by the title itself ("Director of
 * Public Prosecutions") is left to the role rules.
 */
function titleBeforeApposition(lex: Lexicon, tokens: Token[], from: number, to: number): number {
  const comma = tokens[to];
  const next = tokens[to + 1];
  if (comma?.text !== ',' || !next || next.kind !== 'word' || !next.cap || next.newlineBefore || lex.isFirstName(tokens[from]!.lower)) return -1;
  for (let k = from + 1; k < to; k++) {
    const t = tokens[k]!;
    if (!t.cap || !lex.isFormalTitle(t.lower) || lex.isTitleModifier(t.lower)) continue;
    // The title ends the run, or opens its portfolio ("Minister for the Environment").
    if (k === to - 1 || (OF_WORDS.has(tokens[k + 1]!.lower) && !tokens[k + 1]!.cap)) return lex.isOrgHead(tokens[to - 1]!.lower) ? -1 : k;
  }
  return -1;
}

/** Whether `[from, to)` names an institution or a known place ("House of Delegates", "Westvale Council"). */
function namesInstitution(lex: Lexicon, tokens: Token[], from: number, to: number): boolean {
  const words = tokens.slice(from, to);
  if (words.some((t) => lex.isOrgHead(t.lower))) return true;
  if (lex.isOrgLead(words[0]!.lower) && words.some((t) => OF_WORDS.has(t.lower))) return true;
  const joined = words.map((t) => t.lower).join(' ');
  return lex.isPlace(joined) || lex.multi.has(joined) || words.every((t) => t.allCaps && lex.sets.placeAcronyms.has(t.text));
}

function isInhabitants(lex: Lexicon, tokens: Token[], from: number, to: number): boolean {
  const words = tokens.slice(from, to).map((t) => t.lower);
  const last = words[words.length - 1]!;
  if (!/(?:ans|ers|s)$/.test(last) || lex.isPlace(words.join(' '))) return false;
  const head = words.slice(0, -1);
  const stems = [last.replace(/ans$/, 'a'), last.replace(/ians$/, 'ia'), last.replace(/ers$/, ''), last.replace(/s$/, 'ia'), last.replace(/ans$/, '')];
  return stems.some((st) => st !== last && lex.isPlace([...head, st].join(' ')));
}

/** "Name (ACR)": marks the acronym chunk as introduced by the name. */
function linkParenthesisAcronyms(tokens: Token[], chunks: NameChunk[]): void {
  for (let k = 1; k < chunks.length; k++) {
    const a = chunks[k]!;
    const prev = chunks[k - 1]!;
    if (a.to - a.from !== 1) continue;
    const t = tokens[a.from]!;
    // Mixed-case acronyms too ("LeQ" of "Lashkar-e-Qahar"), when mostly capitals.
    // Or a word made of the name's letters ("Allied Metal and Energy Workers’ Union (Amewu)").
    const wordAcronym = /^\p{Lu}\p{Ll}{2,9}$/u.test(t.text) && prev.to - prev.from >= 3 && spelledInOrder(t.text, prev.text);
    if (!/^[\p{Lu}][\p{Lu}\p{N}.&-]{1,9}$/u.test(t.text) && !(/^\p{Lu}[\p{L}]{1,5}$/u.test(t.text) && t.uppers >= 2 && t.uppers * 2 >= t.letters) && !wordAcronym) continue;
    if (tokens[a.from - 1]?.text !== '(' || prev.to !== a.from - 1) continue;
    // The name may carry a trailing "(R)"-style marker: skip those (single letter).
    if (t.text.replace(/[^\p{Lu}]/gu, '').length < 2 && !wordAcronym) continue;
    if (!acronymFits(t.text, prev.text) && !spelledInOrder(t.text, prev.text) && !tickerFits(t.text, prev.text)) continue;
    a.introducedBy = prev;
    prev.acronym = t.text;
  }
}

/**
 * Whether a capitalised word in parentheses after a company's name is its stock ticker
 * ("Kelso Foods Plc (KELSOFD)", "PT Tarnby Nikel Nusantara Tbk (TNKN)"): the name ends
 * in a company designator, and the ticker's letters come in order from the name's letters,
 * starting with its first distinctive word's.
 */
export function tickerFits(ticker: string, name: string): boolean {
  const lex = lexicon();
  const words = name.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  const last = words[words.length - 1]?.toLowerCase().replace(/\.$/, '');
  if (!last || words.length < 2 || !(lex.isOrgDesignator(last) || lex.sets.companyWords.has(last))) return false;
  // Past "The" and a leading company form ("PT", Indonesian).
  let from = 0;
  while (from < words.length - 1 && /^(?:the|pt)$/i.test(words[from]!)) from++;
  const letters = words.slice(from).join('').toUpperCase();
  const want = ticker.replace(/[^\p{Lu}\p{N}]/gu, '');
  return want.length >= 3 && lettersInOrder(want, letters);
}

/**
 * Where a name continuing past "and" at `and` ends, when an acronym in parentheses right
 * after the second half spells the initials of every capitalised word from `from` on,
 * exactly, and is not the second half's acronym alone; else -1.
 */
function andJoinedByAcronym(tokens: Token[], cand: ArrayLike<number>, from: number, and: number): number {
  let k = and + 1;
  while (k < tokens.length && cand[k] === 2 && !tokens[k]!.newlineBefore) k++;
  const acr = tokens[k + 1];
  if (!acr || !/^\p{Lu}{3,8}$/u.test(acr.text) || !acronymSpells(tokens, from, k)) return -1;
  const second = tokens.slice(and + 1, k).map((t) => t.text).join(' ');
  return acronymFits(acr.text, second) ? -1 : k;
}

/** Whether `want` opens with `letters`' first letter and all its letters come from `letters` in order. */
function lettersInOrder(want: string, letters: string): boolean {
  if (want[0] !== letters[0]) return false;
  let i = 0;
  for (const ch of want) {
    i = letters.indexOf(ch, i);
    if (i < 0) return false;
    i++;
  }
  return true;
}

/**
 * An acronym in parentheses right after a name is that name's when its letters come in
 * order from the name's, the first from its first word: acronyms of names in other
 * languages, of compound words and of syllables ("Vlaamse Hervormingspartij (VHP)",
 * "Université libre de Bruxelles (ULB)", "Sindicato de Conductores del Transporte
 * Metropolitano (SICOTRAM)") are rarely the English initials.
 */
export function spelledInOrder(acr: string, name: string): boolean {
  const want = acr.toUpperCase().replace(/[^\p{Lu}]/gu, '');
  return want.length >= 2 && lettersInOrder(want, name.replace(/^the\s+/i, '').toUpperCase());
}

/** Whether an acronym plausibly abbreviates a name (first letters in order). */
export function acronymFits(acronym: string, name: string): boolean {
  const letters = acronym.replace(/[^\p{Lu}]/gu, '');
  const words = name.split(/[\s-]+/).filter((w) => w.length > 0);
  if (!letters || words.length === 0) return false;
  if (letters[0] !== words[0]![0]?.toUpperCase()) return false;
  const initials = words.map((w) => w[0]!.toUpperCase()).join('');
  // Every acronym letter must appear in order among the words' letters, favouring initials.
  let wi = 0;
  for (const ch of letters) {
    let found = false;
    while (wi < initials.length) {
      if (initials[wi++] === ch) {
        found = true;
        break;
      }
    }
    if (!found) return letters.length >= 3 && initials.startsWith(letters.slice(0, 2));
  }
  return true;
}

/**
 * Whether the lower-case phrase closing at the comma `comma` opens with a determiner and a
 * kind of organisation within three words of it, with more words after the kind: "the
 * only firm in the region licensed to produce one," (not "the head of the firm,": its head is a job).
 */
function describedAsOrganisation(lex: Lexicon, tokens: Token[], comma: number): boolean {
  let k = comma - 1;
  while (k >= 0 && comma - k <= 14 && (tokens[k]!.kind === 'word' || tokens[k]!.kind === 'num') && !tokens[k]!.cap) k--;
  const words = tokens.slice(k + 1, comma);
  const det = words.findIndex((t) => DESCRIPTION_OPENERS.has(t.lower));
  if (det < 0) return false;
  for (let i = det + 1; i <= det + 3 && i < words.length - 1; i++) {
    const w = words[i]!.lower;
    if (lex.sets.orgCueBefore.has(w)) return true;
    if (lex.isRoleNoun(w) || DESCRIPTION_STOPS.has(w)) return false;
  }
  return false;
}

/** Determiners that open a description ("the only firm …"). */
const DESCRIPTION_OPENERS = new Set(['the', 'a', 'an', 'its', 'their']);
/** Words that end a description's head before a kind of organisation is found. */
const DESCRIPTION_STOPS = new Set(['of', 'in', 'at', 'for', 'from', 'with', 'on', 'to', 'by', 'who', 'which', 'that', 'and', 'or']);

function prevWord(tokens: Token[], from: number, skipThe: boolean): Token | undefined {
  let k = from - 1;
  if (skipThe && tokens[k]?.lower === 'the') k--;
  return tokens[k];
}

/** Scores person / organization / place evidence for one chunk and picks a type. */
function classify(lex: Lexicon, c: NameChunk, text: string, sports: 'report' | 'score' | null): void {
  const toks = c.tokens.slice(c.from, c.to).filter((t) => t.kind === 'word' || t.kind === 'num');
  const words = toks.filter((t) => t.cap || PARTICLES.has(t.lower));
  // Lexicon lookups use the name part of "Iran-backed", "Oslo-based".
  const lowers = toks.map((t) => t.lower.replace(/^(\p{L}[^-]*)-\p{Ll}{3,}$/u, '$1'));
  const whole = lowers.join(' ');
  const wholeNoThe = lowers[0] === 'the' ? lowers.slice(1).join(' ') : whole;
  const first = toks[0]!;
  const last = toks[toks.length - 1]!;
  const n = words.length;
  let person = 0;
  let org = 0;
  let place = 0;

  if (c.introducedBy) {
    c.type = 'organization';
    c.score = 5;
    return;
  }
  // "Lib Dems", "Liberal Democrat leader": a party named by its members, unless a first name
  // opens it ("Sam Democrat" is a person).
  const membersOf = n >= 2 ? lowers.slice(-2).join(' ') : '';
  if ((lex.sets.partyMembers.has(last.lower) || lex.sets.partyMembers.has(membersOf)) && !lex.isFirstName(first.lower) && !c.title) {
    c.type = 'organization';
    c.score = 5;
    return;
  }
  const multi = lex.multi.get(wholeNoThe);
  if (multi === 'person') person += 4;
  else if (multi === 'organization') org += 4;
  else if (multi === 'place') place += 4;
  // "Jawa Tengah", "Bahir Dar": a whole name found in the gazetteer.
  else if (n >= 2 && lex.isGazetteerPlace(wholeNoThe)) place += 2.5;
  // By construction: "Brittany-bound", "Oslo-based", "Essaouira-born" name where, not who.
  if (/-(?:bound|based|born|bred|raised)$/i.test(last.text)) place += 5;
  // A patronymic between a given name and a surname ("Gleb Nikanorovich Surmin", "Yelena Arkadyevna Ryabinkina").
  if (n >= 3 && words.slice(1, -1).some((w) => PATRONYMIC.test(w.text)) && !words.some((w) => lex.isOrgHead(w.lower) || lex.isPlaceHead(w.lower))) person += 4;

  if (n === 1) {
    const w = words[0] ?? first;
    const l = lowers[toks.indexOf(w)] ?? w.lower;
    const info = lex.info(l);
    if (w.allCaps && lex.sets.placeAcronyms.has(w.text)) place += 5;
    else if (lex.sets.knownOrgWords.has(l) || lex.isOrgAcronymHint(l)) org += 4;
    else if (info?.place) place += 3.5;
    else if (info?.org) org += 3.5;
    // Less than a cue in the text: "music giant Ostrava" is a company.
    else if (!info && lex.isGazetteerPlace(l)) place += 2.5;
    else if (w.allCaps && /^[\p{Lu}&.-]+$/u.test(w.text) && w.text.replace(/\W/g, '').length <= 6) {
      org += 2.5;
      c.bareAcronym = true;
    }
    if (info?.firstName) person += 1;
    if (info?.lastName) person += 1;
    if (lex.isOrgHead(l) && ['senate', 'congress', 'parliament', 'cabinet', 'government', 'army', 'navy', 'police'].includes(l)) org += 2;
  } else {
    const lastL = last.lower;
    const hyphenHead = lastL.includes('-') && lastL.split('-').some((p) => lex.isOrgHead(p));
    if (lex.isOrgHead(lastL) || hyphenHead) org += 3.5;
    else if (lex.isPlaceHead(lastL)) place += 3;
    // "Sutlej Steel", "Calloway Homes": a trade word after a name that no first name opens.
    else if ((lex.sets.companyWords.has(lastL) || (lex.isOrgDesignator(lastL) && !lex.clubSuffix(lastL))) && !lex.isFirstName(first.lower) && !c.title) org += 3.5;
    // "the Manawa Hawks": a plural name after an article is a team or group (no person's name
    // takes one), unless it names a region ("the Central Visayas", "the Western Highlands").
    const article = c.tokens[c.from - 1]?.lower === 'the' && !c.tokens[c.from - 1]!.cap;
    if (article && /[^s'’]s$/.test(lastL) && !lex.isFirstName(first.lower) && !lex.isFirstName(lastL) && !lex.info(lastL)?.lastName && !c.title && !lex.isPlace(lowers.join(' ')) && !lex.isPlaceHead(lastL) && !REGION_WORDS.test(first.lower)) org += 1;
    // "the Seventh Circuit", "the 101st Airborne": courts, fleets and units are numbered, people are not.
    if (/^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(?:st|nd|rd|th))$/.test(first.lower) && !lex.isPlaceHead(lastL)) org += 1;
    if (lex.isOrgLead(first.lower) && lowers.some((l) => OF_WORDS.has(l))) org += 3;
    else if (lowers.slice(1, -1).some((l) => lex.isOrgHead(l)) && lowers.some((l) => OF_WORDS.has(l))) org += 3;
    if (lex.isOrgLead(first.lower) && lowers.includes('of') && lex.isPlace(lastL)) org += 1;
    // No one person's name holds "&" ("Hallam & Rowe").
    if (c.tokens.slice(c.from, c.to).some((t) => t.text === '&')) org += 4.5;
    // "the Carrowby Independents", "the Harbour Greens": a group named by a plural common word.
    if (n >= 2 && c.tokens[c.from - 1]?.lower === 'the' && /[^s']s$/.test(lastL) && lex.isCommon(lastL) && !lex.isPlaceHead(lastL) && !lex.isOrgHead(lastL) && !lex.isDemonym(lastL)) org += 2;
    if (first.lower === 'the') org += 2;
    if (lex.isFirstName(first.lower) && !lex.isPlace(first.lower)) person += 3;
    else if (lex.isFirstName(first.lower)) person += 1.5;
    if (lex.info(lastL)?.lastName) person += 1.5;
    // A double-barrelled surname closing the name ("Jordan Abernathy-Cole", "Kwame Addai-Brobbey"):
    // two capitalised halves, neither a common word, a head word, a place or an organisation.
    else if (n >= 2 && n <= 4 && DOUBLE_BARREL.test(last.text) && lastL.split('-').every((h) => !lex.isCommon(h) && !lex.isOrgHead(h) && !lex.isPlace(h) && !lex.isOrg(h))) person += 1.5;
    if (words.some((w) => PARTICLES.has(w.lower)) && !lowers.includes('of')) person += 1;
    // "Nurlan Asanbek uulu": a patronymic word closes only a person's name.
    if (PATRONYMIC_AFTER.has(lastL)) person += 5;
    // "N. Korea", "South Kestrel": directions before a place.
    if (lex.isPlace(lastL) && toks.slice(0, -1).every((t) => DIRECTIONS.has(t.lower))) place += 4;
    else if (toks.slice(0, -1).every((t) => DIRECTIONS.has(t.lower)) && /^(?:n|s|e|w)\.?$|^(?:north|south|east|west)$/.test(first.lower)) place += 1.5;
    // By construction: a church named for a saint, the Virgin or a parish is the building
    // ("Church of the Virgin Mary", "San Roque Parish Church"); "the Catholic Church" is not.
    if ((WORSHIP_HEADS.has(lastL) || WORSHIP_HEADS.has(first.lower)) && lowers.some((l) => DEDICATIONS.has(l))) place += 5;
    // "Central Java", "Eastern Samar": a region named by its part of a land, when the name
    // after the adjective is no common word, first name or head ("Central Bank", "West Ham United").
    if (n === 2 && REGION_ADJECTIVES.has(first.lower) && !lex.isCommon(lastL) && !lex.isFirstName(lastL) && !lex.isOrgHead(lastL) && !lex.isPlaceHead(lastL) && !lex.isOrg(lastL)) place += 2.5;
    // A country-led name with an unknown tail ("Kenya SkyLink") is an organisation.
    // Not a first name before a surname ("Jordan Abernathy-Cole").
    const surnameLast = !!lex.info(lastL)?.lastName || DOUBLE_BARREL.test(last.text);
    if ((lex.isPlace(first.lower) || lex.sets.placeAcronyms.has(first.text)) && !lex.isPlaceHead(lastL) && !lex.isPlace(lastL) && !(lex.isFirstName(first.lower) && !lex.isCountry(first.lower)) && !((lex.isFirstName(first.lower) || !!lex.info(first.lower)?.lastName) && surnameLast)) org += 1.5;
    // "Lake Mweru", "Mount Elgon", "Estádio Pedro Lins": a place word that opens the name.
    if (lex.sets.placeLeads.has(first.lower) && !lex.isOrgHead(lastL)) place += 3.5;
    // By construction: what follows an institution's head word ("Universidad del Pacífico Sur") names it, places and all.
    if (lex.sets.orgLeadsHeadFirst.has(first.lower) && !lex.isPlaceHead(lastL)) org += 5;
    // "St Ives", "Saint-Denis": places and venues are named after saints more than anything else.
    if ((first.lower === 'st' || first.lower === 'saint') && !lex.isOrgHead(lastL)) place += 2;
    // A club: "Kingsford Athletic", "Bramley Rovers"; "Carlton Vale", "Eastham City" in a sports report.
    const club = lex.clubSuffix(lastL);
    if (club === 'sure' || (club === 'ambiguous' && sports !== null)) org += 4;
    if (lex.isDemonym(first.lower) && !lex.isPlace(first.lower)) org += 1;
    // An inner head word ("Portsmouth Harbour Hawks", "Marchmont Centre for Population Health").
    if (lowers.slice(0, -1).some((l, i) => i > 0 && (lex.isOrgHead(l) || lex.isPlaceHead(l)))) org += 1.5;
    if (lowers.slice(1, -1).some((l) => lex.isPlaceHead(l)) && lowers.some((l) => OF_WORDS.has(l))) org += 2;
    const unknown = words.filter((w) => !lex.info(w.lower) || !lex.isCommon(w.lower)).length;
    if (n <= 4 && unknown === n && org === 0 && place === 0) person += 1;
    if (words.some((w) => w.allCaps && w.text.length >= 2 && !lex.sets.placeAcronyms.has(w.text))) org += 1;
    if (words.every((w) => lex.isPlace(w.lower))) place += 1;
  }

  // A byline names its writer: "By Santiago Echeverri" on a line of its own, or before a comma,
  // "and", a handle or a separator, is a person whatever else its words name, unless one of
  // them is a common word, a head or a known organisation's ("By Reuters Staff", "By Our Correspondent").
  const byTok = c.tokens[c.from - 1];
  const next = c.tokens[c.to];
  const plainName = n >= 2 && n <= 4 && words.every((w) => !lex.isCommon(w.lower) && !lex.isOrgHead(w.lower) && !lex.sets.knownOrgWords.has(w.lower) && !isTitleWord(lex, w));
  // "By X in Maun": where the reporter filed from may follow.
  if (byTok?.lower === 'by' && (byTok.lineStart || c.from === 1) && plainName && (!next || next.newlineBefore || [',', 'and', '(', '|', '·', '/', '–', '—', '-', 'in'].includes(next.lower))) person += 5;
  // The outlet a byline names after its writer, closing the line: "By Ada Wren, Kelso Lantern".
  if (byTok?.text === ',' && n >= 2 && (!next || next.newlineBefore) && !lex.isFirstName(first.lower) && !words.some((w) => isTitleWord(lex, w) || lex.isPlace(w.lower)) && bylineWriterBefore(c.tokens, c.from - 1)) org += 5;
  // A picture credit's label before a name closing the line: "PHOTO: NAME", "Picture: Name".
  const label = c.tokens[c.from - 2];
  if (byTok?.text === ':' && label && CREDIT_LABEL_WORDS.has(label.lower) && plainName && (!next || next.newlineBefore || next.text === '/')) person += 5;
  // So does a picture credit's "(Agency/Name)" closing a caption.
  if (byTok?.text === '/' && next?.text === ')' && plainName && c.tokens.slice(Math.max(0, c.from - 8), c.from - 1).some((t) => t.text === '(')) person += 5;
  // The holder of a copyright ("(c) Kelso Newswire 2026", "© Kelso Media", "Copyright Kelso Press").
  if (copyrightBefore(c.tokens, c.from)) org += 5;
  // Context before the name.
  const before = prevWord(c.tokens, c.from, false);
  const beforeThe = prevWord(c.tokens, c.from, true);
  if (c.title) {
    const tl = c.title.toLowerCase().split(/\s+/);
    const tail = tl[tl.length - 1] ?? '';
    if (lex.sets.orgCueBefore.has(tail) || (sports === 'report' && TEAM_NOUNS.has(tail))) org += 3;
    else person += lex.isFormalTitle(tail.replace(/\.$/, '')) ? 4 : 3;
    // A lower-case role before the title ("London mayor Mr X").
    const r = roleBefore(lex, c.tokens, c.titleFrom);
    if (r !== null) c.title = text.slice(r, c.tokens[c.from - 1]!.end);
  } else if (before?.text === ',' && c.tokens[c.from - 2]?.kind === 'word' && !c.tokens[c.from - 2]!.cap && lex.isRoleNoun(c.tokens[c.from - 2]!.lower) && !lex.sets.orgCueBefore.has(c.tokens[c.from - 2]!.lower)) {
    // An apposition after a role noun: "Their head coach, Sofia Lindqvist, ...".
    person += 2;
  } else if (before?.text === ',' && c.tokens[c.from - 2]?.kind === 'word' && !c.tokens[c.from - 2]!.cap && lex.sets.orgCueBefore.has(c.tokens[c.from - 2]!.lower) && /^(?:the|its|their|a|an)$/i.test(c.tokens[c.from - 3]?.text ?? '')) {
    // ... and after a kind of organisation: "The airline, Skyhop, said ...".
    org += 3;
  } else if (before?.text === ',' && describedAsOrganisation(lex, c.tokens, c.from - 1)) {
    // ... with what the description adds after its head: "the only firm on the coast able to refit them, Kelso Marine,".
    org += 3;
  } else if (before && before.kind === 'word' && !before.cap && !before.possessive) {
    const bl = before.lower;
    // "towns such as X", "districts including X": the text says what kind of name follows.
    if (placeListCue(c.tokens, c.from)) place += 5;
    else if (PLACE_CUE_BEFORE.has(bl)) place += 3;
    if (lex.sets.orgCueBefore.has(bl) || (sports === 'report' && TEAM_NOUNS.has(bl))) org += 3;
    else if (lex.isRoleNoun(bl) || (bl.endsWith('s') && lex.isRoleNoun(bl.slice(0, -1)))) person += 3;
    if (lex.sets.orgCueBefore.has(bl) || lex.isRoleNoun(bl) || (bl.endsWith('s') && lex.isRoleNoun(bl.slice(0, -1)))) {
      const r = roleBefore(lex, c.tokens, c.from) ?? before.start;
      c.title = text.slice(r, before.end);
    }
  }
  if (beforeThe && beforeThe.kind === 'word' && (!beforeThe.cap || (beforeThe.sentenceStart && PLACE_PREPS.has(beforeThe.lower)))) {
    const w = PLACE_PREPS.get(beforeThe.lower);
    const stakeIn = beforeThe.lower === 'in' && STAKE_IN.has(c.tokens[c.from - (before?.lower === 'the' ? 3 : 2)]?.lower ?? '');
    // "shares in Brightpath", "a stake in the Halden Group": a company, not a place.
    if (stakeIn) org += 3;
    else if (w !== undefined) place += w;
    // "served in Kot Sher Khan": people are rarely "in" someone; a name without a first name after a strong place preposition is a place.
    if (w !== undefined && w >= 1.5 && n >= 2 && !stakeIn && !c.title && !lex.isFirstName(first.lower) && !lex.isOrgHead(lowers[lowers.length - 1]!) && !lex.isPlaceHead(lowers[lowers.length - 1]!) && !c.bareAcronym && !first.allCaps) place += 1.5;
    if (['eastern', 'western', 'northern', 'southern', 'central', 'downtown', 'rural', 'suburban', 'coastal', 'nearby', 'neighbouring', 'neighboring'].includes(beforeThe.lower)) place += 2;
    if (beforeThe.lower === 'of') {
      const pre = c.tokens[c.from - (before?.lower === 'the' ? 3 : 2)];
      if (pre && lex.sets.placeOf.has(pre.lower)) place += 3;
    }
  }
  // Context after the name.
  const after = c.tokens[c.to];
  const after2 = c.tokens[c.to + 1];
  const after3 = c.tokens[c.to + 2];
  // "Kelso's pounds 9m striker", "Kelso's goalkeeper": what owns a squad position is a club;
  // in a sports report, so is what owns a player named in full ("Kelso's Tom Ayre").
  if (n === 1 && last.possessive && !c.title) {
    const pos = c.tokens.slice(c.to, c.to + 4).find((t) => t.kind === 'word' && !t.cap && !/^(?:pounds?|dollars?|euros?|m|bn|new|former|star|young|veteran|record|top|\p{N}.*)$/u.test(t.lower));
    if (pos && SQUAD_POSITIONS.has(pos.lower)) org += 3;
    else if (sports === 'report' && after?.cap && lex.isFirstName(after.lower) && after2?.cap && after2.kind === 'word' && !after2.newlineBefore) org += 3;
  }
  if (after && after.kind === 'word' && !after.cap && !c.tokens[c.to - 1]!.possessive) {
    const al = after.lower;
    if (lex.sets.orgCueAfter.has(al)) org += 2;
    else if (lex.sets.placeCueAfter.has(al)) place += 1.5;
    if (al === 'political' && after2?.lower === 'party') org += 3;
    if (LOWER_ORG_SUFFIX.has(al)) org += 5;
    if (SPEECH_VERBS.has(al)) person += 0.75;
    // A building that speaks is the institution in it ("The White House called it a sham").
    if (n >= 2 && lex.isPlaceHead(lowers[lowers.length - 1]!) && !lex.isPlace(lowers.join(' ')) && !(n === 2 && lex.isFirstName(first.lower) && !lex.isPlace(first.lower)) && (SPEECH_VERBS.has(al) || INSTITUTION_VERBS.has(al))) org += 5.5;
    if (n === 1 && (lex.isRoleNoun(al) || ((lex.isTitleModifier(al) || lex.info(al)?.pos === 'Adjective') && after2 && !after2.cap && lex.isRoleNoun(after2.lower)))) org += 1;
    if ((al === 'family' || al === 'who') && n <= 3) person += 2;
    if (al === 'and' && (after2?.lower === 'his' || after2?.lower === 'her')) person += 2;
  }
  // "Hollis Aggregates managing director Grant Hollis": a name that owns the next name's role.
  if (after && !after.cap && after.kind === 'word' && !c.tokens[c.to - 1]!.possessive) {
    for (let k = c.to; k < c.to + 4 && k < c.tokens.length; k++) {
      const t = c.tokens[k]!;
      if (t.cap || t.kind !== 'word') break;
      if (lex.isRoleNoun(t.lower) && c.tokens[k + 1]?.cap && c.tokens[k + 1]?.kind === 'word' && !lex.isDemonym(c.tokens[k + 1]!.lower)) {
        if (!lex.isPlace(lowers.join(' ')) && !lex.sets.placeCueAfter.has(t.lower)) org += 2;
        break;
      }
      if (DETERMINERS.has(t.lower) || OF_WORDS.has(t.lower) || SPEECH_VERBS.has(t.lower)) break;
    }
  }
  if (after?.text === ',') {
    if (after2?.kind === 'num' && /^\d{1,3}$/.test(after2.text) && Number(after2.text) < 120 && after3?.text === ',') person += 3;
    if (after2?.lower === 'who') person += 2;
    if (after2?.lower === 'which') org += 1.5;
    if (after2 && (after2.lower === 'a' || after2.lower === 'an' || after2.lower === 'the' || after2.lower === 'former')) {
      const role = after3;
      if (role && (lex.isRoleNoun(role.lower) || lex.isTitleModifier(role.lower))) person += 1.5;
    } else if (after2 && !after2.cap && (lex.isRoleNoun(after2.lower) || lex.isTitleModifier(after2.lower))) person += 1.5;
    if (after2 && after2.cap && after2.kind === 'word' && lex.isPlace(after2.lower) && (after3?.text === ',' || after3?.text === '.' || !after3)) place += 2;
    // "Rajanpur, a district in ...", "Kelby, the market town".
    if (after2 && (after2.lower === 'a' || after2.lower === 'an' || after2.lower === 'the')) {
      let k = c.to + 2;
      while (k < c.to + 5 && c.tokens[k] && !c.tokens[k]!.cap && c.tokens[k]!.kind === 'word' && !PLACE_CUE_BEFORE.has(c.tokens[k]!.lower)) k++;
      const cue = c.tokens[k];
      // "X, the island's mayor": the place owns the role that describes a person.
      const owned = cue?.possessive ? c.tokens[k + 1] : undefined;
      if (owned && owned.kind === 'word' && !owned.cap && (lex.isRoleNoun(owned.lower) || lex.isPersonNoun(owned.lower))) person += 1.5;
      else if (cue && PLACE_CUE_BEFORE.has(cue.lower) && !cue.cap) place += 3;
    }
  }
  if (after?.text === '(' && after2?.kind === 'word' && after2.allCaps && c.acronym) org += 3;
  // The agency a dateline credits: "SEOUL, Aug. 20 (Yonhap) --", "KELSO, May 3 (Harbour News) -".
  if (n <= 3 && before?.text === '(' && after?.text === ')' && /^(?:-{1,2}|–|—)$/.test(after2?.text ?? '') && datelineBefore(c.tokens, c.from - 1)) org += 6;
  // Dateline: an ALL-CAPS name opening a line, then "(Agency)", ":", ",", a dash or a date.
  if (first.lineStart && words.every((w) => w.allCaps) && !lex.isOrgAcronymHint(first.lower) && !lex.sets.knownOrgWords.has(first.lower) && (words.length > 1 || first.text.length > 3 || lex.isPlace(first.lower))) {
    if (after && (['(', ':', ',', '-', '–', '—', '/'].includes(after.text) || (after.kind === 'num' && /^\d{4}/.test(after.text)) || MONTHS.has(after.lower) || WEEKDAYS.has(after.lower))) place += 5;
  }

  // Sports results and standings ("Bury 2 Walsall 1", "Chelsea 3 2 1 0 3 0 7"): a club, unless a country.
  // Scorers "(Name 24th)", "Name 59th-pen"; cricket "c Name b Name".
  if (after?.kind === 'num' && /^(?:st|nd|rd|th|min|mins|minute)$/.test(after2?.lower ?? '') && !after2?.newlineBefore) person += 3;
  if (before && !before.cap && /^(?:c|b|lbw|st)$/.test(before.lower)) person += 3;
  // "Cleveland lost", "Hamburg beat X": a city that wins or loses is its team.
  if (after && !after.cap && SPORT_VERBS.has(after.lower) && n <= 3 && lex.isPlace(lowers.join(' ')) && !lex.isCountry(lowers.join(' '))) org += 4;
  // In a sports report a name without a first name that beats, faces or hosts is a club.
  if (sports === 'report' && !(lex.isFirstName(first.lower) && n >= 2) && !lex.isCountry(wholeNoThe)) {
    if (sportObjectBefore(c)) org += 2;
    if (after && !after.cap && after.kind === 'word' && SPORT_SUBJECT_AFTER.has(after.lower)) org += 2;
  }
  // Fixtures: "Aberdeen v Hearts".
  const vsAfter = after && /^(?:v|vs)\.?$/.test(after.lower) && after2?.cap;
  const vsBefore = before && /^(?:v|vs)\.?$/.test(before.lower);
  if ((vsAfter || vsBefore) && !lex.isCountry(lowers.join(' ')) && !(n >= 2 && lex.isFirstName(first.lower))) org += 4.5;
  // Schedules in capitals: "CLEVELAND AT DETROIT", two cities playing each other.
  const atAfter = after?.text === 'AT' && after2?.allCaps && lex.isPlace(after2.lower);
  const atBefore = before?.text === 'AT' && lex.isPlace(c.tokens[c.from - 2]?.lower ?? '');
  if ((atAfter || atBefore) && first.allCaps && lex.isPlace(lowers.join(' ')) && !lex.isCountry(lowers.join(' '))) org += 4.5;
  const results = resultsContext(c);
  if (results) {
    const whole = words.map((w) => w.lower).join(' ');
    if (lex.isCountry(whole) || lex.sets.placeAcronyms.has(words.map((w) => w.text).join(' '))) place += 2;
    // A score after a name that was beaten or faced ("beat Serra Alta 2-0"): a side, unless a first name opens it.
    else if (!(n >= 2 && lex.isFirstName(first.lower)) && !c.title && (results === 'table' || person < 1 || (n >= 2 && sportObjectBefore(c)))) {
      org += 4.5;
      // A city in a results line is its club, however well known the city.
      if (results === 'table') place = Math.min(place, 2);
    }
    c.fixed = results === 'table';
  }
  if (c.bareAcronym) {
    // What says an acronym is an organisation: "the NDC", "a GE spokesman", "EMI said", "NTL's", a credit line.
    const b = c.tokens[c.from - 1];
    const a = c.tokens[c.to];
    c.acronymEvidence =
      !!c.title ||
      (b !== undefined && (b.lower === 'the' || b.lower === 'a' || b.lower === 'an' || lex.sets.orgCueBefore.has(b.lower))) ||
      c.tokens[c.to - 1]!.possessive ||
      (a !== undefined && a.kind === 'word' && !a.cap && (lex.sets.orgCueAfter.has(a.lower) || SPEECH_VERBS.has(a.lower) || lex.isRoleNoun(a.lower))) ||
      (first.lineStart && (a?.text === ',' || a?.text === '(' || a?.text === '-'));
  }
  c.score = Math.max(person, org, place);
  if (c.score === 0) {
    c.type = n >= 2 ? 'person' : 'organization';
  } else if (place >= org && place >= person) c.type = 'place';
  else if (org >= person) c.type = 'organization';
  else c.type = 'person';
  if (c.acronym && c.type === 'person') {
    c.type = 'organization';
    c.score = Math.max(c.score, 3);
  }
}

/** An organisation head within `max` capitalised words from `from`, all on one line ("Criminal Court"). */
function capitalisedHeadWithin(lex: Lexicon, tokens: Token[], from: number, max: number): boolean {
  for (let k = from; k < from + max && k < tokens.length && tokens[k]!.cap && tokens[k]!.kind === 'word' && (k === from || !tokens[k]!.newlineBefore); k++) {
    if (lex.isOrgHead(tokens[k]!.lower)) return true;
  }
  return false;
}

/** Whether one of the `max` capitalised words from `from` on (a run on one line) heads an organisation's name. */
function orgHeadWithin(lex: Lexicon, tokens: Token[], cand: ArrayLike<number>, from: number, max: number): boolean {
  for (let k = from; k < from + max && k < tokens.length && cand[k] === 2 && (k === from || !tokens[k]!.newlineBefore); k++) {
    if (lex.isOrgHead(tokens[k]!.lower)) return true;
  }
  return false;
}

/** Prepositions a title-case headline capitalises that no name holds inside (unlike "of", "for"). */
const HEADLINE_PREPOSITIONS = new Set(['in', 'at', 'on', 'to', 'into', 'after', 'over', 'as', 'with', 'from', 'amid', 'against', 'despite']);

/** Whether `l` ("unseats", "defends", "snatched") has another inflection of its stem in `lower`. */
function inflectedInText(l: string, lower: Set<string>): boolean {
  const stems: string[] = [];
  if (l.endsWith('ies')) stems.push(l.slice(0, -3) + 'y');
  if (l.endsWith('es')) stems.push(l.slice(0, -2));
  if (l.endsWith('s') && !l.endsWith('ss')) stems.push(l.slice(0, -1));
  if (l.endsWith('ed')) stems.push(l.slice(0, -2), l.slice(0, -1));
  if (l.endsWith('ing')) stems.push(l.slice(0, -3), l.slice(0, -3) + 'e');
  if (stems.length === 0) stems.push(l);
  for (const st of stems) {
    if (st.length < 4) continue;
    const base = st.endsWith('e') ? st.slice(0, -1) : st;
    for (const f of [st, st + 's', st + 'es', st + 'ed', st + 'd', base + 'ing', st + 'ing']) if (f !== l && lower.has(f)) return true;
  }
  return false;
}

/** Whether the name is the object of a match verb: "beat X", "defeated X", "drew with X", "lost to X". */
function sportObjectBefore(c: NameChunk): boolean {
  const before = c.tokens[c.from - 1];
  if (!before || before.cap || before.kind !== 'word') return false;
  const b2 = c.tokens[c.from - 2]?.lower;
  return SPORT_OBJECT_BEFORE.has(before.lower) || (before.lower === 'with' && b2 === 'drew') || (before.lower === 'to' && b2 === 'lost');
}

/** A name between a line start or a number and a score: a results or standings line. */
function resultsContext(c: NameChunk): 'table' | 'score' | null {
  const toks = c.tokens;
  let k = c.to;
  if (toks[k]?.text === '(') {
    let e = k + 1;
    while (e < toks.length && e - k < 6 && toks[e]!.text !== ')') e++;
    if (toks[e]?.text !== ')') return null;
    k = e + 1;
  }
  const after = toks[k];
  if (!after || after.kind !== 'num' || after.newlineBefore || !/^\d{1,3}$/.test(after.text)) return null;
  const next = toks[k + 1];
  // A score: "Coventry 2-0", "Essex 72-0".
  if (next?.text === '-' && toks[k + 2]?.kind === 'num' && /^\d{1,3}$/.test(toks[k + 2]!.text) && toks[k + 3]?.text !== '-') return 'score';
  const before = toks[c.from - 1];
  const lineStart = toks[c.from]!.newlineBefore || c.from === 0;
  if (!(lineStart || before?.kind === 'num' || (before && [',', ')', ':', '-', ';'].includes(before.text)))) return null;
  // The second side of a pair ("Rangers 1 Dundee United 0") may end the line.
  if (before?.kind === 'num' && (!next || next.newlineBefore)) return 'table';
  // Another number after the score, or another name-score pair on the line.
  return !!next && !next.newlineBefore && (next.kind === 'num' || (next.kind === 'word' && next.cap) || next.text === '(' || next.text === '.') ? 'table' : null;
}

/**
 * Start offset of the role phrase that ends right before token `from` ("former prime
 * minister", "PTI leader", "Kestrel Bay harbour department ranger"), or null when the
 * word before is no role noun. Walks back over modifiers, names and hyphenated words.
 */
export function roleBefore(lex: Lexicon, tokens: Token[], from: number): number | null {
  const head = tokens[from - 1];
  if (!head || head.kind !== 'word' || tokens[from]?.newlineBefore) return null;
  const hl = head.lower;
  const isHead = head.cap
    ? isTitleWord(lex, head)
    : lex.isRoleNoun(hl) || lex.isFormalTitle(hl) || (hl.endsWith('s') && lex.isRoleNoun(hl.slice(0, -1))) || lex.sets.orgCueBefore.has(hl);
  if (!isHead) return null;
  let k = from - 1;
  let steps = 0;
  while (k - 1 >= 0 && steps < 5) {
    const t = tokens[k - 1]!;
    if (tokens[k]!.newlineBefore || t.kind !== 'word') break;
    const l = t.lower;
    if (DETERMINERS.has(l) || OF_WORDS.has(l) || l === 'and' || l === 'or' || l === 'by' || l === 'with' || l === 'to' || l === 'in' || l === 'at') break;
    if (!t.cap && (SPEECH_VERBS.has(l) || SPORT_VERBS.has(l) || SPORT_OBJECT_BEFORE.has(l) || /ed$/.test(l))) break;
    if (t.possessive && !t.cap) break;
    if (t.cap && t.signal === 'weak' && lex.isCommon(l) && !lex.isTitleModifier(l) && !lex.isRoleNoun(l)) break;
    const ok = t.cap || lex.isTitleModifier(l) || lex.isRoleNoun(l) || l.includes('-') || ROLE_POS.has(lex.info(l)?.pos ?? '') || !lex.info(l);
    if (!ok) break;
    k--;
    steps++;
    if (t.possessive) {
      // "Harbour Guard Service’s spokesman": the owner's whole name.
      while (k - 1 >= 0 && tokens[k - 1]!.cap && tokens[k - 1]!.kind === 'word' && !tokens[k - 1]!.possessive && !tokens[k]!.newlineBefore && steps < 8) {
        k--;
        steps++;
      }
      break;
    }
  }
  return tokens[k]!.start;
}

/** List coordination: a weakly typed name in a list takes the type its neighbours agree on. */
function coordinate(chunks: NameChunk[]): void {
  // A type passed along a list passes on down it ("Nyalenda, Manyatta, Obunga and Kondele").
  const passed = new Set<NameChunk>();
  const sure = (c: NameChunk): boolean => c.score >= 2 || passed.has(c);
  for (let k = 1; k < chunks.length; k++) {
    const a = chunks[k - 1]!;
    const b = chunks[k]!;
    if (a.tokens !== b.tokens) continue;
    const between = a.tokens.slice(a.to, b.from);
    if (between.length === 0 || between.length > 2 || !between.every((t) => COORD.has(t.lower))) continue;
    if (a.tokens[a.to - 1]!.possessive || b.tokens[b.to - 1]!.possessive) continue;
    const afterB = b.tokens[b.to];
    const afterA = a.tokens[a.to];
    if (afterB && !afterB.cap && afterB.kind === 'word' && lexicon().isRoleNoun(afterB.lower)) continue;
    if (afterA && !afterA.cap && afterA.kind === 'word' && lexicon().isRoleNoun(afterA.lower)) continue;
    // "in Glasgow, Dunbar said": a name before a speech verb is its subject, not the list's next place.
    if (afterB && SPEECH_VERBS.has(afterB.lower)) continue;
    const single = (c: NameChunk): boolean => c.to - c.from === 1;
    if (((b.score < 2 && sure(a)) || (b.score === 0 && a.score > 0)) && a.type !== b.type && single(b)) {
      b.type = a.type;
      b.score = 1.9;
      passed.add(b);
    } else if (((a.score < 2 && b.score >= 2) || (a.score === 0 && b.score > 0)) && a.type !== b.type && single(a)) {
      a.type = b.type;
      a.score = 1.9;
    }
  }
}

/** Final span tidying: "ex-" prefixes, "-based" suffixes, a leading "The" on people and places. */
function tidySpan(c: NameChunk, text: string): void {
  const first = c.tokens[c.from]!;
  const pm = /^(\p{Ll}+)-(?=\p{Lu})/u.exec(first.text);
  if (pm && HYPHEN_PREFIXES.has(pm[1]!)) c.start += pm[0].length;
  const last = c.tokens[c.to - 1]!;
  const sm = /-(\p{Ll}[\p{Ll}-]*)$/u.exec(last.text);
  if (sm && sm[1]!.length > 2 && !/^(?:e|ul|ur|al|el|i|o|on|de|la|le|sur|upon|en)$/.test(sm[1]!) && !(c.to - c.from >= 2 && hyphenGivenName(lexicon(), c.tokens, c.to - 1))) c.end -= sm[0].length;
  if (first.lower === 'the' && c.type !== 'organization' && c.to - c.from > 1) c.start = c.tokens[c.from + 1]!.start;
  // Lower-case head after the name ("North Vale police", "Long Reef beach").
  const after = c.tokens[c.to];
  // Not when the head word only qualifies a noun after it ("Ashworth library cuts").
  const nounAfter = (t: Token | undefined): boolean => !!t && t.kind === 'word' && !t.cap && /Noun|Plural|Singular/.test(lexicon().info(t.lower)?.pos ?? (t.lower.endsWith('s') ? 'Plural' : ''));
  if (after && !after.cap && !last.possessive && LOWER_EXTEND.get(after.lower) === c.type && (c.score < 4 || LOWER_ORG_SUFFIX.has(after.lower)) && (c.type !== 'place' || !nounAfter(c.tokens[c.to + 1]))) c.end = after.end;
  c.text = text.slice(c.start, c.end);
}
