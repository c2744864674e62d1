// The shipped command-line tool, run as users run it: `node dist/cli.js ...`.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '../../..');
const cli = join(root, 'dist/cli.js');
const fixture = join(root, 'test/fixtures/cli/short.article.txt');

interface Result {
  status: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], options: { input?: string | Uint8Array; cwd?: string; env?: NodeJS.ProcessEnv } = {}): Result {
  const r = spawnSync(process.execPath, [cli, ...args], {
    input: options.input ?? '',
    cwd: options.cwd ?? root,
    env: { ...process.env, NO_COLOR: '', ...options.env },
    encoding: 'utf8',
    timeout: 30000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The non-empty lines of `s`. */
const lines = (s: string) => s.split('\n').filter((l) => l !== '');

describe('news-lens (dist/cli.js)', () => {
  let dir = '';
  before(() => {
    assert.ok(existsSync(cli), 'build first: node scripts/build.mjs');
    dir = mkdtempSync(join(tmpdir(), 'news-lens-cli-'));
    mkdirSync(join(dir, 'folder'));
    writeFileSync(join(dir, 'nul.txt'), Uint8Array.from([0x48, 0x00, 0x69]));
    writeFileSync(join(dir, 'controls.txt'), Uint8Array.from(Array.from({ length: 64 }, (_, i) => (i % 2 ? 0x02 : 0x41))));
    writeFileSync(join(dir, 'latin1.txt'), Uint8Array.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
    writeFileSync(join(dir, 'utf16.txt'), Uint8Array.from([0xff, 0xfe, 0x48, 0x00]));
    writeFileSync(join(dir, 'bom.article.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(fixture)]));
    copyFileSync(fixture, join(dir, 'plain.article.txt'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  describe('refuses inputs it cannot analyse: exit 1, one stderr line, empty stdout', () => {
    const cases: Array<[behaviour: string, file: () => string, message: RegExp]> = [
      ['a missing file', () => join(dir, 'missing.txt'), /: no such file$/],
      ['a directory', () => join(dir, 'folder'), /: is a directory$/],
      ['a binary file with NUL bytes', () => join(dir, 'nul.txt'), /: binary file \(contains NUL bytes\)$/],
      ['a file of mostly control bytes', () => join(dir, 'controls.txt'), /: binary file \(mostly non-text bytes\)$/],
      ['invalid UTF-8', () => join(dir, 'latin1.txt'), /: not valid UTF-8 text \(first bad byte at offset 3\)$/],
      ['UTF-16 text', () => join(dir, 'utf16.txt'), /: UTF-16 text is not supported/],
    ];
    for (const [behaviour, file, message] of cases) {
      it(behaviour, () => {
        const r = run(['annotate', file()]);
        assert.equal(r.status, 1);
        assert.equal(r.stdout, '');
        assert.equal(lines(r.stderr).length, 1, r.stderr);
        assert.match(r.stderr, /^news-lens: /);
        assert.match(lines(r.stderr)[0]!, message);
      });
    }

    it('an unreadable file', function () {
      if (process.getuid?.() === 0) this.skip(); // root reads anything
      const file = join(dir, 'locked.txt');
      writeFileSync(file, 'text', { mode: 0o000 });
      const r = run(['annotate', file]);
      assert.deepEqual([r.status, r.stdout, lines(r.stderr).length], [1, '', 1]);
      assert.match(r.stderr, /cannot read \(permission denied\)/);
    });

    it('any bad file among good ones, printing nothing', () => {
      const r = run(['annotate', fixture, join(dir, 'missing.txt')]);
      assert.deepEqual([r.status, r.stdout, lines(r.stderr).length], [1, '', 1]);
    });

    it('binary data on standard input', () => {
      const r = run(['annotate', '-'], { input: Uint8Array.from([0x00, 0x01]) });
      assert.deepEqual([r.status, r.stdout], [1, '']);
      assert.match(r.stderr, /^news-lens: \(stdin\): binary file/);
    });
  });

  describe('rejects bad usage: exit 2, usage on stderr, empty stdout', () => {
    const cases: Array<[behaviour: string, args: string[], message: RegExp]> = [
      ['no arguments', [], /no command given/],
      ['an unknown command', ['annotat', 'x'], /unknown command: annotat/],
      ['an unknown flag', ['annotate', 'x', '--fromat', 'json'], /unknown option: --fromat/],
      ['an unknown format', ['annotate', 'x', '--format', 'xml'], /unknown format: xml/],
      ['annotate with no files', ['annotate'], /at least one file/],
      ['brat for several files without --out', ['annotate', 'a', 'b', '--format', 'brat'], /needs --out/],
    ];
    for (const [behaviour, args, message] of cases) {
      it(behaviour, () => {
        const r = run(args);
        assert.equal(r.status, 2);
        assert.equal(r.stdout, '');
        assert.match(lines(r.stderr)[0]!, message);
        assert.match(r.stderr, /Usage: news-lens annotate/);
      });
    }
  });

  describe('answers', () => {
    it('--help on stdout, exit 0, documenting the several-files JSON shape', () => {
      const r = run(['--help']);
      assert.deepEqual([r.status, r.stderr], [0, '']);
      assert.match(r.stdout, /^Usage: news-lens annotate/);
      assert.match(r.stdout, /JSON array/);
    });

    it('--version with the package version', () => {
      const r = run(['--version']);
      const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
      assert.deepEqual([r.status, r.stdout, r.stderr], [0, `news-lens ${version}\n`, '']);
    });
  });

  describe('annotates', () => {
    it('one file as one pretty-printed export document', () => {
      const r = run(['annotate', fixture]);
      assert.deepEqual([r.status, r.stderr], [0, '']);
      const doc = JSON.parse(r.stdout) as { version: number; source: string; articles: unknown[] };
      assert.deepEqual([doc.version, doc.source], [1, 'short.article.txt']);
      assert.match(r.stdout, /^\{\n {2}"version": 1,/);
    });

    it('gives every actor and every attributed quote a confidence in [0, 1], and why only with --explain', () => {
      type Judged = { confidence?: number; why?: string[]; speaker?: string | null };
      const plain = JSON.parse(run(['annotate', fixture]).stdout) as { actors: Judged[]; quotes: Judged[] };
      const explained = JSON.parse(run(['annotate', '--explain', fixture]).stdout) as { actors: Judged[]; quotes: Judged[] };
      const attributed = (d: { quotes: Judged[] }) => d.quotes.filter((q) => q.speaker);
      assert.ok(plain.actors.length > 0 && attributed(plain).length > 0, 'the fixture has actors and attributed quotes');
      for (const item of [...plain.actors, ...attributed(plain)]) {
        assert.ok(typeof item.confidence === 'number' && item.confidence >= 0 && item.confidence <= 1, JSON.stringify(item));
        assert.equal(item.why, undefined);
      }
      for (const item of [...explained.actors, ...attributed(explained)]) {
        assert.ok(Array.isArray(item.why) && item.why.length > 0 && item.why.every((w) => typeof w === 'string' && w.length > 0), JSON.stringify(item));
      }
      for (const q of explained.quotes.filter((x) => !x.speaker)) assert.equal(q.why, undefined);
      assert.deepEqual(explained.actors.map((a) => a.confidence), plain.actors.map((a) => a.confidence));
    });

    it('explains each decision in the text summary with --explain', () => {
      const r = run(['annotate', '--explain', '--format', 'text', fixture]);
      assert.equal(r.status, 0);
      assert.match(r.stdout, /^ {6}\d\.\d\d · rule:/m, 'a quote line is followed by its confidence and sieve rule');
      assert.match(r.stdout, /^ {4}\d\.\d\d · type:/m, 'an actor line is followed by its confidence and type evidence');
    });

    it('several files as one JSON array, in argument order', () => {
      const r = run(['annotate', fixture, join(dir, 'plain.article.txt')]);
      assert.equal(r.status, 0);
      const docs = JSON.parse(r.stdout) as Array<{ source: string }>;
      assert.deepEqual(docs.map((d) => d.source), ['short.article.txt', 'plain.article.txt']);
    });

    it('standard input with a null source', () => {
      const r = run(['annotate', '-'], { input: readFileSync(fixture) });
      assert.equal(r.status, 0);
      assert.equal((JSON.parse(r.stdout) as { source: unknown }).source, null);
    });

    it('a file with a BOM at the same offsets as without it', () => {
      const strip = (s: string) => s.replace(/"source": "[^"]*"/, '');
      const withBom = run(['annotate', join(dir, 'bom.article.txt')]);
      const without = run(['annotate', join(dir, 'plain.article.txt')]);
      assert.equal(withBom.status, 0);
      assert.equal(strip(withBom.stdout), strip(without.stdout));
    });

    it('export ranges that slice the text the editor shows', () => {
      const text = readFileSync(fixture, 'utf8');
      const doc = JSON.parse(run(['annotate', fixture]).stdout) as { quotes: Array<{ text: string; range: [number, number] }>; articles: Array<{ headline: string; sections: Array<{ range: [number, number] }> }> };
      for (const q of doc.quotes) assert.equal(text.slice(q.range[0], q.range[1]), q.text);
      for (const a of doc.articles) for (const s of a.sections) assert.ok(s.range[0] >= 0 && s.range[1] <= text.length);
    });

    it('brat standoff whose every span keeps brat\'s text rule', () => {
      const text = readFileSync(fixture, 'utf8');
      const r = run(['annotate', fixture, '--format', 'brat']);
      assert.deepEqual([r.status, r.stderr], [0, '']);
      const cps = [...text];
      for (const line of lines(r.stdout).filter((l) => l.startsWith('T'))) {
        const [, spec, surface] = line.split('\t');
        const frags = spec!.split(' ').slice(1).join(' ').split(';').map((f) => f.split(' ').map(Number));
        assert.equal(frags.map(([s, e]) => cps.slice(s, e).join('')).join(' '), surface, line);
      }
      for (const line of lines(r.stdout)) assert.match(line, /^(T\d+\t\S+ \d+ \d+(;\d+ \d+)*\t.+|A\d+\tKind T\d+ (direct|partial|other)|R\d+\tSpeaker Arg1:T\d+ Arg2:T\d+)$/);
    });

    it('a text summary without colour codes when piped', () => {
      const r = run(['annotate', 'test/fixtures/cli/short.article.txt', '--format', 'text'], { env: { FORCE_COLOR: '1' } });
      assert.deepEqual([r.status, r.stderr], [0, '']);
      assert.match(r.stdout, /^test\/fixtures\/cli\/short\.article\.txt\n/);
      assert.equal(r.stdout.includes('\x1b'), false);
    });
  });

  describe('--out DIR', () => {
    it('writes NAME.json and refuses to overwrite it on a second run', () => {
      const out = join(dir, 'out-json');
      const first = run(['annotate', fixture, '--out', out]);
      assert.deepEqual([first.status, first.stdout, first.stderr], [0, '', '']);
      const written = readFileSync(join(out, 'short.article.json'), 'utf8');
      assert.equal((JSON.parse(written) as { version: number }).version, 1);

      writeFileSync(join(out, 'short.article.json'), 'mine');
      const second = run(['annotate', fixture, '--out', out]);
      assert.deepEqual([second.status, second.stdout, lines(second.stderr).length], [1, '', 1]);
      assert.match(second.stderr, /already exists \(use --force to overwrite\)/);
      assert.equal(readFileSync(join(out, 'short.article.json'), 'utf8'), 'mine');

      const forced = run(['annotate', fixture, '--out', out, '--force']);
      assert.equal(forced.status, 0);
      assert.equal(readFileSync(join(out, 'short.article.json'), 'utf8'), written);
    });

    const formats: Array<[format: string, file: string]> = [
      ['brat', 'short.article.ann'],
      ['text', 'short.article.txt'],
    ];
    for (const [format, file] of formats) {
      it(`writes ${file} for --format ${format}`, () => {
        const out = join(dir, `out-${format}`);
        const r = run(['annotate', fixture, '--format', format, '--out', out]);
        assert.deepEqual([r.status, r.stderr], [0, '']);
        assert.ok(existsSync(join(out, file)));
      });
    }

    it('writes nothing when one target exists', () => {
      const out = join(dir, 'out-partial');
      mkdirSync(out);
      writeFileSync(join(out, 'plain.article.json'), 'mine');
      const r = run(['annotate', fixture, join(dir, 'plain.article.txt'), '--out', out]);
      assert.equal(r.status, 1);
      assert.equal(existsSync(join(out, 'short.article.json')), false);
    });

    it('never replaces the article itself, even with --force', () => {
      const r = run(['annotate', join(dir, 'plain.article.txt'), '--format', 'text', '--out', dir, '--force']);
      // plain.article.txt → NAME "plain.article" → plain.article.txt: the input.
      assert.equal(r.status, 1);
      assert.match(r.stderr, /is an input file/);
      assert.equal(readFileSync(join(dir, 'plain.article.txt'), 'utf8'), readFileSync(fixture, 'utf8'));
    });
  });
});
