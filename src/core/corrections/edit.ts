/**
 * Changing a corrections file: adding a decision (replacing the one it contradicts at the
 * same place) and removing corrections. Functions from file to file, applied to the file
 * as it is on disk just before writing, so nothing written meanwhile is lost.
 */
import { anchorAt, locate } from './anchor';
import type { Action, Correction, CorrectionsFile, Decision } from './types';

/** Decisions that contradict each other at one place: a new one replaces the old. */
const SLOT: Record<Action, string> = {
  notEntity: 'entity',
  type: 'entity',
  differentActor: 'split',
  sameActor: 'merge',
  speaker: 'speaker',
  notQuote: 'quote',
  quote: 'quote',
};

/** The file with `decision` about `[start, end)` of `text` added, replacing a contradicting decision on the same span. */
export function addCorrection(file: CorrectionsFile, text: string, range: [number, number], decision: Decision): CorrectionsFile {
  const correction = { ...decision, ...anchorAt(text, range[0], range[1]) } as Correction;
  const kept = file.corrections.filter((c) => {
    if (SLOT[c.action] !== SLOT[decision.action]) return true;
    const at = locate(text, c);
    return !(at && at[0] === range[0] && at[1] === range[1]);
  });
  return { ...file, corrections: [...kept, correction] };
}

/**
 * The file without the corrections found in `text` over `range` (overlapping it; for an
 * empty range, a cursor inside or at either end of the corrected span), optionally only
 * those of one action. Stale corrections stay: their text is not in `text`.
 */
export function removeCorrections(file: CorrectionsFile, text: string, range: [number, number], action?: Action): { file: CorrectionsFile; removed: Correction[] } {
  const removed: Correction[] = [];
  const corrections = file.corrections.filter((c) => {
    if (action && c.action !== action) return true;
    const at = locate(text, c);
    const hit = at !== null && (range[0] === range[1] ? at[0] <= range[0] && range[0] <= at[1] : at[0] < range[1] && range[0] < at[1]);
    if (hit) removed.push(c);
    return !hit;
  });
  return { file: { ...file, corrections }, removed };
}

/** The file with every correction re-anchored to where it is in `text` now (context and offset refreshed); stale ones unchanged. */
export function reanchor(file: CorrectionsFile, text: string): CorrectionsFile {
  return {
    ...file,
    corrections: file.corrections.map((c) => {
      const at = locate(text, c);
      return at ? ({ ...c, ...anchorAt(text, at[0], at[1]) } as Correction) : c;
    }),
  };
}
