import type { Analysis } from '../core/types';
import type { DocumentVersion, PreviewListener, Scheduler } from '../editor/analysisScheduler';
import { AnalysisAssembler, type FromWorker, type ToWorker } from './protocol';

/** A started worker, as the client uses it. */
export interface WorkerChannel {
  post(message: ToWorker): void;
  terminate(): void;
}

/**
 * Starts the worker; `onMessage` gets its answers, `onCrash` is called if it dies or
 * cannot load. Rejects (or calls `onCrash`) where workers are not available.
 */
export type StartWorker = (onMessage: (message: FromWorker) => void, onCrash: (error: Error) => void) => Promise<WorkerChannel>;

interface Pending {
  readonly id: number;
  readonly doc: DocumentVersion;
  readonly promise: Promise<Analysis | undefined>;
  readonly resolve: (analysis: Analysis | undefined) => void;
  readonly reject: (error: Error) => void;
  readonly assembler: AnalysisAssembler;
}

/**
 * Analyses document versions in the engine worker, so nothing the engine does runs on
 * the extension host's thread. The worker is started on the first request (never at
 * activation), reused for every document, and ended by `dispose`. A request for the
 * version already being analysed joins it; a newer version cancels the older (its
 * promise resolves to undefined), and an answer is only ever handed out for the version
 * it was computed from. Where no worker can be started, or if it dies, requests go to
 * `fallback` (the engine in this thread, in slices).
 */
export class WorkerScheduler implements Scheduler {
  private channel: Promise<WorkerChannel | undefined> | undefined;
  private fallbackInstance: Scheduler | undefined;
  private nextId = 1;
  private readonly byId = new Map<number, Pending>();
  private readonly byUri = new Map<string, Pending>();

  constructor(
    private readonly start: StartWorker,
    private readonly fallback: () => Scheduler,
    private readonly onPreview: PreviewListener = () => undefined,
    private readonly log: (message: string) => void = () => undefined,
  ) {}

  request(doc: DocumentVersion): Promise<Analysis | undefined> {
    const current = this.byUri.get(doc.uri);
    if (current && current.doc.version === doc.version) return current.promise;
    this.cancel(doc.uri);
    if (this.fallbackInstance) return this.fallbackInstance.request(doc);
    // The text of this version, read now: the document may change before the worker is up.
    const text = doc.getText();
    const version: DocumentVersion = { ...doc, getText: () => text };
    let resolve!: Pending['resolve'];
    let reject!: Pending['reject'];
    const promise = new Promise<Analysis | undefined>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    const pending: Pending = { id: this.nextId++, doc: version, promise, resolve, reject, assembler: new AnalysisAssembler() };
    this.byId.set(pending.id, pending);
    this.byUri.set(doc.uri, pending);
    void this.worker().then((channel) => {
      if (!this.byId.has(pending.id)) return;
      if (channel) channel.post({ type: 'analyze', id: pending.id, uri: doc.uri, version: doc.version, text, visible: doc.visible });
      else this.settle(pending, this.useFallback().request(version));
    });
    return promise;
  }

  /** Cancels the document's request and drops the worker's cache for it. */
  forget(uri: string): void {
    this.cancel(uri);
    this.fallbackInstance?.forget(uri);
    void this.channel?.then((channel) => channel?.post({ type: 'forget', uri }));
  }

  dispose(): void {
    for (const uri of [...this.byUri.keys()]) this.cancel(uri);
    void this.channel?.then((channel) => channel?.terminate());
    this.channel = Promise.resolve(undefined);
    this.fallbackInstance?.dispose();
  }

  private cancel(uri: string): void {
    const pending = this.byUri.get(uri);
    if (!pending) return;
    this.forgetPending(pending);
    pending.resolve(undefined);
  }

  private forgetPending(pending: Pending): void {
    this.byId.delete(pending.id);
    if (this.byUri.get(pending.doc.uri) === pending) this.byUri.delete(pending.doc.uri);
  }

  private settle(pending: Pending, result: Promise<Analysis | undefined>): void {
    result.then(
      (analysis) => {
        if (!this.byId.has(pending.id)) return;
        this.forgetPending(pending);
        pending.resolve(analysis);
      },
      (error: unknown) => {
        this.forgetPending(pending);
        pending.reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  }

  private worker(): Promise<WorkerChannel | undefined> {
    this.channel ??= this.start(
      (message) => this.receive(message),
      (error) => this.crashed(error),
    ).catch((error: unknown) => {
      this.log(`engine worker unavailable, analysing on this thread in slices: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    });
    return this.channel;
  }

  private receive(message: FromWorker): void {
    const pending = this.byId.get(message.id);
    if (!pending) return; // cancelled meanwhile: its answer is dropped
    switch (message.type) {
      case 'preview':
        this.onPreview(pending.doc.uri, pending.doc.version, message.analysis);
        return;
      case 'part':
        pending.assembler.add(message.key, message.items);
        return;
      case 'done':
        this.forgetPending(pending);
        pending.resolve(pending.assembler.finish(message.head));
        return;
      case 'cancelled':
        this.forgetPending(pending);
        pending.resolve(undefined);
        return;
      case 'failed':
        this.forgetPending(pending);
        pending.reject(new Error(`analysis failed in the engine worker: ${message.message}`));
        return;
    }
  }

  /** The worker died: every waiting request, and every later one, goes to the fallback. */
  private crashed(error: Error): void {
    this.log(`engine worker stopped (${error.message}); analysing on this thread in slices from now on`);
    const stopped = this.channel;
    this.channel = Promise.resolve(undefined);
    void stopped?.then((channel) => channel?.terminate());
    const fallback = this.useFallback();
    for (const pending of [...this.byId.values()]) this.settle(pending, fallback.request(pending.doc));
  }

  private useFallback(): Scheduler {
    return (this.fallbackInstance ??= this.fallback());
  }
}
