import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { paths, readCorpus, splitOf, trainSpeakerModel } from '../../../scripts/train-lib/speaker';
import { serialiseModel } from '../../../scripts/train-lib/lr';

const repo = join(__dirname, '..', '..', '..', '..');

describe('training the speaker ranker', () => {
  it('splits articles by their name alone, about 70 / 15 / 15', () => {
    const names = Array.from({ length: 2000 }, (_, i) => `article-${i}`);
    const share = (s: string) => names.filter((n) => splitOf(n) === s).length / names.length;
    assert.equal(splitOf('article-7'), splitOf('article-7'));
    assert.ok(Math.abs(share('train') - 0.7) < 0.04 && Math.abs(share('dev') - 0.15) < 0.03 && Math.abs(share('test') - 0.15) < 0.03);
  });

  it('retrains the committed model byte for byte from ../shared/attribution/polnear-train', function () {
    const { corpus, model } = paths(repo);
    // A user's clone has no shared data: nothing to retrain from.
    if (!existsSync(corpus)) this.skip();
    this.timeout(180_000);
    assert.equal(serialiseModel(trainSpeakerModel(readCorpus(corpus))), readFileSync(model, 'utf8'));
  });
});
