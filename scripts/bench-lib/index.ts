/**
 * Entry of the benchmark bundle (`out/bench/lib.js`, built by scripts/bench.mjs, never
 * shipped): the engine as the editor drives it (incremental analyser, sliced driver), and
 * bare compromise, bundled the same way so both are measured in one process on one text.
 */
import nlp from 'compromise';
import { analyze } from '../../src/core/index';
import { IncrementalAnalyzer, analyzeInSlices } from '../../src/core/incremental';
import { AnalysisIndex } from '../../src/editor/lookup';
import { addCorrection, applyCorrections, emptyFile, type CorrectionInput } from '../../src/core/corrections';
import type { Analysis } from '../../src/core/types';

export { analyze, IncrementalAnalyzer, analyzeInSlices, applyCorrections };

/**
 * A busy reviewer's corrections of an article, for timing: every third mention retyped
 * or split, every other quote's speaker set, and a five-name workspace list.
 */
export function sampleCorrections(text: string, analysis: Analysis): CorrectionInput {
  let file = emptyFile();
  analysis.mentions.forEach((m, i) => {
    if (i % 3 === 0) file = addCorrection(file, text, m.range, i % 2 ? { action: 'differentActor' } : { action: 'type', type: 'place' });
  });
  analysis.quotes.forEach((q, i) => {
    if (i % 2 === 0) file = addCorrection(file, text, q.range, { action: 'speaker', speaker: analysis.actors[i % Math.max(1, analysis.actors.length)]?.name ?? null });
  });
  const names = Object.fromEntries(analysis.actors.slice(0, 5).map((a, i) => [a.name, i % 2 ? 'ignore' : 'organization'] as const));
  return { corrections: file.corrections, names };
}

/** Bare compromise over a text: parse, then the four selections the baseline reads. */
export function bareCompromise(text: string): number {
  const doc = nlp(text);
  let n = 0;
  for (const view of [doc.people(), doc.organizations(), doc.places(), doc.quotations()]) n += (view.out('array') as unknown[]).length;
  return n;
}

/** What the editor keeps for one analysed document: the analyser's cache, the analysis and its index. */
export async function keepDocument(text: string): Promise<unknown> {
  const analyzer = new IncrementalAnalyzer();
  const analysis = await analyzeInSlices(analyzer, text);
  return { analyzer, analysis, index: new AnalysisIndex(analysis!) };
}
