/**
 * Entry of the evaluation bundle (`out/eval/lib.js`, built by scripts/build.mjs, never
 * shipped): the engine, its public export, the compromise baseline and the scorers, so
 * `scripts/eval*.mjs` score exactly what the export format says.
 */
import { analyze } from '../../src/core/index';
import { toExport, type ExportDocument, type ExportRange } from '../../src/core/export';
import { applyCorrections, parseSidecar } from '../../src/core/corrections';
import type { Span, SpanType } from './conll';
import type { GoldDocument } from './score';

export { analyze, toExport };
export { segment } from '../../src/core/anatomy';
export { AuditCollector, formatAudit, type AuditReport } from './audit';
export { baselineExport } from './baseline';
export * from './score';
export * from './conll';

/** The engine's export of `text`. */
export function engineExport(text: string, source: string | null): ExportDocument {
  return toExport(analyze(text), source);
}

/**
 * The engine's raw PER/ORG/LOC mentions (`Analysis.mentions`), before actors and places are
 * linked: measures the entities stage on its own.
 */
export function rawMentionSpans(text: string): Span[] {
  const types: Record<string, SpanType> = { person: 'PER', organization: 'ORG', place: 'LOC' };
  return analyze(text).mentions.flatMap((m) => (types[m.type] ? [{ type: types[m.type]!, start: m.range[0], end: m.range[1] }] : []));
}

/** The PER/ORG/LOC mention spans of an export (CoNLL comparison). */
export function exportSpans(doc: ExportDocument): Span[] {
  const spans: Span[] = [];
  const add = (type: SpanType, r: ExportRange) => spans.push({ type, start: r[0], end: r[1] });
  for (const a of doc.actors) for (const m of a.mentions) add(a.type === 'person' ? 'PER' : 'ORG', m);
  for (const p of doc.places) for (const m of p.mentions) add('LOC', m);
  return spans;
}

/**
 * The gold annotation (corpus/FORMAT.md) an export stands for: how a team's corrected
 * annotation (engine output + its `NAME.newslens.json`) becomes an evaluation set.
 */
export function exportToGold(doc: ExportDocument): GoldDocument {
  const nameOf = new Map(doc.actors.map((a) => [a.id, a.name]));
  return {
    ...(doc.source ? { source: doc.source } : {}),
    articles: doc.articles.map((a) => ({ headline: a.headline, subheads: a.sections.filter((s) => s.kind === 'subhead').map((s) => s.title) })),
    actors: doc.actors.map((a) => ({ name: a.name, type: a.type, aliases: [...new Set([a.name, ...a.aliases])], role: a.role ?? '' })),
    places: [...new Set(doc.places.map((p) => p.name))],
    dates: [...new Set(doc.dates.map((d) => d.text))],
    quotes: doc.quotes.map((q) => ({ text: q.text, speaker: q.speaker === null ? null : (nameOf.get(q.speaker) ?? null), kind: q.kind })),
  };
}

/**
 * The corrected annotation of `text` as gold: the engine's analysis with the sidecar's
 * corrections applied. Throws with the reason when the sidecar cannot be used.
 */
export function correctedGold(text: string, sidecarJson: string, source: string | null): { gold: GoldDocument; stale: number } {
  const parsed = parseSidecar(sidecarJson);
  if (!parsed.ok) throw new Error(parsed.reason);
  const corrected = applyCorrections(text, analyze(text), { corrections: parsed.file.corrections, names: {} });
  return { gold: exportToGold(toExport(corrected, source)), stale: corrected.corrections?.stale.length ?? 0 };
}
