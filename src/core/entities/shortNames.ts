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
  // Each organisation's name (legal form before it dropped) and how sure the typing was of it.
  const orgStarts: { name: string; confidence: number }[] = [];
  for (const m of mentions) if (m.type === 'organization') orgStarts.push({ name: m.text.replace(LEADING_FORM, '') + ' ', confidence: m.confidence ?? 1 });
  if (orgStarts.length === 0) return mentions;
  // Words of people's fuller names ("Ana Velmar"): a lone word of one is that person.
  const personWords = new Set<string>();
  const titled = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'person') continue;
    if (m.title) titled.add(m.text);
    const words = m.text.split(/\s+/);
    if (words.length >= 2) for (const w of words) personWords.add(w);
  }
  // A name written before a place's head anywhere ("the Kelmo mountains") is the place's.
  const placeHeaded = new Set<string>();
  for (const m of mentions) {
    const next = /^\s+(\p{Ll}+)/u.exec(text.slice(m.range[1], m.range[1] + 24));
    if (next && lex.isPlaceHead(next[1]!)) placeHeaded.add(m.text);
  }
  // How sure the typing was, at most, that each name is a person's.
  const personConfidence = new Map<string, number>();
  for (const m of mentions) if (m.type === 'person') personConfidence.set(m.text, Math.max(personConfidence.get(m.text) ?? 0, m.confidence ?? 1));
  const short = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'person' || m.title || titled.has(m.text) || short.has(m.text) || placeHeaded.has(m.text)) continue;
    // One word, no given name ("Steve" of "Steve Marr Foundation" is a man), and no word of
    // a person's fuller name ("Velmar" of "Ana Velmar").
    if (/\s/.test(m.text) || personWords.has(m.text) || lex.isFirstName(m.text.toLowerCase())) continue;
    // The typing was surer of the organisation than of the person: a person's name typed an
    // organisation by mistake ("Ana Velmar" in a results line) does not take the person along.
    if (orgStarts.some((o) => o.name.startsWith(`${m.text} `) && o.name.length > m.text.length + 1 && o.confidence > personConfidence.get(m.text)!)) short.add(m.text);
  }
  if (short.size === 0) return mentions;
  return mentions.map((m) => (m.type === 'person' && short.has(m.text) ? { ...m, type: 'organization' as const, why: [SHORT_NAME_WHY, ...(m.why ?? []).slice(0, 3)] } : m));
}
