// `npm run audit`: runs the engine over unlabelled real news (default ../shared/unlabelled,
// every .txt file below it) and prints what to look at next: the most frequent one-word
// actors, actors that look like handles, links or credits, names typed differently across
// files, quotes without speakers, articles per file, furniture read as subheads, timing.
// A developer tool: it reads data outside the repository and is not part of `npm test`.
//   --dir DIR    directory to audit (searched recursively for .txt files)
//   --top N      entries per list (default 20)
//   --limit N    audit only the first N files (sorted by path)
//   --json       one JSON object instead of text
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { checkFlags, loadEvalLib, option, root } from './eval-bundle.mjs';

const usage = 'usage: node scripts/audit.mjs [--dir DIR] [--top N] [--limit N] [--json]\n';
const argv = process.argv.slice(2);
checkFlags(argv, ['--json'], ['--dir', '--top', '--limit'], usage);
const dir = resolve(root, option(argv, '--dir', '../shared/unlabelled'));
const top = Number(option(argv, '--top', '20'));
const limit = Number(option(argv, '--limit', 'Infinity'));
if (!Number.isFinite(top) || top < 1 || Number.isNaN(limit) || limit < 1) {
  process.stderr.write('audit: --top and --limit take a positive number\n');
  process.exit(2);
}
if (!existsSync(dir) || !statSync(dir).isDirectory()) {
  process.stderr.write(`audit: no directory at ${dir} (give one with --dir DIR)\n`);
  process.exit(1);
}

const files = readdirSync(dir, { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .slice(0, limit);
if (files.length === 0) {
  process.stderr.write(`audit: no .txt files under ${dir}\n`);
  process.exit(1);
}

const lib = await loadEvalLib();
const collector = new lib.AuditCollector();
for (const f of files) {
  const path = join(dir, f);
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  const t0 = performance.now();
  const analysis = lib.analyze(text);
  collector.add(relative(dir, path), text, analysis, performance.now() - t0);
}
const report = collector.report(top);
process.stdout.write(argv.includes('--json') ? JSON.stringify({ dir, ...report }, null, 2) + '\n' : lib.formatAudit(report, dir) + '\n');
