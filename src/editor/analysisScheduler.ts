import type { Analysis, Range } from '../core/types';
import type { AnalysisMerger, IncrementalAnalyzer, SliceOptions } from '../core/incremental';

/** The engine as the scheduler uses it; loaded on first use (see extension.ts). */
export interface Engine {
  IncrementalAnalyzer: new () => IncrementalAnalyzer;
  analyzeInSlices(analyzer: IncrementalAnalyzer, text: string, options?: SliceOptions): Promise<Analysis | undefined>;
  /** Up to this length a text is analysed at once (exactly `analyze`); longer ones in slices. */
  WHOLE_LIMIT: number;
  AnalysisMerger: new () => AnalysisMerger;
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
 * Decides when and how each document version is analysed, without `vscode`: a short text
 * at once, a long one in slices that yield to the event loop (visible part first). One
 * incremental analyser per document keeps paragraph work across versions. A newer version
 * cancels the run of an older one, and a run's result is only ever handed out for the
 * version it analysed.
 */
export class AnalysisScheduler {
  private engineInstance: Engine | undefined;
  private readonly analyzers = new Map<string, IncrementalAnalyzer>();
  private readonly runs = new Map<string, Run>();

  constructor(
    private readonly loadEngine: () => Engine,
    private readonly onPreview: PreviewListener = () => undefined,
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

  /** Whether a text of this length is analysed at once rather than in slices. */
  isShort(length: number): boolean {
    return length <= this.engine.WHOLE_LIMIT;
  }

  /** Analyses a short document version now (cancelling any run of an older version). */
  analyzeNow(doc: DocumentVersion): Analysis {
    this.cancel(doc.uri);
    return this.analyzerOf(doc.uri).analyze(doc.getText());
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
        this.engine.analyzeInSlices(analyzer, text, { visible: doc.visible, isCancelled: () => run.cancelled, onVisible: (units) => this.preview(doc, run, units, text.length) }).then(
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
