import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Analysis } from '../../src/core/types';
import type { NewsLensApi } from '../../src/extension';
import { activeApi, fixture, readText } from './host';
import { waitFor } from './waitFor';

/**
 * A file of many fictional articles, long enough to be analysed in slices: each copy's
 * people renamed, so every article is new text.
 */
async function longFile(): Promise<string> {
  const articles = await Promise.all(['harbour-strike.article.txt', 'council-budget.article.txt'].map(async (f) => (await readText(fixture(f))).trim()));
  const parts: string[] = [];
  for (let k = 0; parts.join('\n\n\n').length < 60_000; k++) {
    for (const a of articles) parts.push(a.replace(/\b(Okafor|Maria|Daniel|Petra|Lind)\b/g, (w) => `${w}${'abcdefghij'[k % 10]}${k}`));
  }
  return parts.join('\n\n\n') + '\n';
}

/** Every range of the analysis gives back its text in `text`: the analysis is of exactly this text. */
function assertAnalysisOf(text: string, analysis: Analysis): void {
  assert.equal(analysis.length, text.length);
  for (const m of analysis.mentions) assert.equal(text.slice(m.range[0], m.range[1]), m.text);
  for (const q of analysis.quotes) assert.equal(text.slice(q.range[0], q.range[1]), q.text);
}

describe('a long file analysed in the engine worker', () => {
  let api: NewsLensApi;
  let doc: vscode.TextDocument;
  let editor: vscode.TextEditor;

  before(async () => {
    api = await activeApi();
    doc = await vscode.workspace.openTextDocument({ language: 'news-article', content: await longFile() });
    editor = await vscode.window.showTextDocument(doc);
  });

  after(async () => {
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('analyses the whole file, every article, and draws its highlights', async () => {
    const analysis = await api.whenAnalysed(doc);
    assert.ok(analysis, 'analysed');
    assertAnalysisOf(doc.getText(), analysis);
    assert.ok(analysis.articles.length >= 20, `${analysis.articles.length} articles`);
    assert.equal(api.analysisOf(doc), analysis, 'the same analysis is handed out for the same version');
    const drawn = await waitFor(() => api.decorationsOf(doc.uri)?.person, 'highlights to be drawn');
    assert.ok(drawn > 0);
  });

  it('links an actor across the articles of one file', async () => {
    const article = (await readText(fixture('harbour-strike.article.txt'))).trim();
    const content = ['Portsmouth', 'Dover', 'Harwich', 'Tilbury', 'Poole', 'Fowey', 'Whitby'].map((port) => article.replace(/Portsmouth/g, port)).join('\n\n\n') + '\n';
    assert.ok(content.length > 16 * 1024);
    const several = await vscode.workspace.openTextDocument({ language: 'news-article', content });
    const analysis = await api.whenAnalysed(several);
    assert.ok(analysis, 'analysed');
    assert.equal(analysis.articles.length, 7);
    const okafor = analysis.actors.filter((a) => a.name === 'Maria Okafor');
    assert.equal(okafor.length, 1, 'one actor for the person quoted in every article');
    assert.ok(okafor[0]!.mentions.some((r) => r[0] > (content.length * 6) / 7), 'with mentions in the last article');
  });

  it('never hands out an older version’s analysis after an edit', async () => {
    const before = doc.version;
    const pending = api.whenAnalysed(doc);
    await editor.edit((b) => b.insert(doc.positionAt(doc.getText().indexOf('said')), 'firmly '));
    assert.ok(doc.version > before);
    // The request for the older version resolves to nothing rather than to a stale analysis.
    const stale = await pending;
    if (stale) assert.equal(stale.length, doc.getText().length - 'firmly '.length, 'an analysis of the older text is only ever that');
    const current = api.analysisOf(doc);
    if (current) assertAnalysisOf(doc.getText(), current);
  });

  it('settles on the newest version after a burst of edits (older runs cancelled)', async () => {
    for (let i = 0; i < 5; i++) {
      api.analysisOf(doc); // starts a run for this version, which the next edit cancels
      await editor.edit((b) => b.insert(doc.positionAt(Math.floor(doc.getText().length * (i + 1) / 7)), `Word${i} `));
    }
    const analysis = await api.whenAnalysed(doc);
    assert.ok(analysis);
    assertAnalysisOf(doc.getText(), analysis);
  });

  it('answers hover and outline requests once the analysis is ready', async () => {
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), ' '));
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
    assert.ok(symbols && symbols.length >= 20, `outline of every article (${symbols?.length})`);
    const at = doc.getText().indexOf('“') + 2;
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(at));
    assert.ok(hovers && hovers.length > 0, 'a hover card on a quote');
  });
});
