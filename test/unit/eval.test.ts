import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { ExportDocument } from '../../src/core/export';
import {
  aliasSet,
  emptyDetails,
  greedyPairs,
  jaccard,
  locateQuotes,
  matchQuotes,
  normalizeName,
  prf,
  roleCorrect,
  scoreDocument,
  type GoldDocument,
} from '../../scripts/eval-lib/score';
import { baselineExport, exportSpans } from '../../scripts/eval-lib/index';
import { detokenize, documentText, parseConll, scoreSpans, splitDocuments, type Span } from '../../scripts/eval-lib/conll';

describe('eval scorer: name normalisation', () => {
  const cases: Array<[behaviour: string, input: string, expected: string]> = [
    ['lower-cases and collapses spaces', '  Omar   BAIG ', 'omar baig'],
    ['turns curly apostrophes straight and drops a possessive', 'Pakistan’s', 'pakistan'],
    ['drops a plural possessive apostrophe', 'the Farmers’', 'the farmers'],
    ['trims quotation marks and bullets', '  • “NEW FACES”', 'new faces'],
    ['trims trailing punctuation', 'Harlow Securities.', 'harlow securities'],
    ['strips a leading title', 'Mr Marsh', 'marsh'],
    ['strips stacked abbreviated titles with periods', 'Lt. Gen. Tariq Naveed Aslam', 'tariq naveed aslam'],
    ['strips a multi-word title', 'Prime Minister Amina Rauf', 'amina rauf'],
    ['strips "Former" before another title', 'former Prime Minister Omar Baig', 'omar baig'],
    ['keeps a title that is the whole name', 'President', 'president'],
    ['applies NFKC (full-width letters, ligatures)', 'Ｅｕｒｏｐｅａｎ ﬁrms', 'european firms'],
    ['keeps inner hyphens and apostrophes', "Tehreek-e-Insaf O'Neil", "tehreek-e-insaf o'neil"],
  ];
  for (const [behaviour, input, expected] of cases) it(behaviour, () => assert.equal(normalizeName(input), expected));
});

describe('eval scorer: actor pairing', () => {
  it('builds the alias set from name plus aliases, normalised and de-duplicated', () => {
    assert.deepEqual([...aliasSet({ name: 'Alan Marsh', aliases: ['Mr Marsh', 'Marsh', 'Alan Marsh'] })].sort(), ['alan marsh', 'marsh']);
  });

  const jaccardCases: Array<[behaviour: string, a: string[], b: string[], expected: number]> = [
    ['is 1 for equal sets', ['a', 'b'], ['b', 'a'], 1],
    ['is shared over union', ['a', 'b', 'c'], ['c', 'd'], 1 / 4],
    ['is 0 with nothing shared', ['a'], ['b'], 0],
    ['is 0 for two empty sets', [], [], 0],
  ];
  for (const [behaviour, a, b, expected] of jaccardCases) {
    it(`jaccard ${behaviour}`, () => assert.equal(jaccard(new Set(a), new Set(b)), expected));
  }

  it('pairs greedily by best score, one-to-one, never on a zero score', () => {
    const scores = [
      [0.5, 0.9, 0],
      [0, 0.8, 0],
      [0, 0, 0],
    ];
    // gold 0 takes pred 1 (0.9); gold 1 wanted pred 1 too and is left unpaired; gold 2 has nothing.
    assert.deepEqual(greedyPairs(3, 3, (g, p) => scores[g]![p]!), [[0, 1]]);
  });

  it('breaks score ties by earlier gold, then earlier prediction', () => {
    assert.deepEqual(greedyPairs(2, 2, () => 0.5), [[0, 0], [1, 1]]);
  });
});

describe('eval scorer: role rule', () => {
  const cases: Array<[behaviour: string, gold: string, predicted: string | null, expected: boolean]> = [
    ['accepts an identical role', 'Prime Minister', 'prime minister', true],
    ['accepts half the gold words when the prediction is mostly gold words', 'Secretary Defense of Iraq', 'Iraq secretary', true],
    ['rejects fewer than half of the gold words', 'Chairman Joint Chiefs of Staff Committee', 'Chairman', false],
    ['rejects a prediction of which under 30% is gold words', 'militant group', 'a banned militant group based across the border in the tribal areas', false],
    ['rejects a missing prediction', 'spokesman', null, false],
    ['compares apostrophes in any form', "army's media wing", 'army’s media wing', true],
  ];
  for (const [behaviour, gold, predicted, expected] of cases) it(behaviour, () => assert.equal(roleCorrect(gold, predicted), expected));

  it('counts 3 of 10 predicted words as enough (30% inclusive)', () => {
    assert.equal(roleCorrect('alpha beta gamma', 'alpha beta gamma a b c d e f g'), true);
    assert.equal(roleCorrect('alpha beta gamma', 'alpha beta gamma a b c d e f g h'), false);
  });
});

