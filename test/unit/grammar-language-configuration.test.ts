import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from './grammarTokens';

interface AutoClosingPair {
  open: string;
  close: string;
  notIn?: string[];
}

interface LanguageConfiguration {
  brackets: Array<[string, string]>;
  autoClosingPairs: AutoClosingPair[];
  surroundingPairs: Array<[string, string]>;
  autoCloseBefore: string;
  wordPattern: string;
}

function configurationPath(): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
  const language = manifest.contributes.languages.find((l: { id: string }) => l.id === 'news-article');
  return path.join(repoRoot, language.configuration);
}

describe('news-article language configuration', () => {
  // Plain JSON.parse: the file must be plain JSON, without the comments VS Code would tolerate.
  const config = JSON.parse(fs.readFileSync(configurationPath(), 'utf8')) as LanguageConfiguration;

  it('is the file package.json names for news-article', () => {
    assert.equal(path.relative(repoRoot, configurationPath()), 'language-configuration.json');
  });

  it('declares ( ) [ ] { } as brackets', () => {
    assert.deepEqual(config.brackets, [['(', ')'], ['[', ']'], ['{', '}']]);
  });

  it('auto-closes brackets, curly double quotes and straight double quotes', () => {
    assert.deepEqual(
      config.autoClosingPairs.map((p) => p.open + p.close),
      ['()', '[]', '{}', '“”', '""'],
    );
  });

  it('does not auto-close a straight double quote inside a quotation, where it is the closing mark', () => {
    assert.deepEqual(config.autoClosingPairs.find((p) => p.open === '"')?.notIn, ['string']);
  });

  it('does not auto-close marks that double as apostrophes (\' ‘ ’)', () => {
    for (const pair of config.autoClosingPairs) {
      assert.ok(!["'", '‘', '’'].includes(pair.open) && !["'", '’'].includes(pair.close), JSON.stringify(pair));
    }
  });

  it('surrounds a selection with quotes of every kind and brackets', () => {
    assert.deepEqual(
      config.surroundingPairs.map(([open, close]) => open + close),
      ['“”', '‘’', '""', "''", '()', '[]', '{}'],
    );
  });

  it('auto-closes before white space, sentence punctuation and closing marks', () => {
    for (const ch of [' ', '\n', '\t', '.', ',', ';', ':', '!', '?', ')', ']', '}', '”', '’']) {
      assert.ok(config.autoCloseBefore.includes(ch), JSON.stringify(ch));
    }
  });

  const words: Array<[name: string, text: string, expected: string[]]> = [
    ['keeps curly apostrophes inside words', 'Pakistan’s army', ['Pakistan’s', 'army']],
    ['keeps straight apostrophes inside words', "didn't O'Brien", ["didn't", "O'Brien"]],
    ['keeps hyphens inside words', 'Tehreek-e-Insaf’s leader', ['Tehreek-e-Insaf’s', 'leader']],
    ['keeps letters with diacritics', 'Māori in Whangārei', ['Māori', 'in', 'Whangārei']],
    ['keeps decimal points and thousands separators inside numbers', '16.2% of £3,000m', ['16.2', 'of', '£3,000m']],
    ['leaves quotation marks out of words', '“Hello,” ‘no’ "yes" \'maybe\'', ['Hello', 'no', 'yes', 'maybe']],
    ['leaves leading apostrophes, dashes and trailing hyphens out', 'the ’90s – the end- -- again', ['the', '90s', 'the', 'end', 'again']],
    ['splits at sentence punctuation', 'said.Then (ISPR) stayed;', ['said', 'Then', 'ISPR', 'stayed']],
  ];
  for (const [name, text, expected] of words) {
    it(`word pattern ${name}`, () => {
      assert.deepEqual(text.match(new RegExp(config.wordPattern, 'g')), expected);
    });
  }

  it('word pattern never matches an empty string (VS Code would loop on it)', () => {
    assert.ok(!new RegExp(config.wordPattern).test(''));
  });
});
