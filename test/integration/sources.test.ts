import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SourcesReport } from '../../src/core/sources/report';
import type { NewsLensApi } from '../../src/extension';
import { activeApi, fixture, nodeHostOnly, repoFile } from './host';
import { waitFor } from './waitFor';

const folder = fixture('sources');

describe('sources: the Sources panel and the folder view', function () {
  this.timeout(40_000);
  let api: NewsLensApi;

  before(async () => {
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder, 'ferry-fares.txt'));
    await vscode.window.showTextDocument(doc);
    api = await activeApi();
  });

  after(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('opens for the active article, follows edits, then follows the active article', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'Quay row\n\nKELBY: "We will not move," said Ana Rusk.\n' });
    const editor = await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('newsLens.showSources');
    const first = await waitFor(() => api.sourcesView()?.rows.some((r) => r.name === 'Ana Rusk') && api.sourcesView(), 'the panel to show Ana Rusk', 8000);
    assert.equal(first.counts.named, 1);
    await editor.edit((b) => b.insert(doc.positionAt(doc.getText().length), '"The quay is ours," a harbour spokeswoman said.\n'));
    const updated = await waitFor(() => (api.sourcesView()?.counts.unnamed === 1 ? api.sourcesView() : undefined), 'the panel to count the unnamed source', 8000);
    assert.ok(updated.rows.some((r) => r.type === 'unnamed' && r.name === 'a harbour spokeswoman'), updated.rows.map((r) => r.name).join(' | '));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');

    const article = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder, 'east/market-hall.txt'));
    await vscode.window.showTextDocument(article, vscode.ViewColumn.One);
    const followed = await waitFor(() => (api.sourcesView()?.title.endsWith('market-hall.txt') ? api.sourcesView() : undefined), 'the panel to follow the active article', 8000);
    assert.ok(followed.rows.length > 0);
  });

  it('follows a correction that changes a quote\'s speaker', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'Quay row\n\nKELBY: Ana Rusk and Bo Lind met the council. "We will not move," said Ana Rusk.\n' });
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('newsLens.showSources');
    await waitFor(() => api.sourcesView()?.rows.some((r) => r.name === 'Ana Rusk' && r.quotes === 1), 'the panel to give Ana Rusk the quote', 8000);
    const at = doc.getText().indexOf('We will not move');
    const range = new vscode.Range(doc.positionAt(at + 1), doc.positionAt(at + 3));
    assert.equal(await vscode.commands.executeCommand('newsLens.setQuoteSpeaker', doc.uri, range, 'Bo Lind'), true);
    const corrected = await waitFor(() => (api.sourcesView()?.rows.some((r) => r.name === 'Bo Lind' && r.quotes === 1) ? api.sourcesView() : undefined), 'the panel to follow the correction', 8000);
    assert.ok(!corrected.rows.some((r) => r.name === 'Ana Rusk' && r.quotes > 0), corrected.rows.map((r) => `${r.name} ${r.quotes}`).join(' | '));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('analyzeFolder analyses every article of the folder and shows the folder view', async () => {
    const report = await vscode.commands.executeCommand<SourcesReport>('newsLens.analyzeFolder', folder);
    // The two plain-text articles (east/notes.md is not one), each read and analysed.
    assert.equal(report.files, 2);
    // The person quoted in both is one source across the folder.
    assert.equal(report.sources.find((source) => source.name === 'Dana Reyes')?.files, 2, JSON.stringify(report.sources));
    const view = api.folderSourcesView();
    assert.ok(view && view.title === 'Sources — sources' && view.files?.length === 2);
  });

  it('analyzeFolder returns the summary the CLI report gives', async function () {
    nodeHostOnly(this, 'runs the command-line tool with Node');
    const { spawnSync } = await import('node:child_process');
    const { execPath } = await import('node:process');
    const report = await vscode.commands.executeCommand<SourcesReport>('newsLens.analyzeFolder', folder);
    const cli = spawnSync(execPath, [repoFile('dist/cli.js').fsPath, 'report', folder.fsPath, '--jobs', '1'], { encoding: 'utf8' });
    assert.equal(cli.status, 0, cli.stderr);
    assert.deepEqual(report, JSON.parse(cli.stdout));
  });

  it('Find All References on an actor lists its mentions in the other analysed files', async () => {
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder, 'ferry-fares.txt'));
    await vscode.window.showTextDocument(doc);
    await api.whenAnalysed(doc);
    const at = doc.positionAt(doc.getText().indexOf('Reyes said') + 1);
    const locations = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, at);
    assert.ok(locations.some((l) => l.uri.fsPath.endsWith('market-hall.txt')), locations.map((l) => l.uri.fsPath).join(' | '));
    assert.ok(locations.some((l) => l.uri.fsPath.endsWith('ferry-fares.txt')));
  });

  it('cancelling analyzeFolder stops it part-way and returns nothing', async () => {
    const before = api.folderSourcesView();
    // Cancelled once the first file has been started: the rest is never analysed.
    let checks = 0;
    const token: vscode.CancellationToken = {
      get isCancellationRequested() {
        return ++checks > 1;
      },
      onCancellationRequested: new vscode.EventEmitter<void>().event,
    };
    const report = await vscode.commands.executeCommand<SourcesReport | undefined>('newsLens.analyzeFolder', folder, token);
    assert.equal(report, undefined);
    assert.ok(checks > 1, 'the command checked the token');
    assert.equal(api.folderSourcesView(), before, 'the folder view was left as it was');
  });
});
