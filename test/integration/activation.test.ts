import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, fixture } from './host';

const ARTICLE_LANGUAGE = 'news-article';

/** Command ids from the manifest VS Code loaded for the extension under test. */
function contributedCommands(): string[] {
  const manifest = vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON as
    { contributes?: { commands?: Array<{ command: string }> } } | undefined;
  return (manifest?.contributes?.commands ?? []).map((c) => c.command);
}

/** Resolves with the first `event` that `accept`s, or rejects after `timeoutMs`. */
function nextEvent<T>(event: vscode.Event<T>, accept: (e: T) => boolean, what: string, timeoutMs = 10_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      listener.dispose();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
    }, timeoutMs);
    const listener = event((e) => {
      if (!accept(e)) return;
      clearTimeout(timer);
      listener.dispose();
      resolve(e);
    });
  });
}

/**
 * Waits until the extension is active. The API has no activation event, so this checks
 * `isActive` on a short interval, up to `timeoutMs`. It never calls `activate()`, which
 * would hide a missing activation event.
 */
async function activated(extension: vscode.Extension<unknown>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!extension.isActive) {
    if (Date.now() > deadline) throw new Error(`${extension.id} did not activate within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

function sameUri(a: vscode.TextDocument, b: vscode.TextDocument): boolean {
  return a.uri.toString() === b.uri.toString();
}

describe('News Lens in a real VS Code', () => {
  let extension: vscode.Extension<unknown>;
  let article: vscode.TextDocument;

  before(async () => {
    const found = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(found, `${EXTENSION_ID} is not loaded in this VS Code`);
    extension = found;
    article = await vscode.workspace.openTextDocument(fixture('harbour-strike.article.txt'));
    await vscode.window.showTextDocument(article);
    await activated(extension);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('activates once an article is open', () => {
    assert.equal(extension.isActive, true);
  });

  it('opens *.article.txt files in the news-article language', () => {
    assert.equal(article.languageId, ARTICLE_LANGUAGE);
  });

  it('contributes the news-article language', async () => {
    assert.ok((await vscode.languages.getLanguages()).includes(ARTICLE_LANGUAGE));
  });

  describe('commands', () => {
    let registered: Set<string>;
    before(async () => {
      registered = new Set(await vscode.commands.getCommands(true));
    });

    it('contributes at least the commands these tests run', () => {
      const contributed = contributedCommands();
      for (const id of ['newsLens.showInfo', 'newsLens.openAsArticle']) assert.ok(contributed.includes(id), id);
    });

    // One test per command, so the report names any command the palette offers in vain.
    for (const id of contributedCommands()) {
      it(`registers ${id}`, () => {
        assert.ok(registered.has(id), `${id} is contributed in package.json but not registered`);
      });
    }
  });

  it('newsLens.showInfo returns the summary of the active article and does not edit it', async () => {
    await vscode.window.showTextDocument(article);
    const version = article.version;
    const summary = await vscode.commands.executeCommand<string | undefined>('newsLens.showInfo');
    // Words and paragraphs of the fixture, its language, analysis state, then the engine's counts.
    assert.match(summary ?? '', /^403 words · 15 paragraphs · news-article · analysis on · \d+ actors · \d+ quotes$/);
    assert.equal(article.version, version);
    assert.equal(article.isDirty, false);
  });

  it('newsLens.openAsArticle switches an untitled plaintext document to news-article without editing it', async () => {
    const doc = await vscode.workspace.openTextDocument({
      language: 'plaintext',
      content: 'LONDON: “We are ready,” said Maria Okafor.\n',
    });
    await vscode.window.showTextDocument(doc);
    assert.equal(doc.languageId, 'plaintext');
    const { version, isDirty } = doc;

    // A language change closes and reopens the document in the new language.
    const reopened = nextEvent(vscode.workspace.onDidOpenTextDocument,
      (d) => sameUri(d, doc) && d.languageId === ARTICLE_LANGUAGE, 'the untitled document to reopen as news-article');
    await vscode.commands.executeCommand('newsLens.openAsArticle');
    await reopened;

    assert.equal(doc.languageId, ARTICLE_LANGUAGE);
    assert.equal(doc.version, version);
    assert.equal(doc.isDirty, isDirty);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('newsLens.openAsArticle switches a plaintext file to news-article and leaves it unmodified', async () => {
    const doc = await vscode.workspace.openTextDocument(fixture('wire-copy.txt'));
    await vscode.window.showTextDocument(doc);
    assert.equal(doc.languageId, 'plaintext');
    const version = doc.version;

    const reopened = nextEvent(vscode.workspace.onDidOpenTextDocument,
      (d) => sameUri(d, doc) && d.languageId === ARTICLE_LANGUAGE, 'wire-copy.txt to reopen as news-article');
    await vscode.commands.executeCommand('newsLens.openAsArticle');
    await reopened;

    assert.equal(doc.languageId, ARTICLE_LANGUAGE);
    assert.equal(doc.version, version);
    assert.equal(doc.isDirty, false);
  });

  it('runs every command that needs no answer from the user without editing the article', async () => {
    // goToActor and exportAnnotations are left out: without arguments they wait for a
    // quick pick or a save dialog.
    const commands = ['newsLens.showInfo', 'newsLens.toggleHighlights', 'newsLens.toggleHighlights',
      'newsLens.nextQuote', 'newsLens.previousQuote', 'newsLens.copyQuoteWithAttribution',
      'newsLens.reanalyze', 'newsLens.openAsArticle'];
    const editor = await vscode.window.showTextDocument(article);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const version = article.version;
    const changes: string[] = [];
    const listener = vscode.workspace.onDidChangeTextDocument((e) => {
      if (sameUri(e.document, article) && e.contentChanges.length > 0) {
        changes.push(e.contentChanges.map((c) => c.text).join(''));
      }
    });
    try {
      for (const id of commands) await vscode.commands.executeCommand(id);
    } finally {
      listener.dispose();
    }
    assert.deepEqual(changes, []);
    assert.equal(article.version, version);
    assert.equal(article.isDirty, false);
  });

  it('newsLens.openAsArticle leaves a news-article document as it is', async () => {
    await vscode.window.showTextDocument(article);
    const version = article.version;
    await vscode.commands.executeCommand('newsLens.openAsArticle');
    assert.equal(article.languageId, ARTICLE_LANGUAGE);
    assert.equal(article.version, version);
    assert.equal(article.isDirty, false);
  });
});
