import type { SettleableName } from '../entities';
import type { DocEvidence } from '../entities/names';
import { lexicon } from '../lexicon';

/** A name as the incremental analyser keeps it: what settling reads, and its span. */
export interface CachedName extends SettleableName {
  start: number;
  end: number;
}

/** Bits of a paragraph's word flags: the word is capitalised in running text / written in lower case there. */
export const STRONG = 1;
export const LOWER = 2;

/** Whether `word` is one of the words of a paragraph's `words` string. */
export function hasEvidenceWord(words: string, word: string): boolean {
  for (let at = words.indexOf(word); at >= 0; at = words.indexOf(word, at + 1)) {
    const end = at + word.length;
    if ((at === 1 || words.charCodeAt(at - 2) === 10) && (end === words.length || words.charCodeAt(end) === 10)) return true;
  }
  return false;
}

/** The words of a paragraph's `words` string (what its names may look up in the evidence). */
/**
 * Calls `visit` for each word of a paragraph's evidence string (lines of a flag digit,
 * STRONG | LOWER, then the word) whose flags are not zero.
 */
export function forEachEvidenceWord(words: string, visit: (word: string, flags: number) => void): void {
  for (let at = 0; at < words.length; ) {
    let end = words.indexOf('\n', at);
    if (end < 0) end = words.length;
    const f = words.charCodeAt(at) - 48;
    if (f !== 0) visit(words.slice(at + 1, end), f);
    at = end + 1;
  }
}

export function evidenceWords(part: { words: string }): string[] {
  return part.words ? part.words.split('\n').map((line) => line.slice(1)) : [];
}

/**
 * The document's capitalisation evidence from each paragraph's contribution, as
 * `findMentions` gathers it from the tokens: words capitalised in running text, words seen
 * in lower case, and common words seen both ways dropped from the first.
 */
export function documentEvidence(parts: readonly { words: string }[]): DocEvidence {
  const strong = new Set<string>();
  const lower = new Set<string>();
  for (const { words } of parts) {
    forEachEvidenceWord(words, (w, f) => {
      if (f & STRONG) strong.add(w);
      if (f & LOWER) lower.add(w);
    });
  }
  const lex = lexicon();
  for (const w of strong) if (lower.has(w) && lex.isCommon(w)) strong.delete(w);
  return { strong, lower };
}
