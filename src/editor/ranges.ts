import * as vscode from 'vscode';
import type { Range } from '../core/types';

/** Engine offsets → editor range. The only place offsets become positions. */
export function toRange(document: vscode.TextDocument, [start, end]: Range): vscode.Range {
  return new vscode.Range(document.positionAt(start), document.positionAt(end));
}
