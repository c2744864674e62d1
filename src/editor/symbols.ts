import * as vscode from 'vscode';
import type { AnalysisEntry, AnalysisService } from './analysisService';
import { buildOutline, type OutlineNode } from './outline';
import { toRange } from './ranges';

const SYMBOL_KINDS: Record<OutlineNode['kind'], vscode.SymbolKind> = {
  article: vscode.SymbolKind.File,
  headline: vscode.SymbolKind.String,
  caption: vscode.SymbolKind.Field,
  meta: vscode.SymbolKind.Property,
  byline: vscode.SymbolKind.Property,
  standfirst: vscode.SymbolKind.Namespace,
  body: vscode.SymbolKind.Module,
  subhead: vscode.SymbolKind.Class,
  quote: vscode.SymbolKind.String,
};

/** The outline (Outline view, breadcrumbs, Go to Symbol) from the article anatomy. */
export class SymbolProvider implements vscode.DocumentSymbolProvider {
  constructor(private readonly service: AnalysisService) {}

  provideDocumentSymbols(document: vscode.TextDocument): vscode.ProviderResult<vscode.DocumentSymbol[]> {
    const entry = this.service.get(document);
    if (entry) return symbolsOf(document, entry);
    // A long document still being analysed: answer once its analysis is ready.
    return this.service.whenReady(document).then((ready) => (ready ? symbolsOf(document, ready) : []));
  }
}

/** The outline of a ready analysis, as document symbols. */
function symbolsOf(document: vscode.TextDocument, entry: AnalysisEntry): vscode.DocumentSymbol[] {
  const convert = (node: OutlineNode): vscode.DocumentSymbol => {
    const symbol = new vscode.DocumentSymbol(
      node.name.trim() || ' ',
      node.detail,
      SYMBOL_KINDS[node.kind],
      toRange(document, node.range),
      toRange(document, node.selectionRange),
    );
    symbol.children = node.children.map(convert);
    return symbol;
  };
  return buildOutline(entry.index.analysis).map(convert);
}
