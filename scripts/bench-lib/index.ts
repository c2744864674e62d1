/**
 * Entry of the benchmark bundle (`out/bench/lib.js`, built by scripts/bench.mjs, never
 * shipped): the engine as the editor drives it (incremental analyser, sliced driver), and
 * bare compromise, bundled the same way so both are measured in one process on one text.
 */
import nlp from 'compromise';
import { analyze } from '../../src/core/index';
import { IncrementalAnalyzer, analyzeInSlices } from '../../src/core/incremental';
import { AnalysisIndex } from '../../src/editor/lookup';

export { analyze, IncrementalAnalyzer, analyzeInSlices };

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
