import { AnalysisMerger, IncrementalAnalyzer, UNIT_SIZE, WHOLE_LIMIT } from '../core/incremental';
import { UnitPlanner } from '../core/incremental/units';
import type { Analysis, Range } from '../core/types';
import { analysisMessages, type AnalyzeRequest, type FromWorker, type ToWorker } from './protocol';

/** Runs `fn` after the messages already waiting have been handled (a macrotask). */
export type Later = (fn: () => void) => void;

/**
 * The engine's side of the worker: answers `analyze` requests with the whole text's
 * analysis (a long file too, so actors are linked across its articles), keeping one
 * incremental analyser per document so an edit redoes only the paragraphs it touched.
 * Requests wait for a turn of the worker's event loop, so of a burst of edits only the
 * newest version is analysed; the others are answered `cancelled`. For a long text the
 * articles the user sees are analysed and sent first (`preview`). Pure: no Node or
 * browser API, the transport is passed in.
 */
export class EngineServer {
  private readonly analyzers = new Map<string, IncrementalAnalyzer>();
  /** The newest request per document not yet started. */
  private readonly queued = new Map<string, AnalyzeRequest>();
  private scheduled = false;

  constructor(
    private readonly post: (message: FromWorker) => void,
    private readonly later: Later,
  ) {}

  handle(message: ToWorker): void {
    if (message.type === 'forget') {
      this.analyzers.delete(message.uri);
      this.supersede(message.uri);
      return;
    }
    this.supersede(message.uri);
    this.queued.set(message.uri, message);
    this.schedule();
  }

  private supersede(uri: string): void {
    const older = this.queued.get(uri);
    if (!older) return;
    this.queued.delete(uri);
    this.post({ type: 'cancelled', id: older.id });
  }

  private schedule(): void {
    if (this.scheduled || this.queued.size === 0) return;
    this.scheduled = true;
    this.later(() => {
      this.scheduled = false;
      const next = this.queued.values().next().value;
      if (next) {
        this.queued.delete(next.uri);
        this.run(next);
      }
      this.schedule();
    });
  }

  private analyzerOf(uri: string): IncrementalAnalyzer {
    let analyzer = this.analyzers.get(uri);
    if (!analyzer) this.analyzers.set(uri, (analyzer = new IncrementalAnalyzer()));
    return analyzer;
  }

  private run(request: AnalyzeRequest): void {
    const { id, uri, text, visible } = request;
    try {
      const analyzer = this.analyzerOf(uri);
      if (visible && text.length > WHOLE_LIMIT) {
        this.post({ type: 'preview', id, analysis: previewOf(analyzer, text, visible) });
        // The whole text on a later turn, so that a newer version sent meanwhile supersedes it.
        this.queued.set(uri, { ...request, visible: undefined });
        return;
      }
      const analysis = analyzer.analyze(text);
      for (const message of analysisMessages(id, analysis)) this.post(message);
    } catch (err) {
      this.post({ type: 'failed', id, message: err instanceof Error ? (err.stack ?? err.message) : String(err) });
    }
  }
}

/**
 * The analysis of the articles around `visible` only (each analysed on its own), joined
 * into an analysis with offsets into the whole text: what the user sees, drawn before the
 * whole file is linked. Paragraph work lands in the analyser's cache for the whole pass.
 */
function previewOf(analyzer: IncrementalAnalyzer, text: string, visible: Range): Analysis {
  const planner = new UnitPlanner(text, UNIT_SIZE, WHOLE_LIMIT);
  const merger = new AnalysisMerger();
  for (let unit = planner.next(); unit && unit[0] < visible[1]; unit = planner.next()) {
    if (unit[1] > visible[0]) merger.add(unit[0], analyzer.analyzePart(text.slice(unit[0], unit[1])));
  }
  return merger.finish(text.length);
}
