import { segment } from '../anatomy';
import type { Range } from '../types';

/**
 * Where a large file is cut into units of work for the sliced driver: between articles as
 * the anatomy stage finds them, each unit an article or a few short ones, about `target`
 * characters. Planned window by window (one `segment` of a `maxUnit`-sized window per step,
 * never the whole file at once), so each planning step is small too. An article longer
 * than `maxUnit` is cut between paragraphs.
 */
export class UnitPlanner {
  private at = 0;
  private readonly queued: number[] = [];
  readonly units: Range[] = [];

  constructor(
    private readonly text: string,
    private readonly target: number,
    private readonly maxUnit: number,
  ) {}

  get done(): boolean {
    return this.at >= this.text.length;
  }

  /** Plans the next unit; returns it (or undefined when the file is planned). */
  next(): Range | undefined {
    const { text, target } = this;
    if (this.done) return undefined;
    const from = this.at;
    let end = text.length;
    if (text.length - from > target * 1.5) {
      if (this.queued.length === 0) this.queued.push(...this.cutsAfter(from));
      end = this.queued.shift()!;
    }
    this.at = end;
    const unit: Range = [from, end];
    this.units.push(unit);
    return unit;
  }

  /**
   * The next cut points after `from`, in order: article starts (the start of the headline's
   * line) grouped into units of about `target` characters, from one window's segmentation.
   */
  private cutsAfter(from: number): number[] {
    const { text, target, maxUnit } = this;
    for (let size = maxUnit; size <= maxUnit * 4; size *= 2) {
      const windowEnd = Math.min(text.length, from + size);
      const window = text.slice(from, windowEnd);
      // An article found near the window's end may be a truncated view of it: keep a margin.
      const limit = windowEnd === text.length ? window.length : window.length - Math.min(2048, size / 4);
      const starts: number[] = [];
      for (const a of segment(window).articles.slice(1)) {
        const start = lineStart(window, a.range[0]);
        if (start > 0 && start <= limit) starts.push(start);
      }
      const cuts: number[] = [];
      let unitStart = 0;
      for (let i = 0; i < starts.length; i++) {
        const next = starts[i + 1];
        // Cut before this article once the unit has its size, or if taking it would make the unit too long.
        if (starts[i]! - unitStart >= target || (next !== undefined && next - unitStart > target * 1.5)) {
          cuts.push(from + starts[i]!);
          unitStart = starts[i]!;
        }
      }
      if (cuts.length > 0) return cuts;
      if (starts.length > 0) return [from + starts[starts.length - 1]!];
      if (windowEnd === text.length) break;
    }
    // No article boundary within reach: cut between paragraphs (a blank line) after the limit.
    const blank = /\n[ \t]*\r?\n/g;
    blank.lastIndex = from + maxUnit;
    const m = blank.exec(text);
    return [m && text.length - (m.index + m[0].length) > target / 2 ? m.index + m[0].length : text.length];
  }
}

function lineStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && text.charCodeAt(i - 1) !== 10 && text.charCodeAt(i - 1) !== 13) i--;
  return i;
}
