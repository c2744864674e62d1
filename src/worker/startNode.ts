import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type * as vscode from 'vscode';
import { AnalysisScheduler, type Engine, type PreviewListener, type Scheduler } from '../editor/analysisScheduler';
import { WorkerScheduler, type StartWorker } from './client';

/**
 * The desktop (Node) extension host's engine: a `worker_threads` Worker running
 * dist/worker.js. This module and startWeb.ts are the only host-side code that touches
 * the platform; the web build substitutes startWeb.ts for this file (scripts/build.mjs).
 */
export function startEngine(context: vscode.ExtensionContext, onPreview: PreviewListener, log: (message: string) => void): Scheduler {
  const script = join(context.extensionPath, 'dist', 'worker.js');
  return new WorkerScheduler(nodeWorker(script), () => new AnalysisScheduler(() => engineIn(script), onPreview), onPreview, log);
}

/**
 * The engine exported by the worker script, for this thread: only if no worker thread
 * can run, so the extension bundle itself stays small and quick to load.
 */
export function engineIn(script: string): Engine {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(script) as Engine;
}

/** Starts the worker script at `path`; a worker that fails to load or exits reports as a crash. */
export function nodeWorker(path: string): StartWorker {
  return async (onMessage, onCrash) => {
    const worker = new Worker(path);
    let ended = false;
    worker.on('message', onMessage);
    worker.on('error', (error) => {
      ended = true;
      onCrash(error);
    });
    worker.on('exit', (code) => {
      if (!ended) onCrash(new Error(`the engine worker exited with code ${code}`));
      ended = true;
    });
    return {
      post: (message) => worker.postMessage(message),
      terminate: () => {
        ended = true;
        void worker.terminate();
      },
    };
  };
}
