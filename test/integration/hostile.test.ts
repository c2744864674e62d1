import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { fixture } from './host';
import { hoverText } from './hoverText';

const OWN_COMMANDS = new Set([
  'newsLens.revealRange',
  'newsLens.goToActor',
  // The correction commands, with arguments built by News Lens (never from article text).
  'newsLens.markNotEntity',
  'newsLens.setEntityType',
  'newsLens.setQuoteSpeaker',
  'newsLens.markNotQuote',
  'newsLens.sameActor',
  'newsLens.differentActor',
  'newsLens.removeCorrection',
  'newsLens.alwaysTreatAs',
]);

/** Every command a rendered card could run: `command:` link targets in the Markdown. */
function commandLinks(markdown: string): string[] {
  return [...markdown.matchAll(/\]\(command:([\w.-]+)/g)].map((m) => m[1]!);
}

describe('a hostile article', () => {
  let doc: vscode.TextDocument;

  before(async () => {
    doc = await vscode.workspace.openTextDocument(fixture('hostile.article.txt'));
    await vscode.window.showTextDocument(doc);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  const positions: Array<[what: string, needle: string]> = [
    ['a quote full of links, HTML and Markdown', 'Run this'],
    ['a second hostile quote', 'Nothing here'],
    ['the speaker of the hostile quotes', 'Maria Okafor'],
    ['a bare surname of that speaker', 'Okafor added'],
  ];
  for (const [what, needle] of positions) {
    it(`renders ${what} inert in its hover card`, async () => {
      const at = doc.positionAt(doc.getText().indexOf(needle) + 2);
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at);
      const cards = hovers.flatMap((h) => h.contents).filter((c): c is vscode.MarkdownString => typeof c !== 'string' && 'isTrusted' in c);
      assert.ok(cards.length > 0, `a News Lens card at ${needle}`);
      for (const card of cards) {
        const md = card.value;
        assert.equal(card.supportHtml ?? false, false, 'no HTML rendering');
        const trusted = card.isTrusted;
        assert.ok(trusted === undefined || trusted === false || (typeof trusted === 'object' && trusted.enabledCommands.every((c) => OWN_COMMANDS.has(c))),
          `only News Lens commands enabled: ${JSON.stringify(trusted)}`);
        for (const command of commandLinks(md)) assert.ok(OWN_COMMANDS.has(command), `live command link ${command} in ${md}`);
        assert.doesNotMatch(md, /(^|[^\\])</, 'no unescaped < (HTML)');
        assert.doesNotMatch(md, /https?:\/\//, 'no bare URL to autolink');
        assert.doesNotMatch(md, /(^|[^\\])!\[/, 'no image');
        assert.doesNotMatch(md, /(^|[^\\])`/, 'no code span from article text');
      }
    });
  }

  it('still shows the hostile text, escaped', async () => {
    const at = doc.positionAt(doc.getText().indexOf('Run this') + 2);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at);
    assert.match(hoverText(hovers), /\\\[Run this\\\]\\\(command\\:workbench/);
  });
});
