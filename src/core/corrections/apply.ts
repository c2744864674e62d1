/**
 * Applying corrections after the engine: one pure function from (text, engine analysis,
 * corrections, names list) to the corrected analysis, so the editor (whatever thread the
 * analysis came from), the command-line tool and the evaluation all show the same thing.
 * The engine's analysis is never mutated; with nothing to apply it is returned as is.
 */
import { slug } from '../actors/names';
import { byPosition } from '../entities';
import type { Actor, ActorType, Analysis, DateExpression, EntityType, Mention, Quote, Range } from '../types';
import { locate } from './anchor';
import type { AppliedCorrection, Correction, CorrectionInput, CorrectionReport, CorrectionType, StaleCorrection } from './types';

/**
 * Order in which decisions apply, whatever their order in the file: quotes; splits (so
 * "a different actor" then "a place" or "same actor as X" concerns that one mention);
 * what is a name and of which type; merges; speakers.
 */
const PHASES: ReadonlyArray<ReadonlyArray<Correction['action']>> = [['notQuote', 'quote'], ['differentActor'], ['notEntity', 'type'], ['sameActor'], ['speaker']];

/**
 * The analysis with the workspace names and the file's corrections applied (names
 * first, so a file's own corrections win), and `corrections` saying which applied where
 * and which are stale (their text is gone). Items a correction decided carry
 * `origin: 'user'`.
 */
export function applyCorrections(text: string, analysis: Analysis, input: CorrectionInput): Analysis {
  const names = Object.entries(input.names);
  if (input.corrections.length === 0 && names.length === 0) return analysis;
  const applied: AppliedCorrection[] = [];
  const stale: StaleCorrection[] = [];
  input.corrections.forEach((correction, index) => {
    const range = locate(text, correction);
    if (range) applied.push({ index, correction, range });
    else stale.push({ index, correction });
  });
  const bench = new Workbench(text, analysis);
  for (const [name, rule] of names) bench.applyName(name, rule);
  for (const phase of PHASES) {
    for (const a of applied) if (phase.includes(a.correction.action)) bench.apply(a.correction, a.range);
  }
  const report: CorrectionReport = { applied, stale };
  return { ...bench.finish(), corrections: report };
}

const overlaps = (a: Range, b: Range) => a[0] < b[1] && b[0] < a[1];
const sameRange = (a: Range, b: Range) => a[0] === b[0] && a[1] === b[1];
const key = (r: Range) => `${r[0]}:${r[1]}`;
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}_]/u.test(c);
const USER = 'user' as const;

/** The analysis being corrected: copies of the engine's items, edited in place. */
class Workbench {
  private mentions: Mention[];
  /** The place name of each place mention. */
  private readonly placeOf = new Map<Mention, string>();
  /** The date expression of each date mention. */
  private readonly dateOf = new Map<Mention, DateExpression>();
  private readonly actors = new Map<string, Actor>();
  /** Actors that exist because someone named them as a speaker: kept without mentions. */
  private readonly speakerOnly = new Set<string>();
  private readonly userPlaces = new Set<string>();
  private dates: DateExpression[];
  private quotes: Quote[];

  constructor(
    private readonly text: string,
    private readonly analysis: Analysis,
  ) {
    for (const a of analysis.actors) this.actors.set(a.id, { ...a, aliases: [...a.aliases], mentions: [] });
    this.dates = analysis.dates.map((d) => ({ ...d }));
    this.quotes = analysis.quotes.map((q) => ({ ...q }));
    const placeByRange = new Map<string, string>();
    for (const p of analysis.places) for (const r of p.mentions) placeByRange.set(key(r), p.name);
    const dateByRange = new Map(this.dates.map((d) => [key(d.range), d]));
    this.mentions = analysis.mentions.map((m) => {
      const copy = { ...m };
      if (m.type === 'place') this.placeOf.set(copy, placeByRange.get(key(m.range)) ?? m.text);
      if (m.type === 'date') {
        const date = dateByRange.get(key(m.range));
        if (date) this.dateOf.set(copy, date);
      }
      return copy;
    });
  }

