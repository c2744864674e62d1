import { classify, explain, intern, loadModel, type Classification, type LinearModel, type LinearModelData } from '../learn/linear';
import modelData from '../models/entity-type.json';
import { lexicon } from '../lexicon';
import { documentFeatures, fullNameWords } from './features';
import type { NameType } from './names';

/** The classes of the entity-type model, in its order: a type, or not a name at all. */
export const ENTITY_CLASSES = ['person', 'organization', 'place', 'none'] as const;
export type EntityClass = (typeof ENTITY_CLASSES)[number];

/** Nouns before a name that make it a business, whatever the name looks like. */
const BUSINESS_CUES = ['giant', 'firm', 'company', 'maker', 'carrier', 'airline', 'bank', 'insurer', 'retailer', 'lender', 'conglomerate', 'manufacturer', 'startup', 'start-up', 'broadcaster', 'tabloid', 'newspaper'];

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
  // A name the text calls a business ("music giant Ostrava", "the lender Kelso"): the
  // description types it. Not the words a place or a person may follow ("side", "party", "band").
  ...BUSINESS_CUES.map((w) => `title=${w}`),
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
 * How unlikely the model must find the rules' type to retype a name even when it is not sure
 * of its own class (chosen with the threshold, kept in the model's meta; 0: never): "Dundee",
 * typed an organisation by the rules and given 0.14 as one by the model, becomes the place
 * the model finds likeliest.
 */
export function vetoFloor(): number {
  const f = (modelData as LinearModelData).meta?.veto;
  return typeof f === 'number' ? f : 0;
}

/** By the rules' type: how sure of "none" the model must be to drop the name (missing: the override threshold). */
export type DropThresholds = Partial<Record<EntityClass, number>>;

/**
 * How sure of "none" the model must be to drop a name the rules kept, by the rules' type
 * (chosen on the news validation sets by the trainer, kept in the model's meta; without
 * them, the override threshold). Dropping is judged apart from retyping: a common word or
 * piece of page furniture the rules typed an organisation ("Drought", "Letters", "The Long
 * Read") is most often the model's likeliest "none" without the certainty a retype needs,
 * while a person's name the model doubts is more often a real, unfamiliar name. A name the
 * text describes (`isDescribed`) keeps the override threshold.
 */
export function dropThresholds(): DropThresholds {
  const meta = (modelData as LinearModelData).meta?.drop as Record<string, unknown> | undefined;
  const out: DropThresholds = {};
  for (const c of ENTITY_CLASSES) if (typeof meta?.[c] === 'number') out[c] = meta[c];
  return out;
}

/**
 * Below this probability of the rules' type the model's "none" drops a name even when the
 * model is not sure of "none" ("P W D L", a table's column heads, typed a person at 0.008).
 * Chosen on blind-r5 (validation) over 0, 0.03, 0.05, 0.08: actors F1 0.811, 0.813, 0.814,
 * 0.814; the lower of the two best.
 */
export const DROP_FLOOR = 0.05;

/**
 * ... and only when the model gives "none" at least this: a team the rules typed a person
 * ("his Super Eagles squad": none 0.82, organization 0.13) is kept. 0.8 and 0.85 give the
 * same blind-r5 figures, one name below no such condition (actors 0.820 -> 0.818).
 */
export const DROP_NONE = 0.85;

/**
 * The class decided for a candidate: the model's when it agrees with the rules, when it is
 * sure enough to retype a name the rules kept (`threshold`) or to drop it (`drops`, by the
 * rules' type), or when it finds the rules' type
 * less likely than `floor` and another type likeliest (or none, below DROP_FLOOR). It never brings back a name the
 * rules dropped: on the blind fixture sets that only added common words as actors. Nor
 * does it retype what the rules typed by construction or with their strongest evidence: a
 * side in a results line, a name with its acronym in parentheses after it and that acronym,
 * a name with its lower-case head ("Westfold library"), a club's name ("Dunmere City") in
 * a sports report or score line, a score of 5 or more, a name the text calls a business
 * ("music giant X"), and a name the document pass retyped after a better-evidenced mention
 * of the same name.
 */
export function decide(model: LinearModel, features: readonly string[], rule: EntityClass, threshold: number, floor = 0, drops: DropThresholds = {}): { label: EntityClass; p: number } {
  return settle(model, judge(model, features), rule, threshold, floor, drops);
}

/** What the learned typing reads and writes on a name. */
export interface TypeableName {
  text: string;
  type: NameType;
  features?: string[];
  /** The paragraph-local features packed (`packFeatures`), instead of `features`. */
  packed?: string;
  /** Written where a place is named (`NameChunk.locative`). */
  locative?: boolean;
  /** Owns a product (`NameChunk.maker`). */
  maker?: boolean;
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
  return names.map((c, i) => [...(c.features ?? (c.packed !== undefined ? unpackFeatures(c.packed) : [])), ...dynamicFeatures(c, ruleType[i]!, kept[i]!, doc[i]!)]);
}

/**
 * Types every candidate with the model: sets `type`, `confidence` (the probability of that
 * type) and `why` (the rules' proposal and the strongest features), and returns the names
 * the model keeps (not "none"), in their order.
 */
export function typeByModel<T extends TypeableName>(
  names: T[],
  ruleType: readonly NameType[],
  kept: readonly boolean[],
  model: LinearModel = entityTypeModel(),
  threshold = overrideThreshold(),
  floor = vetoFloor(),
  drops = dropThresholds(),
): T[] {
  const memo = model === entityTypeModel() ? judgements.next() : null;
  const features = memo ? null : fullFeatures(names, ruleType, kept);
  const doc = memo ? documentFeatures(names, kept) : null;
  const out: T[] = [];
  const probs: (readonly number[])[] = [];
  names.forEach((c, i) => {
    const rule: EntityClass = kept[i] ? c.type : 'none';
    let judged: Judged;
    if (memo) {
      const local = c.packed ?? packFeatures(c.features ?? []);
      // What `dynamicFeatures` adds, as a short key: the document pass's outcome and the document's features.
      const dynamic = `${rule}${c.type === ruleType[i] ? '' : ruleType[i]}${SEPARATOR}${doc![i]!.join(SEPARATOR)}`;
      judged = memo.get(local, dynamic, () => [...unpackFeatures(local), ...dynamicFeatures(c, ruleType[i]!, kept[i]!, doc![i]!)], model);
    } else {
      judged = judge(model, features![i]!);
    }
    const decision = settle(model, judged, rule, threshold, floor, drops);
    if (decision.label === 'none') return;
    const rules = proposal(kept[i]!, ruleType[i]!, c.type);
    c.type = decision.label as NameType;
    c.confidence = Math.round(decision.p * 1000) / 1000;
    c.why = reasons(model, judged, decision.label, rules);
    out.push(c);
    probs.push(judged.d.probs);
  });
  oneTypePerName(out, probs, model);
  makersThroughout(out, probs, model);
  return out;
}

const MAKER_WHY = 'type:maker-elsewhere';

/**
 * A name one of whose mentions owns a product ("Orvane's iGlide") is the company in every
 * mention read as a person or a place: "Orvane sues file sharers", "the iGlide from Orvane"
 * (a maker named after a place is rarer than "from" before a company).
 */
function makersThroughout(names: TypeableName[], probs: readonly (readonly number[])[], model: LinearModel): void {
  const makers = new Set<string>();
  for (const c of names) if (c.maker) makers.add(c.text.toLowerCase());
  if (makers.size === 0) return;
  // Not a person's surname ("Ronan O'Gara … O'Gara's chip to the corner").
  for (const w of fullNameWords(names)) makers.delete(w);
  if (makers.size === 0) return;
  names.forEach((c, i) => {
    if (c.type === 'organization' || !makers.has(c.text.toLowerCase())) return;
    retype(c, 'organization', probs[i]!, model, MAKER_WHY);
  });
}

/** Retypes a name by a document rule: the type, the model's probability of it for this name, and the rule first among the reasons. */
function retype(c: TypeableName, type: NameType, probs: readonly number[], model: LinearModel, why: string): void {
  c.type = type;
  c.confidence = Math.round(probs[model.classes.indexOf(type)]! * 1000) / 1000;
  c.why = [why, ...(c.why ?? []).slice(0, 3)];
}

/**
 * One name of several words, one type in a document: where the model typed mentions of the
 * same name differently ("Vila Nova" a club in the results line, a person where "Vila Nova
 * came back"), each takes the type with the most probability summed over all of them.
 * One-word names keep their own types ("Jordan" the river and the player), except a known
 * place's name that no person's name in the document holds, read as a person where the
 * document mostly reads it as the place ("Gaborone tightens hosepipe rules"), and a word no
 * list knows (a village: "in Thanza" … "Back above Thanza"), read as a person or an
 * organisation where the document mostly reads it as the place.
 */
function oneTypePerName(names: TypeableName[], probs: readonly (readonly number[])[], model: LinearModel): void {
  const lex = lexicon();
  const inPersons = fullNameWords(names);
  const groups = new Map<string, number[]>();
  names.forEach((c, i) => {
    const key = c.text.toLowerCase();
    if (!c.text.includes(' ') && (inPersons.has(key) || !(lex.isPlace(key) || lex.isGazetteerPlace(key) || unknownWord(key)))) return;
    const g = groups.get(key);
    if (g) g.push(i);
    else groups.set(key, [i]);
  });
  for (const g of groups.values()) {
    if (g.length < 2 || g.every((i) => names[i]!.type === names[g[0]!]!.type)) continue;
    let best: NameType = names[g[0]!]!.type;
    let bestSum = -1;
    for (const type of new Set(g.map((i) => names[i]!.type))) {
      const k = model.classes.indexOf(type);
      const sum = g.reduce((s, i) => s + probs[i]![k]!, 0);
      if (sum > bestSum) {
        bestSum = sum;
        best = type;
      }
    }
    const oneWord = !names[g[0]!]!.text.includes(' ');
    // In a sports report, a town's name the document also reads as a side is its club
    // throughout ("Everton manager X ... drawn against Everton"); not a country's (its team
    // and the country share too much to tell).
    if (oneWord && best === 'place' && !lex.isCountry(names[g[0]!]!.text.toLowerCase()) && g.some((i) => names[i]!.type === 'organization' && inSportsReport(names[i]!))) {
      clubThroughout(names, g, probs, model);
      continue;
    }
    for (const i of g) {
      const c = names[i]!;
      if (c.type === best) continue;
      // A one-word place's name stands for its club or its government often enough
      // ("Leeds won", "Washington said"): only a person reading of it is overruled, and
      // an organisation reading too when no word list knows the word (a village's name).
      if (oneWord && (best !== 'place' || (c.type !== 'person' && !unknownWord(c.text.toLowerCase())))) continue;
      retype(c, best, probs[i]!, model, ONE_TYPE_WHY);
    }
  }
}

/** A word no word list knows: no name of a place, person or body, no common word. */
function unknownWord(lower: string): boolean {
  return lexicon().info(lower) === undefined && !lexicon().isGazetteerPlace(lower);
}

const ONE_TYPE_WHY = 'type:same-name-elsewhere';
const CLUB_WHY = 'type:club-elsewhere-in-sports-report';

/** Whether the rules read `c`'s document as a sports report (its `sports=report` feature). */
function inSportsReport(c: TypeableName): boolean {
  if (c.features) return c.features.includes('sports=report');
  const id = featureTable().ids.get('sports=report');
  return id !== undefined && c.packed !== undefined && c.packed.includes(String.fromCharCode(id));
}

/** Every mention of the group `g` read as a place becomes the organisation (the club), except where it names where ("in Boston", a dateline). */
function clubThroughout(names: TypeableName[], g: readonly number[], probs: readonly (readonly number[])[], model: LinearModel): void {
  for (const i of g) {
    const c = names[i]!;
    if (c.type !== 'place' || c.locative) continue;
    retype(c, 'organization', probs[i]!, model, CLUB_WHY);
  }
}

const dropped: Partial<Record<NameType, string>> = {};
const retyped: Partial<Record<NameType, Partial<Record<NameType, string>>>> = {};

/** What the rules proposed, in words: the type they kept, retyped by the document pass, or dropped. One string per case. */
function proposal(kept: boolean, proposed: NameType, settled: NameType): string {
  if (!kept) return (dropped[proposed] ??= `dropped (${proposed})`);
  if (settled === proposed) return settled;
  return ((retyped[proposed] ??= {})[settled] ??= `${proposed}, then ${settled} by the document`);
}

/** A feature list's classification, with whether it holds a feature that types by construction, and the reasons given for it so far (`reasons`). */
interface Judged {
  readonly features: readonly string[];
  readonly d: Classification;
  readonly byConstruction: boolean;
  /**
   * Whether the text describes the name as someone or something: a title before it ("Mr",
   * "Coach", "Prime Minister") or an apposition after it ("X, the film's distributor,"). Then
   * only a model sure of "none" (the override threshold) drops it.
   */
  readonly described: boolean;
  /** Label, then the rules' proposal → the reasons. */
  readonly why: Map<string, Map<string, string[]>>;
  /** The typing pass that last used it (see `Judgements`). */
  seen: number;
}

function judge(model: LinearModel, features: readonly string[]): Judged {
  return { features, d: classify(model, features), byConstruction: features.some((f) => BY_CONSTRUCTION.has(f)), described: isDescribed(features), why: new Map(), seen: 0 };
}

/** Whether `features` hold a title before the name or an apposition after it ("X, the ...", "X, a ..."). */
function isDescribed(features: readonly string[]): boolean {
  return features.includes('title') || (features.includes('n1=,') && (features.includes('n2=the') || features.includes('n2=a') || features.includes('n2=an')));
}

/** `decide`'s rule, applied to a judged feature list. */
function settle(model: LinearModel, judged: Judged, rule: EntityClass, threshold: number, floor: number, drops: DropThresholds): { label: EntityClass; p: number } {
  const { d } = judged;
  const label = d.label as EntityClass;
  const locked = rule === 'none' || judged.byConstruction;
  if (label === rule || (!locked && d.p >= (label === 'none' ? (judged.described ? threshold : drops[rule] ?? threshold) : threshold))) return { label, p: d.p };
  const p = d.probs[model.classes.indexOf(rule)]!;
  // The veto retypes; it drops only a name the model all but rules out as the rules' type
  // (below DROP_FLOOR) and takes for none (DROP_NONE): otherwise an unsure model dropped real names.
  if (p < floor && !locked && (label !== 'none' || (p < DROP_FLOOR && d.p >= DROP_NONE))) return { label, p: d.p };
  return { label: rule, p };
}

/**
 * Why `label` was decided: the rules' proposal, then the features that pushed it most. One
 * array per judged list, label and proposal, shared by the names it explains (read only).
 */
function reasons(model: LinearModel, judged: Judged, label: string, rules: string): string[] {
  let byRules = judged.why.get(label);
  if (!byRules) judged.why.set(label, (byRules = new Map()));
  let why = byRules.get(rules);
  if (!why) byRules.set(rules, (why = [intern(`rules: ${rules}`), ...explain(model, judged.features, label, 3)]));
  return why;
}

/** What `fullFeatures` adds to a name's paragraph-local features. */
function dynamicFeatures(c: TypeableName, ruleType: NameType, kept: boolean, doc: readonly string[]): string[] {
  const settled = !kept ? 'settled=dropped' : c.type === ruleType ? 'settled=same' : `settled=${c.type}`;
  return [settled, `final=${kept ? c.type : 'dropped'}`, ...doc];
}

/** In no feature's name: parts a memo key. */
const SEPARATOR = '\uffff';

/** How many judgements the memo holds before it forgets those of typing passes before the last. */
const MEMO_LIMIT = 4096;

/**
 * The committed model's judgements by packed paragraph-local features, then by what the
 * document adds: on re-analysis after an edit most names have the same features as before,
 * and their classification and reasons are taken from here. Keyed first by the packed
 * string a cached name keeps (the same string object each pass, so its hash is computed
 * once). Past MEMO_LIMIT it keeps only what the last two passes used, about two documents' names.
 */
class Judgements {
  private readonly byLocal = new Map<string, Map<string, Judged>>();
  private size = 0;
  private pass = 0;

  /** Starts a typing pass (one document's names). */
  next(): this {
    this.pass++;
    if (this.size > MEMO_LIMIT) this.forgetOld();
    return this;
  }

  /** The judgement of the features `local` and `dynamic` stand for (`features` lists them, called on a miss). */
  get(local: string, dynamic: string, features: () => string[], model: LinearModel): Judged {
    let inner = this.byLocal.get(local);
    if (!inner) this.byLocal.set(local, (inner = new Map()));
    let judged = inner.get(dynamic);
    if (!judged) {
      inner.set(dynamic, (judged = judge(model, features())));
      this.size++;
    }
    judged.seen = this.pass;
    return judged;
  }

  private forgetOld(): void {
    for (const [local, inner] of this.byLocal) {
      for (const [dynamic, judged] of inner) {
        if (judged.seen >= this.pass - 1) continue;
        inner.delete(dynamic);
        this.size--;
      }
      if (inner.size === 0) this.byLocal.delete(local);
    }
  }
}

const judgements = new Judgements();

let featureIds: { ids: Map<string, number>; names: string[] } | undefined;

function featureTable(): { ids: Map<string, number>; names: string[] } {
  if (!featureIds) {
    // With the features that type by construction, weighted or not: `decide` reads them.
    const names = [...new Set([...entityTypeModel().weights.keys(), ...BY_CONSTRUCTION])];
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
