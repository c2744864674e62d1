import * as assert from 'node:assert/strict';
import { describeDocument, readsAsArticle } from '../../src/editor/info';
import { ANALYSIS } from './editor/analysisFixture';

describe('describeDocument', () => {
  const cases: Array<[name: string, text: string, expected: string]> = [
    ['counts words and blank-line paragraphs', 'Headline here\n\nFirst para, two.\nStill first.\n\nSecond.', '8 words · 3 paragraphs · plaintext · analysis on'],
    ['keeps apostrophes and hyphens inside words', 'Tehreek-e-Insaf’s leader didn\'t speak', '4 words · 1 paragraphs · plaintext · analysis on'],
    ['treats CRLF and lone CR as line breaks', 'One\r\n\r\nTwo\r\rThree', '3 words · 3 paragraphs · plaintext · analysis on'],
    ['handles an empty document', '', '0 words · 0 paragraphs · plaintext · analysis on'],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => assert.equal(describeDocument(text, 'plaintext', true), expected));
  }

  it('names the setting when analysis is off', () => {
    assert.match(describeDocument('Text', 'news-article', false), /news-article · analysis off \(newsLens\.enable\)$/);
  });
});

describe('readsAsArticle', () => {
  it('is true for a headline with an attributed quote', () => assert.equal(readsAsArticle(ANALYSIS), true));
  it('is false without a headline', () => assert.equal(readsAsArticle({ ...ANALYSIS, articles: [] }), false));
  it('is false for a headline with nobody quoted and fewer than three actors', () =>
    assert.equal(readsAsArticle({ ...ANALYSIS, quotes: [], actors: ANALYSIS.actors.slice(0, 2) }), false));
  it('is true for a headline with three actors even without quotes', () => assert.equal(readsAsArticle({ ...ANALYSIS, quotes: [] }), true));
});
