import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { NewsLensApi } from '../../src/extension';
import { activeApi, extension, fixture, repoFile, writeText } from './host';
import { waitFor } from './waitFor';

describe('a calmer editor: labels, keys, actors view', () => {
  let api: NewsLensApi;
  let doc: vscode.TextDocument;

  before(async () => {
    doc = await vscode.workspace.openTextDocument(fixture('council-budget.article.txt'));
    await vscode.window.showTextDocument(doc);
    api = await activeApi();
    await api.whenAnalysed(doc);
  });

  after(async () => {
    await vscode.workspace.getConfiguration('newsLens').update('showSpeakers', undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('newsLens.clearActorsFilter');
    await vscode.commands.executeCommand('newsLens.sortActors', 'prominence');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('shows speaker labels as inlay hints, only where the speaker is not named beside the quote', async () => {
    const whole = new vscode.Range(0, 0, doc.lineCount, 0);
    const hints = await waitFor(async () => {
      const found = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', doc.uri, whole);
      return found.length > 0 && found;
    }, 'speaker inlay hints');
    const labels = hints.map((h) => (typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join('')));
    assert.deepEqual(labels.map((l) => l.replace(/\?$/, '')).sort(), ['— Helen Ashworth', '— Tom Ashworth']);
    // A question mark exactly on the speakers the engine is unsure of (confidence below 0.8).
    const analysis = (await api.whenAnalysed(doc))!;
    hints.forEach((hint, i) => {
      const quote = analysis.quotes.find((q) => q.outerRange[1] === doc.offsetAt(hint.position));
      assert.ok(quote, `a quote ends at ${doc.offsetAt(hint.position)}`);
      assert.equal(labels[i]!.endsWith('?'), (quote.confidence ?? 1) < 0.8, `${labels[i]} for a speaker of confidence ${quote.confidence}`);
    });
    for (const hint of hints) {
      // Just after a closing quotation mark, and never followed by the same name.
      const line = doc.lineAt(hint.position.line).text;
      assert.match(line.slice(0, hint.position.character), /[”"]$/);
      const label = typeof hint.label === 'string' ? hint.label : hint.label.map((p) => p.value).join('');
      assert.ok(!line.slice(hint.position.character, hint.position.character + 40).includes(label.replace('— ', '').replace(/\?$/, '')), line);
    }
  });

  it('contributes keybindings that no VS Code default uses', async () => {
    const manifest = extension().packageJSON as { contributes: { keybindings: Array<{ key: string; command: string }> } };
    const defaults = await vscode.workspace.openTextDocument(vscode.Uri.parse('vscode://defaultsettings/keybindings.json'));
    const taken = new Map<string, string>();
    for (const m of defaults.getText().matchAll(/"key":\s*"([^"]+)",\s*"command":\s*"([^"]+)"/g)) {
      if (!m[2]!.startsWith('newsLens.')) taken.set(m[1]!, m[2]!);
    }
    assert.ok(taken.size > 300, `read ${taken.size} default keybindings`);
    // Kept for updating the recorded list in test/unit/keybindings.test.ts.
    await writeText(repoFile('test-results/vscode-default-keys.json'), JSON.stringify([...taken.keys()].sort(), null, 1));
    for (const binding of manifest.contributes.keybindings) {
      assert.equal(taken.get(binding.key), undefined, `${binding.key} (${binding.command}) is a default for ${taken.get(binding.key)}`);
    }
  });

  it('filters and sorts the actors view by command, and remembers the sort', async () => {
    await vscode.commands.executeCommand('newsLens.actors.focus');
    await vscode.commands.executeCommand('newsLens.sortActors', 'name');
    await vscode.commands.executeCommand('newsLens.sortActors', 'quotes');
    await vscode.commands.executeCommand('newsLens.clearActorsFilter');
  });
});
