import type { Analysis, Range } from '../core/types';

/**
 * The messages between the extension host and the engine worker. Everything is plain
 * data (structured-clone safe), so the same protocol runs over a Node `worker_threads`
 * Worker and a browser Web Worker.
 */

/** Host → worker: analyse one document version (a newer request for the same uri supersedes it). */
export interface AnalyzeRequest {
  readonly type: 'analyze';
  /** Unique per request; every answer carries it. */
  readonly id: number;
  readonly uri: string;
  readonly version: number;
  readonly text: string;
  /** The offsets the user sees: for a long text, analysed and answered first (`preview`). */
  readonly visible?: Range;
}

/** Host → worker: the document closed; drop its paragraph cache and any queued request. */
export interface ForgetRequest {
  readonly type: 'forget';
  readonly uri: string;
}

export type ToWorker = AnalyzeRequest | ForgetRequest;

/** Worker → host. A result comes as `part`s (arrays in slices) then `done`, so no single message is large. */
export type FromWorker =
  | { readonly type: 'preview'; readonly id: number; readonly analysis: Analysis }
  | { readonly type: 'part'; readonly id: number; readonly key: string; readonly items: readonly unknown[] }
  | { readonly type: 'done'; readonly id: number; readonly head: Partial<Analysis> }
  /** Superseded by a newer request for the same document (or forgotten) before its result was sent. */
  | { readonly type: 'cancelled'; readonly id: number }
  | { readonly type: 'failed'; readonly id: number; readonly message: string };

/**
 * Items per `part` message: receiving (deserialising) one message is a single task on the
 * host's thread, so a 1 MB file's analysis (tens of thousands of objects) is sent as many
 * small messages rather than one that would stall the host for tens of milliseconds.
 */
export const PART_ITEMS = 1000;

/** The analysis as messages: every array field in slices of `PART_ITEMS`, then the rest. */
export function* analysisMessages(id: number, analysis: Analysis): Generator<FromWorker> {
  const head: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(analysis)) {
    if (!Array.isArray(value)) {
      head[key] = value;
      continue;
    }
    head[key] = [];
    for (let i = 0; i < value.length; i += PART_ITEMS) yield { type: 'part', id, key, items: value.slice(i, i + PART_ITEMS) };
  }
  yield { type: 'done', id, head: head as Partial<Analysis> };
}

/** Joins the `part`s of one result and its `done` back into the analysis. */
export class AnalysisAssembler {
  private readonly arrays = new Map<string, unknown[]>();

  add(key: string, items: readonly unknown[]): void {
    let array = this.arrays.get(key);
    if (!array) this.arrays.set(key, (array = []));
    for (const item of items) array.push(item);
  }

  finish(head: Partial<Analysis>): Analysis {
    const analysis: Record<string, unknown> = { ...head };
    for (const [key, array] of this.arrays) analysis[key] = array;
    return analysis as unknown as Analysis;
  }
}
