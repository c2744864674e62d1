import * as assert from 'node:assert/strict';
import { segment } from '../../../src/core/anatomy';
import { analyze } from '../../../src/core/analyze';
import { findQuotes } from '../../../src/core/quotes';
import type { Quote, QuoteKind } from '../../../src/core/types';

const HEAD = 'Harbour talks resume\n\n';

/** Quotes of a body text (a headline is put in front of it). */
function quotesOf(body: string): Quote[] {
  const text = HEAD + body;
  return findQuotes(text, segment(text));
}

function texts(body: string): string[] {
  return quotesOf(body).map((q) => q.text);
}

describe('quotes: finding quotation marks', () => {
  const cases: Array<[name: string, body: string, expected: string[]]> = [
    ['finds a quote in curly double marks', 'The mayor said: “We will rebuild the pier before the summer.”', ['We will rebuild the pier before the summer.']],
    ['finds a quote in straight double marks', '"We will rebuild the pier," the mayor said on Monday.', ['We will rebuild the pier,']],
    ['finds a quote in curly single marks', 'The mayor said the plan was ‘a step forward’ for the town.', ['a step forward']],
    ['finds a quote in straight single marks', "The mayor called the plan 'a step forward' for the town.", ['a step forward']],
    ['does not open a quote at the apostrophe in Portville’s', 'Portville’s harbour master said the cranes would restart.', []],
    ['does not take don’t and it\'s for quotes', 'Residents don’t agree, and it\'s unclear why the council waited.', []],
    ['does not open a quote at a decade like ’90s', 'The pier was last rebuilt in the ’90s and again in the \'80s by the council.', []],
    ['does not take rock ’n’ roll for a quote', 'The old hall hosted rock ’n’ roll nights for decades before it closed.', []],
    ['does not close a quote at a plural possessive', 'The dockers’ union and the Joneses’ shop both backed the strike.', []],
    ['keeps a plural possessive inside a single-quoted quote', 'She called it ‘the workers’ own plan for the port’ on Monday.', ['the workers’ own plan for the port']],
    ['pairs a straight opening mark with a curly closing one', 'Later he said "the pier will reopen in May,” officials confirmed.', ['the pier will reopen in May,']],
    ['reports the outer quote and then the inner one', '“The minister told us ‘wait and see’ and we waited,” said the union leader.', ['The minister told us ‘wait and see’ and we waited,', 'wait and see']],
    ['ends an inner quote left open where the outer one closes', '“He promised that ‘the money is there," she said.', ['He promised that ‘the money is there,', 'the money is there,']],
    ['ends an unclosed quote at the paragraph end', '“We will not give up on the harbour\n\nThe council met again on Tuesday.', ['We will not give up on the harbour']],
    ['ends an unclosed quote where a new one opens after a full stop', '"We were careful," he said. "We knew what the town wanted. "There is more to do."', ['We were careful,', 'We knew what the town wanted.', 'There is more to do.']],
    ['closes a quote opened with a single mark and closed with a double one', "'Ports like ours need investment,\" it said in a statement.", ['Ports like ours need investment,']],
    ['closes a straight mark written against the next word', '"We are ready,"he said.', ['We are ready,']],
    ['closes a quote at a plural-looking word when another quote opens later', "The term 'harbour tax' was coined by critics, who said it 'means nothing'.", ['harbour tax', 'means nothing']],
    ['does not take inch marks for quotes', 'He was 5\'10" tall and wore a 12" badge.', []],
    ['does not take ’til and ’em for quotes', 'Fans sang ’til dawn and cheered ’em on.', []],
    ['closes „…“ (German and Icelandic style) with the mark English opens with', '„We will not sell the harbour“, said the mayor. She added: „The town decides.“', ['We will not sell the harbour', 'The town decides.']],
    ['closes ‚…‘ inside „…“', '„He told us ‚no‘ and left“, said the mayor.', ['He told us ‚no‘ and left', 'no']],
    ['reads ”…” (Swedish and Finnish style), one mark at both ends', '”We will not sell the harbour,” said the mayor. The plan was ”a small revolution”, she added.', ['We will not sell the harbour,', 'a small revolution']],
    ['reads »…« (Danish style) the other way round from French', '»We will not sell the harbour«, said the mayor.', ['We will not sell the harbour']],
    ['leaves the spaces inside « spaced guillemets » out', '« We will not sell the harbour », said the mayor.', ['We will not sell the harbour']],
    ['reads a quote opening a headline-like line', "'What will the harbour become?': fishermen fear change", ['What will the harbour become?']],
    ['reads two straight single marks as one double mark', "''We will rebuild the pier,'' said Ana Reyes. ''It is 'home' again.''", ['We will rebuild the pier,', "It is 'home' again.", 'home']],
  ];
  for (const [name, body, expected] of cases) {
    it(name, () => assert.deepEqual(texts(body), expected));
  }

  it('gives one quote per paragraph segment of a multi-paragraph quote', () => {
    const body = '“The first part of the statement ends here.\n\n“The second part follows in a new paragraph.\n\n“And the last part closes it,” she said.';
    const qs = quotesOf(body);
    assert.deepEqual(qs.map((q) => q.text), [
      'The first part of the statement ends here.',
      'The second part follows in a new paragraph.',
      'And the last part closes it,',
    ]);
  });

  it('excludes the marks from range and includes the present ones in outerRange', () => {
    const body = 'He said: “Closed.” Then: “Open';
    const text = HEAD + body;
    const [closed, open] = findQuotes(text, segment(text));
    assert.equal(text.slice(...closed!.range), 'Closed.');
    assert.equal(text.slice(...closed!.outerRange), '“Closed.”');
    assert.equal(text.slice(...open!.range), 'Open');
    assert.equal(text.slice(...open!.outerRange), '“Open');
  });

  it('never lets an unclosed quote run across paragraphs', () => {
    const body = 'He said “the harbour is ours.\n\nThe council disagreed and said so at length on Tuesday.\n\nNobody else spoke.';
    const qs = quotesOf(body);
    assert.equal(qs.length, 1);
    assert.equal(qs[0]!.text, 'the harbour is ours.');
  });

  it('records the article of each quote', () => {
    const text = 'Harbour talks resume\n\nUpdated 3 March 2025\n\n“First,” she said in the first story about the talks.\n\n\nFerry sailings cut again\n\nUpdated 4 March 2025\n\n“Second,” he said in the second story about the ferries.';
    assert.deepEqual(findQuotes(text, segment(text)).map((q) => q.article), [0, 1]);
  });
});

