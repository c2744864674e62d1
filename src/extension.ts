import * as vscode from 'vscode';
import { ARTICLE_LANGUAGE_ID, CommandId, CONFIG_SECTION } from './editor/ids';
import { describeDocument } from './editor/info';

/** Entry point: registers the commands; everything is disposed through the context. */
export function activate(context: vscode.ExtensionContext): void {
  const log = vscode.window.createOutputChannel('News Lens', { log: true });
  context.subscriptions.push(
    log,
    vscode.commands.registerCommand(CommandId.ShowInfo, () => showInfo(log)),
    vscode.commands.registerCommand(CommandId.OpenAsArticle, openAsArticle),
  );
  log.info(`News Lens ${String(context.extension.packageJSON.version)} activated`);
}

export function deactivate(): void {
  // Nothing to do: every resource is in context.subscriptions.
}

/**
 * Shows a one-line summary of the active document; returns it too, so tests and
 * keybinding users get the same text.
 */
async function showInfo(log: vscode.LogOutputChannel): Promise<string | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage('News Lens: open an article to see its summary.');
    return undefined;
  }
  const enabled = vscode.workspace.getConfiguration(CONFIG_SECTION).get<boolean>('enable', true);
  const summary = describeDocument(editor.document.getText(), editor.document.languageId, enabled);
  log.info(summary);
  void vscode.window.showInformationMessage(`News Lens: ${summary}`);
  return summary;
}

/** Switches the active document to the News Article language (never edits it). */
async function openAsArticle(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  await vscode.languages.setTextDocumentLanguage(editor.document, ARTICLE_LANGUAGE_ID);
}
