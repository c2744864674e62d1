import * as vscode from 'vscode';
import { toExport } from '../core/export';
import { barChart, escapeHtml, filesTable, genderLine, shareBar, sourcesTable, type SourceRow } from '../core/sources/render';
import { summariseFile, type FileSummary, type QuoteCounts } from '../core/sources/report';
import type { Range } from '../core/types';
import type { AnalysisService } from './analysisService';
import { toRange } from './ranges';

/** What a Sources webview shows: a title, quote counts, the rows, optionally the files table. */
export interface SourcesView {
  title: string;
  subtitle: string;
  counts: QuoteCounts;
  rows: SourceRow[];
  files: FileSummary[] | null;
}

/** Theme colours of the editor, for the classes the shared markup uses. */
const THEME_CSS = `
body { color: var(--vscode-foreground); background: var(--vscode-editor-background); font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); padding: 0 1.2em 1.5em; }
h1 { font-size: 1.3em; font-weight: 600; } h2 { font-size: 1.05em; font-weight: 600; margin-top: 1.6em; }
.muted, .legend { color: var(--vscode-descriptionForeground); }
svg { max-width: 100%; height: auto; display: block; }
.label, .value { fill: var(--vscode-foreground); font-size: 12px; }
.bar.person, .share.named { fill: var(--vscode-charts-blue); } .swatch.named { background: var(--vscode-charts-blue); }
.bar.organization { fill: var(--vscode-charts-purple); }
.bar.unnamed, .share.unnamed { fill: var(--vscode-charts-orange); } .swatch.unnamed { background: var(--vscode-charts-orange); }
.share.unattributed { fill: var(--vscode-charts-lines); } .swatch.unattributed { background: var(--vscode-charts-lines); }
.swatch { display: inline-block; width: 0.8em; height: 0.8em; margin-right: 0.3em; }
.key { margin-right: 1.2em; }
table { border-collapse: collapse; width: 100%; margin-top: 0.4em; }
th, td { text-align: left; padding: 0.2em 0.6em; border-bottom: 1px solid var(--vscode-panel-border, var(--vscode-widget-border, transparent)); }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
[data-key] { cursor: pointer; }
tr[data-key]:hover, g[data-key]:hover .label { background: var(--vscode-list-hoverBackground); text-decoration: underline; }
[data-key]:focus { outline: 1px solid var(--vscode-focusBorder); outline-offset: -1px; }
`;

/** Clicks and Enter/Space on a keyed row or bar go back to the extension. */
const SCRIPT = `
const vscode = acquireVsCodeApi();
const send = (el) => vscode.postMessage({ type: 'open', key: el.getAttribute('data-key') });
document.addEventListener('click', (e) => { const el = e.target.closest('[data-key]'); if (el) send(el); });
document.addEventListener('keydown', (e) => {
  if (e.key !== 'Enter' && e.key !== ' ') return;
  const el = e.target.closest && e.target.closest('[data-key]');
  if (el) { e.preventDefault(); send(el); }
});
`;

function nonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The webview's page: strict CSP (nonce'd style and script only, nothing remote), escaped text. */
export function sourcesHtml(view: SourcesView, cspSource: string): string {
  const n = nonce();
  const options = { interactive: true };
  const q = view.counts;
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-${n}'; script-src 'nonce-${n}'; img-src ${cspSource} data:;">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style nonce="${n}">${THEME_CSS}</style><title>${escapeHtml(view.title)}</title></head>
<body>
<h1>${escapeHtml(view.title)}</h1>
<p class="muted">${escapeHtml(view.subtitle)} · ${q.total} quote${q.total === 1 ? '' : 's'}: ${q.named} named, ${q.unnamed} unnamed, ${q.unattributed} unattributed</p>
${shareBar(q)}
<p class="muted">${genderLine(view.rows)}</p>
<h2>Who is quoted</h2>
${barChart(view.rows, { ...options, title: 'Quotes per source', limit: 20 })}
<h2>Sources</h2>
${sourcesTable(view.rows, options)}
${view.files ? `<h2>Files</h2>\n${filesTable(view.files, options)}` : ''}
<script nonce="${n}">${SCRIPT}</script>
</body></html>`;
}

/** The rows of one file's summary: its quoted actors, then its unnamed sources. */
export function fileRows(summary: FileSummary): { rows: SourceRow[]; ranges: Map<string, Range[]> } {
  const ranges = new Map<string, Range[]>();
  const rows: SourceRow[] = [];
  summary.sources.forEach((s, i) => {
    rows.push({ key: `s:${i}`, name: s.name, type: s.type, gender: s.gender, quotes: s.quotes, quotedWords: s.quotedWords });
    ranges.set(`s:${i}`, s.ranges);
  });
  summary.unnamed.forEach((u, i) => {
    rows.push({ key: `u:${i}`, name: u.description, type: 'unnamed', gender: null, quotes: u.quotes, quotedWords: u.quotedWords });
    ranges.set(`u:${i}`, u.ranges);
  });
  rows.sort((a, b) => b.quotes - a.quotes);
  return { rows, ranges };
}

/**
 * The Sources panel of the active article (`newsLens.showSources`): who is quoted, as a
 * chart and a table; clicking a source selects its quotes in turn. It follows the active
 * article and re-renders whenever its analysis changes (edits, corrections).
 */
export class SourcesPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private document: vscode.TextDocument | undefined;
  private ranges = new Map<string, Range[]>();
  private readonly next = new Map<string, number>();
  private readonly disposables: vscode.Disposable[] = [];
  private typing: ReturnType<typeof setTimeout> | undefined;
  /** What the panel shows now (for the extension's API and tests). */
  current: SourcesView | undefined;

  constructor(
    private readonly service: AnalysisService,
    private readonly debounceMs: () => number,
  ) {
    this.disposables.push(
      // Short documents are re-analysed on demand, without an event: redraw after typing stops.
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (!this.panel || e.document !== this.document || e.contentChanges.length === 0) return;
        clearTimeout(this.typing);
        this.typing = setTimeout(() => void this.render(), this.debounceMs());
      }),
      vscode.window.onDidChangeActiveTextEditor((e) => {
        if (this.panel && e && this.service.skipReasonOf(e.document) === undefined) this.show(e.document, false);
      }),
      this.service.onDidChange((d) => {
        if (this.panel && d === this.document) void this.render();
      }),
    );
  }

  /** Opens (or reveals) the panel for `document`. */
  show(document: vscode.TextDocument, reveal = true): void {
    this.document = document;
    this.next.clear();
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel('newsLens.sources', 'Sources', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
        enableScripts: true,
        localResourceRoots: [],
      });
      this.panel.onDidDispose(() => (this.panel = undefined), null, this.disposables);
      this.panel.webview.onDidReceiveMessage((m: { type?: string; key?: string }) => void this.open(m), null, this.disposables);
    } else if (reveal) {
      this.panel.reveal(undefined, true);
    }
    void this.render();
  }

  private async render(): Promise<void> {
    const document = this.document;
    if (!this.panel || !document) return;
    const entry = await this.service.whenReady(document);
    if (!this.panel || document !== this.document) return;
    const name = document.uri.path.split('/').pop() ?? 'article';
    if (!entry) {
      this.current = { title: `Sources — ${name}`, subtitle: 'not analysed (see the status bar)', counts: { total: 0, named: 0, unnamed: 0, unattributed: 0 }, rows: [], files: null };
    } else {
      const summary = summariseFile(toExport(entry.index.analysis, name));
      const { rows, ranges } = fileRows(summary);
      this.ranges = ranges;
      const articles = `${summary.articles} article${summary.articles === 1 ? '' : 's'}`;
      this.current = { title: `Sources — ${name}`, subtitle: articles, counts: summary.quotes, rows, files: null };
    }
    this.panel.title = this.current.title;
    this.panel.webview.html = sourcesHtml(this.current, this.panel.webview.cspSource);
  }

  /** A click on a source: select its next quote in the article. */
  private async open(message: { type?: string; key?: string }): Promise<void> {
    const document = this.document;
    const list = typeof message.key === 'string' ? this.ranges.get(message.key) : undefined;
    if (message.type !== 'open' || !document || !list || list.length === 0) return;
    const k = this.next.get(message.key!) ?? 0;
    this.next.set(message.key!, (k + 1) % list.length);
    const range = toRange(document, list[k]!);
    const editor = await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One, selection: range });
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  dispose(): void {
    clearTimeout(this.typing);
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
