import { segment, type Segmentation } from './anatomy';
import { findMentions } from './entities';
import { withMastheadOutlets } from './entities/mastheads';
import { withoutPlaceUses } from './entities/placeUses';
import { withDatelinePlaces } from './entities/datelinePlaces';
import { withNumberedPlaces } from './entities/numberedPlaces';
import { withListedPlaces } from './entities/listedPlaces';
import { withDescribedPersons } from './entities/describedPersons';
import { withShortOrgNames } from './entities/shortNames';
import { linkActors } from './actors';
import { findQuotes, withoutStrayOpenings } from './quotes';
import { attributeQuotes } from './attribution';
import { addSourceDetails } from './sources';
import type { Analysis, Mention, Quote } from './types';

/**
 * The paragraph-level stages, the ones an analyser may answer from a cache: names and dates
 * of the paragraphs, and their quotes (speakers not yet attributed).
 */
export interface ParagraphStages {
  mentions(text: string, segmentation: Segmentation): Mention[];
  quotes(text: string, segmentation: Segmentation): Quote[];
}

/** The stages computed from scratch. */
const fresh: ParagraphStages = {
  mentions: (text, segmentation) => findMentions(text, segmentation.paragraphs),
  quotes: (text, segmentation) => findQuotes(text, segmentation),
};

/**
 * The engine's pipeline, the one place its stage order is declared: anatomy (articles,
 * outline, paragraphs); entity mentions, then the passes that read the text around them
 * (the outlets mastheads name, places that only qualify a currency or title a digest,
 * the places a dateline names, places named by a kind and a number, places listed with places,
 * names described as people, organisations' short names); actor linking (actors, places,
 * dates); quotes (less the ones a stray apostrophe opened); attribution. `analyze` and the
 * incremental analyser both run it, with their own paragraph-level stages.
 */
export function runPipeline(text: string, stages: ParagraphStages): Analysis {
  const segmentation = segment(text);
  const outlets = withMastheadOutlets(text, segmentation.articles, stages.mentions(text, segmentation));
  const placed = withNumberedPlaces(text, withDatelinePlaces(text, segmentation.articles, withoutPlaceUses(text, outlets)));
  const mentions = withShortOrgNames(text, withDescribedPersons(text, withListedPlaces(text, placed)));
  const { actors, places, dates } = linkActors(text, mentions, segmentation);
  // A mention's reasons live on in its actor's `why`; kept on every mention as well, they
  // were a third of what an analysis holds in memory.
  for (const m of mentions) delete m.why;
  const quotes = withoutStrayOpenings(text, stages.quotes(text, segmentation), segmentation.paragraphs);
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

/**
 * Analyses a text: articles and outline, entity mentions, actors, places, dates, quotes
 * with speakers. Paragraph-level work first (cacheable per paragraph), then the cheap
 * document-level linking passes.
 */
export function analyze(text: string): Analysis {
  return runPipeline(text, fresh);
}
