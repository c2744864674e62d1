import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs, type Request } from '../../src/cli/args';
import { binaryReason, decodeArticle, describeFsError, firstInvalidUtf8, readArticle } from '../../src/cli/input';
import { outputName, planTargets } from '../../src/cli/output';
import { byProminence, clip, renderSummary, wantsColour } from '../../src/cli/summary';
import type { Actor, Analysis } from '../../src/core/types';

const bytes = (...b: number[]) => Uint8Array.from(b);
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('cli input: decoding an article', () => {
  const ok: Array<[behaviour: string, input: Uint8Array, text: string]> = [
    ['decodes plain UTF-8', utf8('Héllo “world”'), 'Héllo “world”'],
    ['removes a UTF-8 byte-order mark', bytes(0xef, 0xbb, 0xbf, 0x41, 0x0a), 'A\n'],
    ['removes only the first byte-order mark', bytes(0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0x41), '\uFEFFA'],
    ['keeps CRLF line endings', utf8('One\r\n\r\nTwo\r\n'), 'One\r\n\r\nTwo\r\n'],
    ['keeps lone CR line endings', utf8('One\rTwo'), 'One\rTwo'],
    ['keeps tabs and form feeds as text', utf8('a\tb\fc'), 'a\tb\fc'],
    ['decodes astral characters', utf8('😀 ok'), '😀 ok'],
    ['accepts an empty file', bytes(), ''],
  ];
  for (const [behaviour, input, text] of ok) it(behaviour, () => assert.deepEqual(decodeArticle(input), { ok: true, text }));

  const refused: Array<[behaviour: string, input: Uint8Array, reason: RegExp]> = [
    ['refuses a NUL byte as binary', bytes(0x41, 0x00, 0x42), /^binary file \(contains NUL bytes\)$/],
    ['refuses mostly control bytes as binary', bytes(...Array.from({ length: 50 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41))), /^binary file \(mostly non-text/],
    ['refuses a stray continuation byte with its offset', bytes(0x41, 0x42, 0x80), /^not valid UTF-8 text \(first bad byte at offset 2\)$/],
    ['refuses Latin-1 text', bytes(0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b), /offset 3/],
    ['refuses an overlong encoding', bytes(0xc0, 0xaf), /offset 0/],
    ['refuses an encoded surrogate', bytes(0x41, 0xed, 0xa0, 0x80), /offset 1/],
    ['refuses a truncated sequence at the end', bytes(0x41, 0xe2, 0x80), /offset 1/],
    ['names UTF-16 (little-endian) instead of calling it binary', bytes(0xff, 0xfe, 0x41, 0x00), /UTF-16/],
    ['names UTF-16 (big-endian)', bytes(0xfe, 0xff, 0x00, 0x41), /UTF-16/],
  ];
  for (const [behaviour, input, reason] of refused) {
    it(behaviour, () => {
      const d = decodeArticle(input);
      assert.equal(d.ok, false);
      if (!d.ok) assert.match(d.reason, reason);
    });
  }

  it('sniffs only the first 8 KB for control bytes', () => {
    const big = new Uint8Array(20000).fill(0x41);
    big.fill(0x01, 10000);
    assert.equal(binaryReason(big), null);
  });

  it('finds no invalid byte in valid UTF-8', () => assert.equal(firstInvalidUtf8(utf8('ok “fine” 😀')), utf8('ok “fine” 😀').length));

  describe('reading files', () => {
    let dir = '';
    before(() => {
      dir = mkdtempSync(join(tmpdir(), 'news-lens-input-'));
      mkdirSync(join(dir, 'folder'));
      writeFileSync(join(dir, 'bom.txt'), Uint8Array.from([0xef, 0xbb, 0xbf, 0x48, 0x69]));
    });
    after(() => rmSync(dir, { recursive: true, force: true }));

    const cases: Array<[behaviour: string, name: string, expected: object]> = [
      ['reads and decodes a file', 'bom.txt', { ok: true, text: 'Hi' }],
      ['says a missing file is missing', 'nope.txt', { ok: false, reason: 'no such file' }],
      ['says a directory is a directory', 'folder', { ok: false, reason: 'is a directory' }],
    ];
    for (const [behaviour, name, expected] of cases) it(behaviour, () => assert.deepEqual(readArticle(join(dir, name)), expected));
  });

  const fsErrors: Array<[code: string, phrase: string]> = [
    ['ENOENT', 'no such file'],
    ['EACCES', 'cannot read (permission denied)'],
    ['EISDIR', 'is a directory'],
    ['EIO', 'cannot read (EIO)'],
  ];
  for (const [code, phrase] of fsErrors) {
    it(`describes ${code} as "${phrase}"`, () => assert.equal(describeFsError(Object.assign(new Error('x'), { code })), phrase));
  }
});

describe('cli arguments', () => {
  const cases: Array<[behaviour: string, argv: string[], expected: Partial<Request> & { kind: Request['kind'] }]> = [
    ['defaults to json, no --out, no --force', ['annotate', 'a.txt'], { kind: 'annotate', files: ['a.txt'], format: 'json', out: null, force: false, corrections: true, names: null, explain: false }],
    ['reads --format, --out and --force in any order', ['annotate', '--out', 'o', 'a.txt', '--force', '--format', 'text'], { kind: 'annotate', files: ['a.txt'], format: 'text', out: 'o', force: true, corrections: true, names: null, explain: false }],
    ['accepts --format=brat and -o', ['annotate', '--format=brat', '-o', 'o', 'a', 'b'], { kind: 'annotate', files: ['a', 'b'], format: 'brat', out: 'o', force: false, corrections: true, names: null, explain: false }],
    ['takes - as standard input', ['annotate', '-'], { kind: 'annotate', files: ['-'], format: 'json', out: null, force: false, corrections: true, names: null, explain: false }],
    ['takes files after -- literally', ['annotate', '--', '--odd.txt'], { kind: 'annotate', files: ['--odd.txt'], format: 'json', out: null, force: false, corrections: true, names: null, explain: false }],
    ['reads --no-corrections and --names FILE', ['annotate', 'a.txt', '--no-corrections', '--names', 'n.json'], { kind: 'annotate', files: ['a.txt'], format: 'json', out: null, force: false, corrections: false, names: 'n.json', explain: false }],
    ['reads --explain', ['annotate', '--explain', 'a.txt'], { kind: 'annotate', files: ['a.txt'], format: 'json', out: null, force: false, corrections: true, names: null, explain: true }],
    ['rejects --explain with a value', ['annotate', '--explain=yes', 'a.txt'], { kind: 'usage-error' }],
    ['rejects --names without a file', ['annotate', 'a.txt', '--names'], { kind: 'usage-error' }],
    ['rejects a value for --no-corrections', ['annotate', 'a.txt', '--no-corrections=yes'], { kind: 'usage-error' }],
    ['answers --help anywhere', ['annotate', 'a', '--help'], { kind: 'help' }],
    ['answers --version', ['--version'], { kind: 'version' }],
    ['rejects an empty command line', [], { kind: 'usage-error' }],
    ['rejects an unknown command', ['summarise', 'a'], { kind: 'usage-error' }],
    ['rejects an unknown flag', ['annotate', 'a', '--colour'], { kind: 'usage-error' }],
    ['rejects an unknown format', ['annotate', 'a', '--format', 'xml'], { kind: 'usage-error' }],
    ['rejects --format without a value', ['annotate', 'a', '--format'], { kind: 'usage-error' }],
    ['rejects annotate without files', ['annotate', '--format', 'json'], { kind: 'usage-error' }],
    ['rejects reading stdin twice', ['annotate', '-', '-'], { kind: 'usage-error' }],
    ['rejects brat for several files without --out', ['annotate', 'a', 'b', '--format', 'brat'], { kind: 'usage-error' }],
  ];
  for (const [behaviour, argv, expected] of cases) {
    it(behaviour, () => {
      const r = parseArgs(argv);
      if (expected.kind === 'usage-error') assert.equal(r.kind, 'usage-error');
      else assert.deepEqual(r, expected);
    });
  }
});

describe('cli --out planning', () => {
  const names: Array<[file: string, name: string]> = [
    ['samples/harbour-dispute.article.txt', 'harbour-dispute.article'],
    ['notes', 'notes'],
    ['.hidden', '.hidden'],
    ['-', 'stdin'],
  ];
  for (const [file, name] of names) it(`names the output of ${file} "${name}"`, () => assert.equal(outputName(file), name));

  let dir = '';
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'news-lens-out-'));
    writeFileSync(join(dir, 'taken.json'), 'theirs');
    writeFileSync(join(dir, 'story.txt'), 'article');
    writeFileSync(join(dir, 'plain-file'), 'x');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const plans: Array<[behaviour: string, inputs: () => string[], format: 'json' | 'text', force: boolean, out: () => string, result: RegExp | string[]]> = [
    ['plans NAME.json per input', () => ['a/one.txt', 'b/two.txt'], 'json', false, () => join(dir, 'new'), ['one.json', 'two.json']],
    ['refuses to replace an existing file', () => ['x/taken.txt'], 'json', false, () => dir, /already exists \(use --force/],
    ['replaces an existing file with --force', () => ['x/taken.txt'], 'json', true, () => dir, ['taken.json']],
    ['refuses two inputs writing one file', () => ['a/same.txt', 'b/same.txt'], 'json', false, () => join(dir, 'new'), /both a\/same.txt and b\/same.txt/],
    ['never replaces an input, even with --force', () => [join(dir, 'story.txt')], 'text', true, () => dir, /is an input file/],
    ['refuses an --out that is a file', () => ['a.txt'], 'json', false, () => join(dir, 'plain-file'), /not a directory/],
  ];
  for (const [behaviour, inputs, format, force, out, result] of plans) {
    it(behaviour, () => {
      const plan = planTargets(out(), inputs(), format, force);
      if (Array.isArray(result)) {
        assert.ok(plan.ok, plan.ok ? '' : plan.reason);
        if (plan.ok) assert.deepEqual(plan.targets.map((t) => t.path.slice(out().length + 1)), result);
      } else {
        assert.equal(plan.ok, false);
        if (!plan.ok) assert.match(plan.reason, result);
      }
    });
  }
});

