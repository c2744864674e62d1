/**
 * Places named only as part of something else. The name rules see words; this pass sees
 * the characters around a place mention and takes out the ones no reader would count among
 * the places of the story:
 * - the country of a currency: "US$14 million", "2.40 US dollars" name money, and a story
 *   on a share sale in Kelso is not about the United States because its prices are quoted
 *   in US dollars;
 * - a sum with its currency's code glued on ("KD4.2 million"), which names no place;
 * - a digest's or a feature's title: "ICELAND BUSINESS DIGEST" or "Malta News in Brief" is
 *   page furniture that holds a country ("ICELAND", kept as the place), and "FACT BOX" or
 *   "The Long Read" holds none.
 */
import { lexicon } from '../lexicon';
import type { Mention } from '../types';

/**
 * What follows a country's name or code when it qualifies a currency: "$", "dollar(s)",
 * "cent(s)". Not "dollars" before a figure: "sent Russia dollars 5bn" is a sum given to a
 * place, its "$" written out.
 */
const CURRENCY_AFTER = /^(?:\$|\s?(?:dollars?|cents?)\b(?!\s*\d))/i;

/**
 * A sum written with a currency's code glued to it ("KD4.2 million", "KD0.9m", "Z480 million"),
 * which the name rules may take for a place's code; a road's ("the A31") has no decimals and
 * no "million" after it.
 */
const CODED_SUM = /^\p{Lu}{1,3}\d+(?:[.,]\d+)?(?:m|bn|mn)?$/u;
const SUM_AFTER = /^(?:[.,]\d|\s*(?:million|billion|trillion|bn|mn)\b|m\b)/;

/** A digest's title after the place it covers: "… Business Digest", "… News in Brief", "… Roundup". */
const DIGEST_TITLE = /^(.+?)(?:\s+(?:business|news|politics|markets|sport|sports|economy|weekly|daily|morning|evening))*\s+(?:digest|briefs?|briefing|in\s+brief|round-?up|bulletin|wrap(?:-up)?|update)$/i;

/** Feature labels that the name rules may take for a place's name. */
const FEATURE_LABELS = /^(?:the\s+)?(?:fact\s*box|long\s+read|big\s+read|explainer|at\s+a\s+glance|key\s+points)$/i;

/**
 * `mentions` without the places that only say which country's dollar a sum is in or that
 * are a label's words; a digest's title keeps its place ("ICELAND" of "ICELAND BUSINESS
 * DIGEST"). The same array when nothing changes.
 */
export function withoutPlaceUses(text: string, mentions: Mention[]): Mention[] {
  let changed = false;
  const out: Mention[] = [];
  for (const m of mentions) {
    const kept = m.type === 'place' ? placeOf(text, m) : m;
    if (kept !== m) changed = true;
    if (kept) out.push(kept);
  }
  return changed ? out : mentions;
}

/** The place mention `m` stands for: itself, the place its digest title names, or none. */
function placeOf(text: string, m: Mention): Mention | null {
  if (CURRENCY_AFTER.test(text.slice(m.range[1], m.range[1] + 16))) return null;
  if (FEATURE_LABELS.test(m.text)) return null;
  if (CODED_SUM.test(m.text) && (/[.,]|m$|bn$|mn$/.test(m.text.replace(/^\p{Lu}+/u, '')) || SUM_AFTER.test(text.slice(m.range[1], m.range[1] + 12)))) return null;
  const digest = DIGEST_TITLE.exec(m.text);
  if (!digest) return m;
  const place = digest[1]!;
  const lex = lexicon();
  if (!lex.isPlace(place.toLowerCase()) && !lex.isCountry(place.toLowerCase())) return null;
  return { ...m, range: [m.range[0], m.range[0] + place.length], text: place };
}
