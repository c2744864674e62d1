import type { Actor, Analysis, Place, Range } from '../types';

/**
 * Joins the analyses of consecutive units of one text (each analysed on its own) into the
 * analysis of the whole: offsets shifted, article indices renumbered, actor ids kept unique
 * across units, places of the same name joined. Built unit by unit, so each step is as
 * small as its unit; the inputs are never modified.
 */
export class AnalysisMerger {
  private readonly result: Analysis = { length: 0, articles: [], paragraphs: [], actors: [], places: [], dates: [], quotes: [], mentions: [] };
  private readonly usedIds = new Set<string>();
  private readonly placeByKey = new Map<string, Place>();

  /** Adds the analysis of the unit that starts at `offset`. Units must come in document order. */
  add(offset: number, unit: Analysis): void {
    const r = this.result;
    const shift = (x: Range): Range => [x[0] + offset, x[1] + offset];
    const articleBase = r.articles.length;
    const ids = new Map<string, string>();
    for (const a of unit.actors) {
      let id = a.id;
      for (let n = 2; this.usedIds.has(id); n++) id = `${a.id}~${n}`;
      this.usedIds.add(id);
      ids.set(a.id, id);
    }
    const idOf = (id: string | null): string | null => (id === null ? null : (ids.get(id) ?? id));
    for (const a of unit.articles) {
      r.articles.push({
        ...a,
        headlineRange: shift(a.headlineRange),
        range: shift(a.range),
        datelineRange: a.datelineRange && shift(a.datelineRange),
        sections: a.sections.map((s) => ({ ...s, range: shift(s.range) })),
      });
    }
    for (const p of unit.paragraphs) r.paragraphs.push({ ...p, range: shift(p.range), article: p.article + articleBase });
    for (const a of unit.actors) r.actors.push({ ...a, id: idOf(a.id)!, affiliation: idOf(a.affiliation), aliases: [...a.aliases], mentions: a.mentions.map(shift) } satisfies Actor);
    for (const p of unit.places) {
      const key = p.name.toLowerCase().replace(/\s+/g, ' ');
      const known = this.placeByKey.get(key);
      if (known) known.mentions.push(...p.mentions.map(shift));
      else {
        const place = { name: p.name, mentions: p.mentions.map(shift) };
        this.placeByKey.set(key, place);
        r.places.push(place);
      }
    }
    for (const d of unit.dates) r.dates.push({ ...d, range: shift(d.range) });
    for (const q of unit.quotes) {
      r.quotes.push({ ...q, range: shift(q.range), outerRange: shift(q.outerRange), cueRange: q.cueRange && shift(q.cueRange), speaker: idOf(q.speaker), article: q.article + articleBase });
    }
    for (const m of unit.mentions) r.mentions.push({ ...m, range: shift(m.range), actor: idOf(m.actor) });
    r.length = offset + unit.length;
  }

  /** The analysis of everything added so far, for a text of `length` characters. */
  finish(length: number): Analysis {
    this.result.length = length;
    return this.result;
  }
}
