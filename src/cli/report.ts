/**
 * `news-lens report`: the sources report over files and folders (every `.txt` under a
 * folder), as JSON, CSV or a self-contained HTML page. Files are analysed on the worker
 * pool; only their small summaries come back, so memory does not grow with the corpus.
 */
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ReportBuilder, type FileSummary } from '../core/sources/report';
import { reportCsv, reportHtml } from '../core/sources/render';
import { describeFsError } from './input';
import { createRunner, mapOrdered, TaskError } from './pool';
import { createProgress, type ProgressStream } from './progress';

export const REPORT_FORMATS = ['json', 'csv', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** What `report` needs from the world. */
export interface ReportIo {
  stdout: { write(s: string): unknown };
  stderr: ProgressStream;
}

export const REPORT_USAGE = `Usage: news-lens report <dir|file…> [--format json|csv|html] [--jobs N] [--out FILE] [--force]

Who is quoted, over every .txt article under the folders (and the files) given.

  --format json        (default) { version, files, articles, quotes: { total, named,
                       unnamed, unattributed }, sources: [{ name, type, gender, files,
                       articles, quotes, quotedWords }] }, sources by quotes, then name
  --format csv         one row per source
  --format html        one self-contained page: chart and tables, readable offline
  --jobs N, -j N       analyse on N worker threads (default: the number of cores);
                       the output is the same for every N
  --out FILE           write to FILE instead of standard output; an existing FILE is
                       never replaced...
  --force              ...unless --force is given.
`;

type ReportRequest =
  | { kind: 'report'; paths: string[]; format: ReportFormat; out: string | null; force: boolean }
  | { kind: 'usage-error'; message: string };

/** Parses the arguments after `report` (`--jobs` already taken out). */
export function parseReportArgs(argv: readonly string[]): ReportRequest {
  const paths: string[] = [];
  let format: ReportFormat = 'json';
  let out: string | null = null;
  let force = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      paths.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      paths.push(arg);
      continue;
    }
    const [name, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string | undefined => inline ?? argv[++i];
    if (name === '--format' || name === '-f') {
      const v = value();
      if (!v || !(REPORT_FORMATS as readonly string[]).includes(v)) return { kind: 'usage-error', message: `report --format is json, csv or html${v ? ` (got ${v})` : ''}` };
      format = v as ReportFormat;
    } else if (name === '--out' || name === '-o') {
      const v = value();
      if (!v) return { kind: 'usage-error', message: `${name} needs a file name` };
      out = v;
    } else if (name === '--force' && inline === undefined) {
      force = true;
    } else {
      return { kind: 'usage-error', message: `unknown option: ${name}` };
    }
  }
  if (paths.length === 0) return { kind: 'usage-error', message: 'report needs at least one folder or file' };
  if (paths.includes('-')) return { kind: 'usage-error', message: 'report reads files and folders, not standard input (use annotate --jsonl for streams)' };
  return { kind: 'report', paths, format, out, force };
}

/**
 * The articles to report on, in a stable order: each file as given, each folder's `.txt`
 * files (recursively, hidden folders skipped) sorted by path. Throws a one-line reason.
 */
export function collectFiles(paths: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else if (e.isFile() && e.name.toLowerCase().endsWith('.txt')) out.push(path);
    }
  };
  for (const path of paths) {
    let isDir: boolean;
    try {
      isDir = statSync(path).isDirectory();
    } catch (error) {
      throw new Error(`${path}: ${describeFsError(error)}`);
    }
    if (!isDir) out.push(path);
    else {
      try {
        walk(path);
      } catch (error) {
        throw new Error(`${path}: ${describeFsError(error)}`);
      }
    }
  }
  return out;
}

/** Runs `report`; resolves to the exit status. */
export async function runReport(argv: readonly string[], jobs: number, io: ReportIo): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout.write(REPORT_USAGE);
    return 0;
  }
  const request = parseReportArgs(argv);
  if (request.kind === 'usage-error') {
    io.stderr.write(`news-lens: ${request.message}\n\n${REPORT_USAGE}`);
    return 2;
  }
  let files: string[];
  try {
    files = collectFiles(request.paths);
  } catch (error) {
    io.stderr.write(`news-lens: ${(error as Error).message}\n`);
    return 1;
  }
  if (request.out !== null && !request.force && exists(request.out)) {
    io.stderr.write(`news-lens: ${request.out}: already exists; use --force to overwrite\n`);
    return 1;
  }

  const builder = new ReportBuilder();
  // Per-file rows only for the HTML page's file table (without quote ranges: small).
  const perFile: FileSummary[] | null = request.format === 'html' ? [] : null;
  const runner = createRunner(jobs, files.length);
  const progress = createProgress(io.stderr, files.length, 'Analysing');
  try {
    await mapOrdered(
      files,
      Math.max(2, jobs * 4),
      (file) =>
        runner.run({ kind: 'summary', path: file, source: relative('.', file) || file }).catch((error: Error) => {
          throw new Error(`${file}: ${error instanceof TaskError ? error.message : `analysis failed (${error.message})`}`);
        }),
      (summary) => {
        progress.tick();
        builder.add(summary);
        perFile?.push({ ...summary, sources: summary.sources.slice(0, 1).map((s) => ({ ...s, ranges: [] })), unnamed: [] });
      },
    );
  } catch (error) {
    progress.done();
    io.stderr.write(`news-lens: ${(error as Error).message}\n`);
    return 1;
  } finally {
    await runner.close();
  }
  progress.done();

  const report = builder.build();
  const output =
    request.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : request.format === 'csv' ? reportCsv(report) : reportHtml(report, perFile, 'Sources');
  if (request.out === null) {
    io.stdout.write(output);
    return 0;
  }
  try {
    writeFileSync(request.out, output, { flag: request.force ? 'w' : 'wx' });
  } catch (error) {
    io.stderr.write(`news-lens: ${request.out}: cannot write (${describeFsError(error)})\n`);
    return 1;
  }
  return 0;
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}
