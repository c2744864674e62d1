import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { labelDocuments, labelNews, loadNews, newsSources, trainEntities } from '../../../scripts/train-lib/entities';
import { serialiseModel } from '../../../scripts/train-lib/lr';

const repo = join(__dirname, '..', '..', '..', '..');
const fixture = readFileSync(join(repo, 'test/fixtures/conll/tiny.txt'), 'utf8');
const shared = join(repo, '..', 'shared', 'conll2003');

describe('training the entity-type model', () => {
  it('labels each candidate with the gold type of the span it matches', () => {
    const docs = labelDocuments(fixture);
    assert.equal(docs.length, 2);
    // person 0, organization 1, place 2: the fixture's names are all found and typed.
    const labels = docs.flatMap((d) => d.examples.map((e) => e.label));
    assert.ok(labels.includes(0) && labels.includes(1) && labels.includes(2), JSON.stringify(labels));
    assert.ok(docs.every((d) => d.examples.every((e) => e.features.some((f) => f.startsWith('rule=')))));
  });

  it('gives the same file twice from the same data (a small fictional CoNLL file)', () => {
    const a = serialiseModel(trainEntities(fixture, fixture, undefined, { train: 'tiny', valid: 'tiny' }).data);
    const b = serialiseModel(trainEntities(fixture, fixture, undefined, { train: 'tiny', valid: 'tiny' }).data);
    assert.equal(a, b);
    const data = JSON.parse(a);
    assert.deepEqual(data.classes, ['person', 'organization', 'place', 'none']);
    assert.equal(typeof data.meta.override, 'number');
  });

  it('labels a news article by its gold names: actors and places typed, anything else none', () => {
    const text = 'Harbour levy vote delayed\n\nKelso Ferries chief Ana Brill said the vote in Tarnby was delayed.\n\nShare this story: Facebook | Email\n';
    const doc = labelNews(text, { actors: [{ name: 'Ana Brill', type: 'person', aliases: ['Ana Brill'] }, { name: 'Kelso Ferries', type: 'organization', aliases: [] }], places: ['Tarnby'] });
    const labels = doc.examples.map((e) => e.label);
    // person 0, organization 1, place 2; the share bar's platforms are not candidates at all.
    assert.ok(labels.includes(0) && labels.includes(1) && labels.includes(2), JSON.stringify(labels));
    assert.equal(doc.gold, labels.filter((l) => l < 3).length);
  });

  it('labels news candidates as the evaluation compares names: a title before the name or a capitalised line does not hide the gold', () => {
    const text = 'MARLOW FERRIES\n\nMr Hale said the Marlow Ferries service would run.\n';
    const doc = labelNews(text, { actors: [{ name: 'Tom Hale', type: 'person', aliases: ['Mr Hale'] }, { name: 'Marlow Ferries', type: 'organization', aliases: [] }], places: [] });
    const labelOf = (name: string) => doc.examples.filter((_, i) => doc.texts[i] === name).map((e) => e.label);
    assert.deepEqual(labelOf('Hale'), [0]);
    assert.deepEqual(labelOf('MARLOW FERRIES'), [1], JSON.stringify(doc.texts));
  });

  it('retrains the committed model byte for byte from ../shared/conll2003 and the annotated news sets', function () {
    const news = loadNews(repo);
    if (!existsSync(join(shared, 'train.txt')) || !existsSync(join(shared, 'valid.txt')) || !news) {
      // A user's clone has no shared data: nothing to retrain from.
      this.skip();
    }
    this.timeout(120_000);
    const { data } = trainEntities(
      readFileSync(join(shared, 'train.txt'), 'utf8'),
      readFileSync(join(shared, 'valid.txt'), 'utf8'),
      undefined,
      { train: 'conll2003/train.txt', valid: 'conll2003/valid.txt', ...newsSources() },
      news,
    );
    assert.equal(serialiseModel(data), readFileSync(join(repo, 'src/core/models/entity-type.json'), 'utf8'));
  });
});
