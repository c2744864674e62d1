import * as assert from 'node:assert/strict';
import { toBrat, toExport } from '../../src/core/export';
import type { Analysis, Range } from '../../src/core/types';

/** The range of the `nth` occurrence of `needle` in `text`. */
function at(text: string, needle: string, nth = 0): Range {
  let i = -1;
  for (let k = 0; k <= nth; k++) {
    i = text.indexOf(needle, i + 1);
    if (i < 0) throw new Error(`"${needle}" #${nth} not in text`);
  }
  return [i, i + needle.length];
}

const TEXT = [
  'Harbour talks collapse',
  '',
  'DOVER: “We walked out,” said Prime Minister Ann Lee of the Port Union (PU) on Monday.',
  'Lee said the offer was “an insult”.',
  '',
].join('\n');

/** A hand-built analysis of TEXT, as the engine would produce it. */
function sample(): Analysis {
  const headline = at(TEXT, 'Harbour talks collapse');
  const quote = at(TEXT, 'We walked out,');
  const partial = at(TEXT, 'an insult');
  return {
    length: TEXT.length,
    articles: [
      {
        headline: 'Harbour talks collapse',
        headlineRange: headline,
        range: [0, TEXT.length - 1],
        dateline: 'DOVER',
        datelineRange: at(TEXT, 'DOVER'),
        published: null,
        sections: [
          { kind: 'headline', title: 'Harbour talks collapse', range: headline },
          { kind: 'body', title: 'DOVER: “We walked out,”', range: [24, TEXT.length - 1] },
        ],
      },
    ],
    paragraphs: [],
    actors: [
      {
        id: 'ann-lee',
        name: 'Ann Lee',
        type: 'person',
        aliases: ['Prime Minister Ann Lee', 'Ann Lee', 'Lee'],
        role: 'Prime Minister',
        affiliation: 'port-union',
        mentions: [at(TEXT, 'Ann Lee'), [at(TEXT, 'Lee said')[0], at(TEXT, 'Lee said')[0] + 3]],
      },
      { id: 'port-union', name: 'Port Union', type: 'organization', aliases: ['Port Union', 'PU'], role: null, affiliation: null, mentions: [at(TEXT, 'Port Union'), at(TEXT, 'PU')] },
    ],
    places: [{ name: 'DOVER', mentions: [at(TEXT, 'DOVER')] }],
    dates: [{ text: 'Monday', range: at(TEXT, 'Monday'), value: null }],
    quotes: [
      { text: 'We walked out,', range: quote, outerRange: [quote[0] - 1, quote[1] + 1], kind: 'direct', speaker: 'ann-lee', cue: 'said', cueRange: at(TEXT, 'said'), article: 0 },
      { text: 'an insult', range: partial, outerRange: [partial[0] - 1, partial[1] + 1], kind: 'partial', speaker: 'ann-lee', cue: 'said', cueRange: at(TEXT, 'said', 1), article: 0 },
    ],
    mentions: [],
  };
}

describe('toExport', () => {
  const analysis = sample();
  const doc = toExport(analysis, 'harbour.txt');

  const cases: Array<[behaviour: string, actual: () => unknown, expected: unknown]> = [
    ['writes format version 1 and the source name', () => [doc.version, doc.source], [1, 'harbour.txt']],
    ['writes null as the source of stdin', () => toExport(analysis, null).source, null],
    ['keeps article fields in the documented order', () => Object.keys(doc.articles[0]!), ['headline', 'range', 'dateline', 'published', 'sections']],
    ['drops the engine-only article fields', () => 'headlineRange' in doc.articles[0]!, false],
    ['writes sections as kind, title, range', () => doc.articles[0]!.sections[0], { kind: 'headline', title: 'Harbour talks collapse', range: [0, 22] }],
    ['keeps actor fields in the documented order', () => Object.keys(doc.actors[0]!), ['id', 'name', 'type', 'aliases', 'role', 'affiliation', 'mentions', 'gender']],
    ['writes gender "unknown" for a person the text says nothing about', () => doc.actors[0]!.gender, 'unknown'],
    ['writes no gender on organizations', () => doc.actors.filter((a) => a.type === 'organization').map((a) => 'gender' in a), [false]],
    ['links an affiliation by actor id', () => doc.actors[0]!.affiliation, 'port-union'],
    ['writes places with name and mentions', () => doc.places, [{ name: 'DOVER', mentions: [[24, 29]] }]],
    ['writes dates with text, range and value', () => Object.keys(doc.dates[0]!), ['text', 'range', 'value']],
    ['drops outerRange, cueRange and article from quotes', () => Object.keys(doc.quotes[0]!), ['text', 'range', 'kind', 'speaker', 'cue', 'attributedTo']],
    ['writes attributedTo null for a named speaker', () => doc.quotes.map((q) => q.attributedTo), [null, null]],
    [
      'writes the description of an unnamed source, and drops it once a speaker is named',
      () => {
        const unnamed = sample();
        unnamed.quotes[0]!.speaker = null;
        unnamed.quotes[0]!.attributedTo = 'a union spokesperson';
        unnamed.quotes[1]!.attributedTo = 'stale';
        return toExport(unnamed, null).quotes.map((q) => q.attributedTo);
      },
      ['a union spokesperson', null],
    ],
    ['gives ranges whose slice is the quote text', () => doc.quotes.map((q) => TEXT.slice(q.range[0], q.range[1]) === q.text), [true, true]],
    ['survives a JSON round trip unchanged', () => JSON.parse(JSON.stringify(doc)), doc],
  ];
  for (const [behaviour, actual, expected] of cases) it(behaviour, () => assert.deepEqual(actual(), expected));

  it('copies, so editing the export never changes the analysis', () => {
    const copy = toExport(analysis, null);
    copy.actors[0]!.mentions[0]![0] = -1;
    copy.actors[0]!.aliases.push('x');
    assert.notEqual(analysis.actors[0]!.mentions[0]![0], -1);
    assert.equal(analysis.actors[0]!.aliases.includes('x'), false);
  });

  it('exports an empty analysis as empty lists', () => {
    const empty: Analysis = { length: 0, articles: [], paragraphs: [], actors: [], places: [], dates: [], quotes: [], mentions: [] };
    assert.deepEqual(toExport(empty, null), { version: 1, source: null, articles: [], actors: [], places: [], dates: [], quotes: [] });
  });
});

