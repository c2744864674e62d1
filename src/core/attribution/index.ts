import type { Segmentation } from '../anatomy';
import type { Actor, Mention, Quote } from '../types';

/** Fills each quote's speaker and cue. (Temporary: the attribution work replaces this.) */
export function attributeQuotes(
  _text: string,
  _quotes: Quote[],
  _mentions: readonly Mention[],
  _actors: readonly Actor[],
  _segmentation: Segmentation,
): void {}