describe('eval scorer: quotes', () => {
  it('locates quotes sequentially, preferring an occurrence right after a quotation mark', () => {
    const text = 'He said Yes, twice. “Yes,” she said. “No.” “Yes,” again.';
    assert.deepEqual(locateQuotes(text, [{ text: 'Yes,' }, { text: 'No.' }, { text: 'Yes,' }]), [
      [21, 25],
      [38, 41],
      [44, 48],
    ]);
  });

  it('finds a quote nested in the previous one', () => {
    const text = '“He told me ‘never’ twice,” she said.';
    assert.deepEqual(locateQuotes(text, [{ text: 'He told me ‘never’ twice,' }, { text: 'never' }]), [
      [1, 26],
      [13, 18],
    ]);
  });

  it('gives null for a quote whose text is not in the file', () => {
    assert.deepEqual(locateQuotes('abc', [{ text: 'zzz' }]), [null]);
  });

  const overlapCases: Array<[behaviour: string, gold: [number, number], pred: [number, number], matches: boolean]> = [
    ['matches an exact range', [10, 20], [10, 20], true],
    ['matches a prediction covering half the gold quote', [10, 20], [15, 40], true],
    ['rejects a prediction covering less than half', [10, 20], [16, 40], false],
    ['rejects ranges that only touch', [10, 20], [20, 30], false],
  ];
  for (const [behaviour, gold, pred, matches] of overlapCases) {
    it(behaviour, () => assert.equal(matchQuotes([gold], [pred]).size, matches ? 1 : 0));
  }

  it('matches one-to-one, largest overlap first', () => {
    // Gold 0 [0,10) overlaps pred 0 by 10 and pred 1 by 6; gold 1 [4,12) overlaps pred 1 by 8.
    const m = matchQuotes([[0, 10], [4, 12]], [[0, 10], [4, 12]]);
    assert.deepEqual([...m.entries()].sort(), [[0, 0], [1, 1]]);
  });
});

describe('eval scorer: a whole document', () => {
  const text = 'Harbour strike ends\n\nDOVER: “We are done,” said Ms Ann Lee of the Port Union. She said it was “over”. Lee called it “the Deal”.\n';
  const gold: GoldDocument = {
    articles: [{ headline: 'Harbour strike ends', subheads: [] }],
    actors: [
      { name: 'Ann Lee', type: 'person', aliases: ['Ms Ann Lee', 'Lee'], role: 'union leader' },
      { name: 'Port Union', type: 'organization', aliases: ['Port Union'], role: '' },
    ],
    places: ['Dover'],
    dates: [],
    quotes: [
      { text: 'We are done,', speaker: 'Ann Lee', kind: 'direct' },
      { text: 'over', speaker: 'Ann Lee', kind: 'partial' },
      { text: 'the Deal', speaker: null, kind: 'other' },
    ],
  };
  const range = (s: string): [number, number] => [text.indexOf(s), text.indexOf(s) + s.length];
  const pred: ExportDocument = {
    version: 1,
    source: null,
    articles: [{ headline: 'Harbour strike ends', range: [0, text.length], dateline: 'DOVER', published: null, sections: [] }],
    actors: [
      { id: 'ann-lee', name: 'Ann Lee', type: 'person', aliases: ['Lee'], role: 'leader of the union', affiliation: null, mentions: [] },
      { id: 'port-union', name: 'Port Union', type: 'person', aliases: [], role: null, affiliation: null, mentions: [] },
      { id: 'harbour', name: 'Harbour', type: 'organization', aliases: [], role: null, affiliation: null, mentions: [] },
    ],
    places: [{ name: 'DOVER', mentions: [] }],
    dates: [],
    quotes: [
      { text: 'We are done,', range: range('We are done,'), kind: 'direct', speaker: 'ann-lee', cue: 'said' },
      { text: 'the Deal', range: range('the Deal'), kind: 'other', speaker: null, cue: null },
    ],
  };
  const details = emptyDetails();
  const c = scoreDocument(text, gold, pred, details);
  const cases: Array<[behaviour: string, actual: unknown, expected: unknown]> = [
    ['pairs actors by alias overlap regardless of type', c.actors, { tp: 2, pred: 3, gold: 2 }],
    ['requires the type to agree for typed actors', c.actorsTyped, { tp: 1, pred: 3, gold: 2 }],
    ['scores roles only where the gold role is set', c.roles, { correct: 1, total: 1 }],
    ['compares places as normalised sets', c.places, { tp: 1, pred: 1, gold: 1 }],
    ['leaves quotes of kind other out on both sides', c.quotes, { tp: 1, pred: 1, gold: 2 }],
    ['attributes over gold direct quotes with a speaker', c.attribution, { correct: 1, total: 1 }],
    ['compares headlines by normalised equality', c.headlines, { tp: 1, pred: 1, gold: 1 }],
  ];
  for (const [behaviour, actual, expected] of cases) it(behaviour, () => assert.deepEqual(actual, expected));

  const explained: Array<[behaviour: string, actual: unknown, expected: unknown]> = [
    ['lists a spurious actor with its aliases', details.actors.spurious, ['Harbour (organization) []']],
    ['lists a paired actor of the wrong type', details.actors.wrongType, ['Port Union: organization, predicted person']],
    ['lists a missed quote', details.quotes.missed, ['over']],
    ['lists no wrong attribution when all are right', details.attribution, []],
  ];
  for (const [behaviour, actual, expected] of explained) it(`details: ${behaviour}`, () => assert.deepEqual(actual, expected));

  it('computes P/R/F1, zero when undefined', () => {
    assert.deepEqual(prf({ tp: 1, pred: 2, gold: 4 }), { p: 0.5, r: 0.25, f1: 1 / 3 });
    assert.deepEqual(prf({ tp: 0, pred: 0, gold: 0 }), { p: 0, r: 0, f1: 0 });
  });
});

