/**
 * The engine's data model. Plain data only (no `vscode`), every offset a UTF-16
 * code-unit index into the analysed text, ranges half-open `[start, end)`, so
 * `text.slice(start, end)` gives the span back exactly.
 */

import type { CorrectionReport } from './corrections/types';

/** A half-open `[start, end)` range of UTF-16 offsets. */
export type Range = [start: number, end: number];

/** Who decided an item: the engine, or a person's correction (sidecar or `newsLens.names`). Absent means the engine. */
export type Origin = 'engine' | 'user';

export type SectionKind = 'headline' | 'caption' | 'meta' | 'byline' | 'standfirst' | 'body' | 'subhead';

/** One block of an article's outline, in document order. */
export interface Section {
  kind: SectionKind;
  /** The block's first line (trimmed); for `body`, its opening words. */
  title: string;
  range: Range;
  /**
   * Id of the rule that classified the block's first line ("byline.handle",
   * "subhead.capitals", "headline.announced"), when a named rule decided rather than position.
   */
  rule?: string;
}

/** One article of a file (a file may hold several, copied one after another). */
export interface Article {
  headline: string;
  headlineRange: Range;
  /** The whole article, headline to last body paragraph. */
  range: Range;
  /** "NAIROBI", "LONDON" ... or null. */
  dateline: string | null;
  datelineRange: Range | null;
  /** ISO date (YYYY-MM-DD) when the text states one, else null. */
  published: string | null;
  sections: Section[];
}

/** A paragraph: a run of non-blank lines (or one line, for line-per-paragraph copy). */
export interface Paragraph {
  range: Range;
  /** Index of the article it belongs to. */
  article: number;
  /** The section kind the paragraph is part of. */
  kind: SectionKind;
}

export type ActorType = 'person' | 'organization';
export type EntityType = ActorType | 'place' | 'date';

/** One occurrence of a name (or date) in the text. */
export interface Mention {
  type: EntityType;
  range: Range;
  /** The text of `range` (no title, no possessive, no trailing punctuation). */
  text: string;
  /** A title written before the name ("Lt. Gen.", "Prime Minister"), kept as role evidence. */
  title: string | null;
  /** Id of the actor this mention belongs to (people and organizations only). */
  actor: string | null;
  /** How sure the engine is of this mention's `type`, in [0, 1] (names only; absent for dates). */
  confidence?: number;
  /** Rule ids and strongest features that decided `type` (for `--explain`). */
  why?: string[];
  origin?: Origin;
}

/** A real-world person or organization, with every mention of it. */
export interface Actor {
  /** Stable within one analysis: a slug of the canonical name. */
  id: string;
  /** Canonical name: the fullest form seen, without titles. */
  name: string;
  type: ActorType;
  /** Every distinct surface form seen, with and without titles. */
  aliases: string[];
  /** Title, job or description the text gives the actor, or null. */
  role: string | null;
  /** Id of an organization actor the text ties this actor to, or null. */
  affiliation: string | null;
  mentions: Range[];
  /** People only: the gender the text itself states (honorific, role noun, pronouns), never guessed from a name. */
  gender?: 'female' | 'male' | 'unknown';
  /** How sure the engine is of `type`, in [0, 1] (learned evidence; absent before typing). */
  confidence?: number;
  /** Rule ids and strongest features that decided `type`, as short strings (for `--explain`). */
  why?: string[];
  origin?: Origin;
}

export interface Place {
  name: string;
  mentions: Range[];
  origin?: Origin;
}

export interface DateExpression {
  text: string;
  range: Range;
  /** ISO value (YYYY-MM-DD, YYYY-MM or YYYY) when it can be resolved, else null. */
  value: string | null;
  origin?: Origin;
}

export type QuoteKind = 'direct' | 'partial' | 'other';

export interface Quote {
  /** The characters between the marks. */
  text: string;
  /** Range of `text`, marks excluded. */
  range: Range;
  /** Range including the marks that are present (an unclosed quote has no closing mark). */
  outerRange: Range;
  kind: QuoteKind;
  /** Actor id of the speaker, or null. */
  speaker: string | null;
  /** The attributing verb or phrase as written ("said", "told the Courier", "according to"), or null. */
  cue: string | null;
  cueRange: Range | null;
  /** Index of the article the quote is in. */
  article: number;
  /** With no named speaker: the description the text gives ("a spokesperson for the ministry"), else null. */
  attributedTo?: string | null;
  /** How sure the engine is of `speaker` (or of "no speaker"), in [0, 1]; calibrated. */
  confidence?: number;
  /** Rule ids and strongest features that decided the speaker, as short strings (for `--explain`). */
  why?: string[];
  origin?: Origin;
}

/** Everything the engine knows about one text. */
export interface Analysis {
  /** Length of the analysed text, for range checks. */
  length: number;
  articles: Article[];
  paragraphs: Paragraph[];
  actors: Actor[];
  places: Place[];
  dates: DateExpression[];
  quotes: Quote[];
  /** Every mention of every type, in document order. */
  mentions: Mention[];
  /** Present when corrections were applied after the engine: which applied where, which are stale. */
  corrections?: CorrectionReport;
}
