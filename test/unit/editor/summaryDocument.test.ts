import * as assert from 'node:assert/strict';
import { AnalysisIndex } from '../../../src/editor/lookup';
import { summaryMarkdown } from '../../../src/editor/summaryDocument';
import { ANALYSIS } from './analysisFixture';

describe('the article summary document', () => {
  const markdown = summaryMarkdown(new AnalysisIndex(ANALYSIS), 'strike.txt', '60 words · 3 paragraphs');

  it('lists each quote with its speaker and cue', () => {
    assert.match(markdown, /^## Harbour strike ends after talks$/m);
    assert.match(markdown, /^\| Maria Okafor \| “We have a deal\\,” \| said \|$/m);
    assert.match(markdown, /^\| Daniel Okafor \| “I am relieved\\\.” \| said \|$/m);
  });

  it('ranks the actors and lists places and dates', () => {
    assert.match(markdown, /^\| Maria Okafor \| Person \| 2 \| 2 \| general secretary \|$/m);
    assert.match(markdown, /^PORTSMOUTH \(1\)$/m);
    assert.match(markdown, /^Monday = 2026-03-09$/m);
  });

  it('marks an uncertain speaker and escapes article text', () => {
    const hostile = { ...ANALYSIS, quotes: [{ ...ANALYSIS.quotes[0]!, text: '[click](command:evil) | <b>x</b>', confidence: 0.3 }] };
    const md = summaryMarkdown(new AnalysisIndex(hostile), 'a.txt', '');
    assert.match(md, /Maria Okafor \*\(uncertain\)\*/);
    assert.ok(!md.includes('](command:'), md);
    assert.ok(!md.includes('<b>'), md);
    assert.ok(md.includes('\\|'), 'a pipe in a quote cannot break the table');
  });
});
