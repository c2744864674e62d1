import * as assert from 'node:assert/strict';
import type { Analysis, Quote, Range } from '../../../src/core/types';
import { AnalysisIndex } from '../../../src/editor/lookup';
import { isUncertain, parseShowSpeakers, speakerLabels, uncertaintyNote } from '../../../src/editor/speakerLabels';
import { ANALYSIS, ARTICLE } from './analysisFixture';

/** A fictional paragraph whose second quote is attributed only through a distant "he said". */
const TEXT = [
  'Ferry fares to rise',
  '',
  'Island council leader Tomas Brandt defended the rise on Friday. Fuel costs had doubled, the council said in a statement issued',
  'after a long meeting that ran late into the evening. “We had no other choice,” he said.',
  '“Nobody wants this,” Brandt said.',
].join('\n');

function at(needle: string, nth = 0): Range {
  let i = -1;
  for (let k = 0; k <= nth; k++) i = TEXT.indexOf(needle, i + 1);
  if (i < 0) throw new Error(`not in text: ${needle}`);
  return [i, i + needle.length];
}

function quote(text: string, extra: Partial<Quote> = {}): Quote {
  const range = at(text);
  return { text, range, outerRange: [range[0] - 1, range[1] + 1], kind: 'direct', speaker: 'tomas-brandt', cue: 'said', cueRange: null, article: 0, ...extra };
}

function analysis(quotes: Quote[]): Analysis {
  const brandt: Range[] = [at('Tomas Brandt'), at('Brandt', 1)];
  return {
    length: TEXT.length,
    articles: [],
    paragraphs: [],
    actors: [{ id: 'tomas-brandt', name: 'Tomas Brandt', type: 'person', aliases: ['Tomas Brandt', 'Brandt'], role: 'Island council leader', affiliation: null, mentions: brandt }],
    places: [],
    dates: [],
    quotes,
    mentions: brandt.map((range) => ({ type: 'person', range, text: TEXT.slice(...range), title: null, actor: 'tomas-brandt' })),
  };
}

describe('speaker labels', () => {
  const distant = quote('We had no other choice,');
  const adjacent = quote('Nobody wants this,');

  it('labels only the quote whose speaker is not named next to it (whenNotNearby)', () => {
    const labels = speakerLabels(new AnalysisIndex(analysis([distant, adjacent])), TEXT, 'whenNotNearby');
    assert.deepEqual(labels.map((l) => [l.quote.text, l.text, l.offset]), [['We had no other choice,', '— Brandt', distant.outerRange[1]]]);
  });

  it('never repeats a name written beside the quote, before or after it', () => {
    // Every quote of the shared fixture names its speaker right beside it.
    assert.deepEqual(speakerLabels(new AnalysisIndex(ANALYSIS), ARTICLE, 'whenNotNearby'), []);
  });

  it('labels every attributed quote with "always", none with "never"', () => {
    const index = new AnalysisIndex(analysis([distant, adjacent]));
    assert.equal(speakerLabels(index, TEXT, 'always').length, 2);
    assert.deepEqual(speakerLabels(index, TEXT, 'never'), []);
  });

  it('does not count a name across a line break or inside the quotation as next to it', () => {
    const insideQuote = quote('Nobody wants this,');
    const text = TEXT.replace('” Brandt said.', '”\nBrandt said.');
    const index = new AnalysisIndex(analysis([insideQuote]));
    assert.equal(speakerLabels(index, text, 'whenNotNearby').length, 1);
  });

  it('leaves titles, nicknames and unattributed quotes unlabelled', () => {
    const index = new AnalysisIndex(analysis([quote('We had no other choice,', { kind: 'other' }), quote('Nobody wants this,', { speaker: null })]));
    assert.deepEqual(speakerLabels(index, TEXT, 'always'), []);
  });

  it('marks a label uncertain (with a question mark) below the confidence threshold', () => {
    const guessed = quote('We had no other choice,', { confidence: 0.42, why: ['guessed from a distant “he said”'] });
    const [label] = speakerLabels(new AnalysisIndex(analysis([guessed])), TEXT, 'whenNotNearby');
    assert.equal(label?.text, '— Brandt?');
    assert.equal(label?.uncertain, true);
    assert.equal(uncertaintyNote(guessed), 'Speaker uncertain (confidence 42%): guessed from a distant “he said”');
  });

  const certainty: Array<[name: string, q: Partial<Quote>, uncertain: boolean]> = [
    ['treats a missing confidence as certain', {}, false],
    ['treats confidence at the threshold as certain', { confidence: 0.8 }, false],
    ['treats confidence below it as uncertain', { confidence: 0.79 }, true],
    ['never calls "no speaker" uncertain', { confidence: 0.1, speaker: null }, false],
  ];
  for (const [name, extra, expected] of certainty) it(name, () => assert.equal(isUncertain(quote('Nobody wants this,', extra)), expected));

  const settings: Array<[unknown, string]> = [
    ['always', 'always'],
    ['never', 'never'],
    ['whenNotNearby', 'whenNotNearby'],
    [true, 'whenNotNearby'],
    [false, 'never'],
    [undefined, 'whenNotNearby'],
    ['sometimes', 'whenNotNearby'],
    [42, 'whenNotNearby'],
  ];
  for (const [value, expected] of settings) {
    it(`reads showSpeakers ${JSON.stringify(value)} as ${expected}`, () => assert.equal(parseShowSpeakers(value), expected));
  }
});
