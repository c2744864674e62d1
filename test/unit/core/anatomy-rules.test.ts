import * as assert from 'node:assert/strict';
import { segment } from '../../../src/core/anatomy';
import { english } from '../../../src/core/anatomy/rules.en';
import type { LineRule } from '../../../src/core/anatomy/rules';
import { wordCount } from '../../../src/core/anatomy/classify';
import type { SectionKind } from '../../../src/core/types';

const tables: Array<[name: string, rules: readonly LineRule[]]> = [
  ['meta', english.meta],
  ['byline', english.byline],
  ['caption', english.caption],
  ['credit', english.credit],
];

describe('anatomy rules (English vocabulary)', () => {
  for (const [name, rules] of tables) {
    for (const rule of rules) {
      it(`${rule.id} decides its own example ("${rule.example}")`, () => {
        const first = rules.find((r) => r.test(rule.example, wordCount(rule.example)));
        assert.equal(first?.id, rule.id, `the first ${name} rule to match is ${first?.id ?? 'none'}`);
      });
    }
  }

  it('gives every rule a unique id named after its table', () => {
    const ids = tables.flatMap(([name, rules]) => rules.map((r) => [name, r.id] as const));
    assert.equal(new Set(ids.map(([, id]) => id)).size, ids.length);
    for (const [name, id] of ids) assert.ok(id.startsWith(`${name}.`), id);
  });

  it('has the end-mark rule among the meta rules', () => {
    assert.ok(english.meta.includes(english.endMark));
  });
});

/** Kind and rule of every section of article `n`. */
function sections(text: string, n = 0): Array<[SectionKind, string | undefined]> {
  return segment(text).articles[n]!.sections.map((s) => [s.kind, s.rule]);
}

const HEADLINE = 'Ferry crews vote to strike over rosters';
const LEDE = 'Ferry crews on the island routes voted on Monday to strike for two days next week after talks on rosters failed.';
const MORE = 'The operator said it would publish a reduced timetable on Friday and urged passengers to check before travelling.';

describe('anatomy: furniture read by named rules', () => {
  const inHeader: Array<[line: string, kind: SectionKind, rule: string]> = [
    ['News reporter @JaneDoe1', 'byline', 'byline.handle'],
    ['Jane Doe, Transport correspondent @JaneDoe1', 'byline', 'byline.handle'],
    ['By Jane Doe, Staff reporter', 'byline', 'byline.by-name'],
    ['Text: Jane Doe · Photos: Sam Roe/Island Courier', 'byline', 'byline.label'],
    ['Report: Jane Doe, Hamilton', 'byline', 'byline.label'],
    ['Image: Sam Roe/Island Courier', 'caption', 'caption.prefix'],
    ['Updated 3 March 2025', 'meta', 'meta.dated-prefix'],
  ];
  for (const [line, kind, rule] of inHeader) {
    it(`reads "${line}" under the headline as ${kind} (${rule}), in one article`, () => {
      const text = `${HEADLINE}\n\n${line}\n\n${LEDE}\n\n${MORE}`;
      assert.equal(segment(text).articles.length, 1);
      assert.deepEqual(sections(text), [
        ['headline', 'headline.first-line'],
        [kind, rule],
        ['body', undefined],
      ]);
    });
  }

  const between: Array<[line: string, kind: SectionKind, rule: string]> = [
    ['Contributing: Sam Roe in Portville', 'meta', 'meta.contributing'],
    ['Read more: Island ferries face a summer of delays', 'meta', 'meta.notice'],
    ['READ MORE | Why the rosters changed', 'meta', 'meta.notice'],
    ['Disclaimer: This story is for information only', 'meta', 'meta.disclaimer'],
    ['(Photo: Sam Roe/Island Courier)', 'caption', 'caption.prefix'],
    ['Sam Roe/Island Courier via AP', 'caption', 'caption.via-agency'],
    ['Sam Roe/Island Courier', 'caption', 'credit.slash'],
    ['@IslandFerries pic.twitter.com/aB3xY9', 'meta', 'meta.handles'],
    ['Follow Jane Doe on X: @JaneDoe1', 'meta', 'meta.follow'],
  ];
  for (const [line, kind, rule] of between) {
    it(`reads "${line}" between body paragraphs as ${kind} (${rule}), not a subhead`, () => {
      const text = `${HEADLINE}\n\n${LEDE}\n\n${line}\n\n${MORE}`;
      assert.equal(segment(text).articles.length, 1);
      assert.deepEqual(sections(text), [
        ['headline', 'headline.first-line'],
        ['body', undefined],
        [kind, rule],
        ['body', undefined],
      ]);
    });
  }

  it('records the subhead rule that decided', () => {
    const text = `${HEADLINE}\n\n${LEDE}\n\nWHAT HAPPENS NEXT\n\n${MORE}\n\nA summer of delays\n\n${MORE}`;
    assert.deepEqual(
      sections(text).filter(([k]) => k === 'subhead'),
      [
        ['subhead', 'subhead.capitals'],
        ['subhead', 'subhead.phrase'],
      ],
    );
  });

  it('records why a second article started', () => {
    const text = `${HEADLINE}\n\n${LEDE}\n\n\nHarbour master retires after forty years\n\nBy Sam Roe\n\n${MORE}`;
    const a = segment(text).articles;
    assert.equal(a.length, 2);
    assert.equal(a[1]!.sections[0]!.rule, 'headline.announced');
  });
});

