import * as vscode from 'vscode';
import { toBrat, toExport } from '../core/export';
import type { Actor, Quote } from '../core/types';
import type { AnalysisService, DocumentState } from './analysisService';
import type { DecorationController } from './decorations';
import { ARTICLE_LANGUAGE_ID, CommandId, InternalCommandId } from './ids';
import { describeDocument } from './info';
import { byProminence, type AnalysisIndex } from './lookup';
import { excerpt } from './hoverContent';
import { toRange } from './ranges';
import { summaryMarkdown } from './summaryDocument';
import type { StatusBar } from './statusBar';

/** What the command handlers need; passed in, never imported as singletons. */
export interface CommandDeps {
  service: AnalysisService;
  decorations: DecorationController;
  statusBar: StatusBar;
  log: vscode.LogOutputChannel;
}

/**
 * Registers every News Lens command. No command edits a document: they read the
 * analysis, move the selection, write to the clipboard or to a new file.
 */
/** What the user is told while a document is still being analysed (it changed meanwhile). */
const PENDING_MESSAGE = 'still analysing this file';

export function registerCommands(deps: CommandDeps): vscode.Disposable[] {
  const { service, decorations, statusBar, log } = deps;
  const summaries = new SummaryDocuments();
  const withArticle = async <T>(run: (editor: vscode.TextEditor, index: AnalysisIndex) => T): Promise<Awaited<T> | undefined> => {
    const editor = vscode.window.activeTextEditor;
    if (!editor) {
      void vscode.window.showInformationMessage('News Lens: open an article first.');
      return undefined;
    }
    const state = await settled(editor.document);
    if (state.kind === 'skipped') {
      void vscode.window.showInformationMessage(`News Lens: ${state.reason.message}.`);
      return undefined;
    }
    if (state.kind === 'pending') {
      void vscode.window.showInformationMessage(`News Lens: ${PENDING_MESSAGE}, try again in a moment.`);
      return undefined;
    }
    return await run(editor, state.entry.index);
  };
  /** The document's state once its current version is analysed (pending only if it changed meanwhile). */
  const settled = async (document: vscode.TextDocument): Promise<DocumentState> => {
    if (service.state(document).kind === 'pending') await service.whenReady(document);
    return service.state(document);
  };

  return [
    summaries,
    vscode.workspace.registerTextDocumentContentProvider(SUMMARY_SCHEME, summaries),

    vscode.commands.registerCommand(CommandId.ShowInfo, async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) {
        void vscode.window.showInformationMessage('News Lens: open an article to see its summary.');
        return undefined;
      }
      const state = await settled(editor.document);
      const counts = state.kind === 'ready' ? ` · ${countsOf(state.entry.index)}` : state.kind === 'pending' ? ` · ${PENDING_MESSAGE}` : ` · ${state.reason.message}`;
      const summary = describeDocument(editor.document.getText(), editor.document.languageId, state.kind === 'ready') + counts;
      log.info(summary);
      if (state.kind !== 'ready') {
        void vscode.window.showInformationMessage(`News Lens: ${summary}`);
        return summary;
      }
      // A readable document beside the article, in the Markdown preview (desktop and web alike).
      const name = editor.document.uri.path.split('/').pop() || 'Untitled';
      const uri = vscode.Uri.from({ scheme: SUMMARY_SCHEME, path: `/Summary of ${name}.md` });
      summaries.set(uri, summaryMarkdown(state.entry.index, name, summary));
      await vscode.commands.executeCommand('markdown.showPreviewToSide', uri);
      return summary;
    }),

    vscode.commands.registerCommand(CommandId.ToggleHighlights, () => {
      decorations.setEnabled(!decorations.highlightsEnabled);
      statusBar.update();
      return decorations.highlightsEnabled;
    }),

    vscode.commands.registerCommand(CommandId.NextQuote, () =>
      withArticle((editor, index) => select(editor, index.nextQuote(editor.document.offsetAt(editor.selection.active)))),
    ),
    vscode.commands.registerCommand(CommandId.PreviousQuote, () =>
      withArticle((editor, index) => select(editor, index.previousQuote(editor.document.offsetAt(editor.selection.active)))),
    ),

    vscode.commands.registerCommand(CommandId.GoToActor, (actorId?: string) =>
      withArticle(async (editor, index) => (actorId ? pickQuoteOf(editor, index, actorId) : pickActor(editor, index))),
    ),

    vscode.commands.registerCommand(CommandId.ExportAnnotations, (target?: vscode.Uri) =>
      withArticle((editor, index) => exportAnnotations(editor.document, index, target)),
    ),

    vscode.commands.registerCommand(CommandId.CopyQuoteWithAttribution, () =>
      withArticle(async (editor, index) => {
        const quote = index.quoteAt(editor.document.offsetAt(editor.selection.active));
        if (!quote) {
          void vscode.window.showInformationMessage('News Lens: put the cursor inside a quotation to copy it.');
          return undefined;
        }
        const text = quoteWithAttribution(quote, index.actor(quote.speaker));
        await vscode.env.clipboard.writeText(text);
        return text;
      }),
    ),

    vscode.commands.registerCommand(CommandId.OpenAsArticle, async () => {
      const editor = vscode.window.activeTextEditor;
      if (editor && editor.document.languageId !== ARTICLE_LANGUAGE_ID) {
        await vscode.languages.setTextDocumentLanguage(editor.document, ARTICLE_LANGUAGE_ID);
      }
    }),

    vscode.commands.registerCommand(CommandId.Reanalyze, () => {
      const editor = vscode.window.activeTextEditor;
      if (editor) service.refresh(editor.document);
    }),

    vscode.commands.registerCommand(InternalCommandId.RevealRange, async (uri: string, start: number, end: number) => {
      const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
      const editor = await vscode.window.showTextDocument(document, { preserveFocus: false });
      select(editor, { range: [start, end] });
    }),

    vscode.commands.registerCommand(InternalCommandId.AnalyseAnyway, () => {
      const editor = vscode.window.activeTextEditor;
      if (editor) service.allowLarge(editor.document);
    }),
  ];
}

