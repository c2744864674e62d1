import { segment } from './anatomy';
import { findMentions } from './entities';
import { linkActors } from './actors';
import { findQuotes } from './quotes';
import { attributeQuotes } from './attribution';
import { addSourceDetails } from './sources';
import type { Analysis } from './types';

/**
 * Analyses a text: articles and outline, entity mentions, actors, places, dates, quotes
 * with speakers. Paragraph-level work first (cacheable per paragraph), then the cheap
 * document-level linking passes.
 */
export function analyze(text: string): Analysis {
  const segmentation = segment(text);
  const mentions = findMentions(text, segmentation.paragraphs);
  const { actors, places, dates } = linkActors(text, mentions, segmentation);
  const quotes = findQuotes(text, segmentation);
  attributeQuotes(text, quotes, mentions, actors, segmentation);
  return addSourceDetails(text, {
    length: text.length,
    articles: segmentation.articles,
    paragraphs: segmentation.paragraphs,
    actors,
    places,
    dates,
    quotes,
    mentions,
  });
}
