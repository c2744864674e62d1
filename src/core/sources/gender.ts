/**
 * A person's gender as the text itself states it, for counting who gets to speak: an
 * honorific written before their name (Mr, Ms, Mrs, Miss, Sir, Dame, Lady, Lord), a
 * gendered role noun the text gives them ("spokeswoman", "chairman"), or third-person
 * pronouns that can only refer to them. Never from a first name: that is a guess about a
 * person, not something the article says.
 */
import { descriptionGender } from '../attribution/gender';
import type { Gender } from '../attribution/lexicon';
import { maskQuotes, splitSentences } from '../attribution/text';
import type { Analysis, Range } from '../types';

export type { Gender };

/** One kind of evidence, strongest first; an example of the text it reads. */
export const GENDER_EVIDENCE = [
  { name: 'honorific', example: 'Ms Okonjo said …  /  Sir Alan Pell' },
  { name: 'role-noun', example: 'Dana Reyes, the council spokeswoman, …' },
  { name: 'pronoun', example: 'Tom Verity left early. He said …  /  Reyes said she …' },
] as const;

const HONORIFIC_BEFORE = /(?:^|[^\p{L}])(Mr|Mrs|Ms|Miss|Sir|Dame|Lady|Lord)\.?[\s\u00a0]+$/u;
const PRONOUNS: Record<string, Gender> = {
  he: 'male', him: 'male', his: 'male', himself: 'male',
  she: 'female', her: 'female', hers: 'female', herself: 'female',
};
// Without the u flag: it makes a case-insensitive scan several times slower, and only adds
// two look-alike letters (the long s and the Kelvin sign) to what matches.
const PRONOUN_RE = /\b(?:he|him|his|himself|she|her|hers|herself)\b/gi;
const HAS_PRONOUN = /\b(?:he|him|his|himself|she|her|hers|herself)\b/i;

/** A vote count per gender. */
interface Votes {
  female: number;
  male: number;
}

/** The evidence's verdict: the one gender seen, or the clear majority of pronouns; else unknown. */
function verdict(v: Votes, clearMajority: boolean): Gender {
  if (v.female > 0 && v.male === 0) return 'female';
  if (v.male > 0 && v.female === 0) return 'male';
  if (clearMajority && v.female >= 2 * v.male && v.female > 0) return 'female';
  if (clearMajority && v.male >= 2 * v.female && v.male > 0) return 'male';
  return 'unknown';
}

/**
 * The gender the text gives each person actor (`"unknown"` when it says nothing, or
 * contradicts itself); organizations are left out of the map.
 */
export function genderEvidence(text: string, analysis: Pick<Analysis, 'actors' | 'mentions' | 'paragraphs' | 'quotes'>): Map<string, Gender> {
  const people = new Set(analysis.actors.filter((a) => a.type === 'person').map((a) => a.id));
  const honorific = new Map<string, Votes>();
  const pronoun = new Map<string, Votes>();
  const vote = (table: Map<string, Votes>, id: string, g: Gender): void => {
    if (g === 'unknown') return;
    const v = table.get(id) ?? { female: 0, male: 0 };
    v[g]++;
    table.set(id, v);
  };

  // Honorifics: the mention's title, or the word right before the mention.
  for (const m of analysis.mentions) {
    if (!m.actor || !people.has(m.actor)) continue;
    const before = HONORIFIC_BEFORE.exec(text.slice(Math.max(0, m.range[0] - 8), m.range[0]));
    const words = [...(m.title?.split(/[\s\u00a0]+/) ?? []), ...(before ? [before[1]!] : [])];
    const honorifics = words.filter((w) => /^(?:mr|mrs|ms|miss|sir|dame|lady|lord)\.?$/i.test(w));
    vote(honorific, m.actor, descriptionGender(honorifics));
  }

  // Pronouns outside quotes whose sentence (or the sentence before, for a pronoun that
  // opens its sentence) names exactly one person and no other person in between.
  // Every named actor counts as a possible antecedent, not only people: a person the typing
  // took for an organization must still make "she" ambiguous. Only people get the vote.
  const personMentions = analysis.mentions.filter((m) => m.actor && m.type !== 'place' && m.type !== 'date');
  let k = 0;
  let q = 0;
  const quotes = [...analysis.quotes].sort((a, b) => a.outerRange[0] - b.outerRange[0]);
  for (const paragraph of analysis.paragraphs) {
    const [start, end] = paragraph.range;
    while (q < quotes.length && quotes[q]!.outerRange[1] <= start) q++;
    const inside = [];
    for (let j = q; j < quotes.length && quotes[j]!.outerRange[0] < end; j++) inside.push(quotes[j]!);
    const masked = maskQuotes(text, start, end, inside);
    if (!HAS_PRONOUN.test(masked)) continue;
    let previous: string[] = [];
    for (const sentence of splitSentences(masked, start)) {
      while (k < personMentions.length && personMentions[k]!.range[0] < sentence[0]) k++;
      const here: Array<{ actor: string; range: Range }> = [];
      for (let j = k; j < personMentions.length && personMentions[j]!.range[0] < sentence[1]; j++) {
        here.push({ actor: personMentions[j]!.actor!, range: personMentions[j]!.range });
      }
      const local = masked.slice(sentence[0] - start, sentence[1] - start);
      PRONOUN_RE.lastIndex = 0;
      for (let m = PRONOUN_RE.exec(local); m; m = PRONOUN_RE.exec(local)) {
        const at = sentence[0] + m.index;
        const before = new Set(here.filter((h) => h.range[1] <= at).map((h) => h.actor));
        const opens = /^[\s\u00a0"“‘'(]*$/.test(local.slice(0, m.index));
        const candidates = before.size > 0 ? [...before] : opens ? previous : [];
        if (candidates.length === 1 && people.has(candidates[0]!)) vote(pronoun, candidates[0]!, PRONOUNS[m[0].toLowerCase()]!);
      }
      previous = [...new Set(here.map((h) => h.actor))];
    }
  }

  const out = new Map<string, Gender>();
  for (const actor of analysis.actors) {
    if (actor.type !== 'person') continue;
    let g = verdict(honorific.get(actor.id) ?? { female: 0, male: 0 }, false);
    if (g === 'unknown' && actor.role) g = descriptionGender(actor.role.split(/[\s,;]+/));
    if (g === 'unknown') g = verdict(pronoun.get(actor.id) ?? { female: 0, male: 0 }, true);
    out.set(actor.id, g);
  }
  return out;
}
