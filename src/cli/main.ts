/**
 * `news-lens`: the analysis engine on the command line. `run` takes its I/O as an
 * argument, so the whole tool is one function from arguments and inputs to an exit code;
 * the bottom of this file wires it to the real process.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Correction, NamesList } from '../core/corrections';
import { USAGE, parseArgs, type Request } from './args';
import { readNames, readSidecarOf } from './corrections';
import { decodeArticle, describeFsError, readArticle } from './input';
import { runJsonl } from './jsonl';
import { planTargets, writeTarget } from './output';
import { createRunner, defaultJobs, isPoolWorker, mapOrdered, startPoolWorker, takeJobs, type Runner } from './pool';
import { createProgress } from './progress';
import { jsonArray } from './render';
import { runReport } from './report';
import { wantsColour } from './summary';

/** The world the tool talks to. */
export interface Io {
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown; isTTY?: boolean; columns?: number };
  env: NodeJS.ProcessEnv;
  readStdin(): Promise<Uint8Array>;
  /** Standard input as a stream, for `annotate --jsonl` (which must not read it all first). */
  stdin?: AsyncIterable<Uint8Array | string>;
  version: string;
}

interface Input {
  file: string;
  /** File name for the export's `source`; null for stdin. */
  source: string | null;
  text: string;
  /** The corrections saved beside the file (none for stdin or with --no-corrections). */
  corrections: readonly Correction[];
}

/** Runs the tool; resolves to the exit status (0 done, 1 an input/output failure, 2 bad usage). */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const taken = takeJobs(argv);
  if (!taken.ok) {
    io.stderr.write(`news-lens: ${taken.message}\n\n${USAGE}`);
    return 2;
  }
  const jobs = taken.jobs ?? defaultJobs();
  if (taken.rest[0] === 'report') return runReport(taken.rest.slice(1), jobs, io);
  if (taken.rest[0] === 'annotate' && taken.rest.includes('--jsonl')) {
    const explain = taken.rest.includes('--explain');
    if (taken.rest.length > (explain ? 3 : 2)) {
      io.stderr.write(`news-lens: annotate --jsonl reads standard input only and takes no files or other options (but --explain)\n\n${USAGE}`);
      return 2;
    }
    return runJsonl(jobs, { stdout: io.stdout, stderr: io.stderr, stdin: io.stdin ?? [await io.readStdin()] }, { explain });
  }
  const request = parseArgs(taken.rest);
  switch (request.kind) {
    case 'help':
      io.stdout.write(USAGE);
      return 0;
    case 'version':
      io.stdout.write(`news-lens ${io.version}\n`);
      return 0;
    case 'usage-error':
      io.stderr.write(`news-lens: ${request.message}\n\n${USAGE}`);
      return 2;
  }

  // The workers load the engine (a fifth of a second each) while this thread reads the files.
  const runner = createRunner(jobs, request.files.length);
  try {
    return await annotate(request, io, runner, jobs);
  } finally {
    await runner.close();
  }
}

/** `annotate` over files already checked by the parser, on `runner`. */
async function annotate(request: Extract<Request, { kind: 'annotate' }>, io: Io, runner: Runner, jobs: number): Promise<number> {
  // Read everything before writing anything: a failure leaves stdout and DIR untouched.
  const inputs: Input[] = [];
  const failures: string[] = [];
  let names: NamesList = {};
  if (request.names !== null) {
    const loaded = readNames(request.names);
    if (!loaded.ok) failures.push(`news-lens: ${loaded.message}\n`);
    else names = loaded.value;
  }
  for (const file of request.files) {
    let decoded;
    if (file === '-') {
      try {
        decoded = decodeArticle(await io.readStdin());
      } catch (error) {
        decoded = { ok: false as const, reason: describeFsError(error) };
      }
    } else {
      decoded = readArticle(file);
    }
    const sidecar = decoded.ok && request.corrections && file !== '-' ? readSidecarOf(file) : null;
    if (sidecar && !sidecar.ok) failures.push(`news-lens: ${sidecar.message}\n`);
    else if (decoded.ok) inputs.push({ file, source: file === '-' ? null : basename(file), text: decoded.text, corrections: sidecar?.value.corrections ?? [] });
    else failures.push(`news-lens: ${file === '-' ? '(stdin)' : file}: ${decoded.reason}\n`);
  }
  if (failures.length) {
    io.stderr.write(failures.join(''));
    return 1;
  }

  const plan = request.out === null ? null : planTargets(request.out, request.files, request.format, request.force);
  if (plan && !plan.ok) {
    io.stderr.write(`news-lens: ${plan.reason}\n`);
    return 1;
  }

  // Colour only for a terminal, and never in files written with --out.
  const colour = plan === null && wantsColour(io.stdout, io.env);
  const outputs: string[] = [];
  const progress = createProgress(io.stderr, inputs.length, 'Analysing');
  try {
    await mapOrdered(
      inputs,
      Math.max(2, jobs * 4),
      (input) =>
        runner
          .run({
            kind: 'render',
            text: input.text,
            format: request.format,
            source: input.source,
            label: input.file === '-' ? null : input.file,
            explain: request.explain,
            colour,
            corrections: input.corrections,
            names,
          })
          .catch((error: unknown) => {
            throw new Error(`${input.file}: analysis failed (${error instanceof Error ? error.message : String(error)})`);
          }),
      ({ output, stale }, i) => {
        progress.tick();
        if (stale) io.stderr.write(`news-lens: ${inputs[i]!.file}: warning: ${stale} correction${stale === 1 ? '' : 's'} no longer found in the text (kept in the corrections file)\n`);
        outputs.push(output);
      },
    );
  } catch (error) {
    io.stderr.write(`news-lens: ${(error as Error).message}\n`);
    return 1;
  } finally {
    progress.done();
  }

  if (plan) {
    for (const [i, target] of plan.targets.entries()) {
      try {
        writeTarget(target, outputs[i]!, request.force);
      } catch (error) {
        io.stderr.write(`news-lens: ${target.path}: cannot write (${describeWriteError(error)})\n`);
        return 1;
      }
    }
    return 0;
  }

  io.stdout.write(request.format === 'json' && outputs.length > 1 ? jsonArray(outputs) : outputs.join('\n'));
  return 0;
}

function describeWriteError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'EEXIST') return 'it appeared meanwhile; use --force to overwrite';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return code ?? (error instanceof Error ? error.message : String(error));
}

/** The installed version, from the package.json shipped beside `dist/`. */
function packageVersion(): string {
  try {
    return (JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as { version?: string }).version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

if (isPoolWorker()) {
  startPoolWorker();
} else if (require.main === module) {
  // A closed pipe (`news-lens annotate x | head`) is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  run(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    readStdin: () => readAll(process.stdin),
    stdin: process.stdin,
    version: packageVersion(),
  }).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      process.stderr.write(`news-lens: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
