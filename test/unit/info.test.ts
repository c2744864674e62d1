import * as assert from 'node:assert/strict';
import { describeDocument } from '../../src/editor/info';

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
