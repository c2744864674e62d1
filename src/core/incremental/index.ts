/** Incremental and sliced analysis: the engine's result, recomputing only what changed. */
export { IncrementalAnalyzer } from './analyzer';
export { AnalysisMerger } from './merge';
export { analyzeInSlices, UNIT_SIZE, WHOLE_LIMIT, type SliceOptions } from './sliced';
