/**
 * Names the text describes as people. An unknown one-word name at a sentence's start
 * ("Tumbaru, a village elder who uses a single name, ...") gives the name rules and the
 * learned typing little to go on, and they may read it as a place; the apposition right
 * after it says what it is. This pass, which sees the words after a mention, makes such a
 * name a person, in every mention of it, when the apposition's head is a noun for a person
 * ("elder", "farmer", "grandmother") and the name is no place the gazetteer knows.
 */
import { lexicon } from '../lexicon';
import { ORG_ROLE_HEADS } from '../actors/roles.en';
import type { Mention } from '../types';
import { retypeNames } from './retype';

/** ", a village elder who", ", an 80-year-old farmer,", ", a KDP deputy from": [1] the head noun of the apposition. */
const PERSON_APPOSITION = /^,\s+(?:a|an)\s+(?:[\p{L}\p{N}-]+\s+){0,3}?([\p{Ll}-]+)(?=\s*(?:,|\.|;|\s+who\b|\s+whose\b|\s+and\b|\s+from\b|\s+in\b|\s+at\b|\s+of\b))/u;

/** What `why` (--explain) says of a name this pass typed. */
const DESCRIBED_WHY = 'type:described-as-person';

/** Whether mention `m` of a place or an organisation is described right after as a person. */
function describedAsPerson(text: string, m: Mention): boolean {
  if (m.type !== 'place' && m.type !== 'organization') return false;
  const a = PERSON_APPOSITION.exec(text.slice(m.range[1], m.range[1] + 80));
  if (!a) return false;
  const head = a[1]!;
  const lex = lexicon();
  if (ORG_ROLE_HEADS.has(head) || lex.isOrgHead(head) || lex.isPlaceHead(head)) return false;
  if (!lex.isPersonNoun(head) && !lex.isRoleNoun(head)) return false;
  const name = m.text.toLowerCase();
  return !lex.isGazetteerPlace(name) && !lex.isCountry(name) && !lex.isPlace(name) && !lex.isOrg(name);
}

/**
 * `mentions` with every mention of a name described as a person ("Tumbaru, a village elder")
 * typed a person. The same array when none is.
 */
export function withDescribedPersons(text: string, mentions: Mention[]): Mention[] {
  const names = new Set<string>();
  for (const m of mentions) if (describedAsPerson(text, m)) names.add(m.text);
  if (names.size === 0) return mentions;
  return retypeNames(mentions, names, ['place', 'organization'], 'person', DESCRIBED_WHY);
}
