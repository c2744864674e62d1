import { deepStrictEqual, ok, strictEqual } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { analyze } from '../../../src/core/analyze';
import { analyzeInSlices, IncrementalAnalyzer } from '../../../src/core/incremental';
import { UnitPlanner } from '../../../src/core/incremental/units';
import { assertInvariants } from './invariants';

/**
 * The incremental analyser must be invisible: after any sequence of edits its result
 * deep-equals a fresh `analyze` of the new text. Fictional articles only (test/fixtures).
 */
const FIXTURES = join(__dirname, '../../../../test/fixtures');
const articles = [FIXTURES, join(FIXTURES, 'heldout'), join(FIXTURES, 'blind')].flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ name: f, text: readFileSync(join(dir, f), 'utf8') })),
);

/** Small edits a writer makes: a word typed, deleted or replaced; a line break; a quote mark; a paragraph moved. */
const EDITS: ((text: string, at: number) => string)[] = [
  (t, at) => t.slice(0, at) + 'Okonkwo ' + t.slice(at),
  (t, at) => t.slice(0, at) + 'said ' + t.slice(at),
  (t, at) => t.slice(0, at) + t.slice(Math.min(t.length, at + 7)),
  (t, at) => t.slice(0, at) + '\n\n' + t.slice(at),
  (t, at) => t.slice(0, at) + '“' + t.slice(at),
  (t, at) => t.slice(0, at) + 'the Harbour Board ' + t.slice(at),
  (t, at) => t.slice(0, at).toUpperCase() === t.slice(0, at) ? t : t.slice(0, at) + t.charAt(at).toUpperCase() + t.slice(at + 1),
  (t, at) => {
    const end = t.indexOf('\n\n', at);
    return end < 0 ? t : t.slice(end + 2) + '\n\n' + t.slice(0, end);
  },
];

describe('incremental analysis', () => {
  it('gives exactly the fresh analysis of every fixture article', () => {
    ok(articles.length >= 5, 'fixtures found');
    const analyzer = new IncrementalAnalyzer();
    for (const a of articles) deepStrictEqual(analyzer.analyze(a.text), analyze(a.text), a.name);
  });

  it('gives exactly the fresh analysis after random edits', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: articles.length - 1 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: EDITS.length - 1 }), fc.double({ min: 0, max: 1, noNaN: true })), { minLength: 1, maxLength: 6 }),
        (which, edits) => {
          const analyzer = new IncrementalAnalyzer();
          let text = articles[which]!.text;
          analyzer.analyze(text);
          for (const [kind, where] of edits) {
            text = EDITS[kind]!(text, Math.floor(where * text.length));
            deepStrictEqual(analyzer.analyze(text), analyze(text));
          }
        },
      ),
      { seed: 20261126, numRuns: 40 },
    );
  });

  it('re-uses unchanged paragraphs and forgets the ones that are gone', () => {
    const analyzer = new IncrementalAnalyzer();
    const text = articles.reduce((a, b) => (b.text.length > a.text.length ? b : a)).text;
    analyzer.analyze(text);
    const held = analyzer.size;
    ok(held > 3);
    analyzer.analyze(text.replace(/\bthe\b/, 'a'));
    strictEqual(analyzer.size, held, 'one paragraph replaced by its edited form');
    analyzer.analyze('Short note\n\nNothing else.');
    ok(analyzer.size <= 2);
  });

  it('does not let one analysis change another (results are fresh objects)', () => {
    const analyzer = new IncrementalAnalyzer();
    const text = articles[0]!.text;
    const first = analyzer.analyze(text);
    const snapshot = JSON.stringify(first);
    analyzer.analyze(text + '\n\n“We will not stop,” said Mara Lind.');
    strictEqual(JSON.stringify(first), snapshot);
  });
});

describe('units of a long file', () => {
  const many = articles.map((a) => a.text.trim()).join('\n\n\n') + '\n';

  it('partition the text, cutting only at line starts', () => {
    const planner = new UnitPlanner(many, 4096, 16384);
    while (planner.next());
    const units = planner.units;
    ok(units.length > 3, `${units.length} units`);
    strictEqual(units[0]![0], 0);
    strictEqual(units[units.length - 1]![1], many.length);
    for (let i = 1; i < units.length; i++) {
      strictEqual(units[i]![0], units[i - 1]![1], 'contiguous');
      ok(many[units[i]![0] - 1] === '\n', 'cut at a line start');
    }
  });

  it('give an analysis of exactly the text when joined, whatever the unit size', async () => {
    for (const unitSize of [1024, 4096, 8192]) {
      const analysis = await analyzeInSlices(new IncrementalAnalyzer(), many, { unitSize });
      ok(analysis);
      assertInvariants(many, analysis);
    }
  });

  it('stop between slices when cancelled', async () => {
    let slices = 0;
    const analysis = await analyzeInSlices(new IncrementalAnalyzer(), many, { isCancelled: () => ++slices > 3 });
    strictEqual(analysis, undefined);
    strictEqual(slices, 4);
  });
});
