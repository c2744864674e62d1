import * as vscode from 'vscode';
import type { AnalysisService } from './analysisService';
import type { DecorationController } from './decorations';
import { ACTORS_VIEW_ID, CommandId, InternalCommandId } from './ids';

/**
 * "12 actors · 9 quotes" for the active article (click: the actors view); for a skipped
 * file, why it was skipped and which setting to change (click: analyse anyway, when
 * the size limit was the reason).
 */
export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('newsLens.status', vscode.StatusBarAlignment.Right, 100);

  constructor(
    private readonly service: AnalysisService,
    private readonly decorations: DecorationController,
  ) {
    this.item.name = 'News Lens';
  }

  /** The text currently shown, or undefined when hidden (for tests and logs). */
  get text(): string | undefined {
    return this.visible ? this.item.text : undefined;
  }

  private visible = false;

  update(): void {
    const editor = vscode.window.activeTextEditor;
    const state = editor && this.service.state(editor.document);
    this.setArticleActive(state?.kind === 'ready' || state?.kind === 'pending');
    if (!state || (state.kind === 'skipped' && (state.reason.code === 'language' || state.reason.code === 'disabled'))) {
      this.hide();
      return;
    }
    if (state.kind === 'pending') {
      this.item.text = '$(sync~spin) News Lens: analysing…';
      this.item.tooltip = 'News Lens is analysing this long file in the background; highlights appear when it is done.';
      this.item.command = undefined;
      this.item.accessibilityInformation = { label: 'News Lens is analysing this file' };
    } else if (state.kind === 'skipped') {
      const { reason } = state;
      this.item.text = `$(circle-slash) News Lens: skipped, ${reason.short}`;
      const tooltip = new vscode.MarkdownString(undefined, true);
      tooltip.appendText(`${reason.message}.`);
      if (reason.setting) tooltip.appendMarkdown(`\n\nSetting: \`${reason.setting}\``);
      if (reason.code === 'tooLarge') tooltip.appendMarkdown('\n\nClick to analyse this file anyway.');
      this.item.tooltip = tooltip;
      this.item.command = reason.code === 'tooLarge' ? InternalCommandId.AnalyseAnyway : undefined;
      this.item.accessibilityInformation = { label: `News Lens skipped this file: ${reason.message}` };
    } else {
      const { actors, quotes } = state.entry.index.analysis;
      const quoteCount = quotes.filter((q) => q.kind !== 'other').length;
      const eye = this.decorations.highlightsEnabled ? '$(eye)' : '$(eye-closed)';
      this.item.text = `${eye} ${actors.length} actor${actors.length === 1 ? '' : 's'} · ${quoteCount} quote${quoteCount === 1 ? '' : 's'}`;
      // Click: the actors view; the tooltip's links: the Sources panel and the highlights.
      const tip = new vscode.MarkdownString(
        `News Lens: highlights ${this.decorations.highlightsEnabled ? 'on' : 'off'}. Click to open the actors view.\n\n` +
          `[$(graph) Show sources](command:${CommandId.ShowSources}) · [$(eye) Toggle highlights](command:${CommandId.ToggleHighlights})`,
        true,
      );
      tip.isTrusted = { enabledCommands: [CommandId.ShowSources, CommandId.ToggleHighlights] };
      this.item.tooltip = tip;
      this.item.command = `${ACTORS_VIEW_ID}.focus`;
      this.item.accessibilityInformation = undefined;
    }
    this.visible = true;
    this.item.show();
  }

  private articleActive: boolean | undefined;

  /** The `newsLens.articleActive` context key: the article commands and view show only then. */
  private setArticleActive(active: boolean): void {
    if (active === this.articleActive) return;
    this.articleActive = active;
    void vscode.commands.executeCommand('setContext', 'newsLens.articleActive', active);
  }

  private hide(): void {
    this.visible = false;
    this.item.hide();
  }

  dispose(): void {
    this.item.dispose();
  }
}
