/**
 * The committed speaker ranker (src/core/models/speaker.json, written by
 * `npm run train -- speakers`), with the calibration fitted on held-out articles.
 */
import { loadModel, type LinearModelData } from '../learn/linear';
import data from '../models/speaker.json';
import type { SpeakerModel } from './ranker';

/** A speaker model from its data; null when it has no weights (the rules decide alone). */
export function loadSpeakerModel(data: LinearModelData): SpeakerModel | null {
  if (Object.keys(data.weights).length === 0) return null;
  const c = data.meta?.['calibration'] as { a?: unknown; b?: unknown } | undefined;
  const a = typeof c?.a === 'number' ? c.a : 1;
  const b = typeof c?.b === 'number' ? c.b : 0;
  return { model: loadModel(data), calibration: { a, b } };
}

/** The engine's speaker model. */
export const SPEAKER_MODEL: SpeakerModel | null = loadSpeakerModel(data as unknown as LinearModelData);
