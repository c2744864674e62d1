/**
 * Corrections: decisions a person made about an analysis ("this is a place", "the
 * speaker is …"), kept beside the article (`NAME.newslens.json`) and applied after the
 * engine, so every consumer shows the corrected annotation. Plain data only.
 */

/** The types a span can be given; `quote` makes the span a quotation. */
export type CorrectionType = 'person' | 'organization' | 'place';

/**
 * Where a correction applies, found again after edits by its text and the text around
 * it (`offset` is only a hint): `text` is the mention or quote exactly as written.
 */
export interface Anchor {
  text: string;
  /** Up to `CONTEXT` characters just before `text` (fewer at the start of the document). */
  before: string;
  /** Up to `CONTEXT` characters just after `text`. */
  after: string;
  /** UTF-16 offset of `text` when the correction was made or last re-anchored. */
  offset: number;
}

/** What a person decided about the anchored span. */
export type Decision =
  /** Not a name (nor a date): this mention and every other mention written the same way go. */
  | { action: 'notEntity' }
  /** The span is a person / organization / place (a highlight retyped, or a selection annotated). */
  | { action: 'type'; type: CorrectionType }
  /** The mention's actor is the same actor as the one named `actor`. */
  | { action: 'sameActor'; actor: string }
  /** The mention is an actor of its own, split from the one the engine merged it into. */
  | { action: 'differentActor' }
  /** The quote's speaker is the actor named `speaker`, or nobody / an unnamed source (null). */
  | { action: 'speaker'; speaker: string | null }
  /** The span the engine took for a quote is not one. */
  | { action: 'notQuote' }
  /** The span is a quotation (a selection annotated as a quote). */
  | { action: 'quote' };

export type Action = Decision['action'];

/** One correction: a decision and where it applies. Unknown keys read from a file are kept. */
export type Correction = Decision & Anchor & { [extra: string]: unknown };

/** The sidecar file's content (`NAME.newslens.json`, format version 1). */
export interface CorrectionsFile {
  version: 1;
  corrections: Correction[];
}

/** What the `newsLens.names` setting / `--names FILE` list holds: a name and how to treat it everywhere. */
export type NameRule = CorrectionType | 'ignore';
export type NamesList = Readonly<Record<string, NameRule>>;

/** Everything applied after the engine: one file's corrections and the workspace names. */
export interface CorrectionInput {
  corrections: readonly Correction[];
  names: NamesList;
}

/** A correction found in the analysed text, with where. */
export interface AppliedCorrection {
  /** Index in the sidecar's `corrections`. */
  index: number;
  correction: Correction;
  range: [number, number];
}

/** A correction whose text is no longer in the document: reported, never dropped. */
export interface StaleCorrection {
  index: number;
  correction: Correction;
}

/** What applying corrections found, carried on the corrected `Analysis`. */
export interface CorrectionReport {
  applied: AppliedCorrection[];
  stale: StaleCorrection[];
}
