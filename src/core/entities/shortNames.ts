/**
 * Organisations by their short names. A second reference often drops a company's trade
 * and legal form ("Velmar Ferrochrome" → "Velmar", "PT Orvik Timber Tbk" → "Orvik");
 * alone, such a name looks like a person's, and the learned typing may read it so. This
 * pass makes a one-word person mention an organisation one when it opens an organisation's
 * name in the same text (after a legal form such as "PT") that the typing was surer of, no
 * title goes with it, it is no given name, and no person's fuller name holds it.
 */
import { lexicon } from '../lexicon';
import type { Mention } from '../types';
import { retypeNames } from './retype';

/** Legal forms written before a company's name ("PT", "PJSC"). */
const LEADING_FORM = /^(?:PT|CV|PJSC|OJSC|JSC|OAO|ZAO)\s+/;

/** What `why` (--explain) says of a name this pass typed. */
const SHORT_NAME_WHY = 'type:organisation-short-name';

/**
 * `mentions` with each person mention that is an organisation's short name typed an
 * organisation, in every mention of it. The same array when none is.
 */
export function withShortOrgNames(text: string, mentions: Mention[]): Mention[] {
  const lex = lexicon();
  // The first word of each organisation's name of several words (legal form before it
  // dropped), with how sure the typing was, at most, of a name it opens: one lookup per person
  // mention, however many organisations a long file names.
  const orgStarts = new Map<string, number>();
  for (const m of mentions) {
    if (m.type !== 'organization') continue;
    const name = m.text.replace(LEADING_FORM, '');
    const space = name.indexOf(' ');
    if (space <= 0 || space === name.length - 1) continue;
    const first = name.slice(0, space);
    orgStarts.set(first, Math.max(orgStarts.get(first) ?? 0, m.confidence ?? 1));
  }
  if (orgStarts.size === 0) return mentions;
  // Words of people's fuller names ("Ana Velmar"): a lone word of one is that person. And how
  // sure the typing was, at most, that each name is a person's.
  const personWords = new Set<string>();
  const titled = new Set<string>();
  const personConfidence = new Map<string, number>();
  for (const m of mentions) {
    if (m.type !== 'person') continue;
    if (m.title) titled.add(m.text);
    personConfidence.set(m.text, Math.max(personConfidence.get(m.text) ?? 0, m.confidence ?? 1));
    const words = m.text.split(/\s+/);
    if (words.length >= 2) for (const w of words) personWords.add(w);
  }
  // A name written before a place's head anywhere ("the Kelmo mountains") is the place's.
  const placeHeaded = new Set<string>();
  for (const m of mentions) {
    const next = /^\s+(\p{Ll}+)/u.exec(text.slice(m.range[1], m.range[1] + 24));
    if (next && lex.isPlaceHead(next[1]!)) placeHeaded.add(m.text);
  }
  const short = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'person' || m.title || titled.has(m.text) || short.has(m.text) || placeHeaded.has(m.text)) continue;
    // One word, no given name ("Steve" of "Steve Marr Foundation" is a man), and no word of
    // a person's fuller name ("Velmar" of "Ana Velmar").
    if (/\s/.test(m.text) || personWords.has(m.text) || lex.isFirstName(m.text.toLowerCase())) continue;
    // The typing was surer of the organisation than of the person: a person's name typed an
    // organisation by mistake ("Ana Velmar" in a results line) does not take the person along.
    if ((orgStarts.get(m.text) ?? 0) > personConfidence.get(m.text)!) short.add(m.text);
  }
  if (short.size === 0) return mentions;
  return retypeNames(mentions, short, ['person'], 'organization', SHORT_NAME_WHY);
}
