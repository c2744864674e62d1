import * as vscode from 'vscode';
import { AnalysisScheduler, type Engine, type PreviewListener, type Scheduler } from '../editor/analysisScheduler';
import { WorkerScheduler, type StartWorker } from './client';
import type { FromWorker, ToWorker } from './protocol';

/**
 * The web-worker extension host's engine (VS Code for the Web): a nested Web Worker
 * running dist/web/worker.js. A web extension may not start a worker from its own URL
 * ("Creating workers from remote extensions is currently not supported"), so the script
 * is read through `workspace.fs` and started from a blob URL. Where even that fails, the
 * engine runs on this thread in slices. Substituted for startNode.ts by the web build.
 */
export const startEngine: typeof import('./startNode').startEngine = (context, onPreview, log) => {
  const script = vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'worker.js');
  return new WorkerScheduler(webWorker(() => vscode.workspace.fs.readFile(script)), () => inThread(onPreview), onPreview, log);
};

/** What this file uses of the Web Worker API (the project has no DOM typings). */
interface WebWorker {
  postMessage(message: ToWorker): void;
  terminate(): void;
  onmessage: ((event: { data: FromWorker }) => void) | null;
  onerror: ((event: { message?: string }) => void) | null;
}
interface WebGlobals {
  Worker?: new (url: string) => WebWorker;
  Blob?: new (parts: Uint8Array[], options: { type: string }) => unknown;
  URL: { createObjectURL?(blob: unknown): string; revokeObjectURL?(url: string): void };
}

/** Starts a Web Worker from the script `read` returns; rejects where the host has no Worker. */
export function webWorker(read: () => Thenable<Uint8Array>): StartWorker {
  return async (onMessage, onCrash) => {
    const { Worker, Blob, URL } = globalThis as unknown as WebGlobals;
    if (!Worker || !Blob || !URL.createObjectURL) throw new Error('this extension host has no Web Worker');
    const url = URL.createObjectURL(new Blob([await read()], { type: 'text/javascript' }));
    const worker = new Worker(url);
    worker.onmessage = (event) => onMessage(event.data);
    worker.onerror = (event) => onCrash(new Error(event.message ?? 'the engine worker failed'));
    return {
      post: (message) => worker.postMessage(message),
      terminate: () => {
        worker.terminate();
        URL.revokeObjectURL?.(url);
      },
    };
  };
}

/** The engine on this thread, yielding with a timer (a web worker has no setImmediate). */
function inThread(onPreview: PreviewListener): Scheduler {
  return new AnalysisScheduler(loadEngine, onPreview, () => new Promise((resolve) => setTimeout(resolve, 0)));
}

/** The engine bundled into the web extension, loaded only if no Web Worker can run. */
function loadEngine(): Engine {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('../core/incremental') as typeof import('../core/incremental');
}
