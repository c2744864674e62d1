import type { SettleableName } from '../entities';
import type { DocEvidence } from '../entities/names';
import { lexicon } from '../lexicon';

/** A name as the incremental analyser keeps it: what settling reads, and its span. */
export interface CachedName extends SettleableName {
  start: number;
  end: number;
}

/**
 * The document's capitalisation evidence from each paragraph's contribution, as
 * `findMentions` gathers it from the tokens: words capitalised in running text, words seen
 * in lower case, and common words seen both ways dropped from the first.
 */
export function documentEvidence(parts: readonly { strong: readonly string[]; lower: readonly string[] }[]): DocEvidence {
  const strong = new Set<string>();
  const lower = new Set<string>();
  for (const p of parts) {
    for (const w of p.strong) strong.add(w);
    for (const w of p.lower) lower.add(w);
  }
  const lex = lexicon();
  for (const w of strong) if (lower.has(w) && lex.isCommon(w)) strong.delete(w);
  return { strong, lower };
}