  /**
   * A `newsLens.names` rule: every whole-word occurrence of `name` takes the type (a
   * highlight of exactly the name retypes its entity), or, for `ignore`, every mention
   * written so goes.
   */
  applyName(name: string, rule: CorrectionType | 'ignore'): void {
    if (rule === 'ignore') {
      this.removeWhere((m) => m.text === name);
      return;
    }
    for (let at = this.text.indexOf(name); at >= 0; at = this.text.indexOf(name, at + 1)) {
      const end = at + name.length;
      if (isWordChar(this.text[at - 1]) || isWordChar(this.text[end])) continue;
      const range: Range = [at, end];
      const over = this.mentions.filter((m) => overlaps(m.range, range));
      // A longer name containing this one ("X Street" for a rule on "X") is left as the engine saw it.
      if (over.some((m) => m.range[0] <= at && end <= m.range[1] && !sameRange(m.range, range))) continue;
      const exact = over.length === 1 && sameRange(over[0]!.range, range) ? over[0]! : undefined;
      if (exact?.type === rule) continue;
      // A highlight of exactly the name takes the type with its whole entity, as when retyped by hand.
      if (exact) this.retypeEntity(exact, rule);
      else this.replaceSpan(range, rule);
    }
  }

  /** One located correction. */
  apply(c: Correction, range: Range): void {
    switch (c.action) {
      case 'notEntity':
        this.removeWhere((m) => overlaps(m.range, range) || m.text === c.text);
        return;
      case 'type': {
        const exact = this.mentions.find((m) => sameRange(m.range, range));
        if (exact) this.retypeEntity(exact, c.type);
        else this.replaceSpan(range, c.type);
        return;
      }
      case 'differentActor': {
        const m = this.mentionAt(range);
        const actor = m?.actor ? this.actors.get(m.actor) : undefined;
        if (!m || !actor || !this.mentions.some((o) => o !== m && o.actor === actor.id)) return;
        m.actor = this.newActor(m.text, actor.type).id;
        m.origin = USER;
        // The form written here is no longer one of the old actor's names unless another mention still uses it.
        if (!this.mentions.some((o) => o.actor === actor.id && o.text === m.text)) {
          const forms = new Set([m.text, m.title ? `${m.title} ${m.text}` : m.text]);
          actor.aliases = actor.aliases.filter((a) => !forms.has(a));
        }
        return;
      }
      case 'sameActor':
        this.sameActor(range, c.actor);
        return;
      case 'speaker': {
        const quote = this.quoteAt(range);
        if (!quote) return;
        quote.speaker = c.speaker === null ? null : this.speaker(c.speaker);
        quote.origin = USER;
        return;
      }
      case 'notQuote': {
        const quote = this.quoteAt(range);
        if (quote) this.quotes = this.quotes.filter((q) => q !== quote);
        return;
      }
      case 'quote':
        this.quotes = this.quotes.filter((q) => !overlaps(q.range, range));
        this.quotes.push(this.newQuote(range));
        return;
    }
  }

