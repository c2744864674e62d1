import * as assert from 'node:assert/strict';
import { AnalysisIndex, byProminence, shortName, shortNames } from '../../../src/editor/lookup';
import { ANALYSIS, ARTICLE } from './analysisFixture';

describe('AnalysisIndex', () => {
  const index = new AnalysisIndex(ANALYSIS);
  const offsetOf = (text: string, occurrence = 0) => {
    let from = -1;
    for (let i = 0; i <= occurrence; i++) from = ARTICLE.indexOf(text, from + 1);
    return from;
  };

  const actorCases: Array<[name: string, offset: number, expected: string | undefined]> = [
    ['finds the actor under the cursor inside a name', offsetOf('Maria Okafor') + 3, 'maria-okafor'],
    ['counts the position just after a name as on it', offsetOf('Maria Okafor') + 'Maria Okafor'.length, 'maria-okafor'],
    ['keeps two people sharing a surname apart', offsetOf('Daniel Okafor') + 8, 'daniel-okafor'],
    ['gives a bare surname to its actor', offsetOf('Okafor', 1) + 1, 'maria-okafor'],
    ['finds nothing between names', offsetOf('Dock workers'), undefined],
    ['finds nothing for places (not actors)', offsetOf('PORTSMOUTH') + 1, undefined],
  ];
  for (const [name, offset, expected] of actorCases) {
    it(name, () => assert.equal(index.actorAt(offset)?.id, expected));
  }

  it('finds the quote containing the cursor, marks included', () => {
    assert.equal(index.quoteAt(offsetOf('We have'))?.text, 'We have a deal,');
    assert.equal(index.quoteAt(offsetOf('We have') - 1)?.text, 'We have a deal,');
    assert.equal(index.quoteAt(offsetOf('Dock')), undefined);
  });

  it('moves to the next quote and wraps around at the end', () => {
    assert.equal(index.nextQuote(0)?.text, 'We have a deal,');
    assert.equal(index.nextQuote(offsetOf('We have'))?.text, 'It protects every job,');
    assert.equal(index.nextQuote(ARTICLE.length)?.text, 'We have a deal,');
  });

  it('moves to the previous quote, skipping the one the cursor is in, and wraps at the start', () => {
    assert.equal(index.previousQuote(offsetOf('I am relieved') + 2)?.text, 'It protects every job,');
    assert.equal(index.previousQuote(0)?.text, 'I am relieved.');
  });

  it('lists an actor’s quotes in order', () => {
    assert.deepEqual(index.quotesBy('maria-okafor').map((q) => q.text), ['We have a deal,', 'It protects every job,']);
  });

  it('defines an actor at its first full-name mention', () => {
    const maria = index.actor('maria-okafor')!;
    assert.deepEqual(index.definitionOf(maria), [offsetOf('Maria Okafor'), offsetOf('Maria Okafor') + 12]);
  });

  it('ranks actors by mentions and quotes', () => {
    assert.deepEqual(byProminence(index).map((a) => a.id), ['maria-okafor', 'daniel-okafor', 'harbour-workers-union']);
  });

  it('labels two people sharing a surname by their full names', () => {
    const labels = shortNames(ANALYSIS.actors);
    assert.equal(labels.get('maria-okafor'), 'Maria Okafor');
    assert.equal(labels.get('daniel-okafor'), 'Daniel Okafor');
    assert.equal(shortNames(ANALYSIS.actors.slice(0, 2)).get('maria-okafor'), 'Okafor');
  });

  it('labels people by surname and organizations by acronym or name', () => {
    assert.equal(shortName(index.actor('maria-okafor')!), 'Okafor');
    assert.equal(shortName({ ...index.actor('harbour-workers-union')!, aliases: ['Harbour Workers Union', 'HWU'] }), 'HWU');
    assert.equal(shortName(index.actor('harbour-workers-union')!), 'Harbour Workers Union');
  });
});
