import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { IGrammar } from 'vscode-textmate';
import {
  compileOniguruma,
  formatSnapshot,
  grammarContribution,
  grammarPath,
  loadNewsGrammar,
  repoRoot,
  scopesOf,
  tokenizeText,
} from './grammarTokens';

const FIXTURES = path.join(repoRoot, 'test/fixtures/grammar');
/** `UPDATE_SNAPSHOTS=1 npx mocha` rewrites the expected scopes; review the diff before committing. */
const UPDATE = process.env.UPDATE_SNAPSHOTS === '1';

let grammar: IGrammar;
before(async () => {
  grammar = await loadNewsGrammar();
});

describe('news-article grammar: snapshots', () => {
  const fixtures = fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).sort();

  it('has fixtures to check', () => assert.ok(fixtures.length >= 5, `only ${fixtures.length} fixtures in ${FIXTURES}`));

  for (const fixture of fixtures) {
    const snapshot = path.join(FIXTURES, fixture.replace(/\.txt$/, '.scopes.json'));
    it(`tokenizes ${fixture} as ${path.basename(snapshot)} says`, () => {
      const actual = tokenizeText(grammar, fs.readFileSync(path.join(FIXTURES, fixture), 'utf8'));
      if (UPDATE) {
        fs.writeFileSync(snapshot, formatSnapshot(actual));
        return;
      }
      assert.ok(fs.existsSync(snapshot), `${path.basename(snapshot)} is missing: run UPDATE_SNAPSHOTS=1 npx mocha and review it`);
      assert.deepEqual(actual, JSON.parse(fs.readFileSync(snapshot, 'utf8')));
    });
  }

  it('keeps the CRLF fixture byte for byte (no line-ending normalisation on checkout)', () => {
    const text = fs.readFileSync(path.join(FIXTURES, 'crlf.txt'), 'utf8');
    assert.match(text, /\r\n/);
    assert.doesNotMatch(text, /[^\r]\n/);
  });

  it('tokenizes a CRLF file exactly as the same text with LF line ends', () => {
    const crlf = fs.readFileSync(path.join(FIXTURES, 'crlf.txt'), 'utf8');
    assert.deepEqual(tokenizeText(grammar, crlf), tokenizeText(grammar, crlf.replace(/\r\n/g, '\n')));
  });

  it('gives every token the root scope text.news-article first', () => {
    for (const fixture of fixtures) {
      for (const { tokens } of tokenizeText(grammar, fs.readFileSync(path.join(FIXTURES, fixture), 'utf8'))) {
        for (const token of tokens) assert.match(token.t, /^text\.news-article( |$)/, `${fixture}: ${JSON.stringify(token)}`);
      }
    }
  });
});

/** [behaviour, article text, text to look at, scopes every character of it must have, scopes none may have] */
type Case = [name: string, text: string, needle: string, has: string[], lacks: string[]];

/** True if `scope` is `prefix` or a more specific scope under it (`string` covers `string.quoted.single.news-article`). */
function under(scope: string, prefix: string): boolean {
  return scope === prefix || scope.startsWith(`${prefix}.`);
}

function check([, text, needle, has, lacks]: Case): void {
  scopesOf(grammar, text, needle).forEach((scopes, i) => {
    const where = `${JSON.stringify(needle[i])} at ${i} of ${JSON.stringify(needle)}: ${scopes.join(' ')}`;
    for (const prefix of has) assert.ok(scopes.some((s) => under(s, prefix)), `expected ${prefix} on ${where}`);
    for (const prefix of lacks) assert.ok(!scopes.some((s) => under(s, prefix)), `did not expect ${prefix} on ${where}`);
  });
}

const HEADLINE = ['markup.heading.headline.news-article', 'entity.name.section.headline.news-article'];
const STRING = 'string';

