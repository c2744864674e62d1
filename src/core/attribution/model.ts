/**
 * The committed speaker ranker (src/core/models/speaker.json, written by
 * `npm run train -- speakers`), with the calibration fitted on held-out articles.
 */
import { loadModel, type LinearModelData } from '../learn/linear';
import data from '../models/speaker.json';
import type { Platt, SpeakerModel } from './ranker';

/** A speaker model from its data; null when it has no weights (the rules decide alone). */
export function loadSpeakerModel(data: LinearModelData): SpeakerModel | null {
  if (Object.keys(data.weights).length === 0) return null;
  const c = data.meta?.['calibration'] as { a?: unknown; b?: unknown; groups?: unknown } | undefined;
  const a = typeof c?.a === 'number' ? c.a : 1;
  const b = typeof c?.b === 'number' ? c.b : 0;
  const groups: Record<string, Platt> = {};
  if (c?.groups && typeof c.groups === 'object') {
    for (const [name, g] of Object.entries(c.groups as Record<string, { a?: unknown; b?: unknown }>)) {
      if (typeof g?.a === 'number' && typeof g.b === 'number') groups[name] = { a: g.a, b: g.b };
    }
  }
  return { model: loadModel(data), calibration: { a, b, groups } };
}

/** The engine's speaker model. */
export const SPEAKER_MODEL: SpeakerModel | null = loadSpeakerModel(data as unknown as LinearModelData);
