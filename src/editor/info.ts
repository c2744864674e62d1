/**
 * The one-line document summary behind `News: Show Article Summary`. Kept free of
 * `vscode` so it is unit-tested on plain strings.
 */
export function describeDocument(text: string, languageId: string, enabled: boolean): string {
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
  const paragraphs = text.split(/(?:\r?\n|\r)\s*(?:\r?\n|\r)/).filter((p) => p.trim() !== '').length;
  const state = enabled ? 'analysis on' : 'analysis off (newsLens.enable)';
  return `${words} words · ${paragraphs} paragraphs · ${languageId} · ${state}`;
}
