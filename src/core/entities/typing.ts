import { classify, explain, intern, loadModel, type LinearModel, type LinearModelData } from '../learn/linear';
import modelData from '../models/entity-type.json';
import { documentFeatures } from './features';
import type { NameType } from './names';

/** The classes of the entity-type model, in its order: a type, or not a name at all. */
export const ENTITY_CLASSES = ['person', 'organization', 'place', 'none'] as const;
export type EntityClass = (typeof ENTITY_CLASSES)[number];

/** Rule features of names typed by construction (see `decide`). */
const BY_CONSTRUCTION = new Set([
  'rule:results-line',
  'rule:has-acronym',
  'rule:acronym-introduced',
  'rule:lower-head',
  'rule:club-in-sports',
  'settled=person',
  'settled=organization',
  'settled=place',
  'rule=person:5+',
  'rule=organization:5+',
  'rule=place:5+',
]);

let cached: LinearModel | undefined;

/** The committed entity-type model (src/core/models/entity-type.json), loaded on first use. */
export function entityTypeModel(): LinearModel {
  cached ??= loadModel(modelData as LinearModelData);
  return cached;
}

/**
 * How sure the model must be to overrule the rules (chosen on CoNLL valid.txt by the trainer,
 * kept in the model's meta): where it is less sure, the rules' type (or their drop) stands.
 * CoNLL is 1996 newswire; the rules were written for today's news, so an unsure model
 * should not overrule them.
 */
export function overrideThreshold(): number {
  const t = (modelData as LinearModelData).meta?.override;
  return typeof t === 'number' ? t : 0.5;
}

/**
 * The class decided for a candidate: the model's when it agrees with the rules, or when it
 * is sure enough to retype or drop a name the rules kept. It never brings back a name the
 * rules dropped: on the blind fixture sets that only added common words as actors. Nor
 * does it retype what the rules typed by construction or with their strongest evidence: a
 * side in a results line, a name with its acronym in parentheses after it and that acronym,
 * a name with its lower-case head ("Westfold library"), a club's name ("Dunmere City") in
 * a sports report or score line, a score of 5 or more, and a name the document pass retyped
 * after a better-evidenced mention of the same name.
 */
export function decide(model: LinearModel, features: readonly string[], rule: EntityClass, threshold: number): { label: EntityClass; p: number } {
  const d = classify(model, features);
  const label = d.label as EntityClass;
  const locked = rule === 'none' || features.some((f) => BY_CONSTRUCTION.has(f));
  if (label === rule || (d.p >= threshold && !locked)) return { label, p: d.p };
  return { label: rule, p: d.probs[model.classes.indexOf(rule)]! };
}

/** What the learned typing reads and writes on a name. */
export interface TypeableName {
  text: string;
  type: NameType;
  features?: string[];
  confidence?: number;
  why?: string[];
}

/**
 * Every candidate's full feature list: its paragraph-local features, how the rules' document
 * pass left it (`settled=`: kept with the type it had, retyped, or dropped), and what the
 * document says about the same string. `ruleType[i]` is the type the paragraph rules gave,
 * before the document pass; `kept[i]` whether that pass kept the name.
 */
export function fullFeatures(names: readonly TypeableName[], ruleType: readonly NameType[], kept: readonly boolean[]): string[][] {
  const doc = documentFeatures(names, kept);
  return names.map((c, i) => {
    const settled = !kept[i] ? 'settled=dropped' : c.type === ruleType[i] ? 'settled=same' : `settled=${c.type}`;
    return [...(c.features ?? []), settled, `final=${kept[i] ? c.type : 'dropped'}`, ...doc[i]!];
  });
}

/**
 * Types every candidate with the model: sets `type`, `confidence` (the probability of that
 * type) and `why` (the rules' proposal and the strongest features), and returns the names
 * the model keeps (not "none"), in their order.
 */
export function typeByModel<T extends TypeableName>(names: T[], ruleType: readonly NameType[], kept: readonly boolean[], model: LinearModel = entityTypeModel(), threshold = overrideThreshold()): T[] {
  const features = fullFeatures(names, ruleType, kept);
  const out: T[] = [];
  names.forEach((c, i) => {
    const f = features[i]!;
    const decision = decide(model, f, kept[i] ? c.type : 'none', threshold);
    if (decision.label === 'none') return;
    const rules = kept[i] ? (c.type === ruleType[i] ? c.type : `${ruleType[i]}, then ${c.type} by the document`) : `dropped (${ruleType[i]})`;
    c.type = decision.label as NameType;
    c.confidence = Math.round(decision.p * 1000) / 1000;
    c.why = [intern(`rules: ${rules}`), ...explain(model, f, decision.label, 3)];
    out.push(c);
  });
  return out;
}

let featureIds: { ids: Map<string, number>; names: string[] } | undefined;

function featureTable(): { ids: Map<string, number>; names: string[] } {
  if (!featureIds) {
    const names = [...entityTypeModel().weights.keys()];
    featureIds = { ids: new Map(names.map((n, i) => [n, i])), names };
  }
  return featureIds;
}

/**
 * The features the type model has weights for, as one string of their indices (one UTF-16
 * unit each): what a cached name keeps between passes. The others change no decision or
 * reason; an array of strings per name was a tenth of what a document held in memory.
 */
export function packFeatures(features: readonly string[]): string {
  const { ids } = featureTable();
  let out = '';
  for (const f of features) {
    const id = ids.get(f);
    if (id !== undefined && id < 0xffff) out += String.fromCharCode(id);
  }
  return out;
}

/** The features of `packFeatures`'s string, in their order. */
export function unpackFeatures(packed: string): string[] {
  const { names } = featureTable();
  const out: string[] = new Array<string>(packed.length);
  for (let i = 0; i < packed.length; i++) out[i] = names[packed.charCodeAt(i)]!;
  return out;
}