describe('news-article grammar: headline', () => {
  const cases: Case[] = [
    ['scopes the first non-empty line as headline', 'Storm closes ports\n\nFerries stayed in harbour.', 'Storm closes ports', HEADLINE, []],
    ['skips leading blank and whitespace-only lines to find the headline', '\n  \n\tStorm closes ports\nBody.', 'Storm closes ports', HEADLINE, []],
    ['scopes only the first non-empty line as headline', 'Storm closes ports\nFerries stayed in harbour.', 'Ferries stayed', [], ['markup.heading']],
    ['does not scope the line after a blank line as headline', '\n\nStorm closes ports\n\nFerries stayed.', 'Ferries stayed', [], ['markup.heading']],
    ['leaves leading and trailing spaces of the headline out of it', '  Storm closes ports  \nBody.', '  ', [], ['markup.heading']],
    ['scopes quotations inside the headline', 'Minister calls plan ‘unworkable’\n\nBody.', 'unworkable', [...HEADLINE, 'string.quoted.single'], []],
    ['starts the next article after two blank lines', 'First story\n\nBody.\n\n\nSecond story\n\nBody.', 'Second story', HEADLINE, []],
    ['starts the next article after three blank lines, some with spaces', 'First story\n\nBody.\n \n\n\t\nSecond story\nBody.', 'Second story', HEADLINE, []],
    ['does not take the line after a one-line gap for a headline', 'First story\n\nBody.\n\nNot a headline.', 'Not a headline', [], ['markup.heading']],
    ['gives the next article only one headline line', 'First story\n\nBody.\n\n\nSecond story\nUpdated text.\n\nMore.', 'Updated text', [], ['markup.heading']],
    ['ends the headline at an unclosed quotation with trailing spaces', 'Minister says “no deal   \nBody line.', 'Body line', [], ['markup.heading', STRING]],
    ['treats a lone CR as a line break', 'Storm closes ports\r\rBody line.', 'Body line', [], ['markup.heading']],
    ['treats CRLF as a line break', 'Storm closes ports\r\n\r\nBody line.', 'Storm closes ports', HEADLINE, []],
  ];
  for (const c of cases) it(c[0], () => check(c));
});

describe('news-article grammar: meta lines', () => {
  const h = 'Headline\n\n';
  const cases: Case[] = [
    ['scopes Updated as a meta keyword', `${h}Updated 20 August 2024`, 'Updated', ['comment.line.meta', 'keyword.other.meta'], []],
    ['scopes the date in an Updated line', `${h}Updated 20 August 2024`, '20 August 2024', ['comment.line.meta', 'constant.numeric.date'], []],
    ['scopes date and time in a lower-case posted line', `${h}posted on April 21, 2015, at 11:29 a.m.`, 'April 21, 2015', ['constant.numeric.date'], []],
    ['scopes the time in a posted line', `${h}posted on April 21, 2015, at 11:29 a.m.`, '11:29 a.m.', ['constant.numeric.time'], []],
    ['scopes Published: with weekday, date and time zone', `${h}Published: Thu 3 Jan 2019 02.00 EST`, '02.00 EST', ['comment.line.meta', 'constant.numeric.time'], []],
    ['scopes Last updated', `${h}Last updated: Nov 20 2019, 13:42pm ist`, 'Last updated', ['keyword.other.meta'], []],
    ['keeps "Updated figures show" as body text', `${h}Updated figures show fares rose.`, 'Updated figures', [], ['comment', 'keyword']],
    ['keeps "Published by the council in 2019" as body text', `${h}Published by the council in 2019, the plan lapsed.`, 'Published by', [], ['comment']],
    ['scopes a byline', `${h}By Jane Holt`, 'Jane Holt', ['comment.line.meta.byline'], []],
    ['scopes a lower-case byline with roles', `${h}by Ann Roy (reporting) and Ed Malloch (photography)`, 'by', ['keyword.other.meta'], []],
    ['does not take "By 1200 GMT" for a byline', `${h}By 1200 GMT on Monday, EMI shares were down 16.2%.`, 'By 1200', [], ['comment']],
    ['does not take a sentence starting "By Monday," for a byline', `${h}By Monday, the plan was back on the agenda.`, 'By Monday', [], ['comment']],
    ['scopes Reporting by and Editing by credits', `${h}(Reporting by Ann Roy; Editing by Ed Hale)`, 'Editing by', ['comment.line.meta', 'keyword.other.meta'], []],
    ['scopes Additional reporting by', `${h}(Additional reporting by Ann Roy in LONDON)`, 'Additional reporting by', ['keyword.other.meta'], []],
    ['scopes a photo credit', `${h}Photo: Karachi Port Trust`, 'Karachi Port Trust', ['comment.line.meta'], []],
    ['scopes a second credit label on a caption line', `${h}Main image: A whale. Photograph: Ed Malloch`, 'Photograph', ['keyword.other.meta'], []],
    ['scopes Short Url', `${h}Short Url`, 'Short Url', ['comment.line.meta', 'keyword.other.meta'], []],
    ['scopes Follow and Share on their own line', `${h}Follow\nShare`, 'Share', ['comment.line.meta'], []],
    ['keeps "Share prices rose" as body text', `${h}Share prices rose 2% after the delay.`, 'Share prices', [], ['comment']],
    ['keeps "Follow the money" as body text', `${h}Follow the money, one councillor said.`, 'Follow', [], ['comment']],
    ['scopes the wire (END) marker', `${h}Body.\n\n(END)`, '(END)', ['comment.line.meta'], []],
  ];
  for (const c of cases) it(c[0], () => check(c));
});

