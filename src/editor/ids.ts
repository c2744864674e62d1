import type { KindId } from '../core/kinds';
import type { ShowSpeakers } from './speakerLabels';

/** Every id News Lens contributes, declared once. They are public: users bind keys to commands. */

export const enum CommandId {
  ShowInfo = 'newsLens.showInfo',
  ToggleHighlights = 'newsLens.toggleHighlights',
  NextQuote = 'newsLens.nextQuote',
  PreviousQuote = 'newsLens.previousQuote',
  GoToActor = 'newsLens.goToActor',
  ExportAnnotations = 'newsLens.exportAnnotations',
  CopyQuoteWithAttribution = 'newsLens.copyQuoteWithAttribution',
  OpenAsArticle = 'newsLens.openAsArticle',
  Reanalyze = 'newsLens.reanalyze',
  ShowSources = 'newsLens.showSources',
  AnalyzeFolder = 'newsLens.analyzeFolder',
  FilterActors = 'newsLens.filterActors',
  ClearActorsFilter = 'newsLens.clearActorsFilter',
  SortActors = 'newsLens.sortActors',
}

/** Commands used by hover links and views; registered but not in the palette. */
export const enum InternalCommandId {
  RevealRange = 'newsLens.revealRange',
  AnalyseAnyway = 'newsLens.analyseAnyway',
}

/** The actors view in the Explorer. */
export const ACTORS_VIEW_ID = 'newsLens.actors';

/** The language News Lens contributes for article files. */
export const ARTICLE_LANGUAGE_ID = 'news-article';

/** Prefix of every setting (`newsLens.enable`, ...). */
export const CONFIG_SECTION = 'newsLens';

/** Typed view of the `newsLens.*` settings, so the compiler checks setting names. */
export interface NewsLensSettings {
  enable: boolean;
  languages: string[];
  /** Per kind of the registry (`src/core/kinds.ts`): whether to highlight it. */
  highlight: Record<KindId, boolean>;
  showSpeakers: ShowSpeakers;
  maxFileSizeKB: number;
  debounceMs: number;
}

/** The correction commands: public, with `(uri, range, …)` arguments or acting on the active editor's selection. */
export const enum CorrectionCommandId {
  MarkNotEntity = 'newsLens.markNotEntity',
  SetEntityType = 'newsLens.setEntityType',
  SetQuoteSpeaker = 'newsLens.setQuoteSpeaker',
  MarkNotQuote = 'newsLens.markNotQuote',
  AnnotateSelection = 'newsLens.annotateSelection',
  SameActor = 'newsLens.sameActor',
  DifferentActor = 'newsLens.differentActor',
  RemoveCorrection = 'newsLens.removeCorrection',
  AlwaysTreatAs = 'newsLens.alwaysTreatAs',
  ShowCorrections = 'newsLens.showCorrections',
}

/** The workspace names setting, `{ "X": "person" | "organization" | "place" | "ignore" }`. */
export const NAMES_SETTING = 'names';
