// Loads an extension bundle with a stub `vscode` module and calls activate() with a fake
// context; prints {"ms": ...}: load + activate, as the extension host would time it.
// Required as a module (host-stall.cjs), it only installs the stub and exports the context.
const Module = require('node:module');

/** A stand-in for any vscode API: callable, constructible, every property another stub. */
function stub(name) {
  const fn = function () {};
  const written = new Map();
  return new Proxy(fn, {
    set(_t, key, value) {
      written.set(key, value);
      return true;
    },
    get(_t, key) {
      if (written.has(key)) return written.get(key);
      if (key === Symbol.iterator) return function* () {};
      if (key === Symbol.toPrimitive) return () => 0;
      if (key === 'then') return undefined;
      if (key === 'length') return 0;
      if (key === 'dispose') return () => {};
      if (key === 'event') return () => ({ dispose() {} });
      if (typeof key === 'symbol') return undefined;
      return stub(`${name}.${key}`);
    },
    apply() {
      return stub(`${name}()`);
    },
    construct() {
      return stub(`new ${name}`);
    },
  });
}

/** The namespaces, classes and enums the bundle reads at load time, as own keys (esbuild copies them). */
const NAMES = [
  'window', 'workspace', 'languages', 'commands', 'env', 'extensions', 'l10n', 'Uri', 'Range', 'Position', 'Selection',
  'Location', 'EventEmitter', 'Disposable', 'TreeItem', 'TreeItemCollapsibleState', 'SymbolKind', 'DocumentSymbol',
  'MarkdownString', 'Hover', 'DocumentHighlight', 'DocumentHighlightKind', 'ThemeColor', 'ThemeIcon', 'StatusBarAlignment',
  'DecorationRangeBehavior', 'OverviewRulerLane', 'ConfigurationTarget', 'CancellationTokenSource', 'ProgressLocation',
  'TextEditorRevealType', 'LogLevel', 'RelativePattern', 'FileType', 'ViewColumn', 'EndOfLine', 'CodeActionKind', 'CodeAction',
  'FileSystemError',
];
const vscode = Object.fromEntries(NAMES.map((n) => [n, stub(n)]));
const original = Module._load;
Module._load = function (request, ...rest) {
  return request === 'vscode' ? vscode : original.call(this, request, ...rest);
};
// No editor open: activation itself, not a first analysis.
vscode.window.activeTextEditor = undefined;
vscode.window.visibleTextEditors = [];
vscode.workspace.textDocuments = [];
const context = {
  subscriptions: [],
  extension: { packageJSON: { version: '0.0.0' } },
  extensionUri: stub('extensionUri'),
  extensionPath: process.cwd(),
  globalState: stub('globalState'),
  workspaceState: stub('workspaceState'),
  asAbsolutePath: (p) => p,
};
/** The stub `vscode` is installed; this is the fake extension context. */
module.exports = { context };

if (require.main === module) {
  const t0 = performance.now();
  const ext = require(require('node:path').resolve(process.argv[2]));
  const t1 = performance.now();
  ext.activate(context);
  const t2 = performance.now();
  process.stdout.write(JSON.stringify({ ms: t2 - t0, loadMs: t1 - t0, activateMs: t2 - t1 }) + '\n');
}
