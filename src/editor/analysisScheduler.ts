import type { Analysis, Range } from '../core/types';
import type { AnalysisMerger, IncrementalAnalyzer, SliceOptions } from '../core/incremental';

/** The engine as the in-thread scheduler uses it; loaded on first use. */
export interface Engine {
  IncrementalAnalyzer: new () => IncrementalAnalyzer;
  analyzeInSlices(analyzer: IncrementalAnalyzer, text: string, options?: SliceOptions): Promise<Analysis | undefined>;
  AnalysisMerger: new () => AnalysisMerger;
}

/**
 * How the editor gets analyses: asynchronously, per document version. The engine worker
 * (src/worker/client.ts) is the usual one; `AnalysisScheduler` runs the engine on this
 * thread in slices where no worker can be started.
 */
export interface Scheduler {
  /**
   * The analysis of this version: joins the request already made for the same version,
   * else cancels an older one (which then resolves to undefined) and starts this one.
   */
  request(doc: DocumentVersion): Promise<Analysis | undefined>;
  /** Stops the document's request and forgets what was kept for it. */
  forget(uri: string): void;
  dispose(): void;
}

/** Told when the visible part of a long document version is analysed, before the rest. */
export type PreviewListener = (uri: string, version: number, visible: Analysis) => void;

/** One version of a document, as the scheduler needs it (a `vscode.TextDocument` adapter). */
export interface DocumentVersion {
  readonly uri: string;
  readonly version: number;
  getText(): string;
  /** The offsets the user sees, analysed first. */
  readonly visible?: Range;
}

interface Run {
  readonly version: number;
  cancelled: boolean;
  readonly promise: Promise<Analysis | undefined>;
}

/**
 * The engine on the extension host's own thread, without `vscode`, for hosts where no
 * worker can be started: every text in slices that yield to the event loop (a short one
 * in one slice, a long one article by article, visible part first). One
 * incremental analyser per document keeps paragraph work across versions. A newer version
 * cancels the run of an older one, and a run's result is only ever handed out for the
 * version it analysed.
 */
export class AnalysisScheduler implements Scheduler {
  private engineInstance: Engine | undefined;
  private readonly analyzers = new Map<string, IncrementalAnalyzer>();
  private readonly runs = new Map<string, Run>();

  constructor(
    private readonly loadEngine: () => Engine,
    private readonly onPreview: PreviewListener = () => undefined,
    /** Gives the event loop a turn between slices (default: the sliced driver's own). */
    private readonly yieldNow?: () => Promise<void>,
  ) {}

  private get engine(): Engine {
    return (this.engineInstance ??= this.loadEngine());
  }

  private analyzerOf(uri: string): IncrementalAnalyzer {
    let analyzer = this.analyzers.get(uri);
    if (!analyzer) {
      analyzer = new this.engine.IncrementalAnalyzer();
      this.analyzers.set(uri, analyzer);
    }
    return analyzer;
  }

  /**
   * The analysis of this version, computed in slices: joins the run already going for the
   * same version, else cancels an older run and starts one. Resolves to undefined when the
   * run is cancelled (a newer version, the document closed).
   */
  request(doc: DocumentVersion): Promise<Analysis | undefined> {
    const current = this.runs.get(doc.uri);
    if (current && current.version === doc.version && !current.cancelled) return current.promise;
    this.cancel(doc.uri);
    const text = doc.getText();
    const analyzer = this.analyzerOf(doc.uri);
    const run: Run = {
      version: doc.version,
      cancelled: false,
      promise: Promise.resolve().then(() =>
        this.engine.analyzeInSlices(analyzer, text, { visible: doc.visible, yieldNow: this.yieldNow, isCancelled: () => run.cancelled, onVisible: (units) => this.preview(doc, run, units, text.length) }).then(
          (analysis) => (run.cancelled ? undefined : analysis),
        ),
      ),
    };
    this.runs.set(doc.uri, run);
    void run.promise.finally(() => {
      if (this.runs.get(doc.uri) === run) this.runs.delete(doc.uri);
    });
    return run.promise;
  }

  /** Joins the visible units (in document order) and hands them out, if the run is still current. */
  private preview(doc: DocumentVersion, run: Run, units: { range: Range; analysis: Analysis }[], length: number): void {
    if (run.cancelled) return;
    const merger = new this.engine.AnalysisMerger();
    for (const u of [...units].sort((a, b) => a.range[0] - b.range[0])) merger.add(u.range[0], u.analysis);
    this.onPreview(doc.uri, doc.version, merger.finish(length));
  }

  /** Whether a run is going for the document (any version). */
  isRunning(uri: string): boolean {
    return this.runs.has(uri);
  }

  /** Stops the document's run, if any. */
  cancel(uri: string): void {
    const run = this.runs.get(uri);
    if (run) run.cancelled = true;
    this.runs.delete(uri);
  }

  /** Forgets a document: its run and its analyser's paragraph cache. */
  forget(uri: string): void {
    this.cancel(uri);
    this.analyzers.delete(uri);
  }

  dispose(): void {
    for (const uri of [...this.runs.keys()]) this.cancel(uri);
    this.analyzers.clear();
  }
}
