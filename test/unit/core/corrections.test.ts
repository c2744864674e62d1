import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../../src/core/analyze';
import {
  addCorrection,
  anchorAt,
  applyCorrections,
  emptyFile,
  locate,
  parseNames,
  parseSidecar,
  reanchor,
  removeCorrections,
  serializeSidecar,
  sidecarName,
  type Correction,
  type CorrectionsFile,
  type Decision,
  type NamesList,
} from '../../../src/core/corrections';
import { toExport } from '../../../src/core/export';
import type { Analysis } from '../../../src/core/types';
import { assertInvariants } from './invariants';

const TEXT = readFileSync(join(__dirname, '../../../../test/fixtures/corrections/stadium-vote.article.txt'), 'utf8');

/** The range of the `nth` occurrence of `needle`. */
function at(text: string, needle: string, nth = 0): [number, number] {
  let i = -1;
  for (let k = 0; k <= nth; k++) {
    i = text.indexOf(needle, i + 1);
    if (i < 0) throw new Error(`"${needle}" #${nth} not in text`);
  }
  return [i, i + needle.length];
}

/** A file holding `decisions`, each about the `nth` occurrence of a string in `text`. */
function fileOf(text: string, ...decisions: Array<[string, Decision, number?]>): CorrectionsFile {
  return decisions.reduce((file, [needle, decision, nth]) => addCorrection(file, text, at(text, needle, nth), decision), emptyFile());
}

function corrected(file: CorrectionsFile, names: NamesList = {}, text = TEXT): Analysis {
  return applyCorrections(text, analyze(text), { corrections: file.corrections, names });
}

const actorNamed = (a: Analysis, name: string) => a.actors.find((x) => x.name === name);
const placeNamed = (a: Analysis, name: string) => a.places.find((x) => x.name === name);

