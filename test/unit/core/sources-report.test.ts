import * as assert from 'node:assert/strict';
import type { ExportDocument, ExportQuote } from '../../../src/core/export';
import { barChart, escapeHtml, reportCsv, reportHtml, sourcesTable } from '../../../src/core/sources/render';
import { buildReport, countWords, mergeSummaries, summariseFile } from '../../../src/core/sources/report';

const quote = (speaker: string | null, text: string, at: number, extra: Partial<ExportQuote> = {}): ExportQuote => ({
  text, range: [at, at + text.length], kind: 'direct', speaker, cue: 'said', attributedTo: null, ...extra,
});

/** A hand-made export: two articles, a person quoted in both, an organization, unnamed and unattributed quotes. */
function doc(source: string, gender: 'female' | 'male' | 'unknown' = 'unknown'): ExportDocument {
  return {
    version: 1,
    source,
    articles: [
      { headline: 'One', range: [0, 500], dateline: null, published: null, sections: [] },
      { headline: 'Two', range: [500, 1000], dateline: null, published: null, sections: [] },
    ],
    actors: [
      { id: 'ines-aldana', name: 'Ines Aldana', type: 'person', aliases: [], role: null, affiliation: null, mentions: [[10, 15]], gender },
      { id: 'tide-board', name: 'Tide Board', type: 'organization', aliases: [], role: null, affiliation: null, mentions: [[20, 30]] },
    ],
    places: [],
    dates: [],
    quotes: [
      quote('ines-aldana', 'We are ready.', 40),
      quote('ines-aldana', 'Not yet, not here.', 600),
      quote('tide-board', 'No comment.', 100),
      quote(null, 'It is over.', 200, { attributedTo: 'officials' }),
      quote(null, 'Who knows?', 300),
      quote(null, 'Safe Harbours', 400, { kind: 'other', cue: null }),
    ],
  };
}

describe('sources report', () => {
  it('counts direct and partial quotes, split into named, unnamed and unattributed', () => {
    const s = summariseFile(doc('a.txt'));
    assert.deepEqual(s.quotes, { total: 5, named: 3, unnamed: 1, unattributed: 1 });
    assert.deepEqual(s.unnamed.map((u) => [u.description, u.quotes, u.quotedWords]), [['officials', 1, 3]]);
  });

  it('gives each source its quotes, quoted words and articles', () => {
    const [ines, board] = summariseFile(doc('a.txt')).sources;
    assert.deepEqual([ines!.name, ines!.quotes, ines!.quotedWords, ines!.articles], ['Ines Aldana', 2, 7, 2]);
    assert.deepEqual([board!.name, board!.gender], ['Tide Board', null]);
  });

  it('adds files up, linking actors by name, and keeps the sums consistent', () => {
    const report = buildReport([doc('a.txt', 'female'), doc('b.txt')]);
    assert.equal(report.files, 2);
    assert.equal(report.articles, 4);
    assert.deepEqual(report.quotes, { total: 10, named: 6, unnamed: 2, unattributed: 2 });
    assert.deepEqual(report.sources.map((s) => [s.name, s.files, s.articles, s.quotes, s.gender]), [
      ['Ines Aldana', 2, 4, 4, 'female'],
      ['Tide Board', 2, 2, 2, null],
    ]);
    assert.deepEqual(mergeSummaries([summariseFile(doc('a.txt', 'female')), summariseFile(doc('b.txt'))]), report);
  });

  it('says "unknown" when files contradict each other on a gender', () => {
    assert.equal(buildReport([doc('a.txt', 'female'), doc('b.txt', 'male')]).sources[0]!.gender, 'unknown');
  });

  it('sorts ties by name in code-point order', () => {
    const d = doc('a.txt');
    d.quotes = [quote('tide-board', 'x', 1), quote('ines-aldana', 'y', 2)];
    assert.deepEqual(buildReport([d]).sources.map((s) => s.name), ['Ines Aldana', 'Tide Board']);
  });

  const words: Array<[string, number]> = [['We are ready.', 3], ["It's the 3.5% plan — isn't it?", 6], ['', 0]];
  for (const [text, n] of words) it(`counts ${n} words in "${text}"`, () => assert.equal(countWords(text), n));
});

describe('sources report rendering', () => {
  const hostile = doc('<img src=x>.txt');
  hostile.actors[0]!.name = '<script>alert("x")</script>';
  const report = buildReport([hostile]);

  it('escapes names in the chart, the tables and the page', () => {
    const rows = report.sources.map((s, i) => ({ key: `source:${i}`, ...s }));
    for (const html of [barChart(rows, { interactive: true, title: 't' }), sourcesTable(rows, { interactive: true }), reportHtml(report, [summariseFile(hostile)])]) {
      assert.doesNotMatch(html, /<script>|<img/);
      assert.match(html, /&#60;script&#62;/);
    }
  });

  it('makes interactive rows keyboard-reachable buttons', () => {
    const rows = report.sources.map((s, i) => ({ key: `source:${i}`, ...s }));
    assert.match(barChart(rows, { interactive: true, title: 't' }), /data-key="source:0" tabindex="0" role="button"/);
    assert.doesNotMatch(barChart(rows, { interactive: false, title: 't' }), /tabindex/);
  });

  it('writes CSV with quoting and defuses spreadsheet formulas', () => {
    const d = doc('a.txt');
    d.actors[0]!.name = '=HYPERLINK("x")';
    d.actors[1]!.name = 'Tide, Board';
    const csv = reportCsv(buildReport([d]));
    assert.equal(csv.split('\r\n')[1], `"'=HYPERLINK(""x"")",person,unknown,1,2,2,7`);
    assert.match(csv, /^"Tide, Board",organization,,1,1,1,2\r$/m);
  });

  it('escapes &, <, >, quotes and apostrophes', () => assert.equal(escapeHtml(`<a href="x">'&'</a>`), '&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;'));
});
