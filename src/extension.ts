import * as vscode from 'vscode';
import { ActorsView } from './editor/actorsView';
import { ArticleModeSuggestion } from './editor/articleSuggestion';
import { AnalysisService } from './editor/analysisService';
import { AnalysisScheduler, type Engine } from './editor/analysisScheduler';
import { registerCommands } from './editor/commands';
import type { Analysis } from './core/types';
import { DecorationController, type DrawnCounts } from './editor/decorations';
import { HoverProvider } from './editor/hover';
import { LiveUpdates } from './editor/liveUpdates';
import { ActorNavigation } from './editor/navigation';
import { readSettings } from './editor/settings';
import { SpeakerHints } from './editor/speakerHints';
import { StatusBar } from './editor/statusBar';
import { SymbolProvider } from './editor/symbols';

/**
 * Entry point: wires the editor features over one AnalysisService. Every feature gets
 * its dependencies through its constructor; everything is disposed through the context.
 */
export function activate(context: vscode.ExtensionContext): NewsLensApi {
  const log = vscode.window.createOutputChannel('News Lens', { log: true });
  const settings = (document: vscode.TextDocument) => readSettings(document.uri);
  const scheduler = new AnalysisScheduler(loadEngine, (uri, version, visible) => {
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
    if (document) service.acceptPreview(document, version, visible);
  });
  const service = new AnalysisService(scheduler, settings);
  const decorations = new DecorationController(service, settings);
  const statusBar = new StatusBar(service, decorations);
  const actorsView = new ActorsView(service, context.globalState);
  const speakerHints = new SpeakerHints(service, decorations, settings);
  const providers = new LanguageProviders(service, speakerHints);

  context.subscriptions.push(
    log,
    service,
    decorations,
    statusBar,
    actorsView,
    speakerHints,
    new ArticleModeSuggestion(service, context.globalState),
    providers,
    ...registerCommands({ service, decorations, statusBar, log }),
    new LiveUpdates(service, decorations, statusBar, actorsView, settings),
  );
  log.info(`News Lens ${String(context.extension.packageJSON.version)} activated`);
  return {
    analysisOf: (document) => service.get(document)?.index.analysis,
    whenAnalysed: async (document) => (await service.whenReady(document))?.index.analysis,
    decorationsOf: (uri) => decorations.drawnFor(uri),
    statusText: () => statusBar.text,
  };
}

/**
 * What `activate` returns (`extension.exports`): read-only views of the extension's
 * state, for other extensions and for the integration tests, which cannot see
 * decorations or the status bar through the VS Code API.
 */
export interface NewsLensApi {
  /** The analysis of the document's current version, or undefined (skipped, or a long file still being analysed). */
  analysisOf(document: vscode.TextDocument): Analysis | undefined;
  /** The analysis of the document's current version once ready; undefined when skipped or changed meanwhile. */
  whenAnalysed(document: vscode.TextDocument): Promise<Analysis | undefined>;
  decorationsOf(uri: vscode.Uri): DrawnCounts | undefined;
  statusText(): string | undefined;
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
      vscode.languages.registerHoverProvider(selector, new HoverProvider(this.service)),
      vscode.languages.registerDocumentSymbolProvider(selector, new SymbolProvider(this.service), { label: 'News Lens' }),
      vscode.languages.registerDocumentHighlightProvider(selector, navigation),
      vscode.languages.registerDefinitionProvider(selector, navigation),
      vscode.languages.registerReferenceProvider(selector, navigation),
      vscode.languages.registerInlayHintsProvider(selector, this.speakerHints),
    ];
  }

  dispose(): void {
    this.watcher.dispose();
    for (const r of this.registrations) r.dispose();
  }
}

/**
 * The engine, loaded when the first document is analysed rather than at activation:
 * compromise's lexicon takes a few hundred milliseconds to load, and activation must not.
 */
function loadEngine(): Engine {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('./core/incremental') as typeof import('./core/incremental');
}

export function deactivate(): void {
  // Nothing to do: every resource is in context.subscriptions.
}
