import * as vscode from 'vscode';
import { ActorsView } from './editor/actorsView';
import { ArticleModeSuggestion } from './editor/articleSuggestion';
import { AnalysisService } from './editor/analysisService';
import { registerCommands } from './editor/commands';
import type { Analysis } from './core/types';
import { DecorationController, type DrawnCounts } from './editor/decorations';
import { HoverProvider } from './editor/hover';
import { CommandId, CorrectionCommandId } from './editor/ids';
import { LiveUpdates } from './editor/liveUpdates';
import { ActorNavigation } from './editor/navigation';
import { CorrectionStore } from './editor/corrections';
import { CorrectionActionProvider } from './editor/correctionsActions';
import { registerCorrectionCommands } from './editor/correctionsCommands';
import { CorrectionHoverProvider } from './editor/correctionsHover';
import { CorrectionStatus } from './editor/correctionsStatus';
import { readSettings } from './editor/settings';
import { FolderSources } from './editor/sourcesFolder';
import { SourcesPanel, type SourcesView } from './editor/sourcesPanel';
import { SpeakerHints } from './editor/speakerHints';
import { StatusBar } from './editor/statusBar';
import { SymbolProvider } from './editor/symbols';
import { startEngine } from './worker/startNode';

/**
 * Entry point: wires the editor features over one AnalysisService. Every feature gets
 * its dependencies through its constructor; everything is disposed through the context.
 */
export function activate(context: vscode.ExtensionContext): NewsLensApi {
  const log = vscode.window.createOutputChannel('News Lens', { log: true });
  const settings = (document: vscode.TextDocument) => readSettings(document.uri);
  // The engine runs in a worker (started on the first analysis, ended on deactivate with
  // the service): nothing it does blocks this thread. The web build swaps in startWeb.ts.
  const scheduler = startEngine(context, (uri, version, visible) => {
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
    if (document) service.acceptPreview(document, version, visible);
  }, (message) => log.warn(message));
  const corrections = new CorrectionStore(log);
  const service = new AnalysisService(scheduler, settings, (document, analysis) => corrections.correct(document, analysis), (message) => log.error(message));
  const correctionStatus = new CorrectionStatus(corrections);
  const decorations = new DecorationController(service, settings);
  const statusBar = new StatusBar(service, decorations);
  const actorsView = new ActorsView(service, context.globalState);
  const speakerHints = new SpeakerHints(service, decorations, settings);
  const providers = new LanguageProviders(service, corrections, speakerHints);
  const sourcesPanel = new SourcesPanel(service, () => readSettings().debounceMs);
  const folderSources = new FolderSources(service, () => readSettings(), async (uri, text) => {
    // Each file once, under a key of its own that no open editor uses; the worker's cache of it is dropped after.
    const key = `newslens-folder:${uri.toString()}`;
    try {
      return await scheduler.request({ uri: key, version: 0, getText: () => text });
    } finally {
      scheduler.forget(key);
    }
  });

  context.subscriptions.push(
    log,
    corrections,
    corrections.onDidChange((document) => service.reapply(document)),
    correctionStatus,
    service,
    decorations,
    statusBar,
    actorsView,
    speakerHints,
    new ArticleModeSuggestion(service, context.globalState),
    providers,
    ...registerCommands({ service, decorations, statusBar, log }),
    ...registerCorrectionCommands({ service, store: corrections, actorsDocument: () => actorsView.shownDocument }),
    vscode.commands.registerCommand(CorrectionCommandId.ShowCorrections, () => log.show(true)),
    new LiveUpdates(service, decorations, statusBar, actorsView, settings),
    sourcesPanel,
    folderSources,
    vscode.commands.registerCommand(CommandId.ShowSources, () => {
      const document = vscode.window.activeTextEditor?.document;
      if (!document) return void vscode.window.showInformationMessage('News Lens: open an article to see its sources.');
      sourcesPanel.show(document);
    }),
    vscode.commands.registerCommand(CommandId.AnalyzeFolder, (uri?: vscode.Uri, token?: vscode.CancellationToken) =>
      folderSources.analyzeFolder(uri instanceof vscode.Uri ? uri : undefined, token),
    ),
    // Any scheme: a folder's files are `file:` on desktop but `vscode-remote:`, `vscode-vfs:`…
    // in VS Code for the Web. Only actors of analysed documents get an answer.
    vscode.languages.registerReferenceProvider('*', folderSources),
  );
  log.info(`News Lens ${String(context.extension.packageJSON.version)} activated`);
  return {
    analysisOf: (document) => service.get(document)?.index.analysis,
    whenAnalysed: async (document) => {
      await corrections.ready(document);
      return (await service.whenReady(document))?.index.analysis;
    },
    decorationsOf: (uri) => decorations.drawnFor(uri),
    statusText: () => statusBar.text,
    correctionStatusText: () => correctionStatus.text,
    sourcesView: () => sourcesPanel.current,
    folderSourcesView: () => folderSources.current,
  };
}

