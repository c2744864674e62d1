/** What settle needs of mocha's runner (the Node and the browser build both return one from `run`). */
interface FailureSource {
  on(event: 'fail', listener: (test: { fullTitle(): string }, error: unknown) => void): unknown;
}

/** The marker that opens each failed test's line; the code-server runner repeats these lines at the end of its report. */
export const FAILED_MARK = '[failed]';

/**
 * How an integration run ends, the same in both extension hosts: an error (so the host
 * exits non-zero) when a test failed, naming each on a line of its own, or when News Lens
 * left a promise rejection unhandled, which the host would only log.
 */
export function outcome(failed: string[], unhandled: string[]): Error | undefined {
  if (failed.length > 0) {
    const lines = failed.map((f) => `${FAILED_MARK} ${f}`).join('\n');
    return new Error(`${failed.length} integration test${failed.length === 1 ? '' : 's'} failed:\n${lines}`);
  }
  if (unhandled.length > 0) return new Error(`unhandled promise rejections from News Lens:\n${unhandled.join('\n')}`);
  return undefined;
}

/** A failed test as one line: its full title and the first line of its error. */
export function failureLine(test: { fullTitle(): string }, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return `${test.fullTitle()}: ${message.split('\n')[0]}`;
}

/**
 * Runs mocha (`start` is either build's `run`, returning its runner) and settles with the
 * run's outcome; `stop` ends the unhandled-rejection watch and returns what it saw.
 */
export function settle(start: (done: (failures: number) => void) => FailureSource, stop: () => string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const failed: string[] = [];
    try {
      start((failures) => {
        if (failures > failed.length) failed.push(`${failures - failed.length} more (not reported by name)`);
        const error = outcome(failed, stop());
        if (error) reject(error);
        else resolve();
      }).on('fail', (test, error) => failed.push(failureLine(test, error)));
    } catch (err) {
      reject(err instanceof Error ? err : new Error(String(err)));
    }
  });
}
