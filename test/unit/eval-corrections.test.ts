import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { correctedGold, engineExport, scoreDocument } from '../../scripts/eval-lib/index';

const dir = join(__dirname, '../../../test/fixtures/corrected');
const text = readFileSync(join(dir, 'stadium-vote.txt'), 'utf8');
const sidecar = readFileSync(join(dir, 'stadium-vote.newslens.json'), 'utf8');

describe('eval: a corrected article is gold', () => {
  it('turns engine output + sidecar into a gold annotation with the corrections in it', () => {
    const { gold, stale } = correctedGold(text, sidecar, 'stadium-vote.txt');
    assert.equal(stale, 0);
    assert.ok(gold.places.includes('Brackenfield Park'));
    assert.ok(gold.places.includes('ELMSWORTH'));
    assert.ok(!gold.actors.some((a) => a.name === 'Brackenfield Park'));
    assert.deepEqual(gold.quotes.map((q) => q.speaker), ['Nadia Brennan', 'Nadia Brennan', 'Tomas Greve']);
  });

  it('scores the engine against it: what was corrected counts against the engine', () => {
    const { gold } = correctedGold(text, sidecar, 'stadium-vote.txt');
    const counts = scoreDocument(text, gold, engineExport(text, 'stadium-vote.txt'));
    assert.ok(counts.places.gold >= 2 && counts.places.tp === 0, JSON.stringify(counts.places));
    assert.equal(counts.quotes.tp, counts.quotes.gold);
  });

  it('refuses a sidecar it cannot read', () => {
    assert.throws(() => correctedGold(text, '{"version": 3, "corrections": []}', null), /unknown corrections format version 3/);
  });
});
