/**
 * Corrections on the command line: the sidecar `NAME.newslens.json` next to each input
 * (read, never written) and a names list given with `--names FILE`. A file that cannot
 * be used is one clear error naming it, never a crash and never a guess.
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { emptyFile, parseNames, parseSidecar, sidecarName, type CorrectionsFile, type NamesList } from '../core/corrections';

export type Loaded<T> = { ok: true; value: T } | { ok: false; message: string };

/** The corrections beside `file` (an empty file when there is no sidecar). */
export function readSidecarOf(file: string): Loaded<CorrectionsFile> {
  const path = join(dirname(file), sidecarName(basename(file)));
  let json: string;
  try {
    json = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { ok: true, value: emptyFile() };
    return { ok: false, message: `${path}: cannot read the corrections file (${(error as NodeJS.ErrnoException).code ?? String(error)})` };
  }
  const parsed = parseSidecar(json);
  return parsed.ok ? { ok: true, value: parsed.file } : { ok: false, message: `${path}: ${parsed.reason}` };
}

/** A names list file (`{ "X": "person" | "organization" | "place" | "ignore" }`). */
export function readNames(path: string): Loaded<NamesList> {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, message: `${path}: ${code ? `cannot read the names list (${code === 'ENOENT' ? 'no such file' : code})` : `not valid JSON (${error instanceof Error ? error.message : String(error)})`}` };
  }
  const parsed = parseNames(value);
  return parsed.ok ? { ok: true, value: parsed.names } : { ok: false, message: `${path}: not a names list: ${parsed.reason}` };
}