describe('quotes: kinds', () => {
  const cases: Array<[name: string, body: string, kinds: QuoteKind[]]> = [
    ['calls a full sentence followed by a cue direct', '“We will rebuild the pier before the summer,” the mayor said.', ['direct']],
    ['calls a quote after "said:" direct', 'The mayor said: “We will rebuild the pier.”', ['direct']],
    ['calls a lower-case quote after "said that" that ends the sentence direct', 'The mayor said that “rebuilding the pier is not a luxury for this town”.', ['direct']],
    ['calls a fragment inside the reporter’s sentence partial', 'The union is calling for a “meaningful” dialogue with the port.', ['partial']],
    ['calls a longer lower-case fragment partial', 'He said the offer was “an insult to people who kept the port open” and left.', ['partial']],
    ['calls a short title-case quote mid-sentence other', 'The ferry, known locally as the “Grey Lady”, sailed at dawn.', ['other']],
    ['calls the title of a work other', 'The band played “Harbour Lights” as the ferry left.', ['other']],
    ['calls a longer title with function words other', 'The album “Songs for the Open Road” topped the charts.', ['other']],
    ['does not call a title-case quote inside a title-case line other', 'Mother Says Pills She Bought Online “Burned Her From Within”', ['partial']],
    ['calls a nickname inside a name other', 'Marisol “Sol” Ferreira scored twice, as did Mr Tobias "Toby" Renn.', ['other', 'other']],
    ['calls a nickname after two given names other', 'The prize went to Ana Lucia “Lulu” Ferreira on Friday.', ['other']],
    ['calls a nickname that opens with an article other ("Jonathan “el Chino” Ledezma")', 'Kelso went ahead through Tomás “el Flaco” Ferreira after ten minutes.', ['other']],
    ['calls a name after "known … as" with words between other', 'Ibarra, known across the valley as “the Wall”, made seven saves.', ['other']],
    ['calls a name after "nicknamed it the" other', 'Critics have nicknamed it the “silver bridge” because of its cost.', ['other']],
    ['keeps a judgement after "branded it" as someone\'s words', 'The council branded it “reckless” on Monday.', ['partial']],
    ['does not call a quote inside a title-case run a nickname', 'Mother Says Plan She Backed Last Year Is Now “Reckless” After Vote', ['partial']],
    ['calls a hypothetical "as if to say" quote other', 'He shrugged as if to say “What did you expect?” and walked off.', ['other']],
    ['calls an inner scare quote other', '“The so-called ‘reform’ plan is a cut,” she said.', ['direct', 'other']],
    ['calls an inner quote reported by a speech verb partial', '“He told me: ‘I will resign tomorrow’, and then he left,” she said.', ['direct', 'partial']],
    ['calls a title after a kind of work and a comma other', 'Her third album, “Noites de Areia,” sold out in a week.', ['other']],
    ['calls a title after a work noun other, one word too', 'It recalls her 2019 hit ‘Tin Roof’, a slower song.', ['other']],
    ['calls a title followed by a year in brackets other', 'She recorded “Ceol an Chuain” (1976) on a borrowed reel.', ['other']],
    ['calls a lower-case label after "known as" other', 'Ridges near the summit, known as the "salt ribs", crack in spring.', ['other']],
    ['calls a label after "so-called" other', 'The so-called ‘blue corridor’ has cost the town its mill.', ['other']],
    ['calls a title-case quote between commas other', 'Two films, “Rio Pequeno,” and “Songs for the Harbour”, open the festival.', ['other', 'other']],
    ['keeps a title-shaped quote followed by a speech verb', '“Thank You All,” she said as she left.', ['direct']],
    ['keeps a title-shaped quote after a speech verb', 'He said “Never Again” twice before the vote.', ['partial']],
    ['keeps a sentence after a work noun', 'The report said: “Rivers in the north are retreating.”', ['direct']],
    ['calls an inner reported fragment partial', '“The inspector confirmed that ‘the crane was safe’ last week,” she said.', ['direct', 'partial']],
    ['calls a title with the comma or full stop inside the marks other', 'She told hosts of “Morning Harbour,” the breakfast show, and later “Tide Watch.”', ['other', 'other']],
    ['calls an analyst’s rating other', 'Kelso Capital kept its “hold” rating on the stock, and Orton Securities upgraded it to ‘buy’.', ['other', 'other']],
    ['keeps a word a speaker uses that looks like a rating', 'The minister said the unions would “hold” the line.', ['partial']],
    ['calls what a word means other, each gloss of a list', 'The band is called Wasa. The word means “river” or “road” in the old tongue.', ['other', 'other']],
    ['keeps what a fact implies, in someone’s words', 'She said the new rules mean “nobody will build here again”.', ['partial']],
    ['calls a sentence-case title after "piece" or "canvas" other', 'Her new piece, «Marée du soir», opens on Friday beside his canvas “Femmes de sel”.', ['other', 'other']],
    ['calls numbers or a handle alone in quotation marks other', 'The post (id “1448038800”) was shared by “@kelsoharbour” twice.', ['other', 'other']],
  ];
  for (const [name, body, kinds] of cases) {
    it(name, () => assert.deepEqual(quotesOf(body).map((q) => q.kind), kinds));
  }

  it('calls a quoted subhead other', () => {
    const body = 'The mayor opened the new pier on Monday in front of a large and cheerful crowd.\n\n‘NEW FACES’\n\nThe council plans a second pier for the north beach next year if money allows.';
    assert.deepEqual(quotesOf(body).map((q) => [q.text, q.kind]), [['NEW FACES', 'other']]);
  });

  it('calls words quoted in a link to another story other, a labelled speaker’s words not', () => {
    const body = 'The mayor opened the new pier on Monday in front of a large and cheerful crowd.\n\nRead more: Why the “blue economy” is back in fashion\n\nRelated: Mayor Lund: ‘We built it for the children’\n\nThe council plans a second pier for the north beach next year if money allows.';
    assert.deepEqual(quotesOf(body).map((q) => [q.text, q.kind]), [['blue economy', 'other'], ['We built it for the children', 'direct']]);
  });

  it('leaves speaker and cue empty', () => {
    const [q] = quotesOf('“We will rebuild,” the mayor said.');
    assert.equal(q!.speaker, null);
    assert.equal(q!.cue, null);
  });
});

describe('quotes: an apostrophe that opens a paragraph', () => {
  it('reads an ʻokina written as \' at a paragraph’s start as no quotation when nothing closes it', () => {
    const text = "Church gifts\n\n'Ofa Tupou, 46, has given every year since she was a girl. This year her family's envelope holds 3,000 pa'anga.\n\n‘When they call your name, everybody hears the number,’ she says.";
    const quotes = analyze(text).quotes;
    assert.deepEqual(quotes.map((q) => q.text), ['When they call your name, everybody hears the number,']);
    assert.equal(quotes[0]!.speaker, analyze(text).actors.find((a) => /Tupou/.test(a.name))?.id);
  });
  it('keeps a quotation that runs on into a paragraph reopened with the same mark', () => {
    const text = "Strike goes on\n\nThe union leader spoke for an hour.\n\n'We will not go back to work for less than we asked for in March.\n\n'We have waited two years already,' said Ana Roe.";
    assert.deepEqual(analyze(text).quotes.map((q) => q.text), ['We will not go back to work for less than we asked for in March.', 'We have waited two years already,']);
  });
});
