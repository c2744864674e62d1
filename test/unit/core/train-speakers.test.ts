import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONFIDENT_PRECISION, keepPromise, paths, promiseKept, readCorpus, scoreSplit, splitOf, trainSpeakerModel, type DocCases } from '../../../scripts/train-lib/speaker';
import { loadModel } from '../../../src/core/learn/linear';
import { serialiseModel } from '../../../scripts/train-lib/lr';

const repo = join(__dirname, '..', '..', '..', '..');

describe('training the speaker ranker', () => {
  it('splits articles by their name alone, about 70 / 15 / 15', () => {
    const names = Array.from({ length: 2000 }, (_, i) => `article-${i}`);
    const share = (s: string) => names.filter((n) => splitOf(n) === s).length / names.length;
    assert.equal(splitOf('article-7'), splitOf('article-7'));
    assert.ok(Math.abs(share('train') - 0.7) < 0.04 && Math.abs(share('dev') - 0.15) < 0.03 && Math.abs(share('test') - 0.15) < 0.03);
  });

  it('lowers the calibration until confident speakers keep the promise on dev, and no further', () => {
    // A ranker sure of "strong" candidates (always right) and less sure of "weak" ones (right half the time).
    const model = loadModel({ name: 'speaker', classes: ['score'], bias: [0], weights: { strong: [4], weak: [1.5] } });
    const doc = (kind: string, right: boolean, i: number) => ({
      candidates: [{ actor: `a${i}`, features: ['rule', kind] }, { actor: `b${i}`, features: [] }],
      gold: right ? 0 : 1,
      scored: true,
      unnamed: false,
    });
    // A hundred of each: the promise is kept with a margin, which ten cases cannot give.
    const cases = [...Array.from({ length: 100 }, (_, i) => doc('strong', true, i)), ...Array.from({ length: 100 }, (_, i) => doc('weak', i % 2 === 0, i + 100))];
    const dev: DocCases[] = [{ name: 'dev', cases, scoredTotal: cases.length }];
    const generous = { a: 1, b: 1 };
    assert.ok(scoreSplit(model, dev, generous).confidentPrecision < CONFIDENT_PRECISION);
    const kept = keepPromise(model, dev, generous);
    const score = scoreSplit(model, dev, kept);
    assert.ok(kept.b < generous.b);
    assert.ok(score.confidentPrecision >= CONFIDENT_PRECISION, JSON.stringify(score));
    // The strong cases stay confident: the shift stops at the first step that keeps the promise.
    assert.equal(Math.round(score.confidentCoverage * cases.length), 100);
    assert.deepEqual(keepPromise(model, dev, kept), kept);
    // A promise no shift keeps: the most cautious shift tried, not the generous start.
    const weakOnly: DocCases[] = [{ name: 'dev', cases: cases.slice(100), scoredTotal: 100 }];
    assert.ok(keepPromise(model, weakOnly, generous).b < generous.b - 1);
  });

  it('asks of dev a margin of one standard error over the promise', () => {
    const split = (precision: number, confident: number) => ({ attribution: 0.9, correct: 0, total: 1000, confidentCoverage: confident / 1000, confidentPrecision: precision });
    assert.ok(!promiseKept(split(0.951, 700)));
    assert.ok(promiseKept(split(0.965, 700)));
    assert.ok(!promiseKept(split(1, 10)));
  });

  it('retrains the committed model byte for byte from ../shared/attribution/polnear-train', function () {
    const { corpus, model } = paths(repo);
    // A user's clone has no shared data: nothing to retrain from.
    if (!existsSync(corpus)) this.skip();
    this.timeout(180_000);
    assert.equal(serialiseModel(trainSpeakerModel(readCorpus(corpus))), readFileSync(model, 'utf8'));
  });
});
