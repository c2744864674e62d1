import type { Actor, Analysis, DateExpression, Mention, Quote, Range } from '../core/types';

/**
 * Offset-based queries over one Analysis, built once per analysed version: what is at
 * the cursor, which mentions belong to an actor, where the next quote is. Pure (no
 * `vscode`), so every editor feature's logic is unit-tested on plain data.
 */
export class AnalysisIndex {
  private readonly actorsById = new Map<string, Actor>();
  /** Mentions sorted by start, for binary search. */
  private readonly mentions: Mention[];
  /** Quotes sorted by the start of their outer range. */
  readonly quotes: Quote[];

  constructor(readonly analysis: Analysis) {
    for (const actor of analysis.actors) this.actorsById.set(actor.id, actor);
    this.mentions = [...analysis.mentions].sort((a, b) => a.range[0] - b.range[0]);
    this.quotes = [...analysis.quotes].sort((a, b) => a.outerRange[0] - b.outerRange[0]);
  }

  actor(id: string | null): Actor | undefined {
    return id === null ? undefined : this.actorsById.get(id);
  }

  /** The mention whose range contains `offset` (end inclusive, so a cursor just after a name counts). */
  mentionAt(offset: number): Mention | undefined {
    const i = lastStartingAtOrBefore(this.mentions, offset, (m) => m.range[0]);
    for (let j = i; j >= 0 && j > i - 4; j--) {
      const m = this.mentions[j]!;
      if (m.range[0] <= offset && offset <= m.range[1]) return m;
    }
    return undefined;
  }

  /** The actor mentioned at `offset`, if any. */
  actorAt(offset: number): Actor | undefined {
    const mention = this.mentionAt(offset);
    return mention ? this.actor(mention.actor) : undefined;
  }

  /** The innermost quote whose outer range (marks included) contains `offset`. */
  quoteAt(offset: number): Quote | undefined {
    let found: Quote | undefined;
    for (const q of this.quotes) {
      if (q.outerRange[0] > offset) break;
      if (offset <= q.outerRange[1] && (!found || q.outerRange[0] >= found.outerRange[0])) found = q;
    }
    return found;
  }

  /** The date expression containing `offset`, if any. */
  dateAt(offset: number): DateExpression | undefined {
    return this.analysis.dates.find((d) => d.range[0] <= offset && offset <= d.range[1]);
  }

  /** The first quote starting after `offset`, wrapping to the first one. */
  nextQuote(offset: number): Quote | undefined {
    return this.quotes.find((q) => q.range[0] > offset) ?? this.quotes[0];
  }

  /** The last quote starting before `offset`, wrapping to the last one. */
  previousQuote(offset: number): Quote | undefined {
    for (let i = this.quotes.length - 1; i >= 0; i--) {
      const q = this.quotes[i]!;
      if (q.range[0] < offset && !(q.outerRange[0] <= offset && offset <= q.outerRange[1])) return q;
    }
    return this.quotes[this.quotes.length - 1];
  }

  /** Every quote attributed to the actor, in document order. */
  quotesBy(actorId: string): Quote[] {
    return this.quotes.filter((q) => q.speaker === actorId);
  }

  /**
   * Where an actor is introduced: its first mention written as the canonical name
   * (the "definition"), else its first mention.
   */
  definitionOf(actor: Actor): Range | undefined {
    const full = this.mentions.find((m) => m.actor === actor.id && m.text === actor.name);
    return full?.range ?? actor.mentions[0];
  }
}

/** Index of the last element whose key is <= value (-1 when none), by binary search. */
function lastStartingAtOrBefore<T>(items: readonly T[], value: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = items.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]!) <= value) {
      best = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return best;
}

/** Actors ordered by prominence: mentions plus quotes, ties by first appearance. */
export function byProminence(index: AnalysisIndex): Actor[] {
  const score = (a: Actor) => a.mentions.length + 2 * index.quotesBy(a.id).length;
  const first = (a: Actor) => a.mentions[0]?.[0] ?? Number.MAX_SAFE_INTEGER;
  return [...index.analysis.actors].sort((a, b) => score(b) - score(a) || first(a) - first(b));
}

/**
 * Short names for speaker labels, by actor id: the surname, unless another actor of the
 * article would get the same label (Maria and Daniel Okafor), then the full name.
 */
export function shortNames(actors: readonly Actor[]): Map<string, string> {
  const counts = new Map<string, number>();
  for (const a of actors) counts.set(shortName(a), (counts.get(shortName(a)) ?? 0) + 1);
  return new Map(actors.map((a) => [a.id, (counts.get(shortName(a)) ?? 0) > 1 ? a.name : shortName(a)]));
}

/** A short form of a person's name for labels: the last word ("Okafor"); organizations keep their name. */
export function shortName(actor: Actor): string {
  if (actor.type !== 'person') {
    const acronym = actor.aliases.find((a) => /^[A-Z]{2,6}$/.test(a));
    return acronym ?? actor.name;
  }
  const words = actor.name.split(/\s+/);
  return words[words.length - 1] ?? actor.name;
}
