import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Analysis } from '../../src/core/types';
import type { NewsLensApi } from '../../src/extension';
import { activeApi, exists, fixture, readText, remove, scratchFolder, uniqueName, writeText } from './host';
import { hoverText } from './hoverText';
import { waitFor } from './waitFor';

describe('corrections that stick', () => {
  let api: NewsLensApi;
  let doc: vscode.TextDocument;
  const name = uniqueName('tmp');
  const file = fixture('corrections', `${name}.article.txt`);
  const sidecar = fixture('corrections', `${name}.article.newslens.json`);
  let version: number;
  /** The workspace settings file the names test writes; removed afterwards if the test created it. */
  const workspaceSettings = fixture('.vscode', 'settings.json');
  let hadWorkspaceSettings: boolean;
  let scratch: vscode.Uri;
  const text = () => doc.getText();
  /** Range of the `nth` occurrence of `needle`, `inset` characters in from each end. */
  const rangeOf = (needle: string, nth = 0, inset = 1) => {
    let at = -1;
    for (let i = 0; i <= nth; i++) at = text().indexOf(needle, at + 1);
    assert.ok(at >= 0, `${needle} #${nth}`);
    return new vscode.Range(doc.positionAt(at + inset), doc.positionAt(at + needle.length - inset));
  };
  const analysis = async (): Promise<Analysis> => (await api.whenAnalysed(doc))!;
  const sidecarJson = async () => JSON.parse(await readText(sidecar)) as { version: number; corrections: Array<{ action: string; text: string }> };
  /** Waits until the analysis shown satisfies `check`. */
  const until = (check: (a: Analysis) => boolean, what: string) =>
    waitFor(async () => {
      const a = await analysis();
      return check(a) ? a : undefined;
    }, what);

  before(async () => {
    hadWorkspaceSettings = await exists(workspaceSettings);
    scratch = await scratchFolder();
    await vscode.workspace.fs.copy(fixture('corrections', 'stadium-vote.article.txt'), file);
    doc = await vscode.workspace.openTextDocument(file);
    await vscode.window.showTextDocument(doc);
    api = await activeApi();
    version = doc.version;
  });

  afterEach(() => {
    assert.equal(doc.version, version, 'the article is never edited');
    assert.equal(doc.isDirty, false, 'the article is never dirty');
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.getConfiguration('newsLens').update('names', undefined, vscode.ConfigurationTarget.Workspace);
    await remove(file);
    await remove(sidecar);
    await remove(scratch);
    if (!hadWorkspaceSettings) {
      await remove(workspaceSettings);
      const folder = fixture('.vscode');
      if ((await vscode.workspace.fs.readDirectory(folder)).length === 0) await remove(folder);
    }
  });

  it('offers corrections in the lightbulb on a name, and "this is a place" retypes it everywhere', async () => {
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, rangeOf('Brackenfield Park', 1, 3));
    const titles = actions.map((a) => a.title);
    for (const t of ['Not a name: “Brackenfield Park”', 'This is a person', 'This is a place', 'Same actor as…']) assert.ok(titles.includes(t), titles.join(' | '));
    const place = actions.find((a) => a.title === 'This is a place')!;
    assert.equal(await vscode.commands.executeCommand(place.command!.command, ...place.command!.arguments!), true);
    const a = await until((x) => x.places.some((p) => p.name === 'Brackenfield Park'), 'the place');
    assert.equal(a.places.find((p) => p.name === 'Brackenfield Park')?.mentions.length, 3);
    assert.ok(!a.actors.some((x) => x.name === 'Brackenfield Park'));
    assert.deepEqual((await sidecarJson()).corrections.map((c) => [c.action, c.text]), [['type', 'Brackenfield Park']]);
  });

  it('the hover card says what was corrected and offers to remove it', async () => {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, rangeOf('Brackenfield Park').start);
    const card = hoverText(hovers);
    assert.match(card, /Corrected: “Brackenfield Park” is a place/);
    assert.match(card, /newsLens\.removeCorrection/);
  });

  it('splits a wrongly merged mention with "a different actor" from the lightbulb', async () => {
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, rangeOf('ELMSWORTH', 0, 2));
    const split = actions.find((a) => a.title.startsWith('A different actor'));
    assert.ok(split, actions.map((a) => a.title).join(' | '));
    await vscode.commands.executeCommand(split.command!.command, ...split.command!.arguments!);
    await until((x) => x.actors.some((y) => y.name === 'ELMSWORTH'), 'the split actor');
    const retype = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, rangeOf('ELMSWORTH', 0, 2))).find((a) => a.title === 'This is a place')!;
    await vscode.commands.executeCommand(retype.command!.command, ...retype.command!.arguments!);
    const a = await until((x) => x.places.some((p) => p.name === 'ELMSWORTH'), 'ELMSWORTH a place');
    assert.deepEqual(a.actors.find((y) => y.name === 'Elmsworth Rovers')?.mentions.length, 1);
  });

  it('every command works with (uri, range, …) arguments', async () => {
    assert.equal(await vscode.commands.executeCommand('newsLens.markNotEntity', doc.uri, rangeOf('Harbour Gazette')), true);
    await until((x) => !x.actors.some((y) => y.name === 'The Harbour Gazette'), 'Harbour Gazette gone');

    assert.equal(await vscode.commands.executeCommand('newsLens.setEntityType', doc.uri, rangeOf('Nadia Brennan'), 'organization'), true);
    await until((x) => x.actors.find((y) => y.name === 'Nadia Brennan')?.type === 'organization', 'retyped');
    assert.equal(await vscode.commands.executeCommand('newsLens.removeCorrection', doc.uri, rangeOf('Nadia Brennan')), true);
    await until((x) => x.actors.find((y) => y.name === 'Nadia Brennan')?.type === 'person', 'undone by Remove correction');

    assert.equal(await vscode.commands.executeCommand('newsLens.setQuoteSpeaker', doc.uri, rangeOf('We kept asking'), 'Nadia Brennan'), true);
    await until((x) => x.quotes.find((q) => q.text.startsWith('We kept asking'))?.speaker === 'nadia-brennan', 'speaker set');

    assert.equal(await vscode.commands.executeCommand('newsLens.setQuoteSpeaker', doc.uri, rangeOf('The stand will be built'), null), true);
    await until((x) => x.quotes.find((q) => q.text.startsWith('The stand will'))?.speaker === null, 'nobody');

    assert.equal(await vscode.commands.executeCommand('newsLens.annotateSelection', doc.uri, rangeOf('work would begin in the spring', 0, 0), 'quote'), true);
    await until((x) => x.quotes.some((q) => q.text === 'work would begin in the spring' && q.origin === 'user'), 'annotated quote');

    assert.equal(await vscode.commands.executeCommand('newsLens.annotateSelection', doc.uri, rangeOf('finance committee', 0, 0), 'organization'), true);
    await until((x) => x.actors.some((y) => y.name === 'finance committee'), 'annotated organization');

    assert.equal(await vscode.commands.executeCommand('newsLens.sameActor', doc.uri, rangeOf('finance committee'), 'Elmsworth Rovers'), true);
    await until((x) => x.actors.find((y) => y.name === 'Elmsworth Rovers')?.aliases.includes('finance committee') === true, 'merged');

    assert.equal(await vscode.commands.executeCommand('newsLens.differentActor', doc.uri, rangeOf('Greve', 1, 1)), true);
    await until((x) => x.actors.filter((y) => y.aliases.includes('Greve')).length === 1 && x.actors.some((y) => y.name === 'Greve'), 'Greve split');

    const names = (await sidecarJson()).corrections.map((c) => c.action).sort();
    assert.deepEqual(names, ['differentActor', 'differentActor', 'notEntity', 'quote', 'sameActor', 'speaker', 'speaker', 'type', 'type', 'type']);
  });

  it('"speaker is" and "not a quote" are in the lightbulb on a quote', async () => {
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, rangeOf('This is the day the fans'));
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes('Speaker is…') && titles.includes('Not a quote'), titles.join(' | '));
    const notQuote = actions.find((a) => a.title === 'Not a quote')!;
    await vscode.commands.executeCommand(notQuote.command!.command, ...notQuote.command!.arguments!);
    await until((x) => !x.quotes.some((q) => q.text.startsWith('This is the day')), 'quote removed');
    await vscode.commands.executeCommand('newsLens.removeCorrection', doc.uri, rangeOf('This is the day the fans'), 'notQuote');
    await until((x) => x.quotes.some((q) => q.text.startsWith('This is the day')), 'quote back');
  });

  it('the outline, the export and the actors view show the corrected annotation', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
    const names = JSON.stringify(symbols.map((s) => [s.name, s.children.map((c) => [c.name, c.children.map((q) => q.name)])]));
    assert.ok(names.includes('Nadia Brennan'), names);
    const target = vscode.Uri.joinPath(scratch, 'corrected.json');
    await vscode.commands.executeCommand('newsLens.exportAnnotations', target);
    const exported = JSON.parse(await readText(target));
    assert.equal(exported.places.find((p: { name: string }) => p.name === 'Brackenfield Park')?.origin, 'user');
    assert.equal(exported.quotes.find((q: { text: string }) => q.text.startsWith('We kept asking'))?.speaker, 'nadia-brennan');
    assert.equal(exported.quotes.find((q: { text: string }) => q.text.startsWith('We kept asking'))?.origin, 'user');
    assert.match(api.statusText() ?? '', /actors?/);
  });

  it('re-reads the sidecar when the article is opened again, and when the file changes on disk', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    // The editor's document: the one openTextDocument returned may close meanwhile (its
    // editor is gone), and then the editor shows a new one for the same file.
    doc = (await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(file))).document;
    version = doc.version;
    await until((x) => x.places.some((p) => p.name === 'Brackenfield Park'), 'corrections applied after re-opening');
    const content = await readText(sidecar);
    await writeText(sidecar, JSON.stringify({ version: 1, corrections: [] }));
    await until((x) => x.actors.some((y) => y.name === 'Brackenfield Park'), 'corrections gone with the file emptied on disk');
    await writeText(sidecar, content);
    await until((x) => x.places.some((p) => p.name === 'Brackenfield Park'), 'back');
  });

  it('a broken sidecar is reported and never written over', async () => {
    const content = await readText(sidecar);
    await writeText(sidecar, '{"version": 1, "corrections": [');
    await waitFor(() => /unreadable/.test(api.correctionStatusText() ?? ''), 'the unreadable-file status');
    assert.equal(await vscode.commands.executeCommand('newsLens.markNotEntity', doc.uri, rangeOf('Tomas Greve')), false);
    assert.equal(await readText(sidecar), '{"version": 1, "corrections": [');
    await writeText(sidecar, content);
    await waitFor(() => api.correctionStatusText() === undefined, 'the status cleared');
  });

  it('"always treat as" writes the workspace names setting, which applies to the article', async () => {
    assert.equal(await vscode.commands.executeCommand('newsLens.alwaysTreatAs', doc.uri, rangeOf('Tomas Greve'), 'organization'), true);
    assert.deepEqual(vscode.workspace.getConfiguration('newsLens').get('names'), { 'Tomas Greve': 'organization' });
    await until((x) => x.actors.find((y) => y.name === 'Tomas Greve')?.type === 'organization', 'names applied');
    await vscode.workspace.getConfiguration('newsLens').update('names', undefined, vscode.ConfigurationTarget.Workspace);
    await until((x) => x.actors.find((y) => y.name === 'Tomas Greve')?.type === 'person', 'names removed');
  });

  it('an untitled article keeps corrections in memory; an edit above keeps them; deleting the sentence reports them stale', async () => {
    const untitled = await vscode.workspace.openTextDocument({ language: 'news-article', content: await readText(fixture('corrections', 'stadium-vote.article.txt')) });
    const editor = await vscode.window.showTextDocument(untitled);
    const at = untitled.getText().indexOf('Harbour Gazette');
    const range = new vscode.Range(untitled.positionAt(at + 1), untitled.positionAt(at + 3));
    assert.equal(await vscode.commands.executeCommand('newsLens.setEntityType', untitled.uri, range, 'person'), true);
    const shown = async () => (await api.whenAnalysed(untitled))!;
    await waitFor(async () => (await shown()).actors.find((y) => y.name === 'The Harbour Gazette')?.type === 'person', 'retyped in memory');
    await editor.edit((e) => e.insert(new vscode.Position(0, 0), 'A paragraph added above.\n\n'));
    await waitFor(async () => (await shown()).actors.find((y) => y.name === 'The Harbour Gazette')?.type === 'person', 'kept after an edit above');
    const sentence = 'The Harbour Gazette first reported the plan last month.';
    const start = untitled.getText().indexOf(sentence);
    await editor.edit((e) => e.delete(new vscode.Range(untitled.positionAt(start), untitled.positionAt(start + sentence.length))));
    await waitFor(async () => (await shown()).corrections?.stale.length === 1, 'stale after deleting the sentence');
    await waitFor(() => /1 stale correction/.test(api.correctionStatusText() ?? ''), 'the stale status');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', untitled.uri, untitled.positionAt(start));
    assert.match(hoverText(hovers), /Correction no longer found/);
    assert.ok(!(await exists(fixture('corrections', 'Untitled-1.newslens.json'))));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
