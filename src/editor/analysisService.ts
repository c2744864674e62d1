import * as vscode from 'vscode';
import type { Analysis } from '../core/types';
import type { NewsLensSettings } from './ids';
import { AnalysisIndex } from './lookup';
import { BINARY_SNIFF_LENGTH, skipReason, type SkipReason } from './eligibility';
import type { DocumentVersion, Scheduler } from './analysisScheduler';

/** The analysis of one document version. */
export interface AnalysisEntry {
  readonly uri: string;
  readonly version: number;
  /** The corrected analysis (what every feature shows). */
  readonly index: AnalysisIndex;
  /** The engine's own analysis, before corrections, kept to re-apply them without re-analysing. */
  readonly engine: Analysis;
}

/** Turns the engine's analysis of a document into what is shown: corrections applied (plain data in and out). */
export type Corrector = (document: vscode.TextDocument, analysis: Analysis) => Analysis;

export type DocumentState =
  | { readonly kind: 'ready'; readonly entry: AnalysisEntry }
  | { readonly kind: 'skipped'; readonly reason: SkipReason }
  /** Being analysed (off this thread); `onDidChange` fires when it is ready. */
  | { readonly kind: 'pending' };

/** The state of a version whose analysis threw: shown as skipped, with the reason, until the document changes. */
const FAILED: SkipReason = { code: 'failed', short: 'analysis failed', message: 'The analysis of this version failed (details in the News Lens output)' };

/**
 * The state of a document closed meanwhile: nothing is analysed or kept for it (what is
 * kept is keyed by URI, and would outlive the close or be taken for the document that
 * opens the same file next).
 */
const CLOSED: SkipReason = { code: 'closed', short: 'closed', message: 'The document was closed' };

/**
 * Owns the analyses of open documents: one per document version, re-used until the
 * document changes, dropped when it closes. Each version is analysed asynchronously by
 * the scheduler (the engine worker: the incremental analyser there redoes only the
 * edited paragraphs), a long document's visible part first, and announced through
 * `onDidChange` when complete. An analysis is only ever handed out for the version it
 * was computed from.
 */
export class AnalysisService implements vscode.Disposable {
  private readonly entries = new Map<string, AnalysisEntry>();
  /** The visible part of a long document's version being analysed, for drawing before the rest is done. */
  private readonly previews = new Map<string, AnalysisEntry>();
  private readonly sizeOverrides = new Set<string>();
  /** The skip decision per document version: every provider call asks, and it reads settings and the file's head. */
  private readonly verdicts = new Map<string, { version: number; languageId: string; reason: SkipReason | undefined }>();
  /** The version whose analysis failed, per document. */
  private readonly failures = new Map<string, number>();
  private readonly changed = new vscode.EventEmitter<vscode.TextDocument>();
  private readonly disposables: vscode.Disposable[] = [this.changed];

