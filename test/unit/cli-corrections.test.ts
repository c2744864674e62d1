// Corrections on the command line, through the shipped tool (`node dist/cli.js`).
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { addCorrection, emptyFile, serializeSidecar } from '../../src/core/corrections';
import type { ExportDocument } from '../../src/core/export';

const root = resolve(__dirname, '../../..');
const cli = join(root, 'dist/cli.js');
const fixture = join(root, 'test/fixtures/corrections/stadium-vote.article.txt');
const TEXT = readFileSync(fixture, 'utf8');

function run(args: string[]) {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: 30000, env: { ...process.env, NO_COLOR: '1' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('news-lens annotate with corrections', () => {
  let dir: string;
  let article: string;
  let sidecar: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'nl-corr-'));
    article = join(dir, 'stadium.txt');
    sidecar = join(dir, 'stadium.newslens.json');
    copyFileSync(fixture, article);
    const at = TEXT.indexOf('Brackenfield Park');
    writeFileSync(sidecar, serializeSidecar(addCorrection(emptyFile(), TEXT, [at, at + 'Brackenfield Park'.length], { action: 'type', type: 'place' })));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const exported = (stdout: string) => JSON.parse(stdout) as ExportDocument;

  it('applies the sidecar beside the file by default, marking what a person decided', () => {
    const r = run(['annotate', article]);
    assert.equal(r.status, 0, r.stderr);
    const doc = exported(r.stdout);
    assert.equal(doc.places.find((p) => p.name === 'Brackenfield Park')?.origin, 'user');
    assert.ok(!doc.actors.some((a) => a.name === 'Brackenfield Park'));
  });

  it('ignores it with --no-corrections', () => {
    const r = run(['annotate', article, '--no-corrections']);
    assert.equal(r.status, 0, r.stderr);
    assert.ok(exported(r.stdout).actors.some((a) => a.name === 'Brackenfield Park'));
  });

  it('applies a --names list to every file', () => {
    const names = join(dir, 'names.json');
    writeFileSync(names, JSON.stringify({ 'Harbour Gazette': 'ignore', 'Tomas Greve': 'organization' }));
    const r = run(['annotate', article, '--names', names]);
    assert.equal(r.status, 0, r.stderr);
    const doc = exported(r.stdout);
    assert.ok(!doc.actors.some((a) => a.name === 'The Harbour Gazette' || a.aliases.includes('Harbour Gazette')));
    assert.equal(doc.actors.find((a) => a.name === 'Tomas Greve')?.type, 'organization');
  });

  it('includes corrected items in brat output', () => {
    const r = run(['annotate', article, '--format', 'brat']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /\tPlace \d+ \d+\tBrackenfield Park/);
  });

  const broken: Array<[string, string, RegExp]> = [
    ['invalid JSON', '{"version": 1, "corrections": [', /not valid JSON/],
    ['an unknown version', '{"version": 7, "corrections": []}', /unknown corrections format version 7/],
  ];
  for (const [what, content, message] of broken) {
    it(`a sidecar with ${what} is one error line naming it, exit 1, and it is left as it was`, () => {
      writeFileSync(sidecar, content);
      const r = run(['annotate', article]);
      assert.equal(r.status, 1);
      assert.equal(r.stdout, '');
      const lines = r.stderr.split('\n').filter(Boolean);
      assert.equal(lines.length, 1, r.stderr);
      assert.ok(lines[0]!.includes(sidecar), lines[0]);
      assert.match(lines[0]!, message);
      assert.equal(readFileSync(sidecar, 'utf8'), content);
      assert.equal(run(['annotate', article, '--no-corrections']).status, 0);
    });
  }

  it('a names list that is not one is an error naming the file', () => {
    const names = join(dir, 'names.json');
    writeFileSync(names, '{"X": "city"}');
    const r = run(['annotate', article, '--names', names]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /names\.json: not a names list: "X": "city"/);
  });

  it('warns about corrections whose text is gone, and still exits 0', () => {
    writeFileSync(article, TEXT.replaceAll('Brackenfield Park', 'the ground'));
    const r = run(['annotate', article]);
    assert.equal(r.status, 0);
    assert.match(r.stderr, /1 correction no longer found/);
  });
});
