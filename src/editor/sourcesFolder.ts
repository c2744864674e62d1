import * as vscode from 'vscode';
import { toExport } from '../core/export';
import { reportRows } from '../core/sources/render';
import { ReportBuilder, sourceKey, summariseFile, type FileSummary, type SourcesReport } from '../core/sources/report';
import type { Analysis, Range } from '../core/types';
import type { AnalysisService } from './analysisService';
import type { NewsLensSettings } from './ids';
import { sourcesHtml, type SourcesView } from './sourcesPanel';

/** One analysed file of the corpus: its summary, and its actors' mentions by name and type. */
interface CorpusFile {
  uri: vscode.Uri;
  summary: FileSummary;
  /** sourceKey(actor) → mention offsets. */
  mentions: Map<string, Range[]>;
  /** Offsets of line starts, to turn mention offsets into positions without opening the file. */
  lineStarts: number[];
}

/** How a file of the folder is decoded: UTF-8 text, else skipped (binary, other encodings). */
function decode(bytes: Uint8Array): string | null {
  if (bytes.subarray(0, 8192).includes(0)) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return null;
  }
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

function positionIn(lineStarts: number[], offset: number): vscode.Position {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return new vscode.Position(lo, offset - lineStarts[lo]!);
}

/**
 * Lets the event loop run between files, so the extension host never stalls on a folder.
 * A timer, not `setImmediate`: the web-worker extension host has no `setImmediate`.
 */
const yieldToHost = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * `newsLens.analyzeFolder`: analyses every `.txt` under a folder with a cancellable
 * progress notification, opens "Sources — FOLDER" (the report's chart and table plus a
 * per-file table; clicks open the file at the quote) and returns the same summary object
 * as `news-lens report`. The analysed files also answer Find All References on an actor
 * by name, in every other file of the folder.
 */
export class FolderSources implements vscode.Disposable, vscode.ReferenceProvider {
  private corpus: CorpusFile[] = [];
  private panel: vscode.WebviewPanel | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  /** What the folder panel shows now (for the extension's API and tests). */
  current: SourcesView | undefined;

  /**
   * `analyzeText` runs the engine off this thread (the editor's engine worker): a folder of
   * articles must not stall the extension host. It resolves to undefined when cancelled.
   */
  constructor(
    private readonly service: AnalysisService,
    private readonly settings: () => NewsLensSettings,
    private readonly analyzeText: (uri: vscode.Uri, text: string) => Promise<Analysis | undefined>,
  ) {}