/** Parses `.ann` lines into {id: fields}. */
function ann(output: string): Map<string, string[]> {
  return new Map(output.trimEnd().split('\n').filter(Boolean).map((line) => {
    const [id, ...rest] = line.split('\t');
    return [id!, rest];
  }));
}

/** Checks brat's text rule: the text after the offsets is the fragments' text joined by a space. */
function bratTextRuleHolds(text: string, output: string): boolean {
  const cps = [...text];
  return output.split('\n').filter((l) => l.startsWith('T')).every((line) => {
    const [, spec, surface] = line.split('\t');
    const fragments = spec!.split(' ').slice(1).join(' ').split(';').map((f) => f.split(' ').map(Number) as [number, number]);
    return fragments.map(([s, e]) => cps.slice(s, e).join('')).join(' ') === surface;
  });
}

describe('toBrat', () => {
  const out = toBrat(sample(), TEXT);
  const lines = ann(out);

  const cases: Array<[behaviour: string, actual: () => unknown, expected: unknown]> = [
    ['writes a T line per entity mention with its type and text', () => lines.get('T1'), ['Place 24 29', 'DOVER']],
    ['types organizations and dates', () => [...lines.values()].filter((v) => /^(Organization|Date) /.test(v[0]!)).map((v) => v[1]), ['Port Union', 'PU', 'Monday']],
    ['writes quotes as Quote spans without the marks', () => [...lines.values()].filter((v) => v[0]!.startsWith('Quote ')).map((v) => v[1]), ['We walked out,', 'an insult']],
    ['gives each quote a Kind attribute', () => [...lines.entries()].filter(([k]) => k.startsWith('A')).map(([, v]) => v[0]!.split(' ')[0] + ' ' + v[0]!.split(' ')[2]), ['Kind direct', 'Kind partial']],
    ['ends with a newline', () => out.endsWith('\n'), true],
    ['keeps the text rule for every span', () => bratTextRuleHolds(TEXT, out), true],
  ];
  for (const [behaviour, actual, expected] of cases) it(behaviour, () => assert.deepEqual(actual(), expected));

  it('links each attributed quote to the nearest mention of its speaker', () => {
    const ids = new Map([...lines.entries()].filter(([k]) => k.startsWith('T')).map(([k, v]) => [v[1], k]));
    const relations = [...lines.entries()].filter(([k]) => k.startsWith('R')).map(([, v]) => v[0]);
    // "We walked out," → "Ann Lee" (after the cue "said"); "an insult" → "Lee" (before "said").
    assert.deepEqual(relations, [`Speaker Arg1:${ids.get('We walked out,')} Arg2:${ids.get('Ann Lee')}`, `Speaker Arg1:${ids.get('an insult')} Arg2:${ids.get('Lee')}`]);
  });

  it('writes no relation for a quote without speaker', () => {
    const a = sample();
    a.quotes.forEach((q) => (q.speaker = null));
    assert.equal(/^R/m.test(toBrat(a, TEXT)), false);
  });

  const fragmentCases: Array<[behaviour: string, text: string, span: string, expected: string]> = [
    ['splits a span over a newline into fragments', 'a “First para\nsecond” b', 'First para\nsecond', 'Quote 3 13;14 20\tFirst para second'],
    ['splits at CRLF without empty fragments', 'a “One\r\n\r\nTwo” b', 'One\r\n\r\nTwo', 'Quote 3 6;10 13\tOne Two'],
    ['counts code points, not UTF-16 units, after an emoji', '😀 “Hi there” b', 'Hi there', 'Quote 3 11\tHi there'],
  ];
  for (const [behaviour, text, span, expected] of fragmentCases) {
    it(behaviour, () => {
      const r = at(text, span);
      const a: Analysis = {
        length: text.length, articles: [], paragraphs: [], actors: [], places: [], dates: [], mentions: [],
        quotes: [{ text: span, range: r, outerRange: r, kind: 'direct', speaker: null, cue: null, cueRange: null, article: 0 }],
      };
      const output = toBrat(a, text);
      assert.equal(output.split('\n')[0], `T1\t${expected}`);
      assert.ok(bratTextRuleHolds(text, output));
    });
  }

  it('writes nothing for an empty analysis', () => {
    const empty: Analysis = { length: 0, articles: [], paragraphs: [], actors: [], places: [], dates: [], quotes: [], mentions: [] };
    assert.equal(toBrat(empty, ''), '');
  });
});
