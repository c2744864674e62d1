import type { Analysis, Range } from '../types';
import type { IncrementalAnalyzer } from './analyzer';
import { AnalysisMerger } from './merge';
import { UnitPlanner } from './units';

/** How the sliced driver runs. */
export interface SliceOptions {
  /** The range the user sees: its units are analysed first. */
  visible?: Range;
  /** Checked between slices: a true answer stops the run (the promise resolves to undefined). */
  isCancelled?: () => boolean;
  /** Gives the event loop a turn between slices (default: setImmediate). */
  yieldNow?: () => Promise<void>;
  /** Characters per unit of work (whole articles, about this many characters). */
  unitSize?: number;
  /** Called once the visible units are analysed, with their analyses (offsets into the whole text). */
  onVisible?: (units: { range: Range; analysis: Analysis }[]) => void;
}

/**
 * Default characters per unit: an article, or a few short ones. Small units keep every
 * slice (plus a garbage collection that may land in it) well under 50 ms.
 */
export const UNIT_SIZE = 4 * 1024;

/** Up to this length a text is analysed whole, in one slice, exactly as `analyze` does. */
export const WHOLE_LIMIT = 16 * 1024;

const immediate = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Analyses a text in slices that each take a small, bounded time, yielding to the event
 * loop between them, so that an editor stays responsive on a file of hundreds of articles.
 * A text up to `WHOLE_LIMIT` is one slice and gives exactly `analyze(text)`. A longer one is
 * cut between articles into units (planned in slices too; an article is cut between
 * paragraphs only when longer than `WHOLE_LIMIT`); each unit is analysed on its
 * own (names are linked within a unit, never across units), the visible units first, and
 * the units' analyses are joined in document order. Paragraph work is shared through the
 * analyser's cache, so re-running after an edit redoes only what the edit touched.
 * Resolves to undefined when cancelled.
 */
export async function analyzeInSlices(analyzer: IncrementalAnalyzer, text: string, options: SliceOptions = {}): Promise<Analysis | undefined> {
  const cancelled = options.isCancelled ?? (() => false);
  const yieldNow = options.yieldNow ?? immediate;
  const unitSize = options.unitSize ?? UNIT_SIZE;
  if (text.length <= Math.max(WHOLE_LIMIT, unitSize * 1.5)) {
    await yieldNow();
    return cancelled() ? undefined : analyzer.analyze(text);
  }
  const planner = new UnitPlanner(text, unitSize, WHOLE_LIMIT);
  const pass = analyzer.beginPass();
  try {
    // Plan every unit (each step one window), then analyse: visible units first.
    while (!planner.done) {
      planner.next();
      await yieldNow();
      if (cancelled()) return undefined;
    }
    const units = planner.units;
    const results: (Analysis | undefined)[] = new Array(units.length);
    const visible = options.visible;
    const order = units.map((_, i) => i);
    if (visible) {
      const seen = (u: Range): boolean => u[0] < visible[1] && visible[0] < u[1];
      order.sort((a, b) => Number(seen(units[b]!)) - Number(seen(units[a]!)));
    }
    const visibleCount = visible ? units.filter((u) => u[0] < visible[1] && visible[0] < u[1]).length : 0;
    for (let k = 0; k < order.length; k++) {
      const i = order[k]!;
      const [s, e] = units[i]!;
      results[i] = analyzer.analyzePart(text.slice(s, e));
      if (k + 1 === visibleCount && options.onVisible) {
        options.onVisible(order.slice(0, visibleCount).map((j) => ({ range: units[j]!, analysis: results[j]! })));
      }
      await yieldNow();
      if (cancelled()) return undefined;
    }
    // Join in slices of a few units, so that the join of a large file never blocks either.
    const merger = new AnalysisMerger();
    for (let i = 0; i < units.length; i++) {
      merger.add(units[i]![0], results[i]!);
      if (i % 8 === 7) {
        await yieldNow();
        if (cancelled()) return undefined;
      }
    }
    return merger.finish(text.length);
  } finally {
    analyzer.endPass(pass);
  }
}