  /** Runs the command; resolves to the report, or undefined when cancelled or no folder was chosen. */
  async analyzeFolder(uri?: vscode.Uri, token?: vscode.CancellationToken): Promise<SourcesReport | undefined> {
    const folder = uri ?? (await this.pickFolder());
    if (!folder) return undefined;
    const files = await this.listFiles(folder);
    const name = folder.path.split('/').filter(Boolean).pop() ?? folder.toString();
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `News Lens: analysing ${name}`, cancellable: true },
      (progress, cancel) => this.analyseFiles(folder, files, progress, token ? anyCancelled(cancel, token) : cancel),
    );
    if (!result) return undefined;
    this.corpus = result.corpus;
    this.show(name, result.report);
    return result.report;
  }

  private async pickFolder(): Promise<vscode.Uri | undefined> {
    const picked = await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, openLabel: 'Analyse Folder' });
    return picked?.[0];
  }

  /** Every `.txt` file under the folder, sorted by path (as the CLI sorts them). */
  private async listFiles(folder: vscode.Uri): Promise<vscode.Uri[]> {
    const out: vscode.Uri[] = [];
    const walk = async (dir: vscode.Uri): Promise<void> => {
      const entries = await vscode.workspace.fs.readDirectory(dir);
      entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      for (const [entry, type] of entries) {
        if (entry.startsWith('.')) continue;
        const child = vscode.Uri.joinPath(dir, entry);
        if (type & vscode.FileType.Directory) await walk(child);
        else if (type & vscode.FileType.File && entry.toLowerCase().endsWith('.txt')) out.push(child);
      }
    };
    await walk(folder);
    return out;
  }

  private async analyseFiles(
    folder: vscode.Uri,
    files: vscode.Uri[],
    progress: vscode.Progress<{ message?: string; increment?: number }>,
    token: vscode.CancellationToken,
  ): Promise<{ report: SourcesReport; corpus: CorpusFile[] } | undefined> {
    const builder = new ReportBuilder();
    const corpus: CorpusFile[] = [];
    const limit = this.settings().maxFileSizeKB * 1024;
    for (const [i, uri] of files.entries()) {
      if (token.isCancellationRequested) return undefined;
      progress.report({ message: `${i + 1} of ${files.length}`, increment: 100 / Math.max(1, files.length) });
      const bytes = await vscode.workspace.fs.readFile(uri);
      // The CLI refuses what it cannot read; here a folder of mixed files is normal: skip.
      const text = bytes.length > limit ? null : decode(bytes);
      await yieldToHost();
      if (text === null || token.isCancellationRequested) continue;
      const analysis = await this.analyzeText(uri, text);
      if (!analysis) continue;
      const relative = uri.path.slice(folder.path.replace(/\/$/, '').length + 1);
      const summary = summariseFile(toExport(analysis, relative));
      builder.add(summary);
      const mentions = new Map<string, Range[]>();
      for (const a of analysis.actors) mentions.set(sourceKey(a), a.mentions);
      corpus.push({ uri, summary, mentions, lineStarts: lineStartsOf(text) });
    }
    if (token.isCancellationRequested) return undefined;
    return { report: builder.build(), corpus };
  }

  private show(name: string, report: SourcesReport): void {
    this.current = {
      title: `Sources — ${name}`,
      subtitle: `${report.files} file${report.files === 1 ? '' : 's'} · ${report.articles} articles`,
      counts: report.quotes,
      rows: reportRows(report),
      files: this.corpus.map((f) => f.summary),
    };
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel('newsLens.folderSources', this.current.title, vscode.ViewColumn.Active, {
        enableScripts: true,
        localResourceRoots: [],
        retainContextWhenHidden: false,
      });
      this.panel.onDidDispose(() => (this.panel = undefined), null, this.disposables);
      this.panel.webview.onDidReceiveMessage((m: { type?: string; key?: string }) => void this.open(m, report), null, this.disposables);
    }
    this.panel.title = this.current.title;
    this.panel.webview.html = sourcesHtml(this.current, this.panel.webview.cspSource);
  }

  /** A click: a file row opens the file; a source opens the first file that quotes it, at the quote. */
  private async open(message: { type?: string; key?: string }, report: SourcesReport): Promise<void> {
    if (message.type !== 'open' || typeof message.key !== 'string') return;
    const [kind, index] = message.key.split(':');
    let target: { uri: vscode.Uri; range?: Range } | undefined;
    if (kind === 'file') {
      const f = this.corpus[Number(index)];
      if (f) target = { uri: f.uri, range: f.summary.sources[0]?.ranges[0] };
    } else if (kind === 'source') {
      const s = report.sources[Number(index)];
      const key = s && sourceKey(s);
      for (const f of this.corpus) {
        const hit = f.summary.sources.find((x) => sourceKey(x) === key);
        if (hit) {
          target = { uri: f.uri, range: hit.ranges[0] };
          break;
        }
      }
    }
    if (!target) return;
    const document = await vscode.workspace.openTextDocument(target.uri);
    const selection = target.range ? new vscode.Range(document.positionAt(target.range[0]), document.positionAt(target.range[1])) : undefined;
    await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One, selection });
  }

  /** Find All References: the actor's mentions in the other analysed files of the folder. */
  provideReferences(document: vscode.TextDocument, position: vscode.Position): vscode.Location[] {
    if (this.corpus.length === 0) return [];
    const actor = this.service.get(document)?.index.actorAt(document.offsetAt(position));
    if (!actor) return [];
    const key = sourceKey(actor);
    const out: vscode.Location[] = [];
    for (const f of this.corpus) {
      if (f.uri.toString() === document.uri.toString()) continue;
      for (const [s, e] of f.mentions.get(key) ?? []) {
        out.push(new vscode.Location(f.uri, new vscode.Range(positionIn(f.lineStarts, s), positionIn(f.lineStarts, e))));
      }
    }
    return out;
  }

  dispose(): void {
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

/** A token cancelled when either is. */
function anyCancelled(a: vscode.CancellationToken, b: vscode.CancellationToken): vscode.CancellationToken {
  return {
    get isCancellationRequested() {
      return a.isCancellationRequested || b.isCancellationRequested;
    },
    onCancellationRequested: (listener, thisArgs, disposables) => {
      const one = a.onCancellationRequested(listener, thisArgs, disposables);
      const two = b.onCancellationRequested(listener, thisArgs, disposables);
      return { dispose: () => (one.dispose(), two.dispose()) };
    },
  };
}
