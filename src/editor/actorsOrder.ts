import type { Actor, Place } from '../core/types';
import { byProminence, type AnalysisIndex } from './lookup';

/** How the actors view orders each group. */
export type ActorSort = 'prominence' | 'quotes' | 'name';

export const ACTOR_SORTS: ReadonlyArray<{ id: ActorSort; label: string; detail: string }> = [
  { id: 'prominence', label: 'Prominence', detail: 'Most mentioned and quoted first' },
  { id: 'quotes', label: 'Quotes', detail: 'Most quoted first, then by prominence' },
  { id: 'name', label: 'Name', detail: 'Alphabetically' },
];

export function isActorSort(value: unknown): value is ActorSort {
  return ACTOR_SORTS.some((s) => s.id === value);
}

/** Lower case without accents, so "jose" finds "José". */
function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Whether an actor or place matches a filter: any of its names or its role contains it. */
export function matchesFilter(item: Actor | Place, filter: string): boolean {
  const needle = fold(filter.trim());
  if (needle === '') return true;
  const haystack = 'aliases' in item ? [item.name, ...item.aliases, item.role ?? ''] : [item.name];
  return haystack.some((s) => fold(s).includes(needle));
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' });

/** The actors of the index that match `filter`, in `sort` order. */
export function orderActors(index: AnalysisIndex, sort: ActorSort, filter: string): Actor[] {
  const ranked = byProminence(index).filter((a) => matchesFilter(a, filter));
  if (sort === 'name') return ranked.sort(byName);
  if (sort === 'quotes') {
    const quotes = new Map(ranked.map((a) => [a.id, index.quotesBy(a.id).length]));
    // Array.prototype.sort is stable: equal quote counts keep prominence order.
    return ranked.sort((a, b) => (quotes.get(b.id) ?? 0) - (quotes.get(a.id) ?? 0));
  }
  return ranked;
}

/** The places that match `filter`: most mentioned first (places are never quoted), or by name. */
export function orderPlaces(places: readonly Place[], sort: ActorSort, filter: string): Place[] {
  const first = (p: Place) => p.mentions[0]?.[0] ?? Number.MAX_SAFE_INTEGER;
  const matching = places.filter((p) => matchesFilter(p, filter));
  return sort === 'name' ? matching.sort(byName) : matching.sort((a, b) => b.mentions.length - a.mentions.length || first(a) - first(b));
}
