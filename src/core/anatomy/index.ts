import type { Article, Paragraph } from '../types';

/** A file split into articles, their outline sections, and paragraphs. */
export interface Segmentation {
  articles: Article[];
  paragraphs: Paragraph[];
}

/** Splits a file into articles and paragraphs. (Temporary: the anatomy work replaces this.) */
export function segment(_text: string): Segmentation {
  return { articles: [], paragraphs: [] };
}
