// Entry of dist/worker.js: the engine in a Node worker thread (desktop extension host).
import { parentPort } from 'node:worker_threads';
import { EngineServer } from './server';
import type { ToWorker } from './protocol';

const port = parentPort;
if (port) {
  const server = new EngineServer((message) => port.postMessage(message), (fn) => setImmediate(fn));
  port.on('message', (message: ToWorker) => server.handle(message));
}