describe('corrections: applying decisions after the engine', () => {
  it('the fixture still shows the engine errors the tests correct', () => {
    const a = analyze(TEXT);
    assert.equal(actorNamed(a, 'Brackenfield Park')?.type, 'organization');
    assert.ok(actorNamed(a, 'Elmsworth Rovers')?.aliases.includes('ELMSWORTH'));
  });

  it('returns the engine analysis itself when there is nothing to apply', () => {
    const a = analyze(TEXT);
    assert.equal(applyCorrections(TEXT, a, { corrections: [], names: {} }), a);
  });

  it('never changes the engine analysis it is given', () => {
    const a = analyze(TEXT);
    const before = JSON.parse(JSON.stringify(a));
    applyCorrections(TEXT, a, {
      corrections: fileOf(TEXT, ['Brackenfield Park', { action: 'type', type: 'place' }], ['ELMSWORTH', { action: 'differentActor' }], ['Greve', { action: 'sameActor', actor: 'Nadia Brennan' }])
        .corrections,
      names: { 'Harbour Gazette': 'ignore' },
    });
    assert.deepEqual(JSON.parse(JSON.stringify(a)), before);
  });

  it('"this is a place" on a highlight turns the whole actor into a place, marked as the user’s', () => {
    const a = corrected(fileOf(TEXT, ['Brackenfield Park', { action: 'type', type: 'place' }, 1]));
    assert.equal(actorNamed(a, 'Brackenfield Park'), undefined);
    assert.deepEqual(placeNamed(a, 'Brackenfield Park'), { name: 'Brackenfield Park', mentions: [at(TEXT, 'Brackenfield Park'), at(TEXT, 'Brackenfield Park', 1), at(TEXT, 'Brackenfield Park', 2)], origin: 'user' });
    assert.equal(a.corrections?.applied.length, 1);
    assertInvariants(TEXT, a);
    const exported = toExport(a, 'x.txt');
    assert.equal(exported.places.find((p) => p.name === 'Brackenfield Park')?.origin, 'user');
    assert.equal(exported.actors.find((p) => p.name === 'Tomas Greve')?.origin, undefined);
  });

  it('"this is a person" retypes an organization actor with all its mentions', () => {
    const a = corrected(fileOf(TEXT, ['Harbour Gazette', { action: 'type', type: 'person' }]));
    const actor = actorNamed(a, 'The Harbour Gazette');
    assert.equal(actor?.type, 'person');
    assert.equal(actor?.origin, 'user');
    assert.ok(a.mentions.filter((m) => m.actor === actor?.id).every((m) => m.type === 'person'));
  });

  it('"not a name" removes the mention and every mention written the same way', () => {
    const a = corrected(fileOf(TEXT, ['Brackenfield Park', { action: 'notEntity' }]));
    assert.equal(actorNamed(a, 'Brackenfield Park'), undefined);
    assert.ok(!a.mentions.some((m) => m.text === 'Brackenfield Park'));
    assertInvariants(TEXT, a);
  });

  it('"not a name" on a date removes the date', () => {
    const a = corrected(fileOf(TEXT, ['last month', { action: 'notEntity' }]));
    assert.deepEqual(a.dates.map((d) => d.text), ['Tuesday']);
    assertInvariants(TEXT, a);
  });

  it('"a different actor" splits a wrongly merged mention into an actor of its own, which can then be retyped', () => {
    const split = corrected(fileOf(TEXT, ['ELMSWORTH', { action: 'differentActor' }]));
    assert.deepEqual(actorNamed(split, 'Elmsworth Rovers')?.mentions, [at(TEXT, 'Elmsworth Rovers')]);
    assert.deepEqual(actorNamed(split, 'ELMSWORTH')?.mentions, [at(TEXT, 'ELMSWORTH')]);
    assert.deepEqual(actorNamed(split, 'Elmsworth Rovers')?.aliases, ['Elmsworth Rovers'], 'the split form is no longer an alias');
    const place = corrected(fileOf(TEXT, ['ELMSWORTH', { action: 'differentActor' }], ['ELMSWORTH', { action: 'type', type: 'place' }]));
    assert.deepEqual(actorNamed(place, 'Elmsworth Rovers')?.mentions, [at(TEXT, 'Elmsworth Rovers')]);
    assert.deepEqual(placeNamed(place, 'ELMSWORTH')?.mentions, [at(TEXT, 'ELMSWORTH')]);
    assertInvariants(TEXT, place);
  });

  it('"same actor as" merges the mention’s actor into the named one, quotes and aliases included', () => {
    const a = corrected(fileOf(TEXT, ['Tomas Greve', { action: 'sameActor', actor: 'Harbour Gazette' }]));
    assert.equal(actorNamed(a, 'Tomas Greve'), undefined);
    const gazette = actorNamed(a, 'The Harbour Gazette')!;
    assert.deepEqual(gazette.mentions, [at(TEXT, 'Tomas Greve'), at(TEXT, 'Greve', 1), at(TEXT, 'Harbour Gazette')]);
    assert.ok(gazette.aliases.includes('Greve'));
    assert.equal(a.quotes.find((q) => q.text.startsWith('We kept asking'))?.speaker, gazette.id);
    assertInvariants(TEXT, a);
  });

  it('"speaker is" sets a quote’s speaker: an actor of the article, a new name, or nobody', () => {
    const quote = 'We kept asking, and they finally listened';
    const toActor = corrected(fileOf(TEXT, [quote, { action: 'speaker', speaker: 'Nadia Brennan' }]));
    const q1 = toActor.quotes.find((q) => q.text.startsWith(quote))!;
    assert.equal(q1.speaker, 'nadia-brennan');
    assert.equal(q1.origin, 'user');
    const toNew = corrected(fileOf(TEXT, [quote, { action: 'speaker', speaker: 'Ola Fenn' }]));
    const fenn = actorNamed(toNew, 'Ola Fenn');
    assert.deepEqual([fenn?.type, fenn?.mentions, fenn?.origin], ['person', [], 'user']);
    assert.equal(toNew.quotes.find((q) => q.text.startsWith(quote))?.speaker, fenn?.id);
    const toNobody = corrected(fileOf(TEXT, [quote, { action: 'speaker', speaker: null }]));
    assert.equal(toNobody.quotes.find((q) => q.text.startsWith(quote))?.speaker, null);
  });

  it('"not a quote" removes a quote; a selection annotated as a quote becomes one without its marks', () => {
    const removed = corrected(fileOf(TEXT, ['The stand will be built', { action: 'notQuote' }]));
    assert.ok(!removed.quotes.some((q) => q.text.startsWith('The stand')));
    const added = corrected(fileOf(TEXT, ['work would begin in the spring', { action: 'quote' }]));
    const q = added.quotes.find((x) => x.text === 'work would begin in the spring');
    assert.deepEqual([q?.kind, q?.speaker, q?.origin], ['direct', null, 'user']);
    assert.deepEqual(added.quotes.map((x) => x.range[0]), [...added.quotes.map((x) => x.range[0])].sort((x, y) => x - y));
    assertInvariants(TEXT, added);
  });

  it('annotating a selection as a person adds a mention joined to the actor of that name', () => {
    const a = corrected(fileOf(TEXT, ['supporters', { action: 'type', type: 'organization' }]));
    const trust = actorNamed(a, 'supporters');
    assert.deepEqual([trust?.type, trust?.mentions.length, trust?.origin], ['organization', 1, 'user']);
    const joined = corrected(fileOf(TEXT, ['Greve', { action: 'notEntity' }, 1], ['Greve', { action: 'type', type: 'person' }, 1]));
    // "not a name" and "a person" on the same span: the later decision replaced the earlier one.
    assert.deepEqual(actorNamed(joined, 'Tomas Greve')?.mentions, [at(TEXT, 'Tomas Greve'), at(TEXT, 'Greve', 1)]);
  });

  it('workspace names apply to every whole-word occurrence, and the file’s own corrections win', () => {
    const names: NamesList = { 'Brackenfield Park': 'place', 'Harbour Gazette': 'ignore', Elms: 'place' };
    const a = corrected(emptyFile(), names);
    assert.equal(placeNamed(a, 'Brackenfield Park')?.mentions.length, 3);
    assert.equal(actorNamed(a, 'Harbour Gazette'), undefined);
    assert.equal(placeNamed(a, 'Elms'), undefined, 'a name inside a word is not an occurrence');
    const overridden = corrected(fileOf(TEXT, ['Brackenfield Park', { action: 'type', type: 'organization' }, 2]), names);
    assert.equal(actorNamed(overridden, 'Brackenfield Park')?.mentions.length, 3);
    assert.equal(placeNamed(overridden, 'Brackenfield Park'), undefined);
    assertInvariants(TEXT, overridden);
  });

  it('a correction whose text is gone is reported stale, and the others still apply', () => {
    const file = fileOf(TEXT, ['Harbour Gazette', { action: 'notEntity' }], ['Brackenfield Park', { action: 'type', type: 'place' }]);
    const edited = TEXT.replace('The Harbour Gazette first reported the plan last month.\n', '');
    const a = corrected(file, {}, edited);
    assert.deepEqual(a.corrections?.stale.map((s) => s.correction.text), ['Harbour Gazette']);
    assert.deepEqual(a.corrections?.applied.map((s) => s.correction.text), ['Brackenfield Park']);
    assert.ok(placeNamed(a, 'Brackenfield Park'));
  });

  it('an edit above keeps every correction on its text', () => {
    const file = fileOf(TEXT, ['Greve', { action: 'differentActor' }, 1], ['ELMSWORTH', { action: 'differentActor' }]);
    const edited = TEXT.replace('ELMSWORTH: ', 'An extra paragraph someone pasted above the dateline.\n\nELMSWORTH: ');
    const a = corrected(file, {}, edited);
    assert.deepEqual(a.corrections?.stale, []);
    assert.deepEqual(a.corrections?.applied.map((x) => edited.slice(...x.range)).sort(), ['ELMSWORTH', 'Greve']);
  });
});

