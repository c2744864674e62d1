import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import { cleanDescription, DESCRIPTION_RULES, GENDER_EVIDENCE } from '../../../src/core/sources';

/** The quote of `text`'s analysis whose text contains `fragment`. */
function quoteWith(text: string, fragment: string) {
  const q = analyze(text).quotes.find((x) => x.text.includes(fragment));
  assert.ok(q, `no quote with "${fragment}"`);
  return q;
}

/** A one-paragraph article around `body`, so the body is read as running text. */
const article = (body: string): string => `Port of Velmar faces new delays\n\nVELMAR: ${body}\n`;

describe('sources: unnamed-source descriptions (attributedTo)', () => {
  const cases: Array<[behaviour: string, body: string, fragment: string, expected: string | null]> = [
    ['a description after an inverted cue', '“We will appeal the ruling,” said a spokesperson for the harbour ministry.', 'appeal', 'a spokesperson for the harbour ministry'],
    ['a plural subject before the cue', '“The figures are simply wrong,” officials said on Tuesday.', 'figures', 'officials'],
    ['“according to” a source', 'The vote was moved to March, “to give everyone time to read the plan,” according to a source close to the talks.', 'give everyone', 'a source close to the talks'],
    ['a sentence-initial plural subject before a partial quote', 'Sources said the deal was “all but dead” after the second round.', 'all but dead', 'sources'],
    ['the clause next to the verb only', 'On Monday, two senior diplomats said the proposal was “a serious step back”.', 'serious step', 'two senior diplomats'],
    ['a description with a possessive', '“He has done nothing wrong,” the skipper’s lawyer told reporters.', 'nothing wrong', 'the skipper’s lawyer'],
    ['a description opening the sentence, before a colon', 'Said a senior diplomat: “Nobody wants this.”', 'Nobody', 'a senior diplomat'],
    ['a statement’s sender after the quote', '“The route is safe,” two officials told reporters on Friday.', 'route', 'two officials'],
    ['nothing for a named speaker', '“We are ready,” said Marta Quillon, the harbour master.', 'ready', null],
    ['nothing for an unresolved pronoun', '“It will not happen again,” they said.', 'happen again', null],
  ];
  for (const [behaviour, body, fragment, expected] of cases) {
    it(behaviour, () => {
      const q = quoteWith(article(body), fragment);
      assert.equal(q.speaker === null ? q.attributedTo : null, expected);
    });
  }

  it('every rule handles its own example', () => {
    for (const rule of DESCRIPTION_RULES) {
      const q = quoteWith(article(rule.example), rule.example.match(/“([^,.”]{4,12})/)![1]!);
      assert.equal(q.speaker, null, rule.name);
      assert.ok(q.attributedTo, `${rule.name}: ${rule.example}`);
    }
  });

  const cleanCases: Array<[raw: string, expected: string | null]> = [
    ['a spokesperson for the ministry on Friday.', 'a spokesperson for the ministry'],
    ['Officials', 'officials'],
    [' the Finance Ministry’s press office, in a statement', 'the Finance Ministry’s press office'],
    ['Hala Demir', null],
    ['he', null],
    ['the weather', null],
    ['police', 'police'],
  ];
  for (const [raw, expected] of cleanCases) {
    it(`reads "${raw}" as ${expected === null ? 'no description' : `"${expected}"`}`, () => assert.equal(cleanDescription(raw), expected));
  }
});

describe('sources: gender only from what the text says', () => {
  const genderOf = (text: string, name: string) => {
    const actor = analyze(text).actors.find((a) => a.name.includes(name));
    assert.ok(actor, `no actor ${name}`);
    return actor.gender;
  };
  const cases: Array<[behaviour: string, text: string, name: string, expected: string]> = [
    ['an honorific (Ms)', article('Ms Ilse Varga, who runs the ferry line, said the timetable would change. Varga gave no date.'), 'Varga', 'female'],
    ['an honorific (Mr) on a later mention', article('Tobin Ashgrove opened the meeting. Mr Ashgrove said the budget was tight.'), 'Ashgrove', 'male'],
    ['a gendered role noun', article('Rowan Ellery, the port spokeswoman, said ships would wait.'), 'Ellery', 'female'],
    ['a pronoun that can only refer to the person', article('Kit Moravec arrived late. She said the road had flooded.'), 'Moravec', 'female'],
    ['a pronoun in the same sentence', article('Jules Anwar said he would stand again next year.'), 'Anwar', 'male'],
    ['never a first name alone', article('Mary Lindqvist said the harbour would reopen next week.'), 'Lindqvist', 'unknown'],
    ['never a first name alone (male)', article('John Pettersen said the harbour would reopen next week.'), 'Pettersen', 'unknown'],
    ['not from an ambiguous pronoun', article('Sam Oduya met Robin Castellane on Friday. She said the talks went well.'), 'Oduya', 'unknown'],
  ];
  for (const [behaviour, text, name, expected] of cases) it(behaviour, () => assert.equal(genderOf(text, name), expected));

  it('organizations get no gender', () => {
    const actors = analyze(article('The Velmar Port Authority said it would reply. Its director, Ms Ana Rusk, said she agreed.')).actors;
    for (const a of actors.filter((x) => x.type === 'organization')) assert.equal(a.gender, undefined);
  });

  it('documents each kind of evidence with an example', () => assert.deepEqual(GENDER_EVIDENCE.map((e) => e.name), ['honorific', 'role-noun', 'pronoun']));
});
