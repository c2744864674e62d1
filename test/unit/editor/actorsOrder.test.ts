import * as assert from 'node:assert/strict';
import { matchesFilter, orderActors, orderPlaces } from '../../../src/editor/actorsOrder';
import { AnalysisIndex } from '../../../src/editor/lookup';
import { ANALYSIS } from './analysisFixture';

describe('actors view order and filter', () => {
  const index = new AnalysisIndex(ANALYSIS);
  const names = (sort: 'prominence' | 'quotes' | 'name', filter = '') => orderActors(index, sort, filter).map((a) => a.name);

  it('orders by prominence: mentions plus quotes', () => {
    assert.deepEqual(names('prominence'), ['Maria Okafor', 'Daniel Okafor', 'Harbour Workers Union']);
  });

  it('orders by quotes, most quoted first, where prominence would not', () => {
    // The union mentioned often but never quoted: first by prominence, last by quotes.
    const union = ANALYSIS.actors[0]!;
    const busy = new AnalysisIndex({ ...ANALYSIS, actors: [{ ...union, mentions: Array(9).fill(union.mentions[0]) }, ...ANALYSIS.actors.slice(1)] });
    assert.deepEqual(orderActors(busy, 'prominence', '').map((a) => a.name)[0], 'Harbour Workers Union');
    assert.deepEqual(orderActors(busy, 'quotes', '').map((a) => a.name), ['Maria Okafor', 'Daniel Okafor', 'Harbour Workers Union']);
  });

  it('orders by name', () => {
    assert.deepEqual(names('name'), ['Daniel Okafor', 'Harbour Workers Union', 'Maria Okafor']);
  });

  it('filters on names, other names and roles, ignoring case and accents', () => {
    assert.deepEqual(names('prominence', 'okafor'), ['Maria Okafor', 'Daniel Okafor']);
    assert.deepEqual(names('prominence', 'SECRETARY'), ['Maria Okafor']);
    assert.deepEqual(names('prominence', 'dánìel'), ['Daniel Okafor']);
    assert.deepEqual(names('prominence', 'nobody'), []);
    assert.deepEqual(names('prominence', '   '), names('prominence'));
  });

  it('filters and orders places', () => {
    const places = [
      { name: 'Zeeland', mentions: [[50, 57]] as Array<[number, number]> },
      { name: 'Arden', mentions: [[10, 15], [80, 85]] as Array<[number, number]> },
    ];
    assert.deepEqual(orderPlaces(places, 'prominence', '').map((p) => p.name), ['Arden', 'Zeeland']);
    assert.deepEqual(orderPlaces(places, 'name', '').map((p) => p.name), ['Arden', 'Zeeland']);
    assert.deepEqual(orderPlaces(places, 'quotes', 'zee').map((p) => p.name), ['Zeeland']);
    assert.equal(matchesFilter(places[0]!, 'land'), true);
  });
});