function countsOf(index: AnalysisIndex): string {
  const { actors, quotes } = index.analysis;
  return `${actors.length} actors · ${quotes.filter((q) => q.kind !== 'other').length} quotes`;
}

/** Selects a range (a quote's text, a mention) and scrolls it into view. */
function select(editor: vscode.TextEditor, target: { range: [number, number] } | undefined): void {
  if (!target) return;
  const range = toRange(editor.document, target.range);
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** “…” — Name, role: how a journalist cites a quote. */
export function quoteWithAttribution(quote: Quote, speaker: Actor | undefined): string {
  const text = `“${quote.text.replace(/\s+/g, ' ').trim()}”`;
  if (!speaker) return text;
  return speaker.role ? `${text} — ${speaker.name}, ${speaker.role}` : `${text} — ${speaker.name}`;
}

async function pickActor(editor: vscode.TextEditor, index: AnalysisIndex): Promise<void> {
  type Item = vscode.QuickPickItem & { actor: Actor };
  const items: Item[] = byProminence(index).map((actor) => {
    const quotes = index.quotesBy(actor.id).length;
    return {
      actor,
      label: `$(${actor.type === 'person' ? 'person' : 'organization'}) ${actor.name}`,
      description: `${actor.mentions.length} mention${actor.mentions.length === 1 ? '' : 's'}${quotes ? ` · ${quotes} quote${quotes === 1 ? '' : 's'}` : ''}`,
      detail: actor.role ?? undefined,
    };
  });
  const picked = await vscode.window.showQuickPick(items, { placeHolder: 'Go to actor', matchOnDescription: true, matchOnDetail: true });
  const range = picked && index.definitionOf(picked.actor);
  if (range) select(editor, { range });
}

async function pickQuoteOf(editor: vscode.TextEditor, index: AnalysisIndex, actorId: string): Promise<void> {
  const actor = index.actor(actorId);
  if (!actor) return;
  type Item = vscode.QuickPickItem & { quote: Quote };
  const items: Item[] = index.quotesBy(actorId).map((quote) => ({
    quote,
    label: `“${excerpt(quote.text, 90)}”`,
    description: quote.cue ?? '',
  }));
  const picked = await vscode.window.showQuickPick(items, { placeHolder: `Quotes of ${actor.name}` });
  if (picked) select(editor, picked.quote);
}

/**
 * Writes the analysis next to the article: JSON (annotation format v1) or brat `.ann`,
 * by the chosen file's extension. Never replaces an existing file without asking.
 */
async function exportAnnotations(document: vscode.TextDocument, index: AnalysisIndex, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const base = document.uri.path.replace(/\.[^/.]*$/, '');
  const uri =
    target ??
    (await vscode.window.showSaveDialog({
      defaultUri: document.isUntitled ? undefined : document.uri.with({ path: `${base}.annotations.json` }),
      filters: { 'News Lens JSON': ['json'], 'brat standoff': ['ann'] },
      saveLabel: 'Export',
      title: 'Export News Lens annotations',
    }));
  if (!uri) return undefined;
  // The save dialog confirms replacing a file itself; a target passed in (keybinding
  // arguments, tests) is confirmed here.
  if (target && (await exists(uri))) {
    const replace = 'Replace';
    const answer = await vscode.window.showWarningMessage(`${uri.path.split('/').pop()} already exists. Replace it?`, { modal: true }, replace);
    if (answer !== replace) return undefined;
  }
  const source = document.isUntitled ? null : document.uri.path.split('/').pop() ?? null;
  const content = uri.path.endsWith('.ann')
    ? toBrat(index.analysis, document.getText())
    : `${JSON.stringify(toExport(index.analysis, source), null, 2)}\n`;
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(content));
  void vscode.window.showInformationMessage(`News Lens: annotations exported to ${vscode.workspace.asRelativePath(uri)}.`);
  return uri;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** The URI scheme of the read-only summary documents. */
const SUMMARY_SCHEME = 'news-lens-summary';

/** The summary documents shown in the Markdown preview: read-only, virtual, never saved. */
class SummaryDocuments implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly contents = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  set(uri: vscode.Uri, markdown: string): void {
    this.contents.set(uri.toString(), markdown);
    this.changed.fire(uri);
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.contents.get(uri.toString()) ?? '';
  }

  dispose(): void {
    this.changed.dispose();
  }
}
