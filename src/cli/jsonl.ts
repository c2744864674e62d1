/**
 * `news-lens annotate --jsonl`: JSON lines in (`{"id": …, "text": "…"}` per line), one
 * export per line out, with its `id`, in input order, streaming. The unit a distributed
 * engine runs as its map step (Hadoop Streaming, Spark's RDD.pipe, GNU parallel).
 *
 * A line that cannot be analysed (not JSON, not an object, no usable `id`, no `text`,
 * empty text, too long) gives `{"id": … or null, "line": N, "error": "…"}` on its output
 * line and the stream goes on; the exit status stays 0 so one bad record never fails a
 * whole map task. Memory holds at most a window of lines, whatever the input's length.
 */
import type { ExportOptions } from '../core/export';
import { createRunner, mapOrdered } from './pool';

/** Lines longer than this (in UTF-16 units) are refused rather than buffered. */
export const MAX_LINE = 16 * 1024 * 1024;

/** What `--jsonl` needs from the world. */
export interface JsonlIo {
  stdout: { write(s: string): boolean | unknown; once?(event: 'drain', listener: () => void): unknown };
  stderr: { write(s: string): unknown };
  stdin: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>;
}

/** One input line, parsed: a text to analyse, or the reason it cannot be. */
type Parsed = { ok: true; id: string | number; text: string } | { ok: false; id: string | number | null; error: string };

/** Reads one input line (null: a line too long to hold). */
export function parseLine(line: string | null): Parsed {
  if (line === null || line.length > MAX_LINE) return { ok: false, id: null, error: `line longer than ${MAX_LINE} characters` };
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { ok: false, id: null, error: 'not valid JSON' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, id: null, error: 'not a JSON object' };
  const { id, text } = value as { id?: unknown; text?: unknown };
  const goodId = typeof id === 'string' || (typeof id === 'number' && Number.isFinite(id));
  if (!goodId) return { ok: false, id: null, error: id === undefined ? 'missing "id"' : '"id" must be a string or a number' };
  if (typeof text !== 'string') return { ok: false, id, error: text === undefined ? 'missing "text"' : '"text" must be a string' };
  if (text.trim() === '') return { ok: false, id, error: 'empty text' };
  return { ok: true, id, text: text.replace(/^\uFEFF/, '') };
}

/**
 * The lines of a byte stream (UTF-8), without their `\n` / `\r\n`; a last line without a
 * newline counts; an over-long line is dropped and yielded as null, so it is refused, not buffered.
 */
export async function* readLines(input: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>): AsyncGenerator<string | null> {
  const decoder = new TextDecoder('utf-8');
  let partial = '';
  let overflow = false;
  const finish = (line: string): string | null => {
    const out = overflow ? null : line.endsWith('\r') ? line.slice(0, -1) : line;
    overflow = false;
    return out;
  };
  for await (const chunk of input) {
    const s = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    let from = 0;
    for (let nl = s.indexOf('\n'); nl >= 0; nl = s.indexOf('\n', from)) {
      const line = partial + s.slice(from, nl);
      partial = '';
      from = nl + 1;
      yield finish(line);
    }
    if (!overflow) partial += s.slice(from);
    if (partial.length > MAX_LINE) {
      overflow = true;
      partial = '';
    }
  }
  partial += decoder.decode();
  if (partial !== '' || overflow) yield finish(partial);
}

/** Runs the stream; resolves to the exit status (0, also when some lines were refused). */
export async function runJsonl(jobs: number, io: JsonlIo, options: ExportOptions = {}): Promise<number> {
  const runner = createRunner(jobs, Infinity);
  let errors = 0;
  let lines = 0;
  const write = async (s: string): Promise<void> => {
    if (io.stdout.write(s) === false && io.stdout.once) await new Promise<void>((resolve) => io.stdout.once!('drain', resolve));
  };
  try {
    await mapOrdered(
      readLines(io.stdin),
      Math.max(2, jobs * 4),
      async (line, index): Promise<{ json: string; failed: boolean }> => {
        const failure = (id: string | number | null, error: string) => ({ json: JSON.stringify({ id, line: index + 1, error }), failed: true });
        const parsed = parseLine(line);
        if (!parsed.ok) return failure(parsed.id, parsed.error);
        try {
          const { output } = await runner.run({
            kind: 'render',
            format: 'jsonl',
            text: parsed.text,
            id: parsed.id,
            source: null,
            label: null,
            explain: Boolean(options.explain),
            colour: false,
            corrections: [],
            names: {},
          });
          return { json: output, failed: false };
        } catch (error) {
          return failure(parsed.id, `analysis failed (${error instanceof Error ? error.message : String(error)})`);
        }
      },
      async (out) => {
        lines++;
        if (out.failed) errors++;
        await write(`${out.json}\n`);
      },
    );
  } finally {
    await runner.close();
  }
  if (errors > 0) io.stderr.write(`news-lens: ${errors} of ${lines} lines could not be analysed (error objects in the output)\n`);
  return 0;
}
