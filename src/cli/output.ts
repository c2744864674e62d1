/**
 * `--out DIR`: where each result goes, checked in full before anything is written, so a
 * run either writes every file or none, and never replaces a file without `--force`.
 */
import { closeSync, existsSync, mkdirSync, openSync, realpathSync, statSync, writeSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import type { Format } from './args';

/** File extension written for each format. */
export const EXTENSION: Record<Format, string> = { json: '.json', brat: '.ann', text: '.txt' };

/** NAME for an input: its file name without the last extension; "stdin" for `-`. */
export function outputName(file: string): string {
  if (file === '-') return 'stdin';
  const base = basename(file);
  const ext = extname(base);
  return ext && ext !== base ? base.slice(0, -ext.length) : base;
}

/** One planned write. */
export interface Target {
  input: string;
  path: string;
}

/**
 * Plans the writes of a run. Fails (with a one-line reason) when DIR is not a directory,
 * two inputs would write the same file, a target is one of the inputs (even with
 * `--force`: an article is never replaced by its own summary), or a target exists and
 * `force` is off.
 */
export function planTargets(dir: string, inputs: readonly string[], format: Format, force: boolean): { ok: true; targets: Target[] } | { ok: false; reason: string } {
  if (existsSync(dir) && !statSync(dir).isDirectory()) return { ok: false, reason: `${dir}: not a directory` };
  const inputPaths = new Set(inputs.filter((f) => f !== '-').map(canonical));
  const seen = new Map<string, string>();
  const targets: Target[] = [];
  for (const input of inputs) {
    const path = join(dir, outputName(input) + EXTENSION[format]);
    const key = canonical(path);
    const clash = seen.get(key);
    if (clash !== undefined) return { ok: false, reason: `${path}: both ${clash} and ${input} would write it` };
    seen.set(key, input);
    if (inputPaths.has(key)) return { ok: false, reason: `${path}: is an input file; choose another --out directory` };
    if (existsSync(path) && !force) return { ok: false, reason: `${path}: already exists (use --force to overwrite)` };
    if (existsSync(path) && statSync(path).isDirectory()) return { ok: false, reason: `${path}: is a directory` };
    targets.push({ input, path });
  }
  return { ok: true, targets };
}

/** The real path of a file that may not exist yet (its directory resolved when it does). */
function canonical(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    const dir = resolve(path, '..');
    try {
      return join(realpathSync(dir), basename(path));
    } catch {
      return resolve(path);
    }
  }
}

/**
 * Writes one planned file. Without `force` the file is created exclusively, so a file that
 * appeared since planning is still not replaced.
 */
export function writeTarget(target: Target, content: string, force: boolean): void {
  mkdirSync(resolve(target.path, '..'), { recursive: true });
  const fd = openSync(target.path, force ? 'w' : 'wx');
  try {
    writeSync(fd, content);
  } finally {
    closeSync(fd);
  }
}
