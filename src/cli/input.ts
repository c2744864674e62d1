/**
 * Reading an article for the command-line tool: bytes to the text VS Code would show
 * (UTF-8, BOM removed, line endings kept), refusing binary files and invalid UTF-8 with a
 * one-line reason instead of analysing garbage.
 */
import { readFileSync, statSync } from 'node:fs';

/** The decoded text, or why there is none (a phrase that completes "FILE: ..."). */
export type Decoded = { ok: true; text: string } | { ok: false; reason: string };

/** How many leading bytes the binary sniff looks at. */
const SNIFF_BYTES = 8192;

/**
 * Whether bytes look like a binary file rather than text: a NUL byte, or more than 10%
 * control characters other than tab, newline, carriage return and form feed in the first
 * 8 KB. Null when they look like text, else the reason.
 */
export function binaryReason(bytes: Uint8Array): string | null {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return 'binary file (contains NUL bytes)';
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) || b === 0x7f) control++;
  }
  return n > 0 && control / n > 0.1 ? 'binary file (mostly non-text bytes)' : null;
}

/**
 * Decodes article bytes: a UTF-16 byte-order mark is named (it is text, just not UTF-8),
 * then binary files and invalid UTF-8 are refused; a UTF-8 BOM is removed, nothing else
 * changes, so offsets match the editor's.
 */
export function decodeArticle(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return { ok: false, reason: 'UTF-16 text is not supported (save it as UTF-8)' };
  }
  const binary = binaryReason(bytes);
  if (binary) return { ok: false, reason: binary };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return { ok: false, reason: `not valid UTF-8 text (first bad byte at offset ${firstInvalidUtf8(bytes)})` };
  }
  return { ok: true, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}

/** Byte offset of the first invalid UTF-8 sequence (for the error message). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (len === 0 || i + len > bytes.length) return i;
    for (let k = 1; k < len; k++) {
      const c = bytes[i + k]!;
      let lo = 0x80;
      let hi = 0xbf;
      if (k === 1 && b === 0xe0) lo = 0xa0;
      if (k === 1 && b === 0xed) hi = 0x9f;
      if (k === 1 && b === 0xf0) lo = 0x90;
      if (k === 1 && b === 0xf4) hi = 0x8f;
      if (c < lo || c > hi) return i;
    }
    i += len;
  }
  return i;
}

/** Reads and decodes a file, turning every failure into a one-line reason. */
export function readArticle(path: string): Decoded {
  let bytes: Uint8Array;
  try {
    if (statSync(path).isDirectory()) return { ok: false, reason: 'is a directory' };
    bytes = readFileSync(path);
  } catch (error) {
    return { ok: false, reason: describeFsError(error) };
  }
  return decodeArticle(bytes);
}

/** A short phrase for a file-system error. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'cannot read (permission denied)';
    case 'EISDIR':
      return 'is a directory';
    default:
      return `cannot read (${code ?? (error instanceof Error ? error.message : String(error))})`;
  }
}