  /** The corrected analysis. */
  finish(): Analysis {
    const mentions = this.mentions.sort(byPosition);
    const rangesOf = new Map<string, Range[]>();
    const places = new Map<string, Range[]>();
    for (const p of this.analysis.places) places.set(p.name, []);
    for (const m of mentions) {
      if (m.actor !== null && this.actors.has(m.actor)) {
        const list = rangesOf.get(m.actor) ?? [];
        list.push(m.range);
        rangesOf.set(m.actor, list);
      } else if (m.type === 'place') {
        const name = this.placeOf.get(m) ?? m.text;
        places.set(name, [...(places.get(name) ?? []), m.range]);
      }
    }
    const kept = new Set<string>();
    const actors: Actor[] = [];
    for (const actor of this.actors.values()) {
      const ranges = rangesOf.get(actor.id) ?? [];
      if (ranges.length === 0 && !this.speakerOnly.has(actor.id)) continue;
      kept.add(actor.id);
      if (actor.origin === USER) {
        for (const m of mentions) if (m.actor === actor.id && !actor.aliases.includes(m.text)) actor.aliases.push(m.text);
      }
      actors.push({ ...actor, mentions: ranges });
    }
    for (const a of actors) if (a.affiliation !== null && !kept.has(a.affiliation)) a.affiliation = null;
    const quotes = this.quotes
      .map((q) => (q.speaker !== null && !kept.has(q.speaker) ? { ...q, speaker: null } : q))
      .sort((a, b) => a.range[0] - b.range[0]);
    return {
      ...this.analysis,
      actors,
      places: [...places].filter(([, r]) => r.length > 0).map(([name, r]) => (this.userPlaces.has(name) ? { name, mentions: r, origin: USER } : { name, mentions: r })),
      dates: this.dates,
      quotes,
      mentions: mentions.map((m) => (m.actor !== null && !kept.has(m.actor) ? { ...m, actor: null } : m)),
    };
  }

  private mentionAt(range: Range): Mention | undefined {
    return this.mentions.find((m) => sameRange(m.range, range)) ?? this.mentions.find((m) => overlaps(m.range, range));
  }

  /** The quote the range points at: the one it overlaps most. */
  private quoteAt(range: Range): Quote | undefined {
    let best: Quote | undefined;
    let bestOverlap = 0;
    for (const q of this.quotes) {
      const o = Math.min(q.range[1], range[1]) - Math.max(q.range[0], range[0]);
      if (o > bestOverlap) [best, bestOverlap] = [q, o];
    }
    return best;
  }

  private removeWhere(drop: (m: Mention) => boolean): void {
    const gone = new Set<DateExpression>();
    this.mentions = this.mentions.filter((m) => {
      if (!drop(m)) return true;
      const date = this.dateOf.get(m);
      if (date) gone.add(date);
      return false;
    });
    if (gone.size) this.dates = this.dates.filter((d) => !gone.has(d));
  }

  /** The span becomes one mention of `type` (whatever overlapped it goes), joined to a same-named entity. */
  private replaceSpan(range: Range, type: EntityType & CorrectionType): void {
    this.removeWhere((m) => overlaps(m.range, range));
    const text = this.text.slice(range[0], range[1]);
    const mention: Mention = { type, range, text, title: null, actor: null, origin: USER };
    if (type === 'place') {
      const name = this.placeName(text);
      this.placeOf.set(mention, name);
      this.userPlaces.add(name);
    } else {
      const actor = this.findActor(text, type) ?? this.newActor(text, type);
      actor.origin = USER;
      mention.actor = actor.id;
    }
    this.mentions.push(mention);
  }

  /** A highlight retyped: the whole entity it belongs to (every mention of the actor or place) takes the type. */
  private retypeEntity(mention: Mention, type: CorrectionType): void {
    const actor = mention.actor ? this.actors.get(mention.actor) : undefined;
    if (actor) {
      const all = this.mentions.filter((m) => m.actor === actor.id);
      if (type === 'place') {
        const name = this.placeName(actor.name);
        this.userPlaces.add(name);
        for (const m of all) {
          Object.assign(m, { type, actor: null, origin: USER });
          this.placeOf.set(m, name);
        }
      } else {
        actor.type = type;
        actor.origin = USER;
        for (const m of all) Object.assign(m, { type, origin: USER });
      }
    } else if (mention.type === 'place') {
      const name = this.placeOf.get(mention) ?? mention.text;
      if (type === 'place') {
        this.userPlaces.add(name);
        return;
      }
      const target = this.findActor(name, type) ?? this.newActor(name, type);
      target.origin = USER;
      for (const m of this.mentions) {
        if (m.type !== 'place' || this.placeOf.get(m) !== name) continue;
        Object.assign(m, { type, actor: target.id, origin: USER });
        this.placeOf.delete(m);
      }
    } else {
      this.replaceSpan(mention.range, type);
    }
  }

