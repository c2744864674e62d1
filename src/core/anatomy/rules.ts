/**
 * The shape of an anatomy vocabulary: the language-specific part of reading a news page's
 * lines. The recognisers in `classify.ts` are language-neutral machinery that walk these
 * ordered tables; a second language adds a `rules.<lang>.ts` of the same shape.
 */

/** One named way a line is recognised (as a meta line, a byline, a caption, a credit). */
export interface LineRule {
  /** Stable id, `kind.what` ("byline.by-name"): recorded on the section it decided. */
  readonly id: string;
  /** Whether `line` (trimmed, one paragraph) matches; `words` is its word count. */
  readonly test: (line: string, words: number) => boolean;
  /** A line the rule recognises, fictional (a unit test runs every rule on its example). */
  readonly example: string;
}

/** Everything language-specific the anatomy stage reads lines with. */
export interface AnatomyVocabulary {
  /** Page furniture: dates, share buttons, credits, notices, end marks. In order: the first match decides. */
  readonly meta: readonly LineRule[];
  /** The id of the meta rule for a heading of links to other stories ("Related News"): the headline-like lines under it are links too. */
  readonly linkListRule: string;
  /** The meta rule for lines that end an article or separate two ("(END)", "* * *"); one of `meta`. */
  readonly endMark: LineRule;
  /** Bylines: "By Jane Doe", "Staff reporter", "News reporter @handle". */
  readonly byline: readonly LineRule[];
  /** Photo captions and image credits that may also read as a sentence. */
  readonly caption: readonly LineRule[];
  /** Short standalone credit lines ("Getty Images", "Acme Regional Police"). */
  readonly credit: readonly LineRule[];
  /** Meta lines that state when the article was published / updated (for `published`). */
  readonly publishedPrefix: RegExp;
  readonly updatedPrefix: RegExp;
  /** A dated or "Published/Updated" line prefix: evidence that the header goes on. */
  readonly metaPrefix: RegExp;
  /** Words that start a line which never carries on the sentence of the line above. */
  readonly lineStartsMeta: RegExp;
  /** A bare name of two to four capitalised words (a byline in the header zone). */
  readonly nameLine: RegExp;
  /** Words that make a phrase a clause (pronoun subjects, auxiliaries, speech verbs): not a subhead. */
  readonly clauseWord: RegExp;
  /** A page's section or story-type label, whole ("The Long Read", "Analysis", "World news"): above a headline, not one. */
  readonly sectionLabel: RegExp;
  /** Words of an outlet's tagline under its masthead ("Community Newspaper Since 1998", "news in English and …"). */
  readonly taglineCue: RegExp;
  /** Head words that end a news outlet's name ("Press Agency", "Ledger"), lower case. */
  readonly outletHeads: ReadonlySet<string>;
  /** Question words that open a heading's clause ("What observers say"): a subhead despite its verb. */
  readonly whHeading: RegExp;
  /** Imperatives that open links and prompts ("Read", "Watch", "Sign up"): not a subhead. */
  readonly imperative: RegExp;
  /** Function words, left out when telling whether a line shares its topic with a paragraph. */
  readonly stopwords: ReadonlySet<string>;
  /** Month names as written in datelines ("Jan.", "September"), a regex source. */
  readonly monthName: string;
}
