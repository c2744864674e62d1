import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core';
import { AuditCollector, formatAudit } from '../../scripts/eval-lib/audit';

/** A fictional article with the engine's real analysis. */
function add(collector: AuditCollector, file: string, text: string): void {
  collector.add(file, text, analyze(text), 1);
}

describe('audit aggregation', () => {
  const one =
    'Ferry crews vote to strike over rosters\n\nFerry crews on the island routes voted on Monday to strike, Marta Quill of the Harbour Workers Union said.\n\n“We have waited long enough for an answer,” said Quill.\n\n“Nobody wants this,” one crew member added, asking not to be named.';
  const two =
    'Orchard growers count cost of late frost\n\nApple growers in the Velm valley say a late frost destroyed half of the blossom, Marta Quill said on Tuesday.\n\n\nHarbour master retires after forty years\n\nBy Sam Roe\n\nThe harbour master of Ostrin retired on Friday after forty years in the post, the port authority said.';

  it('counts files, articles and articles per file', () => {
    const c = new AuditCollector();
    add(c, 'a.txt', one);
    add(c, 'b.txt', two);
    const r = c.report();
    assert.equal(r.files, 2);
    assert.equal(r.articles, 3);
    assert.deepEqual(r.articlesPerFile, { '1': 1, '2': 1 });
    assert.equal(r.characters, one.length + two.length);
  });

  it('counts an actor once per file and lists names with their file counts', () => {
    const c = new AuditCollector();
    add(c, 'a.txt', one);
    add(c, 'b.txt', two);
    const r = c.report();
    const quill = r.typeConflicts.find((t) => t.name === 'Marta Quill');
    assert.equal(quill, undefined, 'the same type in both files is no conflict');
    assert.ok(r.counts.persons >= 2);
  });

  it('counts direct quotes without a speaker and quotes them as short snippets', () => {
    const c = new AuditCollector();
    const analysis = analyze(one);
    const direct = analysis.quotes.filter((q) => q.kind === 'direct');
    assert.ok(direct.length >= 2);
    direct[direct.length - 1]!.speaker = null;
    c.add('a.txt', one, analysis, 1);
    const r = c.report();
    const missing = direct.filter((q) => q.speaker === null);
    assert.equal(r.counts.direct, direct.length);
    assert.equal(r.counts.directWithSpeaker, direct.length - missing.length);
    assert.deepEqual(r.unattributed, missing.map((q) => ({ file: 'a.txt', snippet: q.text })));
  });

  it('flags handle-like actor names and furniture subheads', () => {
    const c = new AuditCollector();
    const analysis = analyze(one);
    analysis.actors.push({ id: 'x', name: '@JaneDoe1', type: 'person', aliases: ['@JaneDoe1'], role: null, affiliation: null, mentions: [] });
    analysis.articles[0]!.sections.push({ kind: 'subhead', title: 'Image: Sam Roe/Island Courier', range: [0, 0] });
    c.add('a.txt', one, analysis, 1);
    const r = c.report();
    assert.deepEqual(r.handleLike.map((h) => h.name), ['@JaneDoe1']);
    assert.deepEqual(r.furnitureSubheads, [{ title: 'Image: Sam Roe/Island Courier', files: 1 }]);
    assert.match(formatAudit(r, 'fixtures'), /actors that look like handles, links or credits \(files\):\n {2}@JaneDoe1 \[person\] 1/);
  });

  it('reports a name typed differently in two files', () => {
    const c = new AuditCollector();
    const a = analyze(one);
    const b = analyze(one);
    for (const x of b.actors) if (x.name === 'Marta Quill') x.type = 'organization';
    c.add('a.txt', one, a, 1);
    c.add('b.txt', one, b, 1);
    assert.deepEqual(c.report().typeConflicts.find((t) => t.name === 'Marta Quill')?.types, { person: 1, organization: 1 });
  });
});