describe('eval:conll helpers', () => {
  const cases: Array<[behaviour: string, tokens: string[], expected: string]> = [
    ['puts no space before punctuation', ['Hello', ',', 'world', '.'], 'Hello, world.'],
    ['glues clitics and possessives', ['Germany', "'s", 'view', 'do', "n't"], "Germany's view don't"],
    ['closes brackets tightly', ['Spongiform', '(', 'BSE', ')', 'disease'], 'Spongiform (BSE) disease'],
    ['alternates straight quotes open and close', ['"', 'We', 'won', ',', '"', 'he', 'said'], '"We won," he said'],
    ['glues currency signs to the amount', ['almost', '$', '17,000'], 'almost $17,000'],
  ];
  for (const [behaviour, tokens, expected] of cases) it(behaviour, () => assert.equal(detokenize(tokens).text, expected));

  it('maps each token to its character offset', () => {
    const { text, offsets } = detokenize(['EU', "'s", 'call', '.']);
    assert.deepEqual(offsets.map((o, i) => text.slice(o, o + ["EU", "'s", 'call', '.'][i]!.length)), ['EU', "'s", 'call', '.']);
  });

  const conll = ['EU B-ORG 0', 'rejects O 0', '. O 0', '', 'Peter B-PER 0', 'Blackburn I-PER 0', '', 'BRUSSELS B-LOC 0', '1996-08-22 O 0', '', 'German B-MISC 0', 'Jo B-PER 0', 'said O 0', '',
    'Next B-ORG 0', 'story O 0', '', 'LONDON B-LOC 0', '1996-08-23 O 0', ''].join('\n');

  it('splits documents at the headline before a dateline, skipping a byline', () => {
    const { sentences, docStarts } = parseConll(conll);
    const docs = splitDocuments(sentences, docStarts);
    assert.deepEqual(docs.map((d) => d.length), [4, 2]);
  });

  it('honours -DOCSTART- lines when present', () => {
    const { sentences, docStarts } = parseConll(`-DOCSTART- -X- O O\n\nA B-PER\n\n-DOCSTART- -X- O O\n\nB B-LOC\n`);
    assert.deepEqual(splitDocuments(sentences, docStarts).map((d) => d.length), [1, 1]);
  });

  it('turns BIO tags into typed spans of the article text, dropping MISC', () => {
    const { sentences, docStarts } = parseConll(conll);
    const { text, gold } = documentText(splitDocuments(sentences, docStarts)[0]!);
    assert.deepEqual(gold.map((s) => `${s.type}:${text.slice(s.start, s.end)}`), ['ORG:EU', 'PER:Peter Blackburn', 'LOC:BRUSSELS', 'PER:Jo']);
  });

  it('stops at --limit sentences', () => {
    assert.equal(parseConll(conll, 2).sentences.length, 2);
  });

  it('counts exact span matches per type', () => {
    const gold: Span[] = [{ type: 'PER', start: 0, end: 5 }, { type: 'LOC', start: 10, end: 15 }];
    const pred: Span[] = [{ type: 'PER', start: 0, end: 5 }, { type: 'ORG', start: 10, end: 15 }, { type: 'PER', start: 20, end: 22 }];
    const c = scoreSpans(gold, pred);
    assert.deepEqual(c, { PER: { tp: 1, pred: 2, gold: 1 }, ORG: { tp: 0, pred: 1, gold: 0 }, LOC: { tp: 0, pred: 0, gold: 1 } });
  });
});

