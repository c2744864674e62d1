import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { NewsLensApi } from '../../src/extension';
import { extension, fixture, remove, scratchFolder, writeText } from './host';
import { hoverText } from './hoverText';
import { waitFor } from './waitFor';

/** How long the extension host takes to run one of our commands, in ms. */
async function commandRoundTrip(): Promise<number> {
  const started = Date.now();
  await vscode.commands.executeCommand('newsLens.toggleHighlights');
  await vscode.commands.executeCommand('newsLens.toggleHighlights');
  return Date.now() - started;
}

describe('files that are not articles', () => {
  let api: NewsLensApi;
  let dir: vscode.Uri;

  before(async () => {
    const ext = extension();
    api = ext.isActive ? ext.exports : await ext.activate();
    dir = await scratchFolder();
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await remove(dir);
  });

  it('skips a 20 MB plaintext file, says why in the status bar, and stays responsive', async () => {
    const paragraph = '“We will keep the port open,” said Maria Okafor, the union’s regional secretary, on Monday.\n\n';
    const file = vscode.Uri.joinPath(dir, 'export-20mb.txt');
    await writeText(file, paragraph.repeat(Math.ceil((20 * 1024 * 1024) / paragraph.length)));
    const doc = await vscode.workspace.openTextDocument(file);
    await vscode.window.showTextDocument(doc);
    assert.equal(doc.languageId, 'plaintext');

    const status = await waitFor(() => api.statusText()?.includes('skipped') && api.statusText(), 'the skip reason in the status bar');
    assert.match(status, /News Lens: skipped, file over \d+ KB/);
    assert.equal(api.analysisOf(doc), undefined);
    const ms = await commandRoundTrip();
    assert.ok(ms < 1000, `a command took ${ms} ms with the 20 MB file open`);
    assert.equal(doc.isDirty, false);
  });

  it('skips a document that looks binary', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'plaintext', content: `PK\u0003\u0004\u0000\u0000${'\u0000\u0001\u0002binary'.repeat(2000)}` });
    await vscode.window.showTextDocument(doc);
    const status = await waitFor(() => api.statusText()?.includes('binary') && api.statusText(), 'the binary skip reason');
    assert.match(status, /News Lens: skipped, binary file/);
    assert.equal(api.analysisOf(doc), undefined);
    const ms = await commandRoundTrip();
    assert.ok(ms < 1000, `a command took ${ms} ms with a binary document open`);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('skips or refuses a binary file on disk without freezing', async () => {
    const file = vscode.Uri.joinPath(dir, 'photo.txt');
    const bytes = new Uint8Array(256 * 1024);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) % 256;
    await vscode.workspace.fs.writeFile(file, bytes);
    let doc: vscode.TextDocument | undefined;
    try {
      doc = await vscode.workspace.openTextDocument(file);
    } catch {
      // VS Code itself may refuse to open a binary file as text; then there is nothing for us to do.
    }
    if (doc) {
      await vscode.window.showTextDocument(doc);
      await waitFor(() => vscode.window.activeTextEditor?.document === doc && api.statusText()?.includes('binary file'), 'the binary skip reason');
      assert.equal(api.analysisOf(doc), undefined);
    }
    const ms = await commandRoundTrip();
    assert.ok(ms < 1000, `a command took ${ms} ms after opening a binary file`);
  });
});

describe('documents in other editors', () => {
  const article = fixture('council-budget.article.txt');
  const hoverOn = async (doc: vscode.TextDocument, needle: string) => {
    const at = doc.positionAt(doc.getText().indexOf(needle) + 2);
    return hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at));
  };

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('shows hover cards on both sides of a diff view', async () => {
    const right = await vscode.workspace.openTextDocument(article);
    const left = await vscode.workspace.openTextDocument({ language: 'news-article', content: right.getText().replace('Tom Ashworth, the leader', 'Tom Ashworth, the former leader') });
    await vscode.commands.executeCommand('vscode.diff', left.uri, right.uri, 'Council article: draft ↔ saved');
    assert.match(await hoverOn(right, 'Tom Ashworth, the leader'), /\*\*Tom Ashworth\*\* · person/);
    assert.match(await hoverOn(left, 'Tom Ashworth, the former'), /\*\*Tom Ashworth\*\* · person/);
    assert.equal(right.isDirty, false);
  });

  it('keeps highlights and the outline when a document is split in two', async () => {
    const doc = await vscode.workspace.openTextDocument(article);
    const api = extension().exports;
    await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
    await vscode.window.showTextDocument(doc, vscode.ViewColumn.Two);
    await waitFor(() => vscode.window.visibleTextEditors.filter((e) => e.document === doc).length === 2, 'two editors on the article');
    await waitFor(() => (api.decorationsOf(doc.uri)?.person ?? 0) > 0, 'highlights');
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
    assert.ok(symbols.length > 0);
    assert.equal(doc.isDirty, false);
  });
});

describe('the size limit', () => {
  const config = () => vscode.workspace.getConfiguration('newsLens');

  after(async () => {
    await config().update('maxFileSizeKB', undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('skips a file over newsLens.maxFileSizeKB, and the status bar item analyses it anyway in one click', async () => {
    const api = extension().exports;
    await config().update('maxFileSizeKB', 1, vscode.ConfigurationTarget.Global);
    const doc = await vscode.workspace.openTextDocument(fixture('council-budget.article.txt'));
    await vscode.window.showTextDocument(doc);
    await waitFor(() => api.statusText()?.includes('file over 1 KB'), 'the size skip reason');
    assert.equal(api.analysisOf(doc), undefined);

    // What clicking the status bar item runs while the size limit is the reason.
    await vscode.commands.executeCommand('newsLens.analyseAnyway');
    const analysis = await waitFor(() => api.analysisOf(doc), 'the analysis after “analyse anyway”');
    assert.ok(analysis.actors.length > 0);
    assert.match(api.statusText() ?? '', /\d+ actors · \d+ quotes/);
    assert.equal(doc.isDirty, false);
  });
});
