import * as assert from 'node:assert/strict';
import { actorCard, dateCard, escapeMarkdown, excerpt, formatIso, quoteCard } from '../../../src/editor/hoverContent';
import { AnalysisIndex } from '../../../src/editor/lookup';
import type { Actor } from '../../../src/core/types';
import { ANALYSIS } from './analysisFixture';

describe('hover cards', () => {
  const index = new AnalysisIndex(ANALYSIS);
  const link = ([s, e]: [number, number]) => `command:newsLens.revealRange?${s}-${e}`;

  it('shows name, type, role, affiliation, other names, counts and quotes for an actor', () => {
    const card = actorCard(index.actor('maria-okafor')!, index, link);
    assert.match(card, /^\*\*Maria Okafor\*\* · person/);
    assert.match(card, /\*general secretary\* of Harbour Workers Union/);
    assert.match(card, /Also: Okafor/);
    assert.match(card, /2 mentions · 2 quotes/);
    assert.match(card, /- “We have a deal\\,” \[↗\]\(command:newsLens\.revealRange\?/);
  });

  it('leaves out the affiliation when the role already names it', () => {
    const maria = { ...index.actor('maria-okafor')!, role: 'general secretary of the Harbour Workers Union' };
    const card = actorCard(maria, index, link);
    assert.match(card, /\*general secretary of the Harbour Workers Union\*  \n/);
    assert.doesNotMatch(card, /\* of Harbour Workers Union/);
  });

  it('offers “all N quotes” when an actor has more than the card lists', () => {
    const many = { ...ANALYSIS, quotes: Array.from({ length: 5 }, (_, i) => ({ ...ANALYSIS.quotes[0]!, text: `Quote ${i}`, range: [i, i + 1] as [number, number] })) };
    const card = actorCard(many.actors[1]!, new AnalysisIndex(many), link, 'command:newsLens.goToActor?x');
    assert.match(card, /\[all 5 quotes\]\(command:newsLens\.goToActor\?x\)/);
    assert.equal(card.match(/^- “/gm)?.length, 3);
  });

  it('renders hostile names and quotes inert', () => {
    const hostile: Actor = {
      id: 'x',
      name: '[click](command:workbench.action.terminal.new) <img src=x onerror=alert(1)> **bold** https://evil.example',
      type: 'person',
      aliases: [],
      role: '`code` ![img](http://x/y.png)',
      affiliation: null,
      mentions: [[0, 1]],
    };
    const card = actorCard(hostile, index, link);
    assert.ok(!/\]\(command:workbench/.test(card), 'no command link from article text');
    assert.ok(!/(^|[^\\])</.test(card), 'no raw HTML');
    assert.ok(!card.includes('https://'), 'no autolink');
    assert.ok(!card.includes('![img]'), 'no image');
    assert.ok(card.includes('\\[click\\]\\(command\\:workbench'), 'escaped text remains readable');
  });

  const escapes: Array<[string, string]> = [
    ['a*b_c', 'a\\*b\\_c'],
    ['<b>x</b>', '\\<b\\>x\\<\\/b\\>'],
    ['line one\nline two', 'line one line two'],
    ['Ngātiwai’s “whale”', 'Ngātiwai’s “whale”'],
    ['&amp;', '\\&amp\\;'],
  ];
  for (const [input, expected] of escapes) {
    it(`escapes ${JSON.stringify(input)}`, () => assert.equal(escapeMarkdown(input), expected));
  }

  it('shortens long quotes at a word boundary', () => {
    const long = 'word '.repeat(60);
    const short = excerpt(long, 40);
    assert.ok(short.length <= 41, short);
    assert.ok(short.endsWith('word…'), short);
    assert.equal(excerpt('  brief\n quote '), 'brief quote');
  });

  it('names the speaker, cue and kind on a quote card', () => {
    const card = quoteCard(ANALYSIS.quotes[2]!, index, link);
    assert.match(card, /“I am relieved\\\.”\*\* — \[Daniel Okafor\]/);
    assert.match(card, /direct quote · cue: \*said\*/);
    assert.match(card, /Port chief/);
  });

  it('says when a quote has no speaker', () => {
    assert.match(quoteCard({ ...ANALYSIS.quotes[0]!, speaker: null, cue: null }, index, link), /no speaker found/);
  });

  it('shows a date’s resolved value, or says it is unresolved', () => {
    assert.match(dateCard(ANALYSIS.dates[0]!), /9 March 2026 \(2026-03-09\)/);
    assert.match(dateCard({ text: 'last week', range: [0, 9], value: null }), /not resolved/);
    assert.equal(formatIso('2024-08'), 'August 2024 (2024-08)');
    assert.equal(formatIso('2007'), '2007 (2007)');
  });
});
