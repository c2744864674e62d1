/**
 * Entry of the training bundle (`out/train/lib.js`, built by scripts/train.mjs, never
 * shipped): each trainer by name, and the serialiser that writes committed model files.
 */
export { serialiseModel } from './lr';
export { trainEntities, labelDocuments, labelNews, loadNews, newsSources, NEWS_REPEAT, NEWS_TRAIN, NEWS_VALID, scoreDocuments, explainCandidates } from './entities';
export { entityTypeModel } from '../../src/core/entities/typing';
export { main as trainSpeakers } from './speaker';
