/**
 * Places listed with places. "Traffic to Kelby, Orvane and Tarnby", "the ports of Tema and
 * Kelby", "in Haifa, the Krayot and the Galilee": a name in a list whose other names are
 * places, or that follows a word that says where, is a place too, whatever the learned
 * typing made of a town no word list knows. The typing reads each name on its own, with a
 * few words either side; the list is the evidence it cannot see.
 *
 * Only weak readings change: a name of one to three words with no title, no capitals-only
 * acronym, no organisation's head word ("… Council", "… Ltd") and no known first name
 * opening it, which the document never writes with a title. A list of people with one place
 * in it ("Ruiz, Moss and Kelby") keeps its people: the places must be at least as many as
 * the rest, unless a word that says where opens the list ("from", "ports of").
 */
import { lexicon } from '../lexicon';
import type { Mention } from '../types';
import { retypeNames } from './retype';

/** What `why` (--explain) says of a name this pass typed. */
const LISTED_WHY = 'place:listed-with-places';

/** Between two names of one list: a comma (perhaps "the"). */
const COMMA_GAP = /^,\s*(?:the\s+)?$/;
/** Before a list's last name: "and", "or", "&", "then", perhaps after a comma (perhaps "the"). */
const LAST_GAP = /^,?\s*(?:and|or|&|then|and\s+then)\s+(?:the\s+)?$/;

/** Words before a list that say where: "in", "near", "towns of", "ports of" (not "shares in"; not "between": a merger is between two firms). */
const WHERE_BEFORE = /(?<!\b(?:shares?|stakes?|investments?|interests?|holdings?|role|part|rise|fall|falls|drop|cuts?)\s+)\b(?:in|near|across|around|outside|towns?\s+of|villages?\s+of|cities\s+of|ports?\s+of|communes?\s+of|districts?\s+of|provinces?\s+of|regions?\s+of|islands?\s+of|atolls?\s+of|municipalities\s+of|parishes\s+of)\s+(?:the\s+)?$/i;

/**
 * `mentions` with the weakly read names of lists of places typed as places (every mention of
 * such a name). The same array when nothing changes.
 */
export function withListedPlaces(text: string, mentions: Mention[]): Mention[] {
  const names = mentions.filter((m) => m.type !== 'date');
  const titled = new Set(names.filter((m) => m.title !== null).map((m) => m.text));
  // The words of people's full names: "Levy" of "Andrea Levy" is that person.
  const personWords = new Set(names.filter((m) => m.type === 'person' && m.text.includes(' ')).flatMap((m) => m.text.split(/\s+/)));
  const lex = lexicon();
  const weak = (m: Mention): boolean => {
    if (m.type === 'place' || m.title !== null || titled.has(m.text) || personWords.has(m.text) || m.text === m.text.toUpperCase()) return false;
    const words = m.text.split(/\s+/);
    // A full name read as a person's stays one ("… in Kelby, Ana Ruiz and Tom Sayer in Orvane").
    if (words.length > 3 || (m.type === 'person' && words.length > 1)) return false;
    const first = words[0]!.toLowerCase();
    const last = words[words.length - 1]!.toLowerCase();
    return !lex.isFirstName(first) && !lex.isOrgHead(last) && !lex.isOrgDesignator(last) && !lex.isOrgLead(first);
  };
  // A name that qualifies the next word ("Sweden's Saab") is no item of a list.
  const possessive = (m: Mention): boolean => /^['’]s?\b/.test(text.slice(m.range[1], m.range[1] + 2));
  const listed = new Map<string, number>();
  let i = 0;
  while (i < names.length) {
    // One list: names with commas between them, "and" (or "or", "then") before the last.
    let j = i + 1;
    while (j < names.length && !possessive(names[j - 1]!) && COMMA_GAP.test(text.slice(names[j - 1]!.range[1], names[j]!.range[0]))) j++;
    const closed = j < names.length && !possessive(names[j - 1]!) && !possessive(names[j]!) && LAST_GAP.test(text.slice(names[j - 1]!.range[1], names[j]!.range[0]));
    if (!closed) {
      i = j;
      continue;
    }
    const list = names.slice(i, j + 1);
    const places = list.filter((m) => m.type === 'place').length;
    const where = WHERE_BEFORE.test(text.slice(Math.max(0, list[0]!.range[0] - 30), list[0]!.range[0]));
    if (places > 0 && where) for (const m of list) if (weak(m)) listed.set(m.text, (listed.get(m.text) ?? 0) + 1);
    i = j + 1;
  }
  // Only a name the document writes nowhere else ("Yukos" of a list is the company of the story).
  const written = new Map<string, number>();
  for (const m of names) written.set(m.text, (written.get(m.text) ?? 0) + 1);
  const toPlace = new Set<string>();
  for (const [name, n] of listed) if (written.get(name) === n) toPlace.add(name);
  if (toPlace.size === 0) return mentions;
  return retypeNames(mentions, toPlace, ['person', 'organization'], 'place', LISTED_WHY);
}
