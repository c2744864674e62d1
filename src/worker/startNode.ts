import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type * as vscode from 'vscode';
import { AnalysisScheduler, type PreviewListener, type Scheduler } from '../editor/analysisScheduler';
import { WorkerScheduler, type StartWorker } from './client';
import { loadEngine } from './engineLoader';

/**
 * The desktop (Node) extension host's engine: a `worker_threads` Worker running
 * dist/worker.js. This module and startWeb.ts are the only host-side code that touches
 * the platform; the web build substitutes startWeb.ts for this file (scripts/build.mjs).
 */
export function startEngine(context: vscode.ExtensionContext, onPreview: PreviewListener, log: (message: string) => void): Scheduler {
  return new WorkerScheduler(nodeWorker(join(context.extensionPath, 'dist', 'worker.js')), () => new AnalysisScheduler(loadEngine, onPreview), onPreview, log);
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