describe('cli text summary', () => {
  const actor = (id: string, type: Actor['type'], starts: number[], role: string | null = null): Actor => ({
    id, name: id, type, aliases: [id], role, affiliation: null, mentions: starts.map((s) => [s, s + 1]),
  });
  const analysis: Analysis = {
    length: 100,
    articles: [{ headline: 'Fares rise', headlineRange: [0, 10], range: [0, 100], dateline: 'KIRKWALL', datelineRange: [12, 20], published: '2026-02-03', sections: [{ kind: 'headline', title: 'Fares rise', range: [0, 10] }, { kind: 'body', title: 'KIRKWALL: ...', range: [12, 100] }] }],
    paragraphs: [],
    actors: [actor('Once', 'person', [5]), actor('Often', 'organization', [50, 60, 70], 'ferry operator'), actor('Early', 'person', [1, 2, 3], 'chief executive')],
    places: [{ name: 'Kirkwall', mentions: [[12, 20]] }],
    dates: [{ text: 'Tuesday', range: [30, 37], value: null }],
    quotes: [{ text: 'We held prices', range: [40, 54], outerRange: [39, 55], kind: 'direct', speaker: 'Early', cue: 'said', cueRange: [56, 60], article: 0 }],
    mentions: [],
  };

  it('ranks actors by mentions, then first appearance', () => assert.deepEqual(byProminence(analysis.actors).map((a) => a.name), ['Early', 'Often', 'Once']));

  const plain = renderSummary(analysis, 'ferry.txt');
  const shows: Array<[behaviour: string, pattern: RegExp]> = [
    ['names the file first', /^ferry\.txt\n/],
    ['shows the headline', /\nFares rise\n/],
    ['shows dateline and publication date', /dateline KIRKWALL · published 2026-02-03/],
    ['shows each quote with speaker and cue', /“We held prices” — Early — said/],
    ['shows type, mention count and role of an actor', /Early\s+person\s+3 mentions\s+1 quote\s+chief executive/],
    ['shows places and dates', /Places {2}Kirkwall \(1\)[\s\S]*Dates {2}Tuesday/],
  ];
  for (const [behaviour, pattern] of shows) it(behaviour, () => assert.match(plain, pattern));

  it('writes no escape codes without colour', () => assert.equal(plain.includes('\x1b'), false));

  const colour: Array<[behaviour: string, isTTY: boolean, env: NodeJS.ProcessEnv, expected: boolean]> = [
    ['colours a terminal', true, {}, true],
    ['does not colour a pipe or file', false, {}, false],
    ['respects NO_COLOR', true, { NO_COLOR: '1' }, false],
    ['ignores an empty NO_COLOR', true, { NO_COLOR: '' }, true],
  ];
  for (const [behaviour, isTTY, env, expected] of colour) it(behaviour, () => assert.equal(wantsColour({ isTTY }, env), expected));

  it('clips long text to one line with an ellipsis', () => assert.equal(clip('a  b\ncdefgh', 6), 'a b c…'));
});
