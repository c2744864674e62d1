import * as assert from 'node:assert/strict';
import { MAX_LINE, readLines, parseLine } from '../../src/cli/jsonl';
import { mapOrdered, takeJobs } from '../../src/cli/pool';
import { jsonArray } from '../../src/cli/render';

describe('cli pool: ordered, bounded mapping', () => {
  it('emits in input order whatever order results finish in, and never holds more than the window', async () => {
    let inFlight = 0;
    let most = 0;
    const out: number[] = [];
    await mapOrdered(
      [5, 1, 4, 0, 3, 2, 6, 0],
      3,
      async (n) => {
        inFlight++;
        most = Math.max(most, inFlight);
        for (let i = 0; i < n; i++) await Promise.resolve();
        inFlight--;
        return n * 10;
      },
      (r) => void out.push(r),
    );
    assert.deepEqual(out, [50, 10, 40, 0, 30, 20, 60, 0]);
    assert.ok(most <= 3, `at most 3 in flight (saw ${most})`);
  });

  it('emits the first result before the input ends (streaming)', async () => {
    const emitted: string[] = [];
    async function* input() {
      yield 'a';
      // The consumer must have seen "a" before the producer is asked for more.
      await new Promise((resolve) => setTimeout(resolve, 0));
      assert.deepEqual(emitted, ['A']);
      yield 'b';
    }
    await mapOrdered(input(), 8, async (s) => s.toUpperCase(), (r) => void emitted.push(r));
    assert.deepEqual(emitted, ['A', 'B']);
  });

  it('stops at the first failure', async () => {
    const out: number[] = [];
    await assert.rejects(
      mapOrdered([1, 2, 3], 2, async (n) => (n === 2 ? Promise.reject(new Error('two')) : n), (r) => void out.push(r)),
      /two/,
    );
    assert.deepEqual(out, [1]);
  });
});

describe('cli --jobs', () => {
  const cases: Array<[argv: string[], expected: ReturnType<typeof takeJobs>]> = [
    [['report', 'dir', '--jobs', '3'], { ok: true, jobs: 3, rest: ['report', 'dir'] }],
    [['annotate', '-j', '2', 'a.txt'], { ok: true, jobs: 2, rest: ['annotate', 'a.txt'] }],
    [['annotate', '--jobs=4', 'a.txt'], { ok: true, jobs: 4, rest: ['annotate', 'a.txt'] }],
    [['annotate', 'a.txt'], { ok: true, jobs: null, rest: ['annotate', 'a.txt'] }],
    [['annotate', '--', '--jobs'], { ok: true, jobs: null, rest: ['annotate', '--', '--jobs'] }],
  ];
  for (const [argv, expected] of cases) it(`reads ${argv.join(' ')}`, () => assert.deepEqual(takeJobs(argv), expected));
  for (const bad of [['--jobs'], ['--jobs', '0'], ['--jobs', 'many'], ['-j', '-1']]) {
    it(`refuses ${bad.join(' ')}`, () => assert.equal(takeJobs(['report', 'x', ...bad]).ok, false));
  }
});

describe('cli --jsonl lines', () => {
  it('splits a byte stream into lines across chunk boundaries, CRLF and a last line without newline', async () => {
    const bytes = new TextEncoder().encode('{"a":1}\r\n{"b":"é"}\n\nlast');
    const chunks = [bytes.subarray(0, 3), bytes.subarray(3, 13), bytes.subarray(13, 14), bytes.subarray(14)];
    const lines: Array<string | null> = [];
    for await (const line of readLines(chunks)) lines.push(line);
    assert.deepEqual(lines, ['{"a":1}', '{"b":"é"}', '', 'last']);
  });

  it('refuses an over-long line without holding it, and reads on', async () => {
    const lines: Array<string | null> = [];
    for await (const line of readLines(['{"id":1,', 'x'.repeat(MAX_LINE), 'y\n{"id":2}\n'])) lines.push(line);
    assert.deepEqual(lines, [null, '{"id":2}']);
    assert.match(parseLine(null).ok ? '' : (parseLine(null) as { error: string }).error, /longer than/);
  });

  const parsed: Array<[line: string, expected: ReturnType<typeof parseLine>]> = [
    ['{"id":"x","text":"Some text."}', { ok: true, id: 'x', text: 'Some text.' }],
    ['{"id":3,"text":"\\uFEFFSome text."}', { ok: true, id: 3, text: 'Some text.' }],
    ['{"id":true,"text":"t"}', { ok: false, id: null, error: '"id" must be a string or a number' }],
    ['{"id":"x"}', { ok: false, id: 'x', error: 'missing "text"' }],
    ['null', { ok: false, id: null, error: 'not a JSON object' }],
  ];
  for (const [line, expected] of parsed) it(`parses ${line}`, () => assert.deepEqual(parseLine(line), expected));
});

describe('cli: several JSON exports as one array', () => {
  it('joins members rendered apart into exactly what JSON.stringify gives for the array', () => {
    const members = [
      { version: 1, text: 'line one\nline two', actors: [], quotes: [{ text: '"Yes," she said', speaker: null }], nested: { a: { b: [1, [2, {}]] } } },
      {},
      [],
      'plain',
    ];
    const rendered = members.map((m) => `${JSON.stringify(m, null, 2)}\n`);
    assert.equal(jsonArray(rendered), `${JSON.stringify(members, null, 2)}\n`);
    assert.equal(jsonArray([]), `${JSON.stringify([], null, 2)}\n`);
  });
});
