import * as vscode from 'vscode';
import { describeCorrection } from '../core/corrections';
import type { CorrectionStore } from './corrections';
import { CorrectionCommandId } from './ids';

/**
 * A status bar item shown only when the active article's corrections need attention:
 * corrections no longer found in the text (stale, kept in the sidecar) or a sidecar that
 * cannot be read. Click: the News Lens output, which lists them.
 */
export class CorrectionStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('newsLens.corrections', vscode.StatusBarAlignment.Right, 99);
  private readonly disposables: vscode.Disposable[] = [this.item];
  private shown: string | undefined;

  constructor(private readonly store: CorrectionStore) {
    this.item.name = 'News Lens corrections';
    this.item.command = CorrectionCommandId.ShowCorrections;
    this.disposables.push(
      store.onDidReport((d) => d === vscode.window.activeTextEditor?.document && this.update()),
      store.onDidChange((d) => d === vscode.window.activeTextEditor?.document && this.update()),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
    );
    this.update();
  }

  /** The text shown, or undefined when hidden (for tests). */
  get text(): string | undefined {
    return this.shown;
  }

  update(): void {
    const document = vscode.window.activeTextEditor?.document;
    if (!document) return this.hide();
    const state = this.store.stateOf(document);
    if ('broken' in state) {
      this.show('$(error) Corrections file unreadable', `The corrections file beside this article cannot be used: ${state.broken}. It is left unchanged.`);
      return;
    }
    const stale = this.store.staleOf(document);
    if (stale.length === 0) return this.hide();
    const tooltip = new vscode.MarkdownString(undefined, true);
    tooltip.appendText(`Not found in the text any more (kept in the sidecar):\n`);
    for (const s of stale) tooltip.appendText(`\n• ${describeCorrection(s.correction)}`);
    this.show(`$(warning) ${stale.length} stale correction${stale.length === 1 ? '' : 's'}`, tooltip);
  }

  private show(text: string, tooltip: string | vscode.MarkdownString): void {
    this.item.text = text;
    this.item.tooltip = tooltip;
    this.shown = text;
    this.item.show();
  }

  private hide(): void {
    this.shown = undefined;
    this.item.hide();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
