// Entry of dist/worker.js: the engine in a Node worker thread (desktop extension host).
// Required on the host's thread instead (only if no worker thread can run), it exports
// the engine for the in-thread scheduler, so that the extension bundle never holds it.
import { parentPort } from 'node:worker_threads';
import { EngineServer } from './server';
import type { ToWorker } from './protocol';

const port = parentPort;
if (port) {
  const server = new EngineServer((message) => port.postMessage(message), (fn) => setImmediate(fn));
  port.on('message', (message: ToWorker) => server.handle(message));
}

export { AnalysisMerger, IncrementalAnalyzer, analyzeInSlices } from '../core/incremental';