/**
 * What `activate` returns (`extension.exports`): read-only views of the extension's
 * state, for other extensions and for the integration tests, which cannot see
 * decorations or the status bar through the VS Code API.
 */
export interface NewsLensApi {
  /** The analysis of the document's current version, or undefined (skipped, or still being analysed in the worker). */
  analysisOf(document: vscode.TextDocument): Analysis | undefined;
  /** The analysis of the document's current version once ready; undefined when skipped or changed meanwhile. */
  whenAnalysed(document: vscode.TextDocument): Promise<Analysis | undefined>;
  decorationsOf(uri: vscode.Uri): DrawnCounts | undefined;
  statusText(): string | undefined;
  /** The corrections status item's text (stale corrections, unreadable sidecar), or undefined when hidden. */
  correctionStatusText(): string | undefined;
  /** What the Sources panel of the active article shows, if open. */
  sourcesView(): SourcesView | undefined;
  /** What the last "Sources — FOLDER" panel shows. */
  folderSourcesView(): SourcesView | undefined;
}

/**
 * The language features (hover, outline, highlights, definition, references), registered
 * for the languages in `newsLens.languages` and re-registered when that setting changes.
 */
class LanguageProviders implements vscode.Disposable {
  private registrations: vscode.Disposable[] = [];
  private readonly watcher: vscode.Disposable;

  constructor(
    private readonly service: AnalysisService,
    private readonly corrections: CorrectionStore,
    private readonly speakerHints: SpeakerHints,
  ) {
    this.register();
    this.watcher = vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('newsLens.languages')) this.register();
    });
  }

  private register(): void {
    for (const r of this.registrations) r.dispose();
    const selector = readSettings().languages.map((language) => ({ language }));
    const navigation = new ActorNavigation(this.service);
    this.registrations = [
      // VS Code shows the hover of the provider registered last first: the card, then the corrections.
      vscode.languages.registerHoverProvider(selector, new CorrectionHoverProvider(this.service, this.corrections)),
      vscode.languages.registerHoverProvider(selector, new HoverProvider(this.service)),
      vscode.languages.registerDocumentSymbolProvider(selector, new SymbolProvider(this.service), { label: 'News Lens' }),
      vscode.languages.registerDocumentHighlightProvider(selector, navigation),
      vscode.languages.registerDefinitionProvider(selector, navigation),
      vscode.languages.registerReferenceProvider(selector, navigation),
      vscode.languages.registerCodeActionsProvider(selector, new CorrectionActionProvider(this.service), CorrectionActionProvider.metadata()),
      vscode.languages.registerInlayHintsProvider(selector, this.speakerHints),
    ];
  }

  dispose(): void {
    this.watcher.dispose();
    for (const r of this.registrations) r.dispose();
  }
}

export function deactivate(): void {
  // Nothing to do: every resource is in context.subscriptions.
}