describe('anatomy: page buttons and link lists after the story', () => {
  it('reads "Leave a comment", "NEXT STORY", "MORE OPINION" and a tags line as furniture, not subheads', () => {
    const text = `${HEADLINE}\n\n${LEDE}\n\n${MORE}\n\nTags: ferries, Island Courier, strike, rosters\n\nLeave a comment\n\nMORE OPINION\n\nNEXT STORY`;
    const kinds = segment(text).articles[0]!.sections.map((x) => x.kind);
    assert.ok(!kinds.includes('subhead'), JSON.stringify(segment(text).articles[0]!.sections));
  });
});

describe('anatomy: stories pasted one blank line apart', () => {
  const first = [
    'Ferry crews vote to strike over rosters',
    '',
    'Ferry crews on the island routes voted on Monday to strike for two days next week after talks on rosters failed.',
    '',
    'The operator said it would publish a reduced timetable on Friday and urged passengers to check before travelling.',
    '',
    'Union officials said the new rosters would leave crews working twelve-hour shifts for weeks at a time in summer.',
  ].join('\n');
  const second = [
    'Orchard growers count cost of late frost',
    '',
    'Apple growers in the Velm valley say a late frost in April destroyed up to half of the blossom in some orchards this spring.',
    '',
    'Marta Quill, who farms forty hectares near Ostrin, said the damage was the worst she had seen in thirty years of growing.',
  ].join('\n');

  it('starts a new article at a headline whose topic the paragraph under it takes up', () => {
    const a = segment(`${first}\n\n${second}`).articles;
    assert.deepEqual(a.map((x) => x.headline), ['Ferry crews vote to strike over rosters', 'Orchard growers count cost of late frost']);
    assert.equal(a[1]!.sections[0]!.rule, 'headline.new-topic');
  });

  it('starts a new article at a four-word headline, as wire headlines often are', () => {
    const short = second.replace('Orchard growers count cost of late frost', 'Late frost hits orchards');
    const a = segment(`${first}\n\n${short}`).articles;
    assert.deepEqual(a.map((x) => x.headline), ['Ferry crews vote to strike over rosters', 'Late frost hits orchards']);
  });

  it('keeps a subhead that continues the story in the same article', () => {
    const text = `${first}\n\nPassengers face long queues for the roster ferries\n\nPassengers on the island routes should expect queues at the ferry ports, the operator said, as crews on rosters strike.`;
    const a = segment(text).articles;
    assert.equal(a.length, 1);
    assert.deepEqual(a[0]!.sections.filter((s) => s.kind === 'subhead').map((s) => s.title), ['Passengers face long queues for the roster ferries']);
  });

  it('starts a new article at a headline whose lede names nobody, when nearly all the lede\'s words are new', () => {
    const third = 'Ticket prices rise at cinemas\n\nTicket sales at cinemas across the region are expected to fall this winter after prices rose by a fifth.\n\nOwners blamed higher heating bills.';
    const a = segment(`${first}\n\n${third}`).articles;
    assert.deepEqual(a.map((x) => x.headline), ['Ferry crews vote to strike over rosters', 'Ticket prices rise at cinemas']);
  });

  it('keeps a subhead over a paragraph that names nobody and goes on with the story\'s words', () => {
    const text = `${first}\n\nWhat the rosters change\n\nThe rosters would change the crews\' shifts on the island routes from eight hours to twelve, union officials said.`;
    assert.equal(segment(text).articles.length, 1);
  });

  it('keeps numbered steps in one article', () => {
    const text = `${first}\n\n1. Check the timetable\n\nTimetables for each harbour will be posted on the quay and at the ticket office by Friday evening at the latest.`;
    assert.equal(segment(text).articles.length, 1);
  });
});