describe('corrections: anchors', () => {
  const text = 'Ann Lee spoke first. Later, at the depot, Ann Lee spoke again. Ann Lee left.';

  it('finds the same occurrence again after text is inserted before it', () => {
    const anchor = anchorAt(text, ...at(text, 'Ann Lee', 1));
    const edited = `A new opening line.\n\n${text}`;
    assert.deepEqual(locate(edited, anchor), at(edited, 'Ann Lee', 1));
  });

  it('keeps to its occurrence when nearby words change, and goes stale rather than jump to another one', () => {
    const anchor = anchorAt(text, ...at(text, 'Ann Lee', 1));
    const nearby = text.replace('Later, at the depot,', 'Later, at the old depot,');
    assert.deepEqual(locate(nearby, anchor), at(nearby, 'Ann Lee', 1));
    const gone = text.replace('Later, at the depot, Ann Lee spoke again. ', '');
    assert.equal(locate(gone, anchor), null);
  });

  it('is stale when its text is changed', () => {
    assert.equal(locate(text.replace('Ann Lee left', 'Anne Lee left'), anchorAt(text, ...at(text, 'Ann Lee', 2))), null);
  });
});

describe('corrections: the sidecar file', () => {
  it('is NAME.newslens.json for NAME.EXT', () => {
    assert.equal(sidecarName('story.article.txt'), 'story.article.newslens.json');
    assert.equal(sidecarName('story.txt'), 'story.newslens.json');
    assert.equal(sidecarName('README'), 'README.newslens.json');
  });

  it('round-trips, in document order with a fixed key order, pretty-printed', () => {
    const file = fileOf(TEXT, ['Tomas Greve', { action: 'type', type: 'organization' }], ['Brackenfield Park', { action: 'type', type: 'place' }]);
    const json = serializeSidecar(file);
    assert.ok(json.endsWith('}\n'));
    const parsed = parseSidecar(json);
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.file.corrections.map((c) => c.text), ['Brackenfield Park', 'Tomas Greve']);
    assert.deepEqual(Object.keys(parsed.file.corrections[0]!), ['action', 'type', 'text', 'before', 'after', 'offset']);
    assert.equal(serializeSidecar(parsed.file), json);
  });

  it('keeps keys it does not know when rewriting', () => {
    const json = '{"version":1,"note":"team A","corrections":[{"action":"notQuote","text":"x","before":"","after":"","offset":0,"by":"ed"}]}';
    const parsed = parseSidecar(json);
    assert.ok(parsed.ok);
    const again = JSON.parse(serializeSidecar(parsed.file));
    assert.equal(again.note, 'team A');
    assert.equal(again.corrections[0].by, 'ed');
  });

  const broken: Array<[string, string, RegExp]> = [
    ['invalid JSON', '{"version":1,', /not valid JSON/],
    ['an unknown version', '{"version":2,"corrections":[]}', /unknown corrections format version 2/],
    ['no version', '{"corrections":[]}', /unknown corrections format version/],
    ['a list', '[]', /expected a JSON object/],
    ['an unknown action', '{"version":1,"corrections":[{"action":"guess","text":"x","before":"","after":"","offset":0}]}', /corrections\[0\]: unknown action "guess"/],
    ['a bad type', '{"version":1,"corrections":[{"action":"type","type":"city","text":"x","before":"","after":"","offset":0}]}', /"type" must be/],
    ['no text', '{"version":1,"corrections":[{"action":"notQuote","text":"","before":"","after":"","offset":0}]}', /"text"/],
  ];
  for (const [what, json, message] of broken) {
    it(`refuses ${what} with a clear reason`, () => {
      const parsed = parseSidecar(json);
      assert.equal(parsed.ok, false);
      assert.match(parsed.ok ? '' : parsed.reason, message);
    });
  }

  it('a new decision replaces the one it contradicts on the same span, and is removed again', () => {
    let file = fileOf(TEXT, ['Greve', { action: 'type', type: 'place' }, 1], ['Greve', { action: 'speaker', speaker: null }, 1]);
    file = addCorrection(file, TEXT, at(TEXT, 'Greve', 1), { action: 'notEntity' });
    assert.deepEqual(file.corrections.map((c) => c.action).sort(), ['notEntity', 'speaker']);
    const { file: after, removed } = removeCorrections(file, TEXT, [at(TEXT, 'Greve', 1)[0] + 2, at(TEXT, 'Greve', 1)[0] + 2], 'notEntity');
    assert.deepEqual(removed.map((c) => c.action), ['notEntity']);
    assert.deepEqual(after.corrections.map((c) => c.action), ['speaker']);
  });

  it('re-anchoring refreshes offset and context after an edit, and leaves stale ones untouched', () => {
    const file = fileOf(TEXT, ['Tomas Greve', { action: 'differentActor' }], ['Harbour Gazette', { action: 'notEntity' }]);
    const edited = `Breaking\n\n${TEXT}`.replace('The Harbour Gazette first reported the plan last month.\n', '');
    const re = reanchor(file, edited);
    const greve = re.corrections.find((c: Correction) => c.text === 'Tomas Greve')!;
    assert.equal(greve.offset, edited.indexOf('Tomas Greve'));
    assert.deepEqual(re.corrections.find((c: Correction) => c.text === 'Harbour Gazette'), file.corrections.find((c) => c.text === 'Harbour Gazette'));
  });

  it('names lists are checked', () => {
    assert.deepEqual(parseNames({ Kestrel: 'organization', Ash: 'ignore' }), { ok: true, names: { Kestrel: 'organization', Ash: 'ignore' } });
    assert.match((parseNames({ Kestrel: 'city' }) as { reason: string }).reason, /"Kestrel": "city" is not/);
    assert.equal(parseNames([]).ok, false);
  });
});
