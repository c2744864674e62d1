/**
 * Linear models over named binary features: the engine's learned evidence.
 *
 * A model is plain data (a committed JSON file written by `npm run train`): class labels,
 * one weight vector per feature name, a bias per class. Features are strings such as
 * `shape=Xx`, `prev=said`, `rule=org-head`; a feature the model never saw weighs nothing.
 * Two uses:
 * - classification: a softmax over the classes (`classify`), e.g. person / organization /
 *   place / none for a name candidate;
 * - ranking: a one-class model scores each candidate of a set, and a softmax over the
 *   candidates' scores gives each its probability (`rank`), e.g. which actor said a quote.
 * `explain` names the features that pushed a decision most, for `--explain`.
 */

/** The serialised form of a model, as `npm run train` writes it. */
export interface LinearModelData {
  /** What the model decides, e.g. "entity-type" or "speaker". */
  name: string;
  classes: string[];
  bias: number[];
  /** Feature name → one weight per class (in `classes` order). */
  weights: Record<string, number[]>;
  /** How the model was trained: data, sizes, settings, scores on held-out data. Informational. */
  meta?: Record<string, unknown>;
}

/** A loaded model: the data with its weights in a Map for fast lookup. */
export interface LinearModel {
  readonly name: string;
  readonly classes: readonly string[];
  readonly bias: readonly number[];
  readonly weights: ReadonlyMap<string, readonly number[]>;
}

export function loadModel(data: LinearModelData): LinearModel {
  const k = data.classes.length;
  if (k === 0 || data.bias.length !== k) throw new Error(`model ${data.name}: ${k} classes but ${data.bias.length} biases`);
  const weights = new Map<string, readonly number[]>();
  for (const [feature, w] of Object.entries(data.weights)) {
    if (w.length !== k) throw new Error(`model ${data.name}: feature ${feature} has ${w.length} weights for ${k} classes`);
    weights.set(feature, w);
  }
  return { name: data.name, classes: data.classes, bias: data.bias, weights };
}

/** Raw class scores (logits) of a feature set; a feature listed twice counts twice. */
export function logits(model: LinearModel, features: readonly string[]): number[] {
  const out = model.bias.slice();
  for (const f of features) {
    const w = model.weights.get(f);
    if (w === undefined) continue;
    for (let c = 0; c < out.length; c++) out[c]! += w[c]!;
  }
  return out;
}

/** Softmax of scores, numerically stable; an empty list gives an empty list. */
export function softmax(scores: readonly number[]): number[] {
  if (scores.length === 0) return [];
  let max = -Infinity;
  for (const s of scores) if (s > max) max = s;
  const exps = scores.map((s) => Math.exp(s - max));
  let sum = 0;
  for (const e of exps) sum += e;
  return exps.map((e) => e / sum);
}

export interface Classification {
  /** The most probable class. */
  label: string;
  /** Its probability, in [0, 1]. */
  p: number;
  /** Every class's probability, in `model.classes` order. */
  probs: number[];
}

/** The most probable class of a feature set (ties go to the earlier class). */
export function classify(model: LinearModel, features: readonly string[]): Classification {
  const probs = softmax(logits(model, features));
  let best = 0;
  for (let c = 1; c < probs.length; c++) if (probs[c]! > probs[best]!) best = c;
  return { label: model.classes[best]!, p: probs[best]!, probs };
}

/**
 * Probabilities of each candidate of a set under a one-class scoring model (a conditional
 * logit): softmax over the candidates' scores. Same order as `candidates`.
 */
export function rank(model: LinearModel, candidates: readonly (readonly string[])[]): number[] {
  return softmax(candidates.map((features) => logits(model, features)[0]!));
}

/**
 * The features that pushed class `label` up (or down) most against the other classes, as
 * short strings for `--explain`: `prev=said +1.32`. For a one-class model, its raw weights.
 */
export function explain(model: LinearModel, features: readonly string[], label: string, top = 3): string[] {
  const c = model.classes.indexOf(label);
  if (c < 0) return [];
  const k = model.classes.length;
  // The `top` largest |margins|, kept in order as they come (no set, no full sort: this runs
  // for every name and quote on every re-analysis).
  const best: Array<[string, number]> = [];
  for (let i = 0; i < features.length; i++) {
    const f = features[i]!;
    const w = model.weights.get(f);
    if (w === undefined) continue;
    // Margin against the mean of the other classes: what this feature adds to the choice.
    let others = 0;
    for (let o = 0; o < k; o++) if (o !== c) others += w[o]!;
    const margin = k === 1 ? w[0]! : w[c]! - others / (k - 1);
    if (margin === 0) continue;
    if (best.length === top && !outranks(f, margin, best[top - 1]!)) continue;
    if (best.some((b) => b[0] === f)) continue;
    let at = best.length;
    while (at > 0 && outranks(f, margin, best[at - 1]!)) at--;
    best.splice(at, 0, [f, margin]);
    if (best.length > top) best.pop();
  }
  // The same feature explains the same class with the same words: one string, shared by
  // every decision that cites it (an analysis holds thousands of these).
  let said = explained.get(model);
  if (!said) explained.set(model, (said = new Map()));
  return best.map(([f, m]) => {
    const key = `${c}\u0000${f}`;
    let text = said!.get(key);
    if (text === undefined) said!.set(key, (text = `${f} ${m >= 0 ? '+' : ''}${m.toFixed(2)}`));
    return text;
  });
}

/** Ordering of explanations: larger |margin| first, then by name. */
function outranks(f: string, margin: number, other: readonly [string, number]): boolean {
  const a = Math.abs(margin);
  const b = Math.abs(other[1]);
  return a > b || (a === b && f < other[0]);
}

const explained = new WeakMap<LinearModel, Map<string, string>>();

/** One shared instance of each distinct short string (reasons repeat across thousands of items). */
export function intern(text: string): string {
  let shared = interned.get(text);
  if (shared === undefined) {
    if (interned.size > 50_000) interned.clear();
    interned.set(text, (shared = text));
  }
  return shared;
}

const interned = new Map<string, string>();
