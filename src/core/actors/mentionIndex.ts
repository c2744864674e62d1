import type { Mention } from '../types';

/**
 * Mentions sorted by start, with binary-search lookups, so that role and affiliation
 * rules look only at the mentions near a position instead of scanning them all.
 */
export class MentionIndex {
  readonly list: Mention[];
  private readonly starts: number[];
  private readonly pos = new Map<Mention, number>();

  constructor(mentions: Iterable<Mention>) {
    this.list = [...mentions].sort((a, b) => a.range[0] - b.range[0]);
    this.starts = this.list.map((m) => m.range[0]);
    this.list.forEach((m, i) => this.pos.set(m, i));
  }

  /** Index of the first mention starting at or after `at`. */
  lowerBound(at: number): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Mentions lying inside `[start, end)`, in order. */
  within(start: number, end: number): Mention[] {
    const out: Mention[] = [];
    for (let i = this.lowerBound(start); i < this.list.length && this.list[i]!.range[0] < end; i++) {
      if (this.list[i]!.range[1] <= end) out.push(this.list[i]!);
    }
    return out;
  }

  /** Position of a mention in `list` (-1 when absent). */
  indexOf(m: Mention): number {
    return this.pos.get(m) ?? -1;
  }

  /** Mentions ending at or before `at`, nearest first, no further back than `maxChars`. */
  *backFrom(at: number, maxChars = Infinity): Generator<Mention> {
    for (let i = this.lowerBound(at) - 1; i >= 0; i--) {
      const m = this.list[i]!;
      if (at - m.range[0] > maxChars) return;
      if (m.range[1] <= at) yield m;
    }
  }
}
