/**
 * CoNLL-2003 support for `npm run eval:conll`: parse the token/tag file, turn each
 * document back into plain article text (sentences as paragraphs, with a token → offset
 * map), and score predicted mention spans against the gold ones, exact match per type.
 */

/** One token with its BIO tag. */
export interface ConllToken {
  text: string;
  tag: string;
}

export type ConllSentence = ConllToken[];

/** The entity types compared (MISC has no counterpart in the export format). */
export type SpanType = 'PER' | 'ORG' | 'LOC';
export const SPAN_TYPES: readonly SpanType[] = ['PER', 'ORG', 'LOC'];

/** A typed `[start, end)` span in the detokenized text. */
export interface Span {
  type: SpanType;
  start: number;
  end: number;
}

/**
 * Parses CoNLL lines (`token TAG ...` or `token POS CHUNK TAG`: the tag is the last column
 * that looks like a BIO tag) into documents of sentences. `-DOCSTART-` lines start a
 * document; without them every sentence lands in one list and `splitDocuments` guesses.
 */
export function parseConll(source: string, limit = Infinity): { sentences: ConllSentence[]; docStarts: Set<number> } {
  const sentences: ConllSentence[] = [];
  const docStarts = new Set<number>();
  let current: ConllSentence = [];
  const flush = () => {
    if (current.length) sentences.push(current);
    current = [];
  };
  for (const line of source.split(/\r?\n/)) {
    if (sentences.length >= limit) break;
    const cols = line.trim().split(/\s+/);
    if (!line.trim()) {
      flush();
      continue;
    }
    if (cols[0] === '-DOCSTART-') {
      flush();
      docStarts.add(sentences.length);
      continue;
    }
    const tag = [...cols].reverse().find((c) => /^(?:[BIE]-[A-Z]+|O)$/.test(c)) ?? 'O';
    current.push({ text: cols[0]!, tag });
  }
  if (sentences.length < limit) flush();
  return { sentences: sentences.slice(0, limit), docStarts };
}

/** Tokens written without a space before them. */
const NO_SPACE_BEFORE = /^(?:[.,;:!?%)\]}]+|'s|'S|n't|N'T|'re|'ve|'ll|'d|'m|'|\.\.\.)$/;
/** Tokens written without a space after them. */
const NO_SPACE_AFTER = /^[(\[{$£€#]$/;

/**
 * Joins tokens into text the way a newswire would print it: no space before closing
 * punctuation and clitics, none after opening brackets and currency signs, straight
 * double quotes alternating open/close (the state carries across sentences of a document).
 * Returns the text and each token's start offset.
 */
export function detokenize(tokens: readonly string[], state = { quoteOpen: false }): { text: string; offsets: number[] } {
  let text = '';
  const offsets: number[] = [];
  let glueNext = true;
  for (const token of tokens) {
    let glue = glueNext || NO_SPACE_BEFORE.test(token);
    glueNext = NO_SPACE_AFTER.test(token);
    if (token === '"' || token === '``' || token === "''") {
      if (state.quoteOpen) glue = true;
      else glueNext = true;
      state.quoteOpen = !state.quoteOpen;
    }
    if (!glue) text += ' ';
    offsets.push(text.length);
    text += token === '``' || token === "''" ? '"' : token;
  }
  return { text, offsets };
}

const DATELINE = /^(?:[A-Z][A-Z.'&-]*(?: [A-Z][A-Z.'&-]*)*(?: ?, [A-Za-z][A-Za-z. ]*)? )?\d{4}-\d{2}-\d{2}$/;

/**
 * Groups sentences into documents. With `-DOCSTART-` marks, those; otherwise a new
 * document starts at the headline before each dateline sentence ("BRUSSELS 1996-08-22"),
 * one sentence earlier when a short byline sits between them. Uses the text only, never
 * the tags.
 */
export function splitDocuments(sentences: readonly ConllSentence[], docStarts: ReadonlySet<number>): ConllSentence[][] {
  const starts = new Set<number>(docStarts);
  if (starts.size === 0) {
    const plain = sentences.map((s) => detokenize(s.map((t) => t.text)).text);
    let last = -1;
    plain.forEach((line, i) => {
      if (!DATELINE.test(line) || i === 0) return;
      let start = i - 1;
      const before = plain[i - 1]!;
      if (i >= 2 && /^(?:[A-Z][a-z'.-]+ ){1,3}[A-Z][a-z'.-]+$/.test(before) && !DATELINE.test(plain[i - 2]!)) start = i - 2;
      if (start > last) {
        starts.add(start);
        last = start;
      }
    });
  }
  starts.add(0);
  const ordered = [...starts].filter((s) => s < sentences.length).sort((a, b) => a - b);
  return ordered.map((s, k) => sentences.slice(s, ordered[k + 1] ?? sentences.length));
}

/**
 * One document as article text: sentences as paragraphs separated by a blank line. Gives
 * the text, the gold spans (PER/ORG/LOC; MISC dropped) in it and each token's range.
 */
export function documentText(doc: readonly ConllSentence[]): { text: string; gold: Span[]; tokens: [number, number][] } {
  const parts: string[] = [];
  const gold: Span[] = [];
  const tokens: [number, number][] = [];
  const state = { quoteOpen: false };
  let base = 0;
  for (const sentence of doc) {
    const { text, offsets } = detokenize(sentence.map((t) => t.text), state);
    let open: Span | null = null;
    const close = () => {
      if (open) gold.push(open);
      open = null;
    };
    sentence.forEach((token, i) => {
      const [bio, type] = token.tag.split('-') as [string, string | undefined];
      const start = base + offsets[i]!;
      const end = start + (token.text === '``' || token.text === "''" ? 1 : token.text.length);
      tokens.push([start, end]);
      if (bio === 'O' || !type) return close();
      const isType = (SPAN_TYPES as readonly string[]).includes(type);
      if (bio === 'I' && open && open.type === type) {
        open.end = end;
        return;
      }
      close();
      if (isType) open = { type: type as SpanType, start, end };
    });
    close();
    parts.push(text);
    base += text.length + 2;
  }
  return { text: parts.join('\n\n') + '\n', gold, tokens };
}

/** Exact-match counts per type. */
export type SpanCounts = Record<SpanType, { tp: number; pred: number; gold: number }>;

export function emptySpanCounts(): SpanCounts {
  return { PER: { tp: 0, pred: 0, gold: 0 }, ORG: { tp: 0, pred: 0, gold: 0 }, LOC: { tp: 0, pred: 0, gold: 0 } };
}

/** Adds exact-match counts of `pred` against `gold` (duplicates of a span count once) into `into`. */
export function scoreSpans(gold: readonly Span[], pred: readonly Span[], into: SpanCounts = emptySpanCounts()): SpanCounts {
  const key = (s: Span) => `${s.type}:${s.start}:${s.end}`;
  const g = new Map(gold.map((s) => [key(s), s]));
  const p = new Map(pred.map((s) => [key(s), s]));
  for (const s of g.values()) into[s.type].gold++;
  for (const [k, s] of p) {
    into[s.type].pred++;
    if (g.has(k)) into[s.type].tp++;
  }
  return into;
}
