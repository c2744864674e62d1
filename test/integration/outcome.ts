/**
 * How an integration run ends, the same in both extension hosts: an error (so the host
 * exits non-zero) when a test failed or News Lens left a promise rejection unhandled,
 * which the host would only log.
 */
export function outcome(failures: number, unhandled: string[]): Error | undefined {
  if (failures > 0) return new Error(`${failures} integration test${failures === 1 ? '' : 's'} failed`);
  if (unhandled.length > 0) return new Error(`unhandled promise rejections from News Lens:\n${unhandled.join('\n')}`);
  return undefined;
}

/**
 * Runs mocha (`start` is either build's `run`) and settles with the run's outcome; `stop`
 * ends the unhandled-rejection watch and returns what it saw.
 */
export function settle(start: (done: (failures: number) => void) => unknown, stop: () => string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    try {
      start((failures) => {
        const error = outcome(failures, stop());
        if (error) reject(error);
        else resolve();
      });
    } catch (err) {
      reject(err instanceof Error ? err : new Error(String(err)));
    }
  });
}
