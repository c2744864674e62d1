import type { Segmentation } from '../anatomy';
import type { Actor, DateExpression, Mention, Place } from '../types';

export interface Linked {
  actors: Actor[];
  places: Place[];
  dates: DateExpression[];
}

/**
 * Groups mentions into actors (setting each person/organization mention's `actor`),
 * collects places, and resolves dates. (Temporary: the actors work replaces this.)
 */
export function linkActors(_text: string, _mentions: Mention[], _segmentation: Segmentation): Linked {
  return { actors: [], places: [], dates: [] };
}