  /** Fires after a document's analysis was (re)computed, or its state changed. */
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly scheduler: Scheduler,
    private readonly settings: (document: vscode.TextDocument) => NewsLensSettings,
    private readonly correct: Corrector = (_document, analysis) => analysis,
    private readonly log: (message: string) => void = () => undefined,
  ) {
    this.disposables.push(
      vscode.workspace.onDidCloseTextDocument((d) => {
        this.entries.delete(d.uri.toString());
        this.previews.delete(d.uri.toString());
        this.sizeOverrides.delete(d.uri.toString());
        this.verdicts.delete(d.uri.toString());
        this.failures.delete(d.uri.toString());
        this.scheduler.forget(d.uri.toString());
      }),
    );
  }

  /** The document's state: its analysis if the current version has one, else pending (and requested). */
  state(document: vscode.TextDocument): DocumentState {
    if (document.isClosed) return { kind: 'skipped', reason: CLOSED };
    const reason = this.skipReasonOf(document);
    if (reason) return { kind: 'skipped', reason };
    const key = document.uri.toString();
    const entry = this.entries.get(key);
    if (entry && entry.version === document.version) return { kind: 'ready', entry };
    if (this.failures.get(key) === document.version) return { kind: 'skipped', reason: FAILED };
    void this.analyse(document);
    return { kind: 'pending' };
  }

  /** The current analysis, or undefined when the document is skipped or still being analysed. */
  get(document: vscode.TextDocument): AnalysisEntry | undefined {
    const s = this.state(document);
    return s.kind === 'ready' ? s.entry : undefined;
  }

  /**
   * The analysis of the document's current version once it is ready, or undefined when
   * skipped or when the document changed meanwhile.
   */
  async whenReady(document: vscode.TextDocument): Promise<AnalysisEntry | undefined> {
    const s = this.state(document);
    if (s.kind !== 'pending') return s.kind === 'ready' ? s.entry : undefined;
    const version = document.version;
    await this.analyse(document);
    return document.version === version ? this.get(document) : undefined;
  }

  /**
   * What can be drawn now: the current version's analysis, else (a long document being
   * analysed) the analysis of its visible part once that is done. Never another version's.
   */
  drawable(document: vscode.TextDocument): AnalysisEntry | undefined {
    const ready = this.get(document);
    if (ready) return ready;
    const preview = this.previews.get(document.uri.toString());
    return preview?.version === document.version ? preview : undefined;
  }

  /** Keeps the visible part of a version being analysed, if it is still the document's current one. */
  acceptPreview(document: vscode.TextDocument, version: number, analysis: Analysis): void {
    if (document.isClosed || document.version !== version || this.isFresh(document)) return;
    this.previews.set(document.uri.toString(), this.entryOf(document, analysis));
    this.changed.fire(document);
  }

  /** Whether the analysis held for the document is for its current version. */
  isFresh(document: vscode.TextDocument): boolean {
    return this.entries.get(document.uri.toString())?.version === document.version;
  }

  /** Re-analyses a document from scratch and tells listeners. */
  refresh(document: vscode.TextDocument): void {
    this.entries.delete(document.uri.toString());
    this.failures.delete(document.uri.toString());
    this.scheduler.forget(document.uri.toString());
    this.state(document);
    this.changed.fire(document);
  }

  /** Re-applies the corrections to the document's analysis (they changed; the text did not) and tells listeners. */
  reapply(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    const entry = this.entries.get(key);
    if (entry && entry.version === document.version) this.entries.set(key, this.entryOf(document, entry.engine));
    const preview = this.previews.get(key);
    if (preview && preview.version === document.version) this.previews.set(key, this.entryOf(document, preview.engine));
    this.changed.fire(document);
  }

  /** Lets one document be analysed although it is over `newsLens.maxFileSizeKB`. */
  allowLarge(document: vscode.TextDocument): void {
    this.sizeOverrides.add(document.uri.toString());
    this.verdicts.delete(document.uri.toString());
    this.refresh(document);
  }

  /**
   * Settings changed: decides afresh which documents are analysed and tells listeners
   * about `documents`. The analyses are kept: they depend on the text alone, so what is
   * drawn never blinks out while a worker re-analyses an unchanged text.
   */
  reset(documents: readonly vscode.TextDocument[]): void {
    this.verdicts.clear();
    this.failures.clear();
    // The engine's analyses stay (no setting changes what the engine finds), but what is
    // shown is derived again: the settings may have changed the corrections (newsLens.names).
    for (const d of documents) this.reapply(d);
  }

  skipReasonOf(document: vscode.TextDocument): SkipReason | undefined {
    const key = document.uri.toString();
    const known = this.verdicts.get(key);
    if (known && known.version === document.version && known.languageId === document.languageId) return known.reason;
    const head = document.getText(new vscode.Range(0, 0, Math.min(document.lineCount, 200), 0)).slice(0, BINARY_SNIFF_LENGTH);
    const reason = skipReason(
      { languageId: document.languageId, length: this.lengthOf(document), head },
      this.settings(document),
      this.sizeOverrides.has(key),
    );
    this.verdicts.set(key, { version: document.version, languageId: document.languageId, reason });
    return reason;
  }

  private lengthOf(document: vscode.TextDocument): number {
    return document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
  }

  /** The one place an engine analysis becomes what is shown: corrections applied, then indexed. */
  private entryOf(document: vscode.TextDocument, engine: Analysis): AnalysisEntry {
    return { uri: document.uri.toString(), version: document.version, index: new AnalysisIndex(this.correct(document, engine)), engine };
  }

  private store(document: vscode.TextDocument, analysis: Analysis): AnalysisEntry {
    const entry = this.entryOf(document, analysis);
    this.entries.set(entry.uri, entry);
    this.previews.delete(entry.uri);
    return entry;
  }

  /**
   * Requests (or joins the request for) the analysis of the current version; stores and
   * announces it if still current. A failure is logged and remembered for that version.
   */
  private async analyse(document: vscode.TextDocument): Promise<void> {
    const version = versionOf(document);
    let analysis: Analysis | undefined;
    try {
      analysis = await this.scheduler.request(version);
    } catch (err) {
      if (document.isClosed || document.version !== version.version) return;
      this.log(`${version.uri} (version ${version.version}): ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      this.failures.set(version.uri, version.version);
      this.changed.fire(document);
      return;
    }
    if (!analysis || document.isClosed || document.version !== version.version || this.isFresh(document)) return;
    this.store(document, analysis);
    this.changed.fire(document);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
    this.entries.clear();
    this.verdicts.clear();
    this.previews.clear();
    this.failures.clear();
    this.scheduler.dispose();
  }
}

/** The document version the scheduler analyses, with the range its first visible editor shows. */
function versionOf(document: vscode.TextDocument): DocumentVersion {
  const editor = vscode.window.visibleTextEditors.find((e) => e.document === document);
  const shown = editor?.visibleRanges[0];
  return {
    uri: document.uri.toString(),
    version: document.version,
    getText: () => document.getText(),
    visible: shown ? [document.offsetAt(shown.start), document.offsetAt(shown.end)] : undefined,
  };
}
