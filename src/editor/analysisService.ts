import * as vscode from 'vscode';
import type { Analysis } from '../core/types';
import type { NewsLensSettings } from './ids';
import { AnalysisIndex } from './lookup';
import { BINARY_SNIFF_LENGTH, skipReason, type SkipReason } from './eligibility';

/** The analysis of one document version. */
export interface AnalysisEntry {
  readonly uri: string;
  readonly version: number;
  readonly index: AnalysisIndex;
}

export type DocumentState =
  | { readonly kind: 'ready'; readonly entry: AnalysisEntry }
  | { readonly kind: 'skipped'; readonly reason: SkipReason };

/**
 * Owns the analyses of open documents: one per document version, computed on demand
 * and re-used until the document changes, dropped when it closes. Every feature asks it
 * for a document's state, so nothing is recomputed for an unchanged document.
 */
export class AnalysisService implements vscode.Disposable {
  private readonly entries = new Map<string, AnalysisEntry>();
  private readonly sizeOverrides = new Set<string>();
  private readonly changed = new vscode.EventEmitter<vscode.TextDocument>();
  private readonly disposables: vscode.Disposable[] = [this.changed];

  /** Fires after a document's analysis was (re)computed, or its state changed. */
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly analyzeText: (text: string) => Analysis,
    private readonly settings: (document: vscode.TextDocument) => NewsLensSettings,
  ) {
    this.disposables.push(
      vscode.workspace.onDidCloseTextDocument((d) => {
        this.entries.delete(d.uri.toString());
        this.sizeOverrides.delete(d.uri.toString());
      }),
    );
  }

  /** The document's state, analysing it now if its current version has not been. */
  state(document: vscode.TextDocument): DocumentState {
    const reason = this.skipReasonOf(document);
    if (reason) return { kind: 'skipped', reason };
    const key = document.uri.toString();
    let entry = this.entries.get(key);
    if (!entry || entry.version !== document.version) {
      entry = { uri: key, version: document.version, index: new AnalysisIndex(this.analyzeText(document.getText())) };
      this.entries.set(key, entry);
    }
    return { kind: 'ready', entry };
  }

  /** The current analysis, or undefined when the document is skipped. */
  get(document: vscode.TextDocument): AnalysisEntry | undefined {
    const s = this.state(document);
    return s.kind === 'ready' ? s.entry : undefined;
  }

  /** Whether the analysis held for the document is for its current version. */
  isFresh(document: vscode.TextDocument): boolean {
    return this.entries.get(document.uri.toString())?.version === document.version;
  }

  /** Re-analyses a document from scratch and tells listeners. */
  refresh(document: vscode.TextDocument): void {
    this.entries.delete(document.uri.toString());
    this.state(document);
    this.changed.fire(document);
  }

  /** Lets one document be analysed although it is over `newsLens.maxFileSizeKB`. */
  allowLarge(document: vscode.TextDocument): void {
    this.sizeOverrides.add(document.uri.toString());
    this.refresh(document);
  }

  /** Forgets every analysis (settings changed) and tells listeners about `documents`. */
  reset(documents: readonly vscode.TextDocument[]): void {
    this.entries.clear();
    for (const d of documents) this.changed.fire(d);
  }

  skipReasonOf(document: vscode.TextDocument): SkipReason | undefined {
    const head = document.getText(new vscode.Range(0, 0, Math.min(document.lineCount, 200), 0)).slice(0, BINARY_SNIFF_LENGTH);
    const length = document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
    return skipReason(
      { languageId: document.languageId, length, head },
      this.settings(document),
      this.sizeOverrides.has(document.uri.toString()),
    );
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
    this.entries.clear();
  }
}