describe('news-article grammar: standfirst bullets', () => {
  const h = 'Headline\n\n';
  const LIST = 'markup.list.unnumbered.news-article';
  const BULLET = 'punctuation.definition.list.begin.news-article';
  const cases: Case[] = [
    ['scopes a • bullet after leading spaces', `${h}  • Talks resume on Monday`, '•', [LIST, BULLET], []],
    ['scopes the text of a bullet as list item, not as bullet mark', `${h}  • Talks resume on Monday`, 'Talks resume', [LIST], [BULLET]],
    ['scopes a - bullet', `${h}- Talks resume on Monday`, '-', [LIST, BULLET], []],
    ['scopes a – bullet', `${h}– Talks resume on Monday`, '–', [LIST, BULLET], []],
    ['scopes quotations inside a bullet', `${h}• Minister calls plan “unworkable”`, 'unworkable', [LIST, 'string.quoted.double'], []],
    ['does not take "--" for a bullet', `${h}-- The statement was read out.`, '--', [], ['markup.list']],
    ['does not take a minus sign for a bullet', `${h}-5C was recorded overnight.`, '-5C', [], ['markup.list']],
    ['does not take a dash inside a line for a bullet', `${h}Fares rose – again – on Monday.`, '–', [], ['markup.list']],
  ];
  for (const c of cases) it(c[0], () => check(c));
});

describe('news-article grammar: datelines', () => {
  const h = 'Headline\n\n';
  const CITY = 'entity.name.tag.dateline.news-article';
  const AGENCY = 'entity.other.attribute-name.agency.news-article';
  const cases: Case[] = [
    ['scopes ISLAMABAD: as a dateline', `${h}ISLAMABAD: Pakistan’s army said.`, 'ISLAMABAD', ['meta.dateline', CITY], []],
    ['scopes the colon of ISLAMABAD: as separator', `${h}ISLAMABAD: Pakistan’s army said.`, ':', ['punctuation.separator.dateline'], []],
    ['leaves the paragraph after a dateline unscoped', `${h}ISLAMABAD: Pakistan’s army said.`, 'Pakistan’s army', [], ['meta.dateline']],
    ['scopes LONDON (Reuters) -', `${h}LONDON (Reuters) - Shares fell.`, 'Reuters', ['meta.dateline', AGENCY], []],
    ['scopes WASHINGTON (AP) —', `${h}WASHINGTON (AP) — A Senate panel met.`, '—', ['meta.dateline', 'punctuation.separator.dateline'], []],
    ['scopes the date in SEOUL, March 3 (Yonhap) --', `${h}SEOUL, March 3 (Yonhap) -- South Korea said.`, 'March 3', ['meta.dateline', 'constant.numeric.date'], []],
    ['scopes an abbreviated month in a dateline', `${h}SEOUL, Aug. 20 (Yonhap) -- North Korea said.`, 'Aug. 20', ['constant.numeric.date'], []],
    ['scopes two-word and hyphenated cities', `${h}PORT-AU-PRINCE: Aid arrived.\n\nKUALA LUMPUR (Reuters) - Rain.`, 'KUALA LUMPUR', [CITY], []],
    ['does not take UPDATE: for a dateline', `${h}UPDATE: The council has since confirmed the vote.`, 'UPDATE', [], ['meta.dateline']],
    ['does not take capitals without colon or agency for a dateline', `${h}NATO said on Friday it had no comment.`, 'NATO', [], ['meta.dateline']],
    ['does not take a lower-case name with an agency for a dateline', `${h}The mayor (Labour) - who backs it - was away.`, 'The mayor', [], ['meta.dateline']],
    ['takes datelines only at the start of a paragraph', `${h}Officials in LONDON (Reuters) - said so.`, 'LONDON', [], ['meta.dateline']],
  ];
  for (const c of cases) it(c[0], () => check(c));
});

