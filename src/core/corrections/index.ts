/** Corrections that stick: the sidecar format, anchoring, and applying corrections after the engine. */
export { applyCorrections } from './apply';
export { anchorAt, locate, CONTEXT, MIN_CONTEXT } from './anchor';
export { addCorrection, reanchor, removeCorrections } from './edit';
export { describeCorrection } from './describe';
export { emptyFile, parseNames, parseSidecar, serializeSidecar, sidecarName, SIDECAR_SUFFIX, SIDECAR_VERSION, type Parsed, type ParsedNames } from './sidecar';
export type * from './types';