  /** The mention's actor is `name`'s: merged into it, or (a place, a date, no mention) made a mention of it. */
  private sameActor(range: Range, name: string): void {
    const mention = this.mentionAt(range);
    const from = mention?.actor ? this.actors.get(mention.actor) : undefined;
    const target = this.findActor(name) ?? this.newActor(name, from?.type ?? 'person');
    target.origin = USER;
    if (from === target) return;
    if (!from) {
      if (mention) this.removeWhere((m) => m === mention);
      const text = this.text.slice(range[0], range[1]);
      this.mentions.push({ type: target.type, range, text, title: null, actor: target.id, origin: USER });
      return;
    }
    for (const m of this.mentions) if (m.actor === from.id) Object.assign(m, { actor: target.id, type: target.type, origin: USER });
    for (const q of this.quotes) if (q.speaker === from.id) q.speaker = target.id;
    for (const a of this.actors.values()) if (a.affiliation === from.id) a.affiliation = target.id;
    for (const alias of [from.name, ...from.aliases]) if (!target.aliases.includes(alias)) target.aliases.push(alias);
    target.role ??= from.role;
    target.affiliation ??= from.affiliation;
    this.actors.delete(from.id);
  }

  /** The id of the actor named `name`, created (kept even without mentions) when the article has none. */
  private speaker(name: string): string {
    const found = this.findActor(name);
    if (found) return found.id;
    const actor = this.newActor(name, 'person');
    this.speakerOnly.add(actor.id);
    return actor.id;
  }

  /** The actor called `name`: by canonical name, then alias, then either ignoring case. */
  private findActor(name: string, type?: ActorType): Actor | undefined {
    const all = [...this.actors.values()].filter((a) => !type || a.type === type);
    const lower = name.toLowerCase();
    return (
      all.find((a) => a.name === name) ??
      all.find((a) => a.aliases.includes(name)) ??
      all.find((a) => a.name.toLowerCase() === lower || a.aliases.some((x) => x.toLowerCase() === lower))
    );
  }

  private newActor(name: string, type: ActorType): Actor {
    const base = slug(name);
    let id = base;
    for (let n = 2; this.actors.has(id); n++) id = `${base}-${n}`;
    const actor: Actor = { id, name, type, aliases: [name], role: null, affiliation: null, mentions: [], origin: USER };
    this.actors.set(id, actor);
    return actor;
  }

  /** The name of an existing place written `name` (any case), else `name`. */
  private placeName(name: string): string {
    const lower = name.toLowerCase();
    return this.analysis.places.find((p) => p.name.toLowerCase() === lower)?.name ?? name;
  }

  /** A quotation a person marked: the selection without any marks, the marks beside it in the outer range. */
  private newQuote(range: Range): Quote {
    const marks = /["“”„‟'‘’‚«»‹›「」『』]/;
    let [start, end] = range;
    while (start < end && marks.test(this.text[start]!)) start++;
    while (end > start && marks.test(this.text[end - 1]!)) end--;
    const outer: Range = [marks.test(this.text[start - 1] ?? '') ? start - 1 : start, marks.test(this.text[end] ?? '') ? end + 1 : end];
    const article = this.analysis.articles.findIndex((a) => a.range[0] <= start && start < a.range[1]);
    return {
      text: this.text.slice(start, end),
      range: [start, end],
      outerRange: outer,
      kind: 'direct',
      speaker: null,
      cue: null,
      cueRange: null,
      article: Math.max(0, article),
      origin: USER,
    };
  }
}
