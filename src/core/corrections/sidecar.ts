/**
 * The sidecar file `NAME.newslens.json` beside `NAME.EXT`: parsing that refuses anything
 * it does not fully understand (so a file is never rewritten with data lost), and
 * writing with a stable key order and document order, pretty-printed, so a team reads
 * corrections in a diff.
 */
import type { Action, Correction, CorrectionsFile, CorrectionType, NameRule, NamesList } from './types';

/** The sidecar format version this module reads and writes. */
export const SIDECAR_VERSION = 1;

/** What ends a sidecar's file name. */
export const SIDECAR_SUFFIX = '.newslens.json';

/** The sidecar's file name for an article's file name: the name without its last extension, plus `.newslens.json`. */
export function sidecarName(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return `${dot > 0 ? fileName.slice(0, dot) : fileName}${SIDECAR_SUFFIX}`;
}

/** An empty corrections file. */
export function emptyFile(): CorrectionsFile {
  return { version: SIDECAR_VERSION, corrections: [] };
}

/** A parsed file, or why it cannot be used (a phrase that completes "FILE: …"). */
export type Parsed = { ok: true; file: CorrectionsFile } | { ok: false; reason: string };

const TYPES: readonly string[] = ['person', 'organization', 'place'] satisfies CorrectionType[];
const ACTIONS: readonly string[] = ['notEntity', 'type', 'sameActor', 'differentActor', 'speaker', 'notQuote', 'quote'] satisfies Action[];

/** Reads a sidecar's text. Invalid JSON, another version or a malformed correction is an error, never guessed at. */
export function parseSidecar(json: string): Parsed {
  let value: unknown;
  try {
    value = JSON.parse(json.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, reason: `not valid JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  if (!isObject(value)) return { ok: false, reason: 'not a News Lens corrections file (expected a JSON object)' };
  if (value.version !== SIDECAR_VERSION) {
    return { ok: false, reason: `unknown corrections format version ${JSON.stringify(value.version) ?? 'undefined'} (this News Lens reads version ${SIDECAR_VERSION})` };
  }
  if (!Array.isArray(value.corrections)) return { ok: false, reason: '"corrections" must be a list' };
  const corrections: Correction[] = [];
  for (const [i, item] of value.corrections.entries()) {
    const problem = checkCorrection(item);
    if (problem) return { ok: false, reason: `corrections[${i}]: ${problem}` };
    corrections.push(item as Correction);
  }
  return { ok: true, file: { ...value, version: SIDECAR_VERSION, corrections } as CorrectionsFile };
}

/** What is wrong with one correction, or null. */
function checkCorrection(item: unknown): string | null {
  if (!isObject(item)) return 'expected an object';
  if (typeof item.action !== 'string' || !ACTIONS.includes(item.action)) return `unknown action ${JSON.stringify(item.action)}`;
  if (typeof item.text !== 'string' || item.text === '') return '"text" must be a non-empty string';
  if (typeof item.before !== 'string' || typeof item.after !== 'string') return '"before" and "after" must be strings';
  if (typeof item.offset !== 'number' || !Number.isInteger(item.offset) || item.offset < 0) return '"offset" must be a whole number ≥ 0';
  switch (item.action) {
    case 'type':
      return typeof item.type === 'string' && TYPES.includes(item.type) ? null : '"type" must be person, organization or place';
    case 'sameActor':
      return typeof item.actor === 'string' && item.actor.trim() !== '' ? null : '"actor" must be a name';
    case 'speaker':
      return item.speaker === null || (typeof item.speaker === 'string' && item.speaker.trim() !== '') ? null : '"speaker" must be a name or null';
    default:
      return null;
  }
}

/** Key order of a written correction: what, then where. Other keys follow as they were. */
const KEY_ORDER = ['action', 'type', 'actor', 'speaker', 'text', 'before', 'after', 'offset'];
const ACTION_ORDER = new Map(ACTIONS.map((a, i) => [a, i]));

/** The file's text: corrections in document order, keys in a fixed order, two-space indent, final newline. */
export function serializeSidecar(file: CorrectionsFile): string {
  const corrections = [...file.corrections]
    .sort((a, b) => a.offset - b.offset || (ACTION_ORDER.get(a.action) ?? 0) - (ACTION_ORDER.get(b.action) ?? 0) || compare(a.text, b.text))
    .map((c) => {
      const out: Record<string, unknown> = {};
      for (const k of KEY_ORDER) if (k in c) out[k] = c[k];
      for (const k of Object.keys(c)) if (!(k in out)) out[k] = c[k];
      return out;
    });
  const { version: _version, corrections: _corrections, ...rest } = file as CorrectionsFile & Record<string, unknown>;
  return `${JSON.stringify({ version: SIDECAR_VERSION, corrections, ...rest }, null, 2)}\n`;
}

/** A parsed names list, or why it cannot be used. */
export type ParsedNames = { ok: true; names: NamesList } | { ok: false; reason: string };

const RULES: readonly string[] = ['person', 'organization', 'place', 'ignore'] satisfies NameRule[];

/** Checks a names list (`{ "X": "person" | "organization" | "place" | "ignore" }`), from the setting or a `--names` file. */
export function parseNames(value: unknown): ParsedNames {
  if (!isObject(value)) return { ok: false, reason: 'expected an object of "name": "person" | "organization" | "place" | "ignore"' };
  const names: Record<string, NameRule> = {};
  for (const [name, rule] of Object.entries(value)) {
    if (name.trim() === '') return { ok: false, reason: 'an empty name' };
    if (typeof rule !== 'string' || !RULES.includes(rule)) {
      return { ok: false, reason: `"${name}": ${JSON.stringify(rule)} is not person, organization, place or ignore` };
    }
    names[name] = rule as NameRule;
  }
  return { ok: true, names };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
