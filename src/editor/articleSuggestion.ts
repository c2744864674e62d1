import * as vscode from 'vscode';
import type { AnalysisService } from './analysisService';
import { CommandId } from './ids';
import { readsAsArticle } from './info';

/** globalState key: the suggestion was shown once and is not shown again. */
export const SUGGESTED_KEY = 'newsLens.articleModeSuggested';

/**
 * Suggests, once ever, opening a plain `.txt` that reads as a news article in the News
 * Article mode (which wraps lines and colours headlines and quotes). Whatever the answer,
 * closing it included, it is remembered in globalState and never shown again.
 */
export class ArticleModeSuggestion implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[];
  private shown: boolean;

  constructor(
    private readonly service: AnalysisService,
    private readonly state: vscode.Memento,
  ) {
    this.shown = state.get<boolean>(SUGGESTED_KEY, false);
    this.disposables = this.shown
      ? []
      : [vscode.window.onDidChangeActiveTextEditor(() => this.consider()), service.onDidChange(() => this.consider())];
    this.consider();
  }

  private consider(): void {
    const document = vscode.window.activeTextEditor?.document;
    if (this.shown || !document || document.languageId !== 'plaintext' || !/\.txt$/i.test(document.uri.path)) return;
    const entry = this.service.state(document);
    if (entry.kind !== 'ready' || !readsAsArticle(entry.entry.index.analysis)) return;
    this.shown = true;
    void this.state.update(SUGGESTED_KEY, true);
    for (const d of this.disposables) d.dispose();
    void this.ask(document);
  }

  private async ask(document: vscode.TextDocument): Promise<void> {
    const open = 'Open as News Article';
    const answer = await vscode.window.showInformationMessage(
      `${document.uri.path.split('/').pop() ?? 'This file'} reads as a news article. Open it in the News Article mode, which wraps long lines and colours headlines and quotes? (News Lens asks only once.)`,
      open,
      'Not Now',
    );
    if (answer !== open || document.isClosed) return;
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand(CommandId.OpenAsArticle);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
