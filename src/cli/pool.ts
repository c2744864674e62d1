/**
 * Analysing many files at once: a pool of worker threads running the engine, and an
 * ordered, bounded map over a stream of tasks, so output comes out in input order, is
 * identical whatever the number of workers, and memory holds only a window of tasks.
 * The workers run this same bundle (`dist/cli.js`); `isPoolWorker` tells them apart.
 */
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { analyze } from '../core/analyze';
import { toExport } from '../core/export';
import { summariseFile, type FileSummary } from '../core/sources/report';
import { readArticle } from './input';
import { renderArticle, type Rendered, type RenderRequest } from './render';

/** What a worker can be asked to do. */
export type Task =
  /** Analyse a text (already read and decoded by the caller) and render it for `annotate`. */
  | ({ kind: 'render' } & RenderRequest)
  /** Read, decode and analyse a file, and summarise its sources (`source` names it in the summary). */
  | { kind: 'summary'; path: string; source: string };

export type TaskResult<T extends Task> = T extends { kind: 'render' } ? Rendered : FileSummary;

/** A task that failed: why, as one line. */
export class TaskError extends Error {}

const WORKER_TAG = 'news-lens-pool-worker';

/** Runs one task on this thread. */
export function runTask<T extends Task>(task: T): TaskResult<T> {
  if (task.kind === 'render') return renderArticle(task) as TaskResult<T>;
  const decoded = readArticle(task.path);
  if (!decoded.ok) throw new TaskError(decoded.reason);
  return summariseFile(toExport(analyze(decoded.text), task.source)) as TaskResult<T>;
}

/** The default number of workers: the cores this process may use. */
export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

/**
 * Takes `--jobs N` / `-j N` / `--jobs=N` out of an argument list (it is common to every
 * command), so the commands' own parsers never see it.
 */
export function takeJobs(argv: readonly string[]): { ok: true; jobs: number | null; rest: string[] } | { ok: false; message: string } {
  const rest: string[] = [];
  let jobs: number | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    const m = /^(?:--jobs|-j)(?:=(.*))?$/.exec(arg);
    if (!m) {
      rest.push(arg);
      continue;
    }
    const value = m[1] ?? argv[++i];
    if (value === undefined || !/^[1-9]\d{0,3}$/.test(value)) {
      return { ok: false, message: `--jobs needs a whole number from 1 to 9999${value === undefined ? '' : ` (got ${value})`}` };
    }
    jobs = Number(value);
  }
  return { ok: true, jobs, rest };
}

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
}

/**
 * Tasks posted to a worker ahead of the one it is running, so it starts the next as soon as
 * it answers, without waiting a round trip through this thread.
 */
const AHEAD = 2;

/** A fixed set of worker threads, each running its tasks one at a time, in the order posted. */
export class Pool {
  private readonly workers: Worker[] = [];
  private readonly queue: Array<{ task: Task; pending: Pending }> = [];
  /** What each live worker has been posted and not yet answered, oldest first. */
  private readonly posted = new Map<Worker, Pending[]>();
  private closed = false;

  constructor(size: number, script: string = __filename) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(script, { workerData: { tag: WORKER_TAG } });
      worker.on('message', (m: { ok: true; value: unknown } | { ok: false; error: string; known: boolean }) => {
        const pending = this.posted.get(worker)?.shift();
        if (pending) {
          if (m.ok) pending.resolve(m.value);
          else pending.reject(m.known ? new TaskError(m.error) : new Error(m.error));
        }
        this.dispatch();
      });
      worker.on('error', (error) => this.fail(worker, error));
      worker.on('exit', (code) => {
        if (!this.closed) this.fail(worker, new Error(`a worker stopped (exit ${code})`));
      });
      this.workers.push(worker);
      this.posted.set(worker, []);
    }
  }

  /** Runs a task on the next free worker. */
  run<T extends Task>(task: T): Promise<TaskResult<T>> {
    if (this.closed) return Promise.reject(new Error('the pool is closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ task, pending: { resolve: resolve as (v: unknown) => void, reject } });
      this.dispatch();
    });
  }

  /** Posts queued tasks to the least loaded workers, up to `AHEAD` each. */
  private dispatch(): void {
    while (this.queue.length > 0 && !this.closed) {
      let best: Worker | null = null;
      let load = AHEAD;
      for (const w of this.workers) {
        const n = this.posted.get(w)!.length;
        if (n < load) {
          best = w;
          load = n;
        }
      }
      if (best === null) return;
      const { task, pending } = this.queue.shift()!;
      this.posted.get(best)!.push(pending);
      best.postMessage(task);
    }
  }

  /** A worker died: its tasks fail, and if none is left, so does everything queued. */
  private fail(worker: Worker, error: Error): void {
    const pending = this.posted.get(worker);
    if (!pending) return;
    this.posted.delete(worker);
    this.workers.splice(this.workers.indexOf(worker), 1);
    for (const p of pending) p.reject(error);
    if (this.workers.length === 0) for (const q of this.queue.splice(0)) q.pending.reject(error);
  }

  /** Stops every worker; tasks not yet done are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    for (const q of this.queue.splice(0)) q.pending.reject(new Error('the pool is closed'));
    for (const pending of this.posted.values()) for (const p of pending.splice(0)) p.reject(new Error('the pool is closed'));
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/** Runs tasks inline (one job) or on a pool, one interface for both. */
export interface Runner {
  run<T extends Task>(task: T): Promise<TaskResult<T>>;
  close(): Promise<void>;
}

