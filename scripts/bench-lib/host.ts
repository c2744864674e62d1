/**
 * Entry of out/bench/host.js (never shipped): the host side of the editor's engine, for
 * the host-stall figure: the worker scheduler the extension uses, and the in-thread
 * scheduler it used before (and falls back to), with the engine they load.
 */
export { AnalysisScheduler } from '../../src/editor/analysisScheduler';
export { WorkerScheduler } from '../../src/worker/client';
export { engineIn, nodeWorker } from '../../src/worker/startNode';
