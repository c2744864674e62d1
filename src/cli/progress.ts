/**
 * A progress bar on stderr, only when stderr is a terminal (never in a pipe or a log):
 * one line redrawn at most ten times a second, erased when done.
 */

/** Where the bar is drawn. */
export interface ProgressStream {
  write(s: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

/** Reports progress; `done()` erases the bar. */
export interface Progress {
  tick(): void;
  done(): void;
}

const SILENT: Progress = { tick: () => undefined, done: () => undefined };

/** A bar counting up to `total` items, or a silent one when `stream` is not a terminal or there is one item. */
export function createProgress(stream: ProgressStream, total: number, label: string, now: () => number = Date.now): Progress {
  if (!stream.isTTY || total <= 1) return SILENT;
  let count = 0;
  let drawn = 0;
  const draw = (): void => {
    const width = Math.max(10, Math.min(40, (stream.columns ?? 80) - label.length - 30));
    const filled = Math.round((count / total) * width);
    stream.write(`\r${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${count}/${total}`);
  };
  return {
    tick() {
      count++;
      if (count === total || now() - drawn >= 100) {
        drawn = now();
        draw();
      }
    },
    done() {
      stream.write('\r\u001b[2K');
    },
  };
}
