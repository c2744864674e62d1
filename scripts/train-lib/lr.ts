// Deterministic trainers for the engine's linear models (src/core/learn/linear.ts).
// Same data in the same order gives the same file, byte for byte: no randomness but a
// seeded shuffle, fixed epochs, weights rounded before they are written.
import type { LinearModelData } from '../../src/core/learn/linear';

export interface TrainOptions {
  /** Passes over the data. */
  epochs: number;
  /** L2 penalty per update (weight decay), applied lazily per feature. */
  l2: number;
  /** AdaGrad base learning rate. */
  rate: number;
  /** Features seen in fewer examples than this are dropped before training (limits memorising). */
  minCount: number;
  /** Decimal places kept in the written weights. */
  decimals: number;
  /** Seed of the shuffle between epochs. */
  seed: number;
  /**
   * Models trained and averaged, with seeds `seed`, `seed + 1`, ...: one run's weights
   * depend on the order it saw the examples in, enough to move a score on a small
   * validation set by ±0.01 (classifiers only).
   */
  runs: number;
}

export const defaultOptions: TrainOptions = { epochs: 8, l2: 1e-6, rate: 0.2, minCount: 3, decimals: 3, seed: 1, runs: 1 };

/** One classification example: its features and the index of its class. */
export interface ClassExample {
  features: readonly string[];
  label: number;
}

/** One ranking example: a candidate set (each candidate a feature list) and the right one. */
export interface RankExample {
  candidates: readonly (readonly string[])[];
  gold: number;
}

/** A small seeded PRNG (mulberry32), so shuffles repeat exactly. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled(n: number, rand: () => number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

function countFeatures(lists: Iterable<readonly string[]>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const features of lists) for (const f of new Set(features)) counts.set(f, (counts.get(f) ?? 0) + 1);
  return counts;
}

/** Parameters under training: weights per kept feature, with AdaGrad accumulators. */
class Params {
  readonly w = new Map<string, Float64Array>();
  readonly g2 = new Map<string, Float64Array>();
  readonly bias: Float64Array;
  readonly biasG2: Float64Array;
  constructor(readonly k: number, kept: Iterable<string>) {
    for (const f of kept) {
      this.w.set(f, new Float64Array(k));
      this.g2.set(f, new Float64Array(k));
    }
    this.bias = new Float64Array(k);
    this.biasG2 = new Float64Array(k);
  }

  logits(features: readonly string[]): Float64Array {
    const out = Float64Array.from(this.bias);
    for (const f of features) {
      const w = this.w.get(f);
      if (w) for (let c = 0; c < this.k; c++) out[c]! += w[c]!;
    }
    return out;
  }

  /** One AdaGrad step on d(loss)/d(logit_c) = grad[c] for every feature of the example. */
  step(features: readonly string[], grad: Float64Array, o: TrainOptions): void {
    for (const f of features) {
      const w = this.w.get(f);
      if (!w) continue;
      const g2 = this.g2.get(f)!;
      for (let c = 0; c < this.k; c++) {
        const g = grad[c]! + o.l2 * w[c]!;
        if (g === 0) continue;
        g2[c]! += g * g;
        w[c]! -= (o.rate * g) / Math.sqrt(g2[c]! + 1e-8);
      }
    }
  }

  stepBias(grad: Float64Array, o: TrainOptions): void {
    for (let c = 0; c < this.k; c++) {
      const g = grad[c]!;
      this.biasG2[c]! += g * g;
      this.bias[c]! -= (o.rate * g) / Math.sqrt(this.biasG2[c]! + 1e-8);
    }
  }

  /** Adds `scale` times another run's weights and bias (for averaging runs). */
  add(other: Params, scale: number): void {
    for (const [f, w] of this.w) {
      const o = other.w.get(f)!;
      for (let c = 0; c < this.k; c++) w[c]! += scale * o[c]!;
    }
    for (let c = 0; c < this.k; c++) this.bias[c]! += scale * other.bias[c]!;
  }