describe('news-article grammar: subheads', () => {
  const h = 'Headline\n\nBody.\n\n';
  const SUBHEAD = ['markup.heading.subhead.news-article', 'entity.name.section.subhead.news-article'];
  const cases: Case[] = [
    ['scopes an all-caps line as subhead', `${h}NO FOUL PLAY SEEN\n\nBody.`, 'NO FOUL PLAY SEEN', SUBHEAD, []],
    ['scopes an all-caps question as subhead', `${h}COULD PLANE HAVE STALLED?`, 'COULD PLANE HAVE STALLED?', SUBHEAD, []],
    ['scopes a quoted all-caps subhead', `${h}‘CHANGED FACES’`, 'CHANGED FACES', [...SUBHEAD, 'string.quoted.single'], []],
    ['scopes the quotation marks of a quoted subhead', `${h}‘CHANGED FACES’`, '’', ['markup.heading.subhead', 'punctuation.definition.string.end'], []],
    ['scopes a straight-quoted all-caps subhead', `${h}"WE WILL RETURN"`, 'WE WILL RETURN', [...SUBHEAD, 'string.quoted.double'], []],
    ['keeps an apostrophe inside an all-caps subhead', `${h}PAKISTAN’S NEXT STEP`, 'PAKISTAN’S NEXT STEP', SUBHEAD, []],
    ['does not take a line with lower-case letters for a subhead', `${h}US and UK officials met.`, 'US and UK', [], ['markup.heading']],
    ['does not take the wire (END) marker for a subhead', `${h}(END)`, 'END', [], ['markup.heading']],
    ['does not take a single capital for a subhead', `${h}A`, 'A', [], ['markup.heading']],
  ];
  for (const c of cases) it(c[0], () => check(c));
});

