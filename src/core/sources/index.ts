/**
 * Sources: who is quoted. A post-pass over an analysis (the descriptions of unnamed
 * sources, the gender the text gives people) and the aggregation of exports into the
 * sources report that the CLI's `report` and the editor's Sources panel both show.
 */
import type { Analysis } from '../types';
import { genderEvidence } from './gender';
import { describeUnnamedSources } from './unnamed';

export { describeUnnamedSources, DESCRIPTION_RULES, cleanDescription } from './unnamed';
export { genderEvidence, GENDER_EVIDENCE } from './gender';

/**
 * Fills `attributedTo` on every quote and `gender` on every person actor of `analysis`
 * (an analysis of `text`). Cheap: it reads only the sentences of unattributed quotes and
 * the paragraphs that hold a he/she pronoun.
 */
export function addSourceDetails(text: string, analysis: Analysis): Analysis {
  const descriptions = describeUnnamedSources(text, analysis);
  analysis.quotes.forEach((q, i) => (q.attributedTo = descriptions[i] ?? null));
  const genders = genderEvidence(text, analysis);
  for (const actor of analysis.actors) if (actor.type === 'person') actor.gender = genders.get(actor.id) ?? 'unknown';
  return analysis;
}
