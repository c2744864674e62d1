import * as assert from 'node:assert/strict';
import { classify, explain, loadModel, logits, rank, softmax } from '../../../src/core/learn/linear';
import { serialiseModel, trainClassifier, trainRanker, type ClassExample, type RankExample } from '../../../scripts/train-lib/lr';

/** Invented toy data: a word's shape and the word before it decide its class. */
function toyExamples(): ClassExample[] {
  const out: ClassExample[] = [];
  for (let i = 0; i < 60; i++) {
    out.push({ features: ['shape=Xx', 'prev=mr', `noise=${i % 7}`], label: 0 });
    out.push({ features: ['shape=Xx', 'next=ltd', `noise=${i % 5}`], label: 1 });
    out.push({ features: ['shape=x', `noise=${i % 3}`], label: 2 });
  }
  return out;
}

describe('learned linear models', () => {
  it('softmax sums to one and keeps order', () => {
    const p = softmax([1, 2, 3]);
    assert.ok(Math.abs(p.reduce((a, b) => a + b, 0) - 1) < 1e-12);
    assert.ok(p[2]! > p[1]! && p[1]! > p[0]!);
    assert.deepEqual(softmax([]), []);
  });

  it('a trained classifier separates classes by their features', () => {
    const model = loadModel(trainClassifier('toy', ['person', 'organization', 'none'], toyExamples()));
    assert.equal(classify(model, ['shape=Xx', 'prev=mr']).label, 'person');
    assert.equal(classify(model, ['shape=Xx', 'next=ltd']).label, 'organization');
    assert.equal(classify(model, ['shape=x']).label, 'none');
    assert.ok(classify(model, ['shape=Xx', 'prev=mr']).p > 0.8);
  });

  it('unknown features weigh nothing', () => {
    const model = loadModel(trainClassifier('toy', ['person', 'organization', 'none'], toyExamples()));
    assert.deepEqual(logits(model, ['never-seen']), logits(model, []));
  });

  it('explain names the feature that decided first', () => {
    const model = loadModel(trainClassifier('toy', ['person', 'organization', 'none'], toyExamples()));
    const why = explain(model, ['shape=Xx', 'prev=mr'], 'person');
    assert.match(why[0]!, /^prev=mr \+\d/);
  });

  it('training twice on the same data gives the same bytes', () => {
    const a = serialiseModel(trainClassifier('toy', ['p', 'o', 'n'], toyExamples()));
    const b = serialiseModel(trainClassifier('toy', ['p', 'o', 'n'], toyExamples()));
    assert.equal(a, b);
    assert.deepEqual(JSON.parse(a).classes, ['p', 'o', 'n']);
  });

  it('a ranker learns which candidate wins', () => {
    const examples: RankExample[] = [];
    for (let i = 0; i < 50; i++) {
      // The subject of the cue wins over a nearer name, in either order.
      const cands = [[`dist=${i % 3}`, 'near'], ['subject-of-cue', `dist=${(i + 1) % 3}`]];
      examples.push(i % 2 ? { candidates: cands, gold: 1 } : { candidates: [cands[1]!, cands[0]!], gold: 0 });
    }
    const model = loadModel(trainRanker('toy-speaker', examples));
    const p = rank(model, [['near', 'dist=0'], ['subject-of-cue', 'dist=2']]);
    assert.ok(p[1]! > 0.8, `subject should win, got ${p}`);
  });

  it('rejects a model whose weights do not fit its classes', () => {
    assert.throws(() => loadModel({ name: 'bad', classes: ['a', 'b'], bias: [0, 0], weights: { f: [1] } }), /1 weights for 2 classes/);
  });
});