describe('eval baseline (bare compromise)', () => {
  const text = 'Harbour talks collapse\n\n“We walked out,” said John Smith in Paris. John Smith left.\n';
  const doc = baselineExport(text, 'x.txt');

  it('takes the first line as the only headline', () => {
    assert.deepEqual(doc.articles.map((a) => a.headline), ['Harbour talks collapse']);
  });
  it('makes one actor per distinct surface string, with every mention', () => {
    const smith = doc.actors.filter((a) => a.name === 'John Smith');
    assert.equal(smith.length, 1);
    assert.equal(smith[0]!.mentions.length, 2);
  });
  it('gives quotation ranges without the marks, with no speaker', () => {
    assert.deepEqual(doc.quotes.map((q) => [q.text, text.slice(q.range[0], q.range[1]), q.speaker]), [['We walked out,', 'We walked out,', null]]);
  });
  it('exposes mention spans typed for the CoNLL comparison', () => {
    const spans = exportSpans(doc).map((s) => `${s.type}:${text.slice(s.start, s.end)}`);
    assert.ok(spans.includes('PER:John Smith'), spans.join(' '));
  });
});

describe('eval scripts, end to end on a throw-away corpus', () => {
  const root = resolve(__dirname, '../../..');
  let dir = '';
  const node = (script: string, args: string[]) =>
    spawnSync(process.execPath, [join(root, 'scripts', script), ...args], { cwd: root, encoding: 'utf8', timeout: 60000 });

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'news-lens-eval-'));
    writeFileSync(join(dir, 'one.txt'), 'Harbour talks collapse\n\n“We walked out,” said John Smith in Paris.\n');
    const gold: GoldDocument = {
      articles: [{ headline: 'Harbour talks collapse', subheads: [] }],
      actors: [{ name: 'John Smith', type: 'person', aliases: ['John Smith'], role: '' }],
      places: ['Paris'],
      dates: [],
      quotes: [{ text: 'We walked out,', speaker: 'John Smith', kind: 'direct' }],
    };
    writeFileSync(join(dir, 'one.gold.json'), JSON.stringify(gold));
    writeFileSync(join(dir, 'mini.conll'), 'John B-PER 0\nSmith I-PER 0\nvisited O 0\nParis B-LOC 0\n. O 0\n\n');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('eval --json sums the gold counts of the corpus', () => {
    const r = node('eval.mjs', ['--corpus', dir, '--json', '--baseline']);
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout) as { system: string; files: Array<{ name: string }>; total: { counts: { actors: { gold: number }; quotes: { gold: number }; headlines: { tp: number } } } };
    assert.deepEqual([out.system, out.files.map((f) => f.name), out.total.counts.actors.gold, out.total.counts.quotes.gold, out.total.counts.headlines.tp], ['compromise-baseline', ['one'], 1, 1, 1]);
  });

  it('eval prints a table with a TOTAL row', () => {
    const r = node('eval.mjs', ['--corpus', dir]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^TOTAL /m);
  });

  const failures: Array<[behaviour: string, script: string, args: () => string[], status: number, message: RegExp]> = [
    ['eval says clearly when the corpus is absent', 'eval.mjs', () => ['--corpus', join(dir, 'nope')], 1, /no corpus at .*nope/],
    ['eval rejects an unknown flag', 'eval.mjs', () => ['--basline'], 2, /unknown argument: --basline/],
    ['eval:conll says clearly when the file is absent', 'eval-conll.mjs', () => ['--file', join(dir, 'nope.txt')], 1, /no CoNLL file at/],
    ['eval:conll rejects --baseline with --raw', 'eval-conll.mjs', () => ['--baseline', '--raw'], 2, /exclude each other/],
    ['eval:conll rejects a bad --limit', 'eval-conll.mjs', () => ['--limit', 'ten'], 2, /--limit must be a positive whole number/],
  ];
  for (const [behaviour, script, args, status, message] of failures) {
    it(behaviour, () => {
      const r = node(script, args());
      assert.equal(r.status, status);
      assert.match(r.stderr, message);
    });
  }

  it('eval:conll scores exact spans per type', () => {
    const r = node('eval-conll.mjs', ['--file', join(dir, 'mini.conll'), '--baseline', '--json']);
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout) as { sentences: number; scores: Record<string, { gold: number }> };
    assert.deepEqual([out.sentences, out.scores['PER']!.gold, out.scores['LOC']!.gold, out.scores['ORG']!.gold], [1, 1, 1, 0]);
  });
});