/** A runner for `jobs` workers; one job (or one task) runs on this thread, with no worker start-up. */
export function createRunner(jobs: number, tasks: number): Runner {
  if (jobs <= 1 || tasks <= 1) {
    return {
      run: async (task) => runTask(task),
      close: async () => undefined,
    };
  }
  tierUpLater();
  return new Pool(Math.min(jobs, tasks));
}

/**
 * With a worker on every core, V8's optimising compiler has no spare core left. By default
 * it optimises a function after little running and again after every deoptimisation; on the
 * engine's large rule functions re-compiling was two thirds of all compile time (measured
 * with --trace-opt over 2,220 articles), CPU the workers then took from the analysis, so
 * `--jobs 2` on two cores was no faster than one job. Waiting 16 times longer before
 * optimising (V8's interrupt budget; the default is 66 KB of bytecode run) optimises fewer
 * functions, with fuller type feedback: one job's CPU over those articles fell from 17.6-18.5 s
 * to 14.5-16.2 s. Process-wide, so set before the workers start; one
 * job keeps V8's defaults, where compiling uses the idle core.
 */
function tierUpLater(): void {
  setFlagsFromString('--interrupt-budget=1081344');
}

/**
 * Maps `items` through `fn` with at most `window` calls in flight, and hands each result
 * to `emit` strictly in input order as soon as it and all before it are done (awaiting
 * `emit`, so a slow consumer slows the producer). Memory holds at most `window` items and
 * results. Stops at the first rejection.
 */
export async function mapOrdered<T, R>(
  items: Iterable<T> | AsyncIterable<T>,
  window: number,
  fn: (item: T, index: number) => Promise<R>,
  emit: (result: R, index: number) => void | Promise<void>,
): Promise<void> {
  const inFlight: Array<Promise<R>> = [];
  let ended = false;
  let stopped = false;
  let notify: (() => void) | null = null;
  const wait = (): Promise<void> => new Promise((resolve) => (notify = resolve));
  const wake = (): void => {
    const n = notify;
    notify = null;
    n?.();
  };
  const producer = (async () => {
    let next = 0;
    try {
      for await (const item of items) {
        while (inFlight.length >= window && !stopped) await wait();
        if (stopped) return;
        const p = fn(item, next++);
        // Keep rejections from being reported as unhandled while they wait their turn.
        p.catch(() => undefined);
        inFlight.push(p);
        wake();
      }
    } finally {
      ended = true;
      wake();
    }
  })();
  let emitted = 0;
  try {
    for (;;) {
      if (inFlight.length === 0) {
        if (ended) break;
        await wait();
        continue;
      }
      const result = await inFlight[0]!;
      inFlight.shift();
      wake();
      await emit(result, emitted++);
    }
  } catch (error) {
    stopped = true;
    wake();
    throw error;
  }
  await producer;
}

/** Whether this thread is one of the pool's workers. */
export function isPoolWorker(): boolean {
  return !isMainThread && (workerData as { tag?: string } | null)?.tag === WORKER_TAG;
}

/** The worker's loop: run each task posted to it, answer with the result or the error. */
export function startPoolWorker(): void {
  parentPort!.on('message', (task: Task) => {
    try {
      parentPort!.postMessage({ ok: true, value: runTask(task) });
    } catch (error) {
      parentPort!.postMessage({ ok: false, error: error instanceof Error ? error.message : String(error), known: error instanceof TaskError });
    }
  });
}
