/**
 * Retyping names after the learned typing, for the passes that read the text around
 * mentions (describedPersons.ts, shortNames.ts): every mention of a name, one type, and the
 * pass's reason first in `why`, as the typing's own document rules write it.
 */
import type { EntityType, Mention } from '../types';

/**
 * `mentions` with each mention whose text is in `names` and whose type is in `from` typed
 * `to`, with `why` first among its reasons (new objects; the others as they were).
 */
export function retypeNames(mentions: Mention[], names: ReadonlySet<string>, from: readonly EntityType[], to: EntityType, why: string): Mention[] {
  return mentions.map((m) => (names.has(m.text) && from.includes(m.type) ? { ...m, type: to, why: [why, ...(m.why ?? []).slice(0, 3)] } : m));
}
