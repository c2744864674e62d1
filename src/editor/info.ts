import type { Analysis } from '../core/types';

/**
 * The one-line document summary behind `News: Show Article Summary`. Kept free of
 * `vscode` so it is unit-tested on plain strings. Counts without building arrays, so a
 * skipped 20 MB file costs one linear scan and no garbage.
 */
export function describeDocument(text: string, languageId: string, enabled: boolean): string {
  const words = count(text, /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu);
  const paragraphs = count(text, /[^\r\n]*\S[^\r\n]*(?:(?:\r\n|\r|\n)[^\r\n]*\S[^\r\n]*)*/g);
  const state = enabled ? 'analysis on' : 'analysis off (newsLens.enable)';
  return `${words} words · ${paragraphs} paragraphs · ${languageId} · ${state}`;
}

function count(text: string, pattern: RegExp): number {
  let n = 0;
  pattern.lastIndex = 0;
  while (pattern.exec(text) !== null) n++;
  return n;
}

/**
 * Whether an analysis reads as a news article, enough to suggest the News Article mode:
 * a headline, and someone quoted or at least three people or organizations named.
 */
export function readsAsArticle(analysis: Analysis): boolean {
  const quoted = analysis.quotes.some((q) => q.kind !== 'other' && q.speaker !== null);
  return analysis.articles.some((a) => a.headline.trim() !== '') && (quoted || analysis.actors.length >= 3);
}
