import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Analysis } from '../../src/core/types';
import type { NewsLensApi } from '../../src/extension';
import { exists, extension, fixture, readText, remove, uniqueName, writeText } from './host';
import { waitFor } from './waitFor';

/**
 * Issue 10: "untitled documents keep corrections in memory until saved". Saving an
 * untitled article as `DIR/X.article.txt` hands its corrections over to the file:
 * they are written to `DIR/X.article.newslens.json` and go on applying to the saved
 * document. An untitled document given a file path (`untitled:/DIR/X.article.txt`) is
 * saved there without a dialog, through the same Save As path a user's Ctrl+S takes.
 */
describe('corrections of an untitled article, saved as a file', () => {
  let api: NewsLensApi;
  let article: string;
  const name = uniqueName('tmp-untitled');
  const target = fixture('corrections', `${name}.article.txt`);
  const sidecar = fixture('corrections', `${name}.article.newslens.json`);
  const cleanUp = async () => {
    await remove(target);
    await remove(sidecar);
  };
  const sidecarJson = async () => JSON.parse(await readText(sidecar)) as { corrections: Array<{ action: string; text: string; type: string }> };

  /** Opens the fixture article as an untitled document that will be saved as `file`, in an editor. */
  const untitledArticle = async (file: vscode.Uri): Promise<vscode.TextDocument> => {
    const document = await vscode.workspace.openTextDocument(file.with({ scheme: 'untitled' }));
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, new vscode.Position(0, 0), article);
    assert.ok(await vscode.workspace.applyEdit(edit));
    await vscode.window.showTextDocument(document);
    return document;
  };
  const rangeIn = (document: vscode.TextDocument, needle: string) => {
    const at = document.getText().indexOf(needle);
    assert.ok(at >= 0, needle);
    return new vscode.Range(document.positionAt(at + 1), document.positionAt(at + needle.length - 1));
  };
  /** Waits until the analysis of `document` satisfies `check`. */
  const until = (document: vscode.TextDocument, check: (a: Analysis) => boolean, what: string) =>
    waitFor(async () => {
      const a = await api.whenAnalysed(document);
      return a && check(a) ? a : undefined;
    }, what);
  const isPlace = (name: string) => (a: Analysis) => a.places.some((p) => p.name === name) && !a.actors.some((x) => x.name === name);

  before(async () => {
    article = await readText(fixture('corrections', 'stadium-vote.article.txt'));
    await cleanUp();
    const ext = extension();
    await ext.activate();
    api = await waitFor(() => ext.isActive && ext.exports, 'News Lens to activate');
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await cleanUp();
  });

  it('writes the corrections to the sidecar of the file it is saved as, and they go on applying there', async () => {
    const untitled = await untitledArticle(target);
    assert.equal(untitled.isUntitled, true);
    assert.equal(await vscode.commands.executeCommand('newsLens.setEntityType', untitled.uri, rangeIn(untitled, 'Brackenfield Park'), 'place'), true);
    await until(untitled, isPlace('Brackenfield Park'), 'the correction applied in memory');
    assert.ok(!(await exists(sidecar)), 'no sidecar while the article is untitled');

    assert.equal(await untitled.save(), true);
    const saved = await vscode.workspace.openTextDocument(target);
    assert.equal(saved.isUntitled, false);
    assert.equal(await readText(target), article, 'the article is saved as it was: corrections never go into it');

    const written = await waitFor(async () => (await exists(sidecar)) && sidecarJson(), 'the sidecar of the saved file');
    assert.deepEqual(written.corrections.map((c) => [c.action, c.text, c.type]), [['type', 'Brackenfield Park', 'place']]);
    const a = await until(saved, isPlace('Brackenfield Park'), 'the correction applied to the saved document');
    assert.equal(a.places.find((p) => p.name === 'Brackenfield Park')?.mentions.length, 3);
    assert.equal(saved.isDirty, false, 'the saved article is not dirty');

    // From the file alone, as after a restart: closed and opened again.
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const reopened = await vscode.workspace.openTextDocument(target);
    await vscode.window.showTextDocument(reopened);
    await until(reopened, isPlace('Brackenfield Park'), 'the correction read back from the sidecar');
  });

  it('a correction made after saving goes to the same sidecar, beside the handed-over one', async () => {
    const untitled = await untitledArticle(target);
    assert.equal(await vscode.commands.executeCommand('newsLens.markNotEntity', untitled.uri, rangeIn(untitled, 'Harbour Gazette')), true);
    await until(untitled, (a) => !a.actors.some((x) => x.name === 'The Harbour Gazette'), 'the correction applied in memory');
    assert.equal(await untitled.save(), true);
    const saved = await vscode.workspace.openTextDocument(target);
    await waitFor(() => exists(sidecar), 'the sidecar of the saved file');
    assert.equal(await vscode.commands.executeCommand('newsLens.setEntityType', saved.uri, rangeIn(saved, 'Tomas Greve'), 'organization'), true);
    await until(saved, (a) => a.actors.find((x) => x.name === 'Tomas Greve')?.type === 'organization' && !a.actors.some((x) => x.name === 'The Harbour Gazette'), 'both corrections');
    const actions = (await sidecarJson()).corrections.map((c) => c.action).sort();
    assert.deepEqual(actions, ['notEntity', 'type']);
  });

  it('an untitled article closed without saving leaves its corrections nowhere', async () => {
    const untitled = await untitledArticle(target);
    assert.equal(await vscode.commands.executeCommand('newsLens.setEntityType', untitled.uri, rangeIn(untitled, 'Nadia Brennan'), 'organization'), true);
    await until(untitled, (a) => a.actors.find((x) => x.name === 'Nadia Brennan')?.type === 'organization', 'the correction applied in memory');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');

    // The same text saved under that name afterwards is a new article: nothing handed over.
    await writeText(target, article);
    const opened = await vscode.workspace.openTextDocument(target);
    await vscode.window.showTextDocument(opened);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(opened.uri, opened.positionAt(article.length), '\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.equal(await opened.save(), true);
    await until(opened, (a) => a.actors.find((x) => x.name === 'Nadia Brennan')?.type === 'person', 'the engine’s type');
    assert.ok(!(await exists(sidecar)), 'no sidecar written for the discarded corrections');
  });
});
