import * as assert from 'node:assert/strict';
import { findMentions, nameCandidates } from '../../../src/core/entities';
import { decide, DROP_FLOOR, entityTypeModel, typeByModel, type TypeableName } from '../../../src/core/entities/typing';
import { loadModel } from '../../../src/core/learn/linear';
import { shape } from '../../../src/core/entities/features';

const names = (text: string) => findMentions(text, []).filter((m) => m.type !== 'date');

describe('learned entity typing', () => {
  // A hand-set model: "place" and "none" push their class; "org" pushes organization a little.
  const toy = loadModel({
    name: 'toy',
    classes: ['person', 'organization', 'place', 'none'],
    bias: [0, 0, 0, 0],
    weights: { place: [0, 0, 4, 3], none: [0, 0, 0, 4.2], weak: [0, 0, 0, 2.2], unsure: [0, 2.8, 0, 4] },
  });

  it('retypes a name the model finds unlikely as the rules\' type to its likeliest type (the veto)', () => {
    // p(organization) ≈ 0.013, place ≈ 0.72: below the floor, so place; without a floor the rules stand.
    assert.equal(decide(toy, ['place'], 'organization', 0.9, 0.1).label, 'place');
    assert.equal(decide(toy, ['place'], 'organization', 0.9, 0).label, 'organization');
  });

  it('drops a name only when the model all but rules out the rules\' type', () => {
    // p(organization) ≈ 0.014 < DROP_FLOOR: dropped; ≈ 0.08 (between the drop floor and the veto floor): kept.
    assert.ok(DROP_FLOOR > 0.014 && DROP_FLOOR < 0.083);
    assert.equal(decide(toy, ['none'], 'organization', 0.99, 0.1).label, 'none');
    assert.equal(decide(toy, ['weak'], 'organization', 0.99, 0.1).label, 'organization');
    // p(person) ≈ 0.014 but none only ≈ 0.75 (organization ≈ 0.23): the rules' type stands.
    assert.equal(decide(toy, ['unsure'], 'person', 0.99, 0.1).label, 'person');
  });

  /** A model sure of each feature's class, with organization's weight `org` (person p, organization o, place l). */
  const sureModel = (org = 5) => loadModel({
    name: 'sure',
    classes: ['person', 'organization', 'place', 'none'],
    bias: [0, 0, 0, 0],
    weights: { p: [5, 0, 2, 0], o: [0, org, 2, 0], l: [0, 0, 5, 0] },
  });
  /** The types the model settles for mentions of one name, each typed and featured as given. */
  const settled = (text: string, types: Array<['person' | 'organization' | 'place', string]>, model = sureModel()) => {
    const ns = types.map(([type, f]) => ({ text, type, features: [f] }));
    return typeByModel(ns, ns.map((n) => n.type), ns.map(() => true), model, 0.9, 0, {}).map((n) => n.type);
  };

  it('reads a known place’s one-word name as the place where one mention alone was typed a person, and leaves its club alone', () => {
    const run = (types: Array<['person' | 'organization' | 'place', string]>) => settled('Gaborone', types);
    assert.deepEqual(run([['person', 'p'], ['place', 'l'], ['place', 'l']]), ['place', 'place', 'place']);
    assert.deepEqual(run([['organization', 'o'], ['place', 'l'], ['place', 'l']]), ['organization', 'place', 'place']);
  });

  it('reads a one-word name no word list knows as the place throughout where the document mostly reads it so', () => {
    const run = (text: string, types: Array<['person' | 'organization' | 'place', string]>) => settled(text, types, sureModel(3));
    // An unknown village: its organisation reading is overruled too ("behind his house in Tarvenza" … "Back above Tarvenza").
    assert.deepEqual(run('Tarvenza', [['organization', 'o'], ['place', 'l'], ['place', 'l']]), ['place', 'place', 'place']);
    assert.deepEqual(run('Tarvenza', [['person', 'p'], ['place', 'l'], ['place', 'l']]), ['place', 'place', 'place']);
    // A known word's organisation reading stands ("Labour" the party, "in Labour").
    assert.deepEqual(run('Labour', [['organization', 'o'], ['place', 'l'], ['place', 'l']]), ['organization', 'place', 'place']);
  });

  it('reads a town’s name as its club throughout a sports report where one mention is the club, except where it says where', () => {
    const sure = sureModel();
    const ns: TypeableName[] = [
      { text: 'Gaborone', type: 'organization', features: ['o', 'sports=report'] },
      { text: 'Gaborone', type: 'place', features: ['l', 'sports=report'] },
      { text: 'Gaborone', type: 'place', features: ['l', 'sports=report'], locative: true },
    ];
    const out = typeByModel(ns, ns.map((n) => n.type), ns.map(() => true), sure, 0.9, 0, {});
    assert.deepEqual(out.map((n) => n.type), ['organization', 'organization', 'place']);
    assert.equal(out[1]!.why![0], 'type:club-elsewhere-in-sports-report');
  });

  it('finds the club in a sports report’s other mentions of the town, and the town after "in"', () => {
    const text =
      'Leeds manager Tomas Ferrand praised his defenders after the league match on Saturday. Fans stayed long after the final whistle as Leeds supporters sang about the late goal from their striker. Ferrand said the club would not panic. Their next away match is in Leeds, oddly, after a ground swap.';
    const leeds = names(text).filter((m) => m.text === 'Leeds');
    assert.deepEqual(leeds.map((m) => m.type), ['organization', 'organization', 'place']);
    // Outside a sports report the town stays the town.
    const town = names('Leeds council leader Ana Brook said the bypass would open in spring. Traffic in Leeds has grown, she said, and Leeds residents want quieter streets.');
    assert.ok(town.filter((m) => m.text === 'Leeds').slice(1).every((m) => m.type === 'place'), JSON.stringify(town));
  });

  it('gives every name mention a confidence in [0, 1] and the reasons for its type', () => {
    const mentions = names('Council leader Tomas Ferrand told the Ostley Gazette that roads in Kellan would be repaired.');
    assert.ok(mentions.length >= 3, JSON.stringify(mentions));
    for (const m of mentions) {
      assert.ok(typeof m.confidence === 'number' && m.confidence >= 0 && m.confidence <= 1, JSON.stringify(m));
      assert.match(m.why![0]!, /^rules: /);
      assert.ok(m.why!.slice(1).every((w) => /^\S.* [+-]\d+\.\d\d$/.test(w)), JSON.stringify(m.why));
    }
  });

  it('describes candidates by shape, context and what the rules proposed', () => {
    const [c] = nameCandidates('Officials said Marta Vell would resign.', []);
    assert.equal(c!.text, 'Marta Vell');
    for (const f of ['rule=person', 'p1=said', 'n1=would', 'shape=Xx Xx', 'len=2']) assert.ok(c!.features.includes(f), `${f} in ${c!.features}`);
    // The candidate's own unknown words are not features by identity (no gazetteer of names).
    assert.ok(!c!.features.some((f) => /marta|vell/i.test(f)), String(c!.features));
  });

  it('marks a known place’s name outside sport, so that clubs named after towns do not teach that towns are clubs', () => {
    const [town] = nameCandidates('The ferry sailed from Lisbon on Monday.', []);
    assert.ok(town!.features.includes('w:place-outside-sport'), String(town!.features));
    const club = nameCandidates('Lisbon beat Porto 2-1 in the league on Saturday, with two goals in the second half.', []).find((c) => c.text === 'Lisbon');
    assert.ok(club && !club.features.includes('w:place-outside-sport'), String(club?.features));
  });

  it('collapses word shapes', () => {
    assert.deepEqual(['Marlowe', 'McNeil', 'U.S.', 'IBM', 'G7', 'al-Amin'].map(shape), ['Xx', 'XxXx', 'X.X.', 'XX', 'Xd', 'x-Xx']);
  });

  it('never overrules what the rules typed by construction or dropped', () => {
    const model = entityTypeModel();
    assert.equal(decide(model, ['rule=person', 'rule:has-acronym'], 'organization', 0).label, 'organization');
    assert.equal(decide(model, ['rule=person', 'shape=Xx Xx'], 'none', 0).label, 'none');
  });

  it('keeps a name the rules typed when the model is unsure', () => {
    const model = entityTypeModel();
    // With a threshold above any probability, the rules decide.
    assert.equal(decide(model, ['rule=place', 'p1=in'], 'organization', 1.01).label, 'organization');
  });

  it('types a club in a results sentence and a person after a title', () => {
    const m = names('Ravensby Rovers beat Holmbury Athletic 2-1 on Saturday, manager Ola Brandt said.');
    assert.equal(m.find((x) => x.text === 'Ravensby Rovers')?.type, 'organization');
    assert.equal(m.find((x) => x.text === 'Ola Brandt')?.type, 'person');
  });
});
