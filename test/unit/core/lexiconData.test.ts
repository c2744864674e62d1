import { deepStrictEqual, equal } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { COMPROMISE_WORDS } from '../../../src/core/lexicon/compromiseWords';
import { compromiseTags } from '../../../src/core/lexicon';

describe('precomputed compromise lexicon', () => {
  it('holds exactly the words and tags of the installed compromise (else run `npm run gen:lexicon`)', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const nlp = require('compromise') as { model(): { one: { lexicon: Record<string, string | string[]> } } };
    const lexicon = nlp.model().one.lexicon;
    let count = 0;
    for (const [, words] of COMPROMISE_WORDS) count += words.split('\n').length;
    equal(count, Object.keys(lexicon).length);
    for (const [word, tags] of Object.entries(lexicon)) deepStrictEqual(compromiseTags(word), Array.isArray(tags) ? tags : [tags], word);
  });

  it('answers no tags for a word compromise does not know', () => {
    deepStrictEqual(compromiseTags('zzqxvorblat'), []);
  });
});

describe('generated gazetteer', () => {
  it('is what scripts/gen-gazetteer.mjs writes from the installed data (else run `npm run gen:gazetteer`)', () => {
    const r = spawnSync(process.execPath, ['scripts/gen-gazetteer.mjs', '--check'], { encoding: 'utf8', timeout: 60000 });
    equal(r.stderr, '');
    equal(r.status, 0);
  });
});
