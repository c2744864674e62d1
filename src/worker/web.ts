// Entry of dist/web/worker.js: the engine in a Web Worker started by the web extension host.
import { EngineServer } from './server';
import type { FromWorker, ToWorker } from './protocol';

/** The Web Worker global scope, as far as this entry uses it (no DOM typings in this project). */
interface WorkerScope {
  postMessage(message: FromWorker): void;
  onmessage: ((event: { data: ToWorker }) => void) | null;
}

const scope = globalThis as unknown as WorkerScope;
const server = new EngineServer((message) => scope.postMessage(message), (fn) => setTimeout(fn, 0));
scope.onmessage = (event) => server.handle(event.data);