  toData(name: string, classes: string[], o: TrainOptions, meta: Record<string, unknown>): LinearModelData {
    const round = (x: number) => {
      const r = Number(x.toFixed(o.decimals));
      return Object.is(r, -0) ? 0 : r;
    };
    const weights: Record<string, number[]> = {};
    for (const f of [...this.w.keys()].sort()) {
      const w = Array.from(this.w.get(f)!, round);
      if (w.some((x) => x !== 0)) weights[f] = w;
    }
    return { name, classes, bias: Array.from(this.bias, round), weights, meta };
  }
}

function softmaxInPlace(z: Float64Array): Float64Array {
  let max = -Infinity;
  for (const x of z) if (x > max) max = x;
  let sum = 0;
  for (let i = 0; i < z.length; i++) sum += z[i] = Math.exp(z[i]! - max);
  for (let i = 0; i < z.length; i++) z[i]! /= sum;
  return z;
}

/** A multinomial logistic regression (softmax over `classes`). */
export function trainClassifier(
  name: string,
  classes: string[],
  examples: readonly ClassExample[],
  options: Partial<TrainOptions> = {},
  meta: Record<string, unknown> = {},
): LinearModelData {
  const o = { ...defaultOptions, ...options };
  const counts = countFeatures(examples.map((e) => e.features));
  const kept = [...counts].filter(([, n]) => n >= o.minCount).map(([f]) => f);
  const mean = new Params(classes.length, kept);
  for (let run = 0; run < o.runs; run++) {
    const p = new Params(classes.length, kept);
    const rand = prng(o.seed + run);
    for (let epoch = 0; epoch < o.epochs; epoch++) {
      for (const i of shuffled(examples.length, rand)) {
        const e = examples[i]!;
        const grad = softmaxInPlace(p.logits(e.features));
        grad[e.label]! -= 1;
        p.step(e.features, grad, o);
        p.stepBias(grad, o);
      }
    }
    mean.add(p, 1 / o.runs);
  }
  return mean.toData(name, classes, o, { ...meta, examples: examples.length, features: kept.length, options: o });
}

/** A conditional logit: one score per candidate, softmax over each example's candidates. */
export function trainRanker(
  name: string,
  examples: readonly RankExample[],
  options: Partial<TrainOptions> = {},
  meta: Record<string, unknown> = {},
): LinearModelData {
  const o = { ...defaultOptions, ...options };
  const counts = countFeatures(examples.flatMap((e) => e.candidates));
  const kept = [...counts].filter(([, n]) => n >= o.minCount).map(([f]) => f);
  const p = new Params(1, kept);
  const rand = prng(o.seed);
  const one = new Float64Array(1);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (const i of shuffled(examples.length, rand)) {
      const e = examples[i]!;
      if (e.candidates.length < 2) continue;
      const scores = softmaxInPlace(Float64Array.from(e.candidates, (c) => p.logits(c)[0]!));
      e.candidates.forEach((features, j) => {
        one[0] = scores[j]! - (j === e.gold ? 1 : 0);
        p.step(features, one, o);
      });
    }
  }
  // A ranker's bias cancels in the softmax over candidates: it stays 0.
  return p.toData(name, ['score'], o, { ...meta, examples: examples.length, features: kept.length, options: o });
}

/**
 * A model as committed JSON: stable key order, one feature a line, so a retrained model
 * reads as a diff and the same training gives the same bytes.
 */
export function serialiseModel(data: LinearModelData): string {
  const lines = Object.entries(data.weights).map(([f, w]) => `    ${JSON.stringify(f)}: ${JSON.stringify(w)}`);
  return [
    '{',
    `  "name": ${JSON.stringify(data.name)},`,
    `  "classes": ${JSON.stringify(data.classes)},`,
    `  "bias": ${JSON.stringify(data.bias)},`,
    `  "meta": ${JSON.stringify(data.meta ?? {})},`,
    '  "weights": {',
    lines.join(',\n'),
    '  }',
    '}',
    '',
  ].join('\n');
}
