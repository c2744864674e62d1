/**
 * Country names written as part of a currency. "US$48 million", "2.40 US dollars" and
 * "NZ$ 12" name money, not a place the story is about: no reader would count the United
 * States among the places of a story on a Guyanese share sale because its prices are
 * quoted in US dollars. The name rules see "US" as a word and type it a place; this pass,
 * which sees the characters after it, takes such a mention out.
 */
import type { Mention } from '../types';

/**
 * What follows a country's name or code when it qualifies a currency: "$", "dollar(s)",
 * "cent(s)". Not "dollars" before a figure: "sent Russia dollars 5bn" is a sum given to a
 * place, its "$" written out.
 */
const CURRENCY_AFTER = /^(?:\$|\s?(?:dollars?|cents?)\b(?!\s*\d))/i;

/** Whether place mention `m` is the country of a currency ("US" in "US$", "U.S." in "U.S. dollars"). */
export function namesCurrency(text: string, m: Mention): boolean {
  return m.type === 'place' && CURRENCY_AFTER.test(text.slice(m.range[1], m.range[1] + 16));
}

/** `mentions` without the places that only say which country's dollar a sum is in. */
export function withoutCurrencyPlaces(text: string, mentions: Mention[]): Mention[] {
  return mentions.some((m) => namesCurrency(text, m)) ? mentions.filter((m) => !namesCurrency(text, m)) : mentions;
}
