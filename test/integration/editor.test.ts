import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { NewsLensApi } from '../../src/extension';
import { activeApi, fixture, readText, remove, scratchFolder } from './host';
import { hoverText } from './hoverText';
import { waitFor } from './waitFor';

describe('editor features on a fixture article', () => {
  let api: NewsLensApi;
  let doc: vscode.TextDocument;
  let editor: vscode.TextEditor;
  let version: number;
  let scratch: vscode.Uri;
  const text = () => doc.getText();
  /** Position of the `occurrence`-th match of `needle` (0-based), `delta` characters in. */
  const pos = (needle: string, occurrence = 0, delta = 1) => {
    let at = -1;
    for (let i = 0; i <= occurrence; i++) at = text().indexOf(needle, at + 1);
    assert.ok(at >= 0, `fixture has ${needle} #${occurrence}`);
    return doc.positionAt(at + delta);
  };
  const config = () => vscode.workspace.getConfiguration('newsLens');

  before(async () => {
    scratch = await scratchFolder();
    doc = await vscode.workspace.openTextDocument(fixture('council-budget.article.txt'));
    editor = await vscode.window.showTextDocument(doc);
    api = await activeApi();
    version = doc.version;
  });

  afterEach(() => {
    // No feature may edit the user's document.
    assert.equal(doc.version, version, 'document version unchanged');
    assert.equal(doc.isDirty, false, 'document not dirty');
  });

  after(async () => {
    for (const key of ['highlight.person', 'showSpeakers', 'enable']) await config().update(key, undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await remove(scratch);
  });

  it('outlines the article under its headline, with subheads and quotes named by speaker', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
    const article = symbols.find((s) => s.name === 'Council approves £40m sea wall after late-night vote');
    assert.ok(article, `headline symbol among ${symbols.map((s) => s.name).join(' | ')}`);
    const sections = article.children.map((c) => c.name);
    assert.ok(sections.includes('Standfirst'), sections.join(' | '));
    assert.ok(sections.includes('FUNDING GAP'), sections.join(' | '));
    const quoteNames = article.children.flatMap((c) => c.children.map((q) => q.name));
    assert.ok(quoteNames.includes('Helen Ashworth'), quoteNames.join(' | '));
    assert.ok(quoteNames.includes('Tom Ashworth'), quoteNames.join(' | '));
  });

  it('shows a hover card with role, mention count and quotes for an actor', async () => {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos('Tom Ashworth, the leader'));
    const card = hoverText(hovers);
    assert.match(card, /\*\*Tom Ashworth\*\* · person/);
    assert.match(card, /leader/);
    assert.match(card, /\d+ mentions? · 2 quotes/);
    assert.match(card, /We are borrowing money/);
  });

  it('shows the speaker and cue on a quote hover', async () => {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos('knock on every door'));
    const card = hoverText(hovers);
    assert.match(card, /Helen Ashworth/);
    assert.match(card, /direct quote · cue: \*said\*/);
  });

  it('highlights every mention of the actor under the cursor, and only that actor', async () => {
    const highlights = await vscode.commands.executeCommand<vscode.DocumentHighlight[]>(
      'vscode.executeDocumentHighlights', doc.uri, pos('Ashworth added'));
    const texts = highlights.map((h) => doc.getText(h.range));
    assert.ok(highlights.length >= 4, texts.join(' | '));
    const starts = highlights.map((h) => doc.offsetAt(h.range.start));
    assert.ok(starts.includes(doc.offsetAt(pos('Helen Ashworth said', 0, 0))), 'includes “Helen Ashworth said”');
    assert.ok(!starts.includes(doc.offsetAt(pos('Tom Ashworth, the leader', 0, 0))), 'excludes Tom Ashworth');
  });

  it('goes to the first full mention from a bare surname', async () => {
    const locations = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeDefinitionProvider', doc.uri, pos('Ashworth added'));
    assert.equal(locations.length, 1);
    assert.equal(doc.getText(locations[0]!.range), 'Helen Ashworth');
    assert.deepEqual(locations[0]!.range.start, pos('Helen Ashworth wins', 0, 0));
  });

  it('finds all references of an actor', async () => {
    const refs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, pos('Ashworth added'));
    const texts = refs.map((r) => doc.getText(r.range));
    assert.ok(refs.length >= 4, texts.join(' | '));
    assert.ok(texts.every((t) => t === 'Helen Ashworth' || t === 'Ashworth'), texts.join(' | '));
  });

  it('moves the selection to the next and previous quote', async () => {
    editor.selection = new vscode.Selection(pos('KINGSBRIDGE:', 0, 0), pos('KINGSBRIDGE:', 0, 0));
    await vscode.commands.executeCommand('newsLens.nextQuote');
    assert.equal(doc.getText(editor.selection), 'This wall will protect every home on the front for the next fifty years,');
    await vscode.commands.executeCommand('newsLens.nextQuote');
    assert.equal(doc.getText(editor.selection), 'We are borrowing money we simply do not have,');
    await vscode.commands.executeCommand('newsLens.previousQuote');
    assert.equal(doc.getText(editor.selection), 'This wall will protect every home on the front for the next fifty years,');
  });

  it('goes to the actor picked in the quick pick, most prominent first', async () => {
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const picking = vscode.commands.executeCommand('newsLens.goToActor');
    // The quick pick opens asynchronously; accepting before it is shown is a no-op, so retry.
    await waitFor(async () => {
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      return !editor.selection.isEmpty;
    }, 'the actor quick pick to be accepted');
    await picking;
    assert.equal(doc.getText(editor.selection), 'Helen Ashworth');
    assert.deepEqual(editor.selection.start, pos('Helen Ashworth wins', 0, 0));
  });

  it('copies the quote at the cursor with its attribution', async () => {
    editor.selection = new vscode.Selection(pos('knock on every door'), pos('knock on every door'));
    const copied = await vscode.commands.executeCommand<string>('newsLens.copyQuoteWithAttribution');
    assert.match(copied, /^“We will knock on every door in Whitehall until the gap is closed,” — Helen Ashworth/);
    assert.equal(await vscode.env.clipboard.readText(), copied);
  });

  it('exports annotations that round-trip to the document text', async () => {
    const target = vscode.Uri.joinPath(scratch, 'export.json');
    const written = await vscode.commands.executeCommand<vscode.Uri>('newsLens.exportAnnotations', target);
    assert.equal(written?.toString(), target.toString());
    const exported = JSON.parse(await readText(target));
    assert.equal(exported.version, 1);
    assert.equal(exported.source, 'council-budget.article.txt');
    assert.equal(exported.articles.length, 1);
    for (const quote of exported.quotes) assert.equal(text().slice(quote.range[0], quote.range[1]), quote.text);
    for (const actor of exported.actors) {
      for (const [s, e] of actor.mentions) assert.ok(actor.aliases.includes(text().slice(s, e)) || text().slice(s, e) === actor.name);
    }
    assert.ok(exported.actors.some((a: { name: string }) => a.name === 'Helen Ashworth'));
  });

  it('exports brat standoff when the target ends in .ann', async () => {
    const target = vscode.Uri.joinPath(scratch, 'export.ann');
    await vscode.commands.executeCommand('newsLens.exportAnnotations', target);
    const ann = await readText(target);
    assert.match(ann, /^T1\t/m);
    assert.match(ann, /\tPerson \d+ \d+\tHelen Ashworth$/m);
  });

  it('draws highlights and speaker labels, and the status bar counts', async () => {
    const drawn = await waitFor(() => api.decorationsOf(doc.uri), 'decorations');
    assert.ok(drawn.person >= 6, JSON.stringify(drawn));
    assert.ok(drawn.organization >= 2, JSON.stringify(drawn));
    assert.ok(drawn.quote >= 5, JSON.stringify(drawn));
    // Only the quotes attributed through “he told reporters” / “she said” get a label.
    assert.equal(drawn.speakers, 2, JSON.stringify(drawn));
    assert.match(api.statusText() ?? '', /^\$\(eye\) \d+ actors · \d+ quotes$/);
  });

  it('toggles all highlights off and on', async () => {
    assert.equal(await vscode.commands.executeCommand('newsLens.toggleHighlights'), false);
    assert.deepEqual(api.decorationsOf(doc.uri), { person: 0, organization: 0, place: 0, date: 0, quote: 0, speakers: 0, uncertain: 0 });
    assert.match(api.statusText() ?? '', /^\$\(eye-closed\)/);
    assert.equal(await vscode.commands.executeCommand('newsLens.toggleHighlights'), true);
    assert.ok(api.decorationsOf(doc.uri)!.person > 0);
  });

  it('applies per-type highlight and speaker settings live', async () => {
    await config().update('highlight.person', false, vscode.ConfigurationTarget.Global);
    await waitFor(() => api.decorationsOf(doc.uri)?.person === 0, 'person highlights to go');
    assert.ok(api.decorationsOf(doc.uri)!.organization > 0, 'organizations still highlighted');
    await config().update('showSpeakers', 'always', vscode.ConfigurationTarget.Global);
    await waitFor(() => (api.decorationsOf(doc.uri)?.speakers ?? 0) >= 5, 'a label on every attributed quote');
    await config().update('showSpeakers', false, vscode.ConfigurationTarget.Global); // the old boolean still works
    await waitFor(() => api.decorationsOf(doc.uri)?.speakers === 0, 'speaker labels to go');
    await config().update('highlight.person', undefined, vscode.ConfigurationTarget.Global);
    await config().update('showSpeakers', undefined, vscode.ConfigurationTarget.Global);
    await waitFor(() => (api.decorationsOf(doc.uri)?.person ?? 0) > 0 && (api.decorationsOf(doc.uri)?.speakers ?? 0) > 0, 'highlights back');
  });

  it('goes quiet when disabled', async () => {
    await config().update('enable', false, vscode.ConfigurationTarget.Global);
    await waitFor(() => api.decorationsOf(doc.uri)?.person === 0, 'highlights to go');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos('Tom Ashworth, the leader'));
    assert.equal(hoverText(hovers), '');
    assert.equal(api.statusText(), undefined);
    await config().update('enable', undefined, vscode.ConfigurationTarget.Global);
    await waitFor(() => (api.decorationsOf(doc.uri)?.person ?? 0) > 0, 'highlights back');
  });
});
