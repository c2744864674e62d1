import * as vscode from 'vscode';
import type { ActorsView } from './actorsView';
import type { AnalysisService } from './analysisService';
import type { DecorationController } from './decorations';
import { CONFIG_SECTION, type NewsLensSettings } from './ids';
import type { StatusBar } from './statusBar';

/**
 * Keeps what the user sees in step with the documents: on an editor switch everything
 * is drawn at once; on typing, after a trailing debounce, only the visible editors of
 * the changed document are redrawn; on a settings change, everything.
 */
export class LiveUpdates implements vscode.Disposable {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly service: AnalysisService,
    private readonly decorations: DecorationController,
    private readonly statusBar: StatusBar,
    private readonly actorsView: ActorsView,
    private readonly settings: (document: vscode.TextDocument) => NewsLensSettings,
  ) {
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.showActive()),
      vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((e) => this.decorations.redraw(e))),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length > 0) this.schedule(e.document);
      }),
      vscode.workspace.onDidOpenTextDocument(() => this.statusBar.update()),
      vscode.workspace.onDidCloseTextDocument((d) => this.cancel(d)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(CONFIG_SECTION)) this.service.reset(vscode.workspace.textDocuments);
      }),
      service.onDidChange((document) => this.redrawDocument(document)),
    );
    this.showActive();
    for (const editor of vscode.window.visibleTextEditors) this.decorations.redraw(editor);
  }

  private showActive(): void {
    const editor = vscode.window.activeTextEditor;
    if (editor) this.decorations.redraw(editor);
    this.actorsView.show(editor?.document);
    this.statusBar.update();
  }

  private schedule(document: vscode.TextDocument): void {
    if (!vscode.window.visibleTextEditors.some((e) => e.document === document)) return;
    const key = document.uri.toString();
    this.cancel(document);
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        this.redrawDocument(document);
      }, this.settings(document).debounceMs),
    );
  }

  private cancel(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    const timer = this.timers.get(key);
    if (timer !== undefined) clearTimeout(timer);
    this.timers.delete(key);
  }

  private redrawDocument(document: vscode.TextDocument): void {
    for (const editor of vscode.window.visibleTextEditors) {
      if (editor.document === document) this.decorations.redraw(editor);
    }
    if (vscode.window.activeTextEditor?.document === document) {
      this.actorsView.show(document);
      this.statusBar.update();
    }
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    for (const d of this.disposables) d.dispose();
  }
}
