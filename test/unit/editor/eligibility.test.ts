import * as assert from 'node:assert/strict';
import { looksBinary, skipReason } from '../../../src/editor/eligibility';
import type { NewsLensSettings } from '../../../src/editor/ids';

const settings: NewsLensSettings = {
  enable: true,
  languages: ['plaintext', 'news-article'],
  highlight: { person: true, organization: true, place: true, date: true, quote: true },
  showSpeakers: 'whenNotNearby',
  maxFileSizeKB: 100,
  debounceMs: 300,
};

describe('skipReason', () => {
  const doc = (languageId: string, length: number, head = 'A headline\n\nBody text.') => ({ languageId, length, head });
  const cases: Array<[name: string, facts: ReturnType<typeof doc>, s: NewsLensSettings, override: boolean, expected: string | undefined]> = [
    ['analyses a plain-text article', doc('plaintext', 5000), settings, false, undefined],
    ['analyses a news-article document', doc('news-article', 5000), settings, false, undefined],
    ['skips everything when disabled', doc('plaintext', 10), { ...settings, enable: false }, false, 'disabled'],
    ['skips other languages', doc('typescript', 10), settings, false, 'language'],
    ['skips files over the size limit', doc('plaintext', 101 * 1024), settings, false, 'tooLarge'],
    ['analyses a large file the user allowed', doc('plaintext', 101 * 1024), settings, true, undefined],
    ['skips binary-looking files even when allowed', doc('plaintext', 10, 'PK\u0003\u0004\u0000\u0000'), settings, true, 'binary'],
  ];
  for (const [name, facts, s, override, expected] of cases) {
    it(name, () => assert.equal(skipReason(facts, s, override)?.code, expected));
  }

  it('names the setting and the size in the too-large reason', () => {
    const reason = skipReason(doc('plaintext', 300 * 1024), settings)!;
    assert.equal(reason.setting, 'newsLens.maxFileSizeKB');
    assert.match(reason.message, /300 KB, over the 100 KB limit/);
    assert.equal(reason.short, 'file over 100 KB');
  });
});

describe('looksBinary', () => {
  const cases: Array<[string, string, boolean]> = [
    ['prose', 'The minister said on Monday that “talks will go on”.\r\n', false],
    ['NUL bytes', 'abc\u0000def', true],
    ['mostly control characters', '\u0001\u0002\u0003\u0004abc', true],
    ['replacement characters from a failed decode', '\ufffd\ufffd\ufffdab', true],
    ['Arabic and emoji text', 'قال الوزير 🙂 إن المحادثات ستستمر', false],
    ['empty text', '', false],
  ];
  for (const [name, text, expected] of cases) {
    it(`${expected ? 'flags' : 'accepts'} ${name}`, () => assert.equal(looksBinary(text), expected));
  }
});
