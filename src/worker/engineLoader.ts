import type { Engine } from '../editor/analysisScheduler';

/** The engine for the extension host's own thread, loaded only if no worker can run. */
export function loadEngine(): Engine {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('../core/incremental') as typeof import('../core/incremental');
}
