/** Command-line parsing for `news-lens`: plain data in, a typed request or a usage error out. */

export const FORMATS = ['json', 'brat', 'text'] as const;
export type Format = (typeof FORMATS)[number];

/** What the user asked for. */
export type Request =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'annotate'; files: string[]; format: Format; out: string | null; force: boolean; corrections: boolean; names: string | null; explain: boolean }
  | { kind: 'usage-error'; message: string };

/** The `--help` text (also printed, on stderr, after a usage error). */
export const USAGE = `Usage: news-lens annotate <file…|-> [--format json|brat|text] [--out DIR] [--force] [--explain] [--jobs N]
       news-lens annotate --jsonl [--explain] [--jobs N] < records.jsonl
       news-lens report <dir|file…> [--format json|csv|html] [--jobs N] [--out FILE]
       news-lens --help | --version

Analyses plain-text news articles: outline, people, organizations, places, dates,
quotes and who said them.

  annotate <file…|->   articles to analyse; "-" reads one from standard input
  --format json        the annotation export, version 1 (default). One file: one
                       pretty-printed JSON object; several files: a JSON array of
                       them, in argument order.
  --format brat        brat standoff (.ann); offsets count code points of the text
                       with any UTF-8 BOM removed. Several files need --out.
  --format text        a readable summary (coloured on a terminal; NO_COLOR=1 turns
                       colour off).
  --out DIR            write NAME.json / NAME.ann / NAME.txt into DIR (created if
                       missing), NAME being the file name without its last extension
                       ("stdin" for -). Existing files are never overwritten...
  --force              ...unless --force is given.
  --explain            add "why" to every actor and every quote with a speaker: the
                       rule ids and strongest learned features behind the decision
                       (json, --jsonl and text; "confidence" is always there)
  --no-corrections     ignore NAME.newslens.json beside each file (the corrections
                       News Lens saves; read by default, never written)
  --names FILE         a names list, { "X": "person" | "organization" | "place" |
                       "ignore" }, applied to every file (as the newsLens.names setting)
  --jobs N, -j N       analyse on N worker threads (default: the number of cores);
                       the output is the same for every N.
  --jsonl              read JSON lines {"id", "text"} from standard input, write one
                       export per line with its "id", in order; a bad line gives
                       {"id", "line", "error"} on its output line (exit status 0).
  report               who is quoted over folders of articles: news-lens report --help
  -h, --help           this help
  -v, --version        the version

Offsets are UTF-16 positions in the text as VS Code shows it (BOM removed, line
endings kept). Exit status: 0 done, 1 a file could not be read or written, 2 bad usage.
`;

/** Parses `argv` (without `node` and the script). */
export function parseArgs(argv: readonly string[]): Request {
  if (argv.length === 0) return { kind: 'usage-error', message: 'no command given' };
  if (argv.includes('--help') || argv.includes('-h')) return { kind: 'help' };
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) return { kind: 'version' };
  const [command, ...rest] = argv;
  if (command !== 'annotate') {
    return { kind: 'usage-error', message: command!.startsWith('-') ? `unknown option: ${command}` : `unknown command: ${command}` };
  }
  const files: string[] = [];
  let format: Format = 'json';
  let out: string | null = null;
  let force = false;
  let corrections = true;
  let names: string | null = null;
  let explain = false;
  let onlyFiles = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (onlyFiles || arg === '-' || !arg.startsWith('-')) {
      files.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyFiles = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq >= 0 ? arg.slice(0, eq) : arg;
    const inline = eq >= 0 ? arg.slice(eq + 1) : undefined;
    const value = (): string | null => {
      if (inline !== undefined) return inline;
      const next = rest[i + 1];
      if (next === undefined) return null;
      i++;
      return next;
    };
    switch (name) {
      case '--format':
      case '-f': {
        const v = value();
        if (v === null) return { kind: 'usage-error', message: `${name} needs a value (json, brat or text)` };
        if (!(FORMATS as readonly string[]).includes(v)) return { kind: 'usage-error', message: `unknown format: ${v} (use json, brat or text)` };
        format = v as Format;
        break;
      }
      case '--out':
      case '-o': {
        const v = value();
        if (v === null || v === '') return { kind: 'usage-error', message: `${name} needs a directory` };
        out = v;
        break;
      }
      case '--force':
        if (inline !== undefined) return { kind: 'usage-error', message: '--force takes no value' };
        force = true;
        break;
      case '--explain':
        if (inline !== undefined) return { kind: 'usage-error', message: '--explain takes no value' };
        explain = true;
        break;
      case '--no-corrections':
        if (inline !== undefined) return { kind: 'usage-error', message: '--no-corrections takes no value' };
        corrections = false;
        break;
      case '--names': {
        const v = value();
        if (v === null || v === '') return { kind: 'usage-error', message: '--names needs a file' };
        names = v;
        break;
      }
      default:
        return { kind: 'usage-error', message: `unknown option: ${name}` };
    }
  }
  if (files.length === 0) return { kind: 'usage-error', message: 'annotate needs at least one file (or - for standard input)' };
  if (files.filter((f) => f === '-').length > 1) return { kind: 'usage-error', message: 'standard input (-) can be read only once' };
  if (format === 'brat' && files.length > 1 && out === null) {
    return { kind: 'usage-error', message: '--format brat with several files needs --out DIR (one .ann per file)' };
  }
  return { kind: 'annotate', files, format, out, force, corrections, names, explain };
}
