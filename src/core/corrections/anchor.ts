/**
 * Anchors: a span remembered by its text and the text around it, so that it is found
 * again after the document is edited (a paragraph inserted above, words changed nearby)
 * and never moved onto other text. `offset` is only a hint: it decides between equally
 * good candidates and makes the common case (nothing moved) one comparison.
 */
import type { Anchor } from './types';

/** Characters of context kept on each side of an anchored span. */
export const CONTEXT = 32;

/**
 * Context characters (both sides together, counted from the span outwards) a candidate
 * must share with the anchor to be taken for it. With less, the span's own words may be
 * another occurrence of the same name: the correction is reported stale instead.
 */
export const MIN_CONTEXT = 16;

/** The anchor of `[start, end)` in `text`. */
export function anchorAt(text: string, start: number, end: number): Anchor {
  return {
    text: text.slice(start, end),
    before: text.slice(Math.max(0, start - CONTEXT), start),
    after: text.slice(end, end + CONTEXT),
    offset: start,
  };
}

/** Length of the common suffix of `a` and `text.slice(?, end)`, reading backwards from `end`. */
function sharedBefore(a: string, text: string, end: number): number {
  let n = 0;
  while (n < a.length && end - n - 1 >= 0 && a.charCodeAt(a.length - 1 - n) === text.charCodeAt(end - n - 1)) n++;
  return n;
}

/** Length of the common prefix of `a` and `text.slice(start)`. */
function sharedAfter(a: string, text: string, start: number): number {
  let n = 0;
  while (n < a.length && start + n < text.length && a.charCodeAt(n) === text.charCodeAt(start + n)) n++;
  return n;
}

/**
 * Where the anchored span is in `text` now, or null when it is gone (its text deleted or
 * changed, or no occurrence keeps enough of its context). Of the occurrences of the
 * span's text, the one sharing the most context wins; ties go to the one nearest the hint.
 */
export function locate(text: string, anchor: Anchor): [number, number] | null {
  const len = anchor.text.length;
  if (len === 0) return null;
  const available = anchor.before.length + anchor.after.length;
  const needed = Math.min(MIN_CONTEXT, available);
  const score = (at: number) => sharedBefore(anchor.before, text, at) + sharedAfter(anchor.after, text, at + len);
  const hint = anchor.offset;
  // Nothing moved: the hint holds the text with all its context.
  if (hint >= 0 && text.startsWith(anchor.text, hint) && score(hint) === available) return [hint, hint + len];

  let best = -1;
  let bestScore = -1;
  for (let at = text.indexOf(anchor.text); at >= 0; at = text.indexOf(anchor.text, at + 1)) {
    const s = score(at);
    if (s > bestScore || (s === bestScore && Math.abs(at - hint) < Math.abs(best - hint))) {
      best = at;
      bestScore = s;
    }
  }
  return best >= 0 && bestScore >= needed ? [best, best + len] : null;
}
