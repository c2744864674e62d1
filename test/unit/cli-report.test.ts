// `news-lens report`, `--jobs` and `annotate --jsonl`, run as users run them: `node dist/cli.js ...`.
import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { ExportDocument } from '../../src/core/export';
import type { SourcesReport } from '../../src/core/sources/report';

const root = resolve(__dirname, '../../..');
const cli = join(root, 'dist/cli.js');
const folder = join(root, 'test/fixtures/sources');
const articles = [join(folder, 'east/market-hall.txt'), join(folder, 'ferry-fares.txt')];

function run(args: string[], input = '') {
  const r = spawnSync(process.execPath, [cli, ...args], { input, cwd: root, encoding: 'utf8', timeout: 60000, env: { ...process.env, NO_COLOR: '' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('news-lens report', () => {
  let dir = '';
  before(() => {
    assert.ok(existsSync(cli), 'build first: node scripts/build.mjs');
    dir = mkdtempSync(join(tmpdir(), 'news-lens-report-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('agrees with annotate: its totals are the sums over the files’ exports', () => {
    const report = JSON.parse(run(['report', folder, '--jobs', '1']).stdout) as SourcesReport;
    const exports = JSON.parse(run(['annotate', ...articles, '--jobs', '1']).stdout) as ExportDocument[];
    const spoken = exports.flatMap((d) => d.quotes.filter((q) => q.kind !== 'other'));
    assert.equal(report.files, exports.length);
    assert.equal(report.articles, exports.reduce((n, d) => n + d.articles.length, 0));
    assert.equal(report.quotes.total, spoken.length);
    assert.equal(report.quotes.named, spoken.filter((q) => q.speaker !== null).length);
    assert.equal(report.quotes.unnamed, spoken.filter((q) => q.speaker === null && q.attributedTo !== null).length);
    assert.equal(report.quotes.named + report.quotes.unnamed + report.quotes.unattributed, report.quotes.total);
    assert.equal(report.sources.reduce((n, s) => n + s.quotes, 0), report.quotes.named);
    // Each source's quotes are the quotes the exports give actors of that name.
    for (const s of report.sources) {
      const quoted = exports.flatMap((d) => {
        const ids = new Set(d.actors.filter((a) => a.name === s.name && a.type === s.type).map((a) => a.id));
        return d.quotes.filter((q) => q.kind !== 'other' && q.speaker !== null && ids.has(q.speaker));
      });
      assert.equal(s.quotes, quoted.length, s.name);
    }
  });

  it('writes exactly the documented JSON shape, sorted by quotes then name', () => {
    const report = JSON.parse(run(['report', folder]).stdout) as SourcesReport;
    assert.deepEqual(Object.keys(report), ['version', 'files', 'articles', 'quotes', 'sources']);
    assert.deepEqual(Object.keys(report.quotes), ['total', 'named', 'unnamed', 'unattributed']);
    for (const s of report.sources) assert.deepEqual(Object.keys(s), ['name', 'type', 'gender', 'files', 'articles', 'quotes', 'quotedWords']);
    const order = report.sources.map((s) => [s.quotes, s.name] as const);
    const sorted = [...order].sort((a, b) => b[0] - a[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
    assert.deepEqual(order, sorted);
    assert.equal(report.files, 2, 'only .txt files are read');
  });

  it('links an actor across files by name, keeping the gender one file states', () => {
    const report = JSON.parse(run(['report', folder]).stdout) as SourcesReport;
    const linked = report.sources.filter((s) => s.files > 1);
    assert.ok(linked.length > 0);
    const female = report.sources.find((s) => s.files > 1 && s.gender === 'female');
    assert.ok(female, 'a person called Ms in one file and nothing in the other is female');
  });

  it('gives byte-identical output for --jobs 1, 2 and 3, in every format', function () {
    // Eleven runs of the tool, each starting its workers: slow on a busy machine, not a speed check.
    this.timeout(120_000);
    for (const format of ['json', 'csv', 'html']) {
      const one = run(['report', folder, '--format', format, '--jobs', '1']);
      assert.equal(one.status, 0, one.stderr);
      for (const jobs of ['2', '3']) assert.equal(run(['report', folder, '--format', format, '-j', jobs]).stdout, one.stdout, `${format} --jobs ${jobs}`);
    }
    const annotate = run(['annotate', ...articles, '--jobs', '1']).stdout;
    assert.equal(run(['annotate', ...articles, '--jobs=2']).stdout, annotate);
  });

  it('renders every annotate format the same on workers as on one thread', function () {
    this.timeout(120_000);
    for (const options of [['--format', 'text', '--explain'], ['--explain']]) {
      const one = run(['annotate', ...articles, ...options, '--jobs', '1']);
      assert.equal(one.status, 0, one.stderr);
      assert.ok(one.stdout.length > 0);
      assert.equal(run(['annotate', ...articles, ...options, '--jobs', '2']).stdout, one.stdout, options.join(' '));
    }
  });

  it('writes CSV: a header and one row per source', () => {
    const report = JSON.parse(run(['report', folder]).stdout) as SourcesReport;
    const lines = run(['report', folder, '--format', 'csv']).stdout.split('\r\n').filter((l) => l !== '');
    assert.equal(lines[0], 'name,type,gender,files,articles,quotes,quotedWords');
    assert.equal(lines.length, report.sources.length + 1);
  });

  it('writes one self-contained HTML page: an SVG chart, tables, no scripts, no remote content', () => {
    const html = run(['report', folder, '--format', 'html']).stdout;
    assert.match(html, /^<!DOCTYPE html>/);
    assert.match(html, /<svg class="chart"/);
    assert.match(html, /<table class="sources">/);
    assert.match(html, /<table class="files">/);
    assert.doesNotMatch(html, /<script|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
  });

  it('escapes article text in the HTML page', () => {
    const hostile = join(dir, 'hostile');
    rmSync(hostile, { recursive: true, force: true });
    mkdirSync(hostile);
    writeFileSync(join(hostile, 'a.txt'), 'Board row\n\nLONDON: "<script>alert(1)</script> is fine," said Rhian <b>Tegid</b>.\n');
    const html = run(['report', hostile, '--format', 'html']).stdout;
    assert.doesNotMatch(html, /<script>|<b>/);
  });

  it('--out writes the file and never replaces one without --force', () => {
    const out = join(dir, 'report.json');
    assert.equal(run(['report', folder, '--out', out]).status, 0);
    const first = readFileSync(out, 'utf8');
    assert.equal(JSON.parse(first).files, 2);
    const again = run(['report', folder, '--out', out]);
    assert.equal(again.status, 1);
    assert.match(again.stderr, /already exists; use --force/);
    assert.equal(run(['report', folder, '--out', out, '--force', '--format', 'csv']).status, 0);
    assert.match(readFileSync(out, 'utf8'), /^name,type/);
  });

  const failures: Array<[behaviour: string, args: () => string[], status: number, stderr: RegExp]> = [
    ['a missing folder: exit 1, one line', () => ['report', join(dir, 'missing')], 1, /^news-lens: .*missing: no such file\n$/],
    ['a binary file: exit 1, one line', () => (writeFileSync(join(dir, 'bin.txt'), Uint8Array.from([0, 1, 2, 0])), ['report', join(dir, 'bin.txt')]), 1, /^news-lens: .*bin\.txt: binary file.*\n$/],
    ['no folder given: usage', () => ['report'], 2, /report needs at least one folder or file/],
    ['an unknown format: usage', () => ['report', folder, '--format', 'pdf'], 2, /json, csv or html/],
    ['a bad --jobs: usage', () => ['report', folder, '--jobs', '0'], 2, /--jobs needs a whole number/],
  ];
  for (const [behaviour, args, status, stderr] of failures) {
    it(`refuses ${behaviour}`, () => {
      const r = run(args());
      assert.equal(r.status, status);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, stderr);
    });
  }

  it('prints its own usage for report --help', () => {
    const r = run(['report', '--help']);
    assert.equal(r.status, 0);
    assert.match(r.stdout, /^Usage: news-lens report/);
  });
});

describe('news-lens annotate --jsonl', () => {
  const good = (id: string | number, headline: string) => JSON.stringify({ id, text: `${headline}\n\nKELBY: "We are ready," said Ana Rusk.\n` });

  it('writes one export per line with its id, in input order, and error objects for bad lines', () => {
    const input = [
      good('a', 'Ferry resumes'),
      '{not json',
      JSON.stringify({ text: 'No id here.' }),
      JSON.stringify({ id: 'empty', text: '   ' }),
      JSON.stringify({ id: 7, text: 7 }),
      '[1,2]',
      '',
      good(42, 'Market opens'),
    ].join('\n');
    for (const jobs of ['1', '2']) {
      const r = run(['annotate', '--jsonl', '--jobs', jobs], `${input}\n`);
      assert.equal(r.status, 0);
      const out = r.stdout.split('\n');
      assert.equal(out.pop(), '');
      const lines = out.map((l) => JSON.parse(l) as Record<string, unknown>);
      assert.deepEqual(lines.map((l) => l.id), ['a', null, null, 'empty', 7, null, null, 42]);
      assert.deepEqual(lines.map((l) => l.error ?? null), [null, 'not valid JSON', 'missing "id"', 'empty text', '"text" must be a string', 'not a JSON object', 'not valid JSON', null]);
      assert.deepEqual(lines.map((l) => l.line ?? null), [null, 2, 3, 4, 5, 6, 7, null]);
      assert.equal((lines[0] as unknown as ExportDocument).articles[0]!.headline, 'Ferry resumes');
      assert.equal((lines[7] as unknown as ExportDocument).articles[0]!.headline, 'Market opens');
      assert.match(r.stderr, /^news-lens: 6 of 8 lines could not be analysed/);
    }
  });

  it('gives each record the same export as annotate gives the text', () => {
    const text = readFileSync(articles[1]!, 'utf8');
    const line = JSON.parse(run(['annotate', '--jsonl'], `${JSON.stringify({ id: 'x', text })}\r\n`).stdout) as Record<string, unknown>;
    const single = JSON.parse(run(['annotate', '-'], text).stdout) as Record<string, unknown>;
    assert.deepEqual({ ...line, id: undefined }, { ...single, id: undefined });
  });

  it('streams: answers the first line before the input ends', async () => {
    const child = spawn(process.execPath, [cli, 'annotate', '--jsonl', '--jobs', '1'], { cwd: root });
    after(() => child.kill());
    child.stdin.write(`${good('first', 'Early bird')}\n`);
    const first = await new Promise<string>((resolve, reject) => {
      let buffer = '';
      child.stdout.on('data', (chunk: Buffer) => {
        buffer += chunk.toString('utf8');
        if (buffer.includes('\n')) resolve(buffer.slice(0, buffer.indexOf('\n')));
      });
      child.on('error', reject);
      child.on('exit', () => reject(new Error('exited before answering')));
    });
    assert.equal((JSON.parse(first) as { id: string }).id, 'first');
    child.stdin.end();
    await new Promise((resolve) => child.on('close', resolve));
  });

  it('refuses files or other options with --jsonl', () => {
    const r = run(['annotate', '--jsonl', articles[0]!]);
    assert.equal(r.status, 2);
    assert.equal(r.stdout, '');
  });
});
