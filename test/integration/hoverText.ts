import type * as vscode from 'vscode';

/** The text of every hover's contents, joined by lines: what a person reads in the card. */
export function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}
