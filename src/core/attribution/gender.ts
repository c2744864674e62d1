/**
 * A person's grammatical gender, for resolving "he"/"she": from titles (Mr, Mrs, Sir, Lady),
 * role nouns (spokeswoman, mother) and compromise's lexicon of first names.
 */
import type { Actor } from '../types';
import { compromiseTags } from '../lexicon';
import { FEMALE_NOUNS, MALE_NOUNS, type Gender } from './lexicon';

function firstNameGender(word: string): Gender {
  const tags = compromiseTags(word.toLowerCase());
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
