/**
 * A person's grammatical gender, for resolving "he"/"she": from titles (Mr, Mrs, Sir, Lady),
 * role nouns (spokeswoman, mother) and compromise's lexicon of first names.
 */
import type { Actor } from '../types';
import { FEMALE_NOUNS, MALE_NOUNS, type Gender } from './lexicon';

let lexicon: Record<string, string | string[]> | null = null;

function firstNameGender(word: string): Gender {
  // The same lazily required build of compromise as the shared lexicon (src/core/lexicon):
  // an `import` here would bundle and load a second copy of it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  lexicon ??= (require('compromise') as { model(): { one: { lexicon: Record<string, string | string[]> } } }).model().one.lexicon;
  const tag = lexicon[word.toLowerCase()];
  const tags = Array.isArray(tag) ? tag : tag ? [tag] : [];
  if (tags.includes('MaleName')) return 'male';
  if (tags.includes('FemaleName')) return 'female';
  return 'unknown';
}

function wordsGender(words: string[]): Gender {
  for (const w of words) {
    const lw = w.toLowerCase().replace(/\.$/, '');
    if (FEMALE_NOUNS.has(lw)) return 'female';
    if (MALE_NOUNS.has(lw)) return 'male';
  }
  return 'unknown';
}

/** The gender titles (as written before its names), names and role give an actor ("unknown" for organizations or no evidence). */
export function actorGender(actor: Actor, titles: readonly string[]): Gender {
  if (actor.type !== 'person') return 'unknown';
  for (const title of titles) {
    const g = wordsGender(title.split(/\s+/));
    if (g !== 'unknown') return g;
  }
  for (const alias of [actor.name, ...actor.aliases]) {
    const first = alias.split(/\s+/)[0] ?? '';
    const g = wordsGender([first]);
    if (g !== 'unknown') return g;
  }
  if (actor.role) {
    const g = wordsGender(actor.role.split(/[\s,;]+/));
    if (g !== 'unknown') return g;
  }
  for (const alias of [actor.name, ...actor.aliases]) {
    const words = alias.split(/\s+/);
    if (words.length < 2) continue;
    const g = firstNameGender(words[0]!);
    if (g !== 'unknown') return g;
  }
  return 'unknown';
}

/** Gender of a description's words ("the spokeswoman" → female). */
export function descriptionGender(words: string[]): Gender {
  return wordsGender(words);
}