describe('news-article grammar: quotations and apostrophes', () => {
  const h = 'Headline\n\n';
  const BEGIN = 'punctuation.definition.string.begin.news-article';
  const END = 'punctuation.definition.string.end.news-article';
  const cases: Case[] = [
    ['scopes a curly double quotation', `${h}“We will stay,” she said.`, 'We will stay,', ['string.quoted.double'], []],
    ['scopes the opening curly mark as string begin', `${h}“We will stay,” she said.`, '“', [BEGIN], []],
    ['scopes the closing curly mark as string end', `${h}“We will stay,” she said.`, '”', [END], []],
    ['ends a quotation at its closing mark', `${h}“We will stay,” she said.`, ' she said.', [], [STRING]],
    ['scopes a straight double quotation', `${h}"We will stay," she said.`, 'We will stay,', ['string.quoted.double'], []],
    ['scopes a curly single quotation', `${h}‘We will stay,’ she said.`, 'We will stay,', ['string.quoted.single'], []],
    ['scopes a straight single quotation', `${h}Fans should 'dump' the brands.`, 'dump', ['string.quoted.single'], []],
    ['does not treat the apostrophe in Pakistan’s as a quote', `${h}Pakistan’s army said ‘no’.`, 'Pakistan’s army said ', [], [STRING]],
    ['does not close a curly single quotation at don’t', `${h}‘We don’t know,’ he said.`, 'We don’t know,', ['string.quoted.single'], [BEGIN, END]],
    ['closes a curly single quotation after don’t at its real end', `${h}‘We don’t know,’ he said.`, ' he said.', [], [STRING]],
    ['does not treat the apostrophe in it\'s as a quote', `${h}It's late, she said 'twice'.`, "It's late", [], [STRING]],
    ['does not treat rock \'n\' roll as a quotation', `${h}Rock 'n' roll is back.`, "Rock 'n' roll is back.", [], [STRING]],
    ['does not treat rock ‘n’ roll as a quotation', `${h}Rock ‘n’ roll is back.`, 'Rock ‘n’ roll is back.', [], [STRING]],
    ['does not treat \'90s as a quotation', `${h}The '90s were loud, fans said.`, "The '90s were loud, fans said.", [], [STRING]],
    ['does not treat ’90s as a quotation', `${h}The ’90s were loud, fans said.`, 'The ’90s were loud, fans said.', [], [STRING]],
    ['does not treat O\'Brien or workers\' as quotations', `${h}O'Brien said the workers' union agreed.`, "O'Brien said the workers' union agreed.", [], [STRING]],
    ['does not close a quotation at an apostrophe inside it', `${h}"It's what we didn't want," he said.`, "It's what we didn't want,", ['string.quoted.double'], [BEGIN, END, 'string.quoted.single']],
    ['does not close a quotation at ’90s inside it', `${h}‘Back to the ’90s,’ he said.`, 'Back to the ’90s,', ['string.quoted.single'], [END]],
    ['does not open a quotation at inch and foot marks', `${h}The stage is 6'2" high and fans must be 5' tall.`, 'The stage is 6\'2" high and fans must be 5\' tall.', [], [STRING]],
    ['ends an unclosed quotation at the end of its line', `${h}"We will stay.\n\nThe next paragraph.`, 'The next paragraph', [], [STRING]],
    ['scopes an unclosed quotation up to the end of its line', `${h}"We will stay. We will fight.\n\nThe next paragraph.`, 'We will fight.', ['string.quoted.double'], []],
    ['reopens a quotation that continues in the next paragraph', `${h}“We will stay.\n\n“We will fight,” he said.`, 'We will fight,', ['string.quoted.double'], []],
    ['nests a single quotation inside a double one', `${h}"He said 'no' twice," she said.`, 'no', ['string.quoted.double', 'string.quoted.single'], []],
    ['nests a double quotation inside a single one', `${h}‘They called it “absurd”,’ he said.`, 'absurd', ['string.quoted.single', 'string.quoted.double'], []],
    ['ends an unclosed inner quotation where the outer one closes', `${h}“He said ‘no,” she said.`, ' she said.', [], [STRING]],
    ['does not end a quotation at a mark that opens a continued quote', `${h}"We knew. "There's more." he said.`, "There's more.", ['string.quoted.double'], []],
    ['closes a straight double quotation with a curly mark', `${h}"A great day,” he wrote.`, ' he wrote.', [], [STRING]],
    ['does not open a quotation at a mark followed by a space', `${h}He said " and left.`, ' and left.', [], [STRING]],
  ];
  for (const c of cases) it(c[0], () => check(c));
});

describe('news-article grammar: file', () => {
  it('is the grammar package.json contributes, with the same scope name', () => {
    const raw = JSON.parse(fs.readFileSync(grammarPath(), 'utf8'));
    assert.equal(grammarContribution().scopeName, 'text.news-article');
    assert.equal(raw.scopeName, grammarContribution().scopeName);
  });

  it('compiles every regular expression in it with Oniguruma', () => {
    const patterns: string[] = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object') {
        for (const [key, value] of Object.entries(node)) {
          if (['match', 'begin', 'end', 'while'].includes(key) && typeof value === 'string') patterns.push(value);
          else walk(value);
        }
      }
    };
    walk(JSON.parse(fs.readFileSync(grammarPath(), 'utf8')));
    assert.ok(patterns.length > 20, `found only ${patterns.length} patterns`);
    for (const pattern of patterns) assert.doesNotThrow(() => compileOniguruma(pattern), pattern);
  });

  it('resolves every #include to a repository rule', () => {
    const raw = JSON.parse(fs.readFileSync(grammarPath(), 'utf8'));
    const includes = [...JSON.stringify(raw).matchAll(/"include":"#([^"]+)"/g)].map((m) => m[1] ?? '');
    assert.ok(includes.length > 0);
    for (const name of includes) assert.ok(name in raw.repository, `#${name} is not in the repository`);
  });
});
