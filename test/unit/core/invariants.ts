import * as assert from 'node:assert/strict';
import { toExport } from '../../../src/core/export';
import type { Analysis, Range } from '../../../src/core/types';

/**
 * The engine's contract on any input, checked by the property tests and the hostile
 * fixtures: ranges inside the text and giving back the reported text, quotes disjoint or
 * nested, every id resolvable, and an export that is valid JSON of format version 1.
 */
export function assertInvariants(text: string, analysis: Analysis): void {
  assert.equal(analysis.length, text.length, 'length');
  const inside = ([s, e]: Range, what: string) => {
    assert.ok(Number.isInteger(s) && Number.isInteger(e) && 0 <= s && s <= e && e <= text.length, `${what} range [${s}, ${e}) inside [0, ${text.length})`);
  };
  for (const m of analysis.mentions) {
    inside(m.range, `mention ${m.type}`);
    assert.equal(text.slice(m.range[0], m.range[1]), m.text, 'mention text');
  }
  for (const q of analysis.quotes) {
    inside(q.range, 'quote');
    inside(q.outerRange, 'quote outer');
    assert.ok(q.outerRange[0] <= q.range[0] && q.range[1] <= q.outerRange[1], 'quote text inside its marks');
    assert.equal(text.slice(q.range[0], q.range[1]), q.text, 'quote text');
    if (q.cueRange) inside(q.cueRange, 'cue');
  }
  for (const d of analysis.dates) {
    inside(d.range, 'date');
    assert.equal(text.slice(d.range[0], d.range[1]), d.text, 'date text');
    if (d.value !== null) assert.match(d.value, /^\d{4}(-\d{2}(-\d{2})?)?$/, 'ISO date value');
  }
  const quotes = [...analysis.quotes].sort((a, b) => a.outerRange[0] - b.outerRange[0] || b.outerRange[1] - a.outerRange[1]);
  for (let i = 0; i < quotes.length; i++) {
    for (let j = i + 1; j < quotes.length && quotes[j]!.outerRange[0] < quotes[i]!.outerRange[1]; j++) {
      const [a, b] = [quotes[i]!.outerRange, quotes[j]!.outerRange];
      assert.ok(b[1] <= a[1], `quotes [${a}] and [${b}] overlap without nesting`);
    }
  }
  const actorIds = new Set(analysis.actors.map((a) => a.id));
  assert.equal(actorIds.size, analysis.actors.length, 'actor ids unique');
  for (const a of analysis.actors) {
    for (const r of a.mentions) inside(r, `actor ${a.id} mention`);
    if (a.affiliation !== null) assert.ok(actorIds.has(a.affiliation), `affiliation ${a.affiliation} exists`);
  }
  for (const m of analysis.mentions) if (m.actor !== null) assert.ok(actorIds.has(m.actor), `mention actor ${m.actor} exists`);
  for (const q of analysis.quotes) if (q.speaker !== null) assert.ok(actorIds.has(q.speaker), `speaker ${q.speaker} exists`);
  for (const p of analysis.places) for (const r of p.mentions) inside(r, `place ${p.name}`);
  for (const article of analysis.articles) {
    inside(article.range, 'article');
    inside(article.headlineRange, 'headline');
    for (const s of article.sections) inside(s.range, `section ${s.kind}`);
  }

  const json = JSON.stringify(toExport(analysis, null));
  const parsed = JSON.parse(json);
  assert.equal(parsed.version, 1);
  for (const key of ['articles', 'actors', 'places', 'dates', 'quotes']) assert.ok(Array.isArray(parsed[key]), `export has ${key}`);
}
