import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import { linkActors, type Linked } from '../../../src/core/actors';
import { orgKind } from '../../../src/core/actors/orgKinds';
import { ROLE_RULES } from '../../../src/core/actors/roles.en';
import type { Segmentation } from '../../../src/core/anatomy';
import { findMentions } from '../../../src/core/entities';
import type { Actor, Article, Paragraph } from '../../../src/core/types';

/** One article, blank-line paragraphs. */
function link(text: string): Linked {
  const paragraphs: Paragraph[] = [];
  const re = /[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) paragraphs.push({ range: [m.index, m.index + m[0].length], article: 0, kind: 'body' });
  const article: Article = { headline: '', headlineRange: [0, 0], range: [0, text.length], dateline: null, datelineRange: null, published: null, sections: [] };
  const seg: Segmentation = { articles: [article], paragraphs };
  return linkActors(text, findMentions(text, paragraphs), seg);
}

/** The role the engine gives the actor named `name` in `text`. */
function roleOf(text: string, name: string): string | null | undefined {
  return analyze(text).actors.find((x) => x.name === name)?.role;
}

function actor(l: Linked, name: string): Actor {
  const a = l.actors.find((x) => x.name === name || x.aliases.includes(name));
  assert.ok(a, `no actor "${name}" in ${JSON.stringify(l.actors.map((x) => [x.name, x.type]))}`);
  return a;
}

describe('roles', () => {
  describe('each role rule on its own example', () => {
    for (const rule of ROLE_RULES) {
      it(`${rule.id}: ${rule.reads}`, () => {
        const a = analyze(rule.example).actors.find((x) => x.name === rule.actor || x.aliases.includes(rule.actor));
        assert.ok(a, `no actor "${rule.actor}"`);
        assert.equal(a.role, rule.role);
      });
    }
  });

  describe('of sides in a sports story', () => {
    it('calls a side with no kind in its name, that plays, a club of the story\'s sport', () => {
      const a = analyze('Marlins hold on\n\nThe Marlins held on to win 12-10 on Saturday in the rugby, and they host Pūkeko Flat next week.\n\nResults\n\nPūkeko Flat 27 Tōtara Vale 9\nKelso 20 Orton 3').actors;
      assert.equal(a.find((x) => x.name === 'Pūkeko Flat')?.role, 'rugby club');
      assert.equal(a.find((x) => x.name === 'Tōtara Vale')?.role, 'rugby club');
    });
    it('reads a cricket side from "a win over X"', () => {
      const a = analyze('Cricket\n\nKelso Mariners take the title\n\nThe Kelso Mariners took the title with a six-wicket win over the Dunmore Herons at the Oval.\n\nSCORES: Dunmore Herons 231 & 208; Kelso Mariners 166 & 275-6. Mariners won by six wickets.').actors;
      assert.equal(a.find((x) => x.name === 'Dunmore Herons')?.role, 'cricket club');
    });
  });

  describe('of news outlets, known by where the text names them', () => {
    const cases: Array<[text: string, name: string, role: string | null]> = [
      ['The plan is dead, the mayor told the Kelso Star on Monday.', 'Kelso Star', 'newspaper'],
      ['Ana Ruiz, a columnist for The Tarnby Review, disagreed with the plan.', 'Tarnby Review', 'magazine'],
      ['Ferries stop\n\nBy Ada Wren, Orvane Lighthouse\n\nFerries will stop on Monday, the operator said.', 'Orvane Lighthouse', 'news outlet'],
      ['Kelso Newswire\'s correspondent saw the ferry sink on Monday.', 'Kelso Newswire', 'news agency'],
      // Told to a body that is no outlet: no outlet's role.
      ['The plan is dead, the minister told the Kelso Borough Council on Monday.', 'Kelso Borough Council', 'council'],
    ];
    for (const [text, name, role] of cases) {
      it(`"${name}" → ${role}`, () => {
        const a = analyze(text).actors.find((x) => x.name === name || x.aliases.includes(name) || x.name === `The ${name}`);
        assert.ok(a, `no actor "${name}" in ${JSON.stringify(analyze(text).actors.map((x) => x.name))}`);
        assert.equal(a.role, role);
      });
    }
  });

  describe('of organisations the text does not describe, from the kind their name says', () => {
    const cases: Array<[name: string, expected: string | null]> = [
      ['Dunmere University', 'university'],
      ['University of Kelso', 'university'],
      ['Ministry of Ports and Shipping', 'ministry'],
      ['Tarnby High Court', 'court'],
      ['National Renewal Party', 'party'],
      ['Harbour Workers Union', 'union'],
      ['Kelso Borough Council', 'council'],
      ['The Morning Beacon', 'newspaper'],
      ['Daily Lantern', 'newspaper'],
      ['Diario El Faro', 'newspaper'],
      ['Westfield Herald', 'newspaper'],
      ['Orton Rovers', 'team'],
      ['Tarnby Savings Bank', 'bank'],
      ['Associated Press', 'news agency'],
      ['Halvard', null],
      ['Silverline Tours', null],
    ];
    for (const [name, expected] of cases) {
      it(`"${name}" → ${expected ?? 'nothing'}`, () => assert.equal(orgKind(name), expected));
    }
  });

  describe('of organisations, from what the text says', () => {
    const cases: Array<[name: string, text: string, actorName: string, role: string]> = [
      ['takes the kind from the name when nothing else is said', 'Students at Dunmere University staged a sit-in on Monday.', 'Dunmere University', 'university'],
      ['takes a description written before the name', 'Only half the lots were sold, according to ferry operator Brightwater Sales Ltd, on Friday.', 'Brightwater Sales Ltd', 'ferry operator'],
      ['keeps an "X-based" adjective before the description', 'Analysts at Leeds-based brokerage Fallow Capital said prices would fall.', 'Fallow Capital', 'Leeds-based brokerage'],
      ['takes a present-tense relative clause', 'The Greystone Care Trust, which runs three hospices in the valley, said it was short of nurses.', 'Greystone Care Trust', 'runs three hospices in the valley'],
      ['ignores a relative clause that tells an event', 'Funding came from Orchard Lane Partners, which led a round in 2023.', 'Orchard Lane Partners', 'firm'],
      ['prefixes the kind to a "whose" clause', 'The Coastal Fishers Council, whose 20 members land most of the catch, objected.', 'Coastal Fishers Council', 'council whose 20 members land most of the catch'],
      ['takes "X is a ..." from a copula', 'The Tarnby Review Board is an independent statutory body. It meets monthly.', 'Tarnby Review Board', 'independent statutory body'],
      ['takes the common noun the text later uses for it ("the party")', 'The Velar Forum said it would contest every seat, and the party says it has 40,000 members.', 'Velar Forum', 'party'],
      ['takes an apposition whose head comes second ("a think tank")', 'The Dunmore Institute for Fiscal Research, a think tank, said taxes would rise.', 'Dunmore Institute for Fiscal Research', 'think tank'],
      ['takes a description written before the name and a comma ("The airline, X,")', 'The airline, Skyhop, said flights would resume.', 'Skyhop', 'airline'],
      ['prefers a described common noun to the bare kind ("the coastal rescue agency")', 'Boats from the Coastal Rescue Agency reached the ferry at dawn. Ada Lyle, head of Velmar\'s coastal rescue agency, said all were safe.', 'Coastal Rescue Agency', "Velmar's coastal rescue agency"],
      ['does not take a noun that modifies another for the organisation ("the bank account")', 'The Kelso Valley Municipality met on Monday. Only the municipal bank account was consulted.', 'Kelso Valley Municipality', ''],
      ['does not take another organisation\'s name before "says" for a description', 'The Kelso Drivers Union called a strike. The National Police Service says two men were arrested.', 'Kelso Drivers Union', 'union'],
      ['takes a described common noun of its kind for the organisation named just before', 'Brightpath Travel Ltd will cut 200 jobs. A statement from the budget travel company blamed fuel costs.', 'Brightpath Travel Ltd', 'budget travel company'],
      ['does not read a verb and its object after the name as a kind', 'The Harbour Standards Commission fined the company on Monday.', 'Harbour Standards Commission', 'commission'],
      ['calls the sides of a result teams', 'The Kelso Tigers beat the Tarnby Hawks 3-1 on Saturday.', 'Tarnby Hawks', 'team'],
      ['does not call players in a result teams', 'Ana Ruiz beat Mia Lenz 6-4 6-2 in the final.', 'Mia Lenz', ''],
      ['takes an apposition after "a" whose head is any kind of body ("a privately held venture")', 'Tarvo Lithium Holdings, a privately held Chilean-Danish venture, said drilling would start in May.', 'Tarvo Lithium Holdings', 'privately held Chilean-Danish venture'],
      ['keeps what qualifies the body in the apposition ("a small company in Kelso")', 'The kit was designed by Brennor Diagnostics Ltd, a small company in Kelso, with two hospitals.', 'Brennor Diagnostics Ltd', 'small company in Kelso'],
      ['does not take an apposition that says what happened ("a move that …")', 'Shares in Kelso Freight Holdings fell after the sale of Orvane Logistics Ltd, a move that surprised investors.', 'Orvane Logistics Ltd', 'company'],
      ['does not take an apposition that is a clause ("a polite smile deflected …")', 'Asked whether he was courting Dunmere Rovers FC, a polite smile deflected the question.', 'Dunmere Rovers FC', 'team'],
      ['does not take a fraction after a name for its description ("X, a fifth of …")', 'According to the brokerage Tarnby Insight Ltd, a fifth of voters are undecided.', 'Tarnby Insight Ltd', 'brokerage'],
      ['takes a description that opens the sentence before the name and a comma ("A cooperative in Kelso, X,")', 'A cooperative in Kelso, Tarnby Weavers Ltd, ships the rugs abroad.', 'Tarnby Weavers Ltd', 'cooperative in Kelso'],
      ['does not take a time that opens the sentence for a description ("A year later, X,")', 'A year later, Tarnby Weavers Ltd, the buyer, sold the mill.', 'Tarnby Weavers Ltd', 'company'],
      ['takes the kind a list names ("groups, notably the X")', 'The region has faced armed groups in the hills, notably the Red Ridge Brigade, since 2010.', 'Red Ridge Brigade', 'armed group'],
    ];
    for (const [name, text, actorName, role] of cases) {
      it(name, () => assert.equal(actor(link(text), actorName).role ?? '', role));
    }
  });

  it('takes a labelled credit line\'s people for writer and photographer ("Text: X · Photos: Y")', () => {
    const result = analyze('Harbour fees to rise\n\nText: Ines Varga · Photos: Tomas Brill\n\nFees will rise in April, the port said on Monday.');
    const role = (name: string): string | null | undefined => result.actors.find((a) => a.name === name)?.role;
    assert.deepEqual([role('Ines Varga'), role('Tomas Brill')], ['writer', 'photographer'], JSON.stringify(result.actors));
  });

  it('takes a line the outline reads as a byline for its reporter’s role', () => {
    const result = analyze('Harbour fees to rise\n\nInes Varga in Porto\n\nFees will rise in April, the port said on Monday.');
    assert.equal(result.actors.find((a) => a.name === 'Ines Varga')?.role, 'reporter', JSON.stringify(result.actors));
  });

  describe('of people', () => {
    const cases: Array<[name: string, text: string, actorName: string, role: string | null]> = [
      ['takes a lower-case job description before a title and name', 'Closing the hearing, assistant coroner Dr Miriam Holt said the road was unsafe.', 'Miriam Holt', 'assistant coroner'],
      ['does not take an engineer\'s "Eng." into the role', 'Kelso Freight chief executive Eng. Saeed Rashid Al Kaabi rang the bell.', 'Saeed Rashid Al Kaabi', 'Kelso Freight chief executive'],
      ['completes an age with the description that follows "The N-year-old"', 'Brian Keld, 61, was hurt in the crash.\n\nThe 61-year-old, a plumber and keen angler, was driving home.', 'Brian Keld', '61-year-old plumber and keen angler'],
      ['keeps "the firm\'s ROLE" as written when no firm is named', 'Ravi Mehta, the firm\'s founder, said the deal was done.', 'Ravi Mehta', "the firm's founder"],
      ['keeps "her ROLE" without an owner when no one else is named', 'Her lawyer, Simon Fry, said she would appeal.', 'Simon Fry', 'lawyer'],
      ['keeps "Org\'s ROLE, Name," as written', 'Kelso Council\'s finance chief, Ruth Ames, said cuts were needed.', 'Ruth Ames', "Kelso Council's finance chief"],
      ['keeps a relation to another person as written ("X\'s younger brother, Y,")', 'Leon Fox\'s younger brother, Max Fox, also plays for the club.', 'Max Fox', "Leon Fox's younger brother"],
      ['reads "an associate professor" as a noun phrase, not a verb', 'Meera Das, an associate professor of economics at Tarnby University, said the data was clear.', 'Meera Das', 'associate professor of economics at Tarnby University'],
      ['reads "written by" in a sentence as no credit line', 'The report was written by Dr Sara Bloom, a lecturer in law.', 'Sara Bloom', 'lecturer in law'],
      ['joins an age and the description after it', 'Helen Brook, 45, a teacher from Leeds, said the school was closing.', 'Helen Brook', '45-year-old teacher from Leeds'],
      ['takes a job written in capitals before the name', 'Local MP Sarah Venn said the closure was a disgrace.', 'Sarah Venn', 'Local MP'],
      ['reads an apposition before a name past an academic title', 'Closing the session, the senior judge, JUDr. Petra Nova, thanked the jurors.', 'Petra Nova', 'senior judge'],
      ['takes an organisation named with its kind after "of"', 'Demand is falling, says Lena Holm of software firm Orvane Data.', 'Lena Holm', 'software firm Orvane Data'],
      ['takes a sportsperson’s job before the name', 'Kenyan swimmer Ruth Wanjiku set a national record.', 'Ruth Wanjiku', 'Kenyan swimmer'],
      ['gives a plural job in lower case before a list to each name', 'Kenyan swimmers Ruth Wanjiku and Ann Chebet set a relay record.', 'Ann Chebet', 'Kenyan swimmer'],
      ['takes what "who was/is" says the person is', 'Ivo Brand, who was treasurer of the Kelso rowing club until May, resigned.', 'Ivo Brand', 'treasurer of the Kelso rowing club until May'],
      ['takes a job with a prefix ("co-", "deputy-") before the name', 'Harbour Party co-chairman Alan Brisk said the campaign would start in May.', 'Alan Brisk', 'Harbour Party co-chairman'],
      ['reads an apposed role past a courtesy title and a post-nominal', 'However, a constitutional lawyer, Mr Tunde Obasi (SAN), said the move would fail.', 'Tunde Obasi', 'constitutional lawyer'],
      ['reads a portfolio whose fields are listed with commas', 'The Minister for Tourism, Arts and Culture, Hon. Efua Mensima, paid tribute.', 'Efua Mensima', 'Minister for Tourism, Arts and Culture'],
      ['gives "his wife" to the person of the same family name', 'Tom Ashby, 40, died at the scene, the Kelso Coroner Office heard. His wife, Jane Ashby, said he was careful.', 'Jane Ashby', "Tom Ashby's wife"],
      ['writes "its ROLE" as ROLE of the organisation, with the noun the text gives it', 'The Save Orton Pool group handed in a petition. Its chairwoman, Edna Price, said the pool was vital.', 'Edna Price', 'chairwoman of Save Orton Pool group'],
      ['keeps ", of the X group," after a title role', 'Independent councillor Raj Patel, of the Better Orton group, said the vote was rushed.', 'Raj Patel', 'Independent councillor, of the Better Orton group'],
      ['names the organisation "the ministry" stands for, keeping "the"', 'The Ministry of Ports and Shipping issued figures. "We are ready," said Lara Quist, the ministry\'s spokeswoman.', 'Lara Quist', 'spokeswoman of the Ministry of Ports and Shipping'],
      ['takes a "who" clause with any present-tense verb', 'Samuel Oduya, who grows maize near Eldama, said the rains were late.', 'Samuel Oduya', 'grows maize near Eldama'],
      ['keeps a description before the name with a "now the ..." apposition', 'He was joined by former deputy mayor Ines Carvalho, now the party\'s treasurer.', 'Ines Carvalho', "former deputy mayor, the party's treasurer"],
      ['takes "Minister of X, Name," before the name', 'Minister of Coastal Affairs, Petra Lund, said the levy would stay.', 'Petra Lund', 'Minister of Coastal Affairs'],
      ['keeps the apposition, not a past job in a later relative clause', 'The court jailed Jan Nowicki, the former mayor of Wieliczka, on Monday. Nowicki, 61, who led the town for a decade, did not react.', 'Jan Nowicki', 'former mayor of Wieliczka'],
      ['takes a job noun alone opening the sentence before the name', 'Rain is coming. Meteorologist Amaru Quispe said the storm would pass by noon.', 'Amaru Quispe', 'Meteorologist'],
      ['takes "Minister of X, Name," after a sentence with an "of" of its own', 'The mayor accused the council of delay. Minister of Coastal Affairs, Petra Lund, said the levy would stay.', 'Petra Lund', 'Minister of Coastal Affairs'],
      ['takes a lower-case "minister of X and Y" before the name', 'The talks stalled, minister of mines and energy Tomas Okafor told reporters.', 'Tomas Okafor', 'minister of mines and energy'],
      ['takes "Org chief executive" before the name', 'Velmar Rail chief executive Ines Borg said fares would rise.', 'Ines Borg', 'Velmar Rail chief executive'],
      ['takes "Name, Title, Org," as the title at the organisation', 'Sam Hale, Director, Kestrel Securities, said the bond was safe.', 'Sam Hale', 'Director, Kestrel Securities'],
      ['takes a lower-case title and the organisation after the name', 'The fares are fixed a year ahead, said Ivo Lasko, chairman, Kelso Coach Operators Forum.', 'Ivo Lasko', 'chairman, Kelso Coach Operators Forum'],
      ['gives a bare officer\'s title the company the business story names most', 'Dunmore Foods raised its prices. Dunmore Foods said profits fell. The Orton Exchange closed early. Finance director Ivo Lasko said costs rose.', 'Ivo Lasko', 'Finance director of Dunmore Foods'],
      ['shares an owner between two officers joined by "and"', "Funds want to replace Velo's chairman Ada Marr and chief executive Ben Cole. Velo shares fell.", 'Ben Cole', "Velo's chief executive"],
      ['gives no company to a chairman outside a business story', 'The Harbour Party met on Monday. The Harbour Party chose a leader. Chairman Ivo Lasko said the vote was fair.', 'Ivo Lasko', 'Chairman'],
      ['gives no company named once among several', 'Kelso Freight Ltd signed a deal with Dunmore Foods Plc. Chief executive Ivo Lasko said profits fell.', 'Ivo Lasko', 'Chief executive'],
      ['reads an author\'s note over the byline\'s reporter, before the title it wrote', 'Ports and people\n\nBy Ada Wren\n\nThe port is quiet.\n\nAda Wren is a writer and author of "The Long Quay", a memoir.', 'Ada Wren', 'writer and author'],
      ['reads no note from a long paragraph that opens with the name', 'Ports and people\n\nBy Ada Wren\n\nThe port is quiet.\n\nCarl Ode is an able talker and a patient man, whatever his critics say, and the quay has never had a better friend than him in all the years since the cranes came, the trawlers left and the warehouses were turned into flats for people who work in the city and sleep here.', 'Carl Ode', null],
      ['takes a description before an organisation written with "the"', 'A housing charity, the Kelso Land Trust, is paying for the roofs.', 'Kelso Land Trust', 'housing charity'],
      ['takes no name of a list of organisations for a description', 'Cuts fall on the Orton Potato Board, the Kelso Dairy Council, the Dunmore Wine Board and others.', 'Kelso Dairy Council', 'council'],
      ['takes "the finance minister, Name," as an apposition', 'The finance minister, Aldo Reyes, said the budget was balanced.', 'Aldo Reyes', 'finance minister'],
      ['gives no caption word to a person the caption does not credit', 'Photo: Lena Moss/Harbour Press\n\nThe ferry left at noon, said Carl Ode, a ticket clerk.', 'Carl Ode', 'ticket clerk'],
      ['takes a team position before the name, of the club named before it', 'The Marlins, the home side, were sharper early, and loosehead prop Sione Vake crashed over.', 'Sione Vake', 'loosehead prop of Marlins'],
      ['takes two jobs joined by "and" before the name, of the organisation "its" stands for', 'Kelso Labs has two floors, and its co-founder and chief executive, Ana Ruiz, works on both.', 'Ana Ruiz', 'co-founder and chief executive of Kelso Labs'],
      ['keeps the number of an age written before the name', 'The clerk was named as 27-year-old Tom Sayer.', 'Tom Sayer', '27-year-old'],
      ['takes a person noun of the lexicon in an apposition', 'The award went to Mia Lenz, a retired performer who had never acted.', 'Mia Lenz', 'retired performer'],
      ['reads "who runs" after an age', '“I voted for him twice,” said Lena Marsh, 58, who runs a hair salon on Dock Road.', 'Lena Marsh', '58-year-old, runs a hair salon on Dock Road'],
      ['keeps the age of an age written before a title and the name', 'The dead were named as 34-year-old taxi operator Tom Sayer and a mason.', 'Tom Sayer', '34-year-old taxi operator'],
      ['spells out "Coun." in the role', 'Coun. Ada Brill moved the amendment.', 'Ada Brill', 'Councillor'],
      ['keeps an office named with common words before a full name as the role', 'The figures were read by Kelso County Recorder Helen Dorsey on Monday.', 'Helen Dorsey', 'Kelso County Recorder'],
      ['keeps a portfolio after "for" with its title', 'The letter came from Undersecretary for Coastal Affairs Wendy Orme on Monday.', 'Wendy Orme', 'Undersecretary for Coastal Affairs'],
      ['keeps an adjective before a title in the role', '“We object,” said Karoo Municipal Director Jane Moss.', 'Jane Moss', 'Karoo Municipal Director'],
      ['reads a portfolio of several parts before an apposed name', "The state's Minister for Energy and Industry Transition, Rebecca Lowden, said the plan would stay.", 'Rebecca Lowden', 'Minister for Energy and Industry Transition'],
      ['reads "Member of Parliament for the area" before an apposed name', 'Member of Parliament for the area, Simone Barrett-Hall, called for more patrols.', 'Simone Barrett-Hall', 'Member of Parliament for the area'],
      ['reads an apposition whose first word may be a verb before a role noun', 'Mick Donnelly, state secretary of the Mining Workers Union, said his members were angry.', 'Mick Donnelly', 'state secretary of the Mining Workers Union'],
      ['credits the photographer of the label nearest the name in a caption', 'Harbour fees to rise\n\nPhoto: A farmer on the bank in Dacope. Image: Sajid Karim/Delta Press\n\nFees will rise.', 'Sajid Karim', 'photographer'],
      ['reads a name line above a place and "Published" as the byline', 'Harbour fees to rise\n\nFarhana Rahim\nDhaka | Published: 08 Aug 2026, 10:05 AM\n\nFees will rise in April.', 'Farhana Rahim', 'reporter'],
      ['reads "Interview by" as the interviewer', 'A life in verse\n\nInterview by Elif Koray\n\nThe poet met us at noon.', 'Elif Koray', 'interviewer'],
      ['calls the people a live blog credits its live blog reporters', 'LIVE: Kelso ferry strike – all the latest\n\nLive updates by Ada Wren and Tom Sayer\n\n12:40\nThe ferries stopped at noon.', 'Tom Sayer', 'live blog reporter'],
      ['reads "The X live team:" as a credit line', 'Kelso floods live: river bursts its banks\n\nThe Kelso Ledger live team: Ada Wren and Tom Sayer in Tarnby\n\n12:40\nThe river rose at noon.', 'Ada Wren', 'live blog reporter'],
      ['keeps a reporter of a story that only mentions live music a reporter', 'Harbour fees to rise\n\nBy Ada Wren\n\nBands will play live at the harbour on Friday. Fees will rise in April.', 'Ada Wren', 'reporter'],
      ['reads "Compiled by" in a credit line', 'Port digest\n\nThe port reopened on Monday.\n\n(Compiled by Mai Lan Thu; Editing by Rob Quill)', 'Mai Lan Thu', 'compiler'],
      ['reads an apposition opening with a participle before the role noun', 'Rita Olave, managing partner at Condor Ventures, said the fund was closed.', 'Rita Olave', 'managing partner at Condor Ventures'],
      ['reads an apposition after a degree written after the name', 'Dr. Ines Marta, PhD, an economist at the Kelso Institute, said prices would fall.', 'Ines Marta', 'economist at the Kelso Institute'],
      ['reads an owner’s role that ends in the body it sits in', "Talks stalled. PAM's parliamentary leader in the Orton Assembly, Tariq Rauf, demanded the names.", 'Tariq Rauf', "PAM's parliamentary leader in the Orton Assembly"],
      ['reads a party member word before a full name as the role', 'House Republican Thomas Vell said the bill would fail.', 'Thomas Vell', 'House Republican'],
      ['ends an apposition before the other name it introduces', 'Salma Haddad, a retired midwife known across the camp as Umm Rami, keeps the queue.', 'Salma Haddad', 'retired midwife'],
      ['takes a job noun without an article after an age', 'The nets are ours, says Oduya, 46, president of the Kelby Net Menders’ Guild, which has 80 members.', 'Oduya', '46-year-old president of the Kelby Net Menders’ Guild'],
      ['reads a one-word compound job and a clause with a number in it', 'Ines Varga, 61, a retired schoolteacher from Kelby who lost 12,500 euros, said she was angry.', 'Ines Varga', '61-year-old retired schoolteacher from Kelby who lost 12,500 euros'],
      ['keeps the relative clause of a description after an age', 'Oskar Lind, 66, a retired welder who coaches the junior team, said it was hard.', 'Oskar Lind', '66-year-old retired welder who coaches the junior team'],
      ['reads "Title of the Body" before a name as the role, the body apart from the name', 'Speaker of the Assembly Arben Kolari said the vote would wait.', 'Arben Kolari', 'Speaker of the Assembly'],
      ['reads a title "of" a field from its own sentence only', 'The fund pays for schools across Kelso. Director of research Ana Brill said it would grow.', 'Ana Brill', 'Director of research'],
      ['ends a credit at a separator: the photographer after an interviewer', 'Salt and felt\n\nInterview by Ada Wren · Photos: Tom Sayer\n\nThe makers work indoors.', 'Tom Sayer', 'photographer'],
      ['ends a byline at a separator: the photographer after a reporter', 'Salt and felt\n\nBy Ada Wren | Photos: Tom Sayer\n\nThe makers work indoors.', 'Tom Sayer', 'photographer'],
      ['credits the name after "©" in a caption as its photographer', 'Salt and felt\n\nThe makers work indoors.\n\nTraders at the market. © KTP/Tom Sayer', 'Tom Sayer', 'photographer'],
      ['takes a doer’s noun no role list knows before the name', 'The hosts rallied once setter Davoud Rahimi found his range.', 'Davoud Rahimi', 'setter'],
      ['takes a "-man" job and a hand before the name', 'The plan was presented by alderman Joost van Delden. Kelso left-hander Ivo Marr pitched two innings.', 'Ivo Marr', 'Kelso left-hander'],
      ['takes no common word the lexicon knows for a doer’s noun', 'In the summer Ivo Marr sold the boat.', 'Ivo Marr', null],
      ['takes no unit of a figure into a role before the name', 'World 400m record holder Ana Brill said she was fit.', 'Ana Brill', 'record holder'],
      ['reads a compound job before a name with "Comrade"', 'The drivers’ secretary-general, Comrade Tendai Moyo, said the boycott would go on.', 'Tendai Moyo', 'drivers’ secretary-general'],
      ['keeps the short relative clause of an apposition', 'Mira Tal, a hydrologist who runs the gauging station, said levels had fallen.', 'Mira Tal', 'hydrologist who runs the gauging station'],
      ['takes a trade written before the name, not the age after it', "The warehouse's night guard, Rolan Dizon, 52, chased the men off.", 'Rolan Dizon', "warehouse's night guard"],
      ['reads a short lower-case description after an age without a known job noun', 'Kamala Rai, 36, a vegetable seller, carried her children through the water.', 'Kamala Rai', '36-year-old vegetable seller'],
      ['reads "(Reporting by X; Editing by Y)" for each name', 'Port digest\n\nThe port reopened on Monday. (Reporting by Lena Brook; Editing by Ruth Kemp)', 'Lena Brook', 'reporter'],
      ['reads the editor of "(Reporting by X; Editing by Y)"', 'Port digest\n\nThe port reopened on Monday. (Reporting by Lena Brook; Editing by Ruth Kemp)', 'Ruth Kemp', 'editor'],
      ['reads "Contributing: X in Y" as a contributing reporter', 'Port digest\n\nThe port reopened on Monday.\n\nContributing: Kojo Addo in Kumasi', 'Kojo Addo', 'contributing reporter'],
      ['credits "(Agency/Name)" ending a caption without a label', 'Port digest\n\nA screen shows the index. (Harbour Daily/Budi Prasetyo)\n\nThe port reopened on Monday.', 'Budi Prasetyo', 'photographer'],
      ['reads a byline title up to a separator', 'Port digest\n\nBy Ama Owusu, Court Correspondent | aowusu@paper.example\n\nThe port reopened on Monday.', 'Ama Owusu', 'Court Correspondent'],
      ['reads "Resident Magistrate" as a title, not part of the name', 'Resident Magistrate Halima Kirobo said the sentence should serve as a warning.', 'Halima Kirobo', 'Resident Magistrate'],
      ['keeps the party named before a capitalised title', 'Harbour Party MP Ana Ruiz said the bill was wrong.', 'Ana Ruiz', 'Harbour Party MP'],
      ['adds the outlet a byline names after the reporter', 'Harbour strike ends\n\nBy Ana Ruiz, Harbour Courier\n\nWorkers went back on Monday, the union told the Harbour Courier.', 'Ana Ruiz', 'reporter, Harbour Courier'],
      ['adds the outlet after a pipe to "Interview by"', 'A life in verse\n\nInterview by Elif Koray | Tide Weekly\n\nThe poet met us at noon, she told Tide Weekly.', 'Elif Koray', 'interviewer, Tide Weekly'],
      ['credits "(Name / Agency)" at the end of a caption', 'Harbour fees to rise\n\nPhoto: Dockers cheer the deal. (Marek Sowa / Coastline Images)\n\nFees will rise.', 'Marek Sowa', 'photographer'],
      ['reads a name line above "Published" as the byline', 'Harbour fees to rise\n\nAmira Sultan\nPublished March 3, 2026\n\nFees will rise in April.', 'Amira Sultan', 'reporter'],
      ['takes the role after a later determiner when the first phrase’s head is no role', 'The trial of the ferry\'s captain, Levent Karan, resumes on July 3.', 'Levent Karan', "ferry's captain"],
      ['takes "By X" after a separator on a dateline’s line for a byline', 'Exam results out\n\nThursday, 20 August 2026 | By Mugisha Eric\n\nPupils did well, the ministry said.', 'Mugisha Eric', 'reporter'],
      ['ends a credit at a full stop before the next ("Words by X in Y. Photographs by Z")', 'Herders move on\n\nWords by Tom Hale in Bayan province. Photographs by Ena Tsend\n\nThe herders moved their flocks on Monday.', 'Ena Tsend', 'photographer'],
      ['keeps an initial inside a credit ("Words by J. Roe")', 'Herders move on\n\nWords by J. Roe. Photographs by Ana Marr\n\nThe herders moved their flocks on Monday.', 'J. Roe', 'writer'],
      ['takes a party to a case in apposition', 'The plaintiff, Samir Nader, 71, taught mathematics for 34 years.', 'Samir Nader', 'plaintiff'],
      ['takes an everyday description before the name for its role, not for part of the name', 'Retiree Kavin Rajan, 67, said the staff were helpful.', 'Kavin Rajan', 'Retiree'],
    ];
    for (const [name, text, actorName, role] of cases) {
      it(name, () => assert.equal(actor(link(text), actorName).role, role));
    }
  });

  describe('of a role the text gives nearby: its organisation, its acronym spelled out, a sentence about the person', () => {
    const cases: Array<[name: string, text: string, actor: string, role: string]> = [
      ['gives a head teacher the school the paragraph before is about', 'Exam results out\n\nPupils at Kelso Grammar School crowded round the notice board on Monday as teachers pinned up the list.\n\nThe head teacher, Ines Marr, said every candidate had passed.', 'Ines Marr', 'head teacher of Kelso Grammar School'],
      ['takes no organisation from a sentence that names two', 'Storm damage\n\nThe Tarnby Fire Service and the Kelso Water Board worked through the night. A spokesperson, Ines Marr, said nobody was hurt.', 'Ines Marr', 'spokesperson'],
      ['gives a bare "president" no company: a country has one too', 'Mine deal\n\nThe Tarnby Mining Company signed the deal with the government on Monday. The president, Ines Marr, said the mine would open in May.', 'Ines Marr', 'president'],
      ['spells out the acronym: "KWB’s general manager" → "general manager of the Kelso Water Board"', 'Taps run dry\n\nThe Kelso Water Board (KWB) has cut supply to two days a week.\n\nKWB’s general manager, Ines Marr, said repairs would take a month.', 'Ines Marr', 'general manager of the Kelso Water Board'],
      ['puts the name in the acronym’s place when the role has a complement of its own', 'Budget vote\n\nThe Tarnby Reform Party (TRP) will vote against the budget.\n\nTRP’s leader in the assembly, Ines Marr, said the cuts went too far.', 'Ines Marr', "Tarnby Reform Party's leader in the assembly"],
      ['names the initiative a director is of', 'Bookshops reopen\n\nBooksellers returned on Tuesday, helped by the Kelso Pages Initiative (KPI), which paid for the repairs. The initiative’s director, Ines Marr, said more shops would follow.', 'Ines Marr', 'director of the Kelso Pages Initiative'],
      ['names the cooperative a chairman is of', 'Cattle thefts\n\nThe Kelso Ranchers’ Cooperative has called for a register of brands. The cooperative’s chairman, Ines Marr, said thefts had doubled.', 'Ines Marr', 'chairman of the Kelso Ranchers’ Cooperative'],
      ['reads "X, 52, chairs the Y" as the chair of Y, over the age alone', 'Mangroves return\n\nThe trees are back on the shore at Kelso.\n\nInes Marr, 52, chairs the Kelso Mothers’ Circle, forty women who plant mangroves. “We started with nothing,” she said.', 'Ines Marr', '52-year-old chair of the Kelso Mothers’ Circle'],
      ['reads "X, 29, is a marine biologist with the Y" as what X is', 'Reef frames\n\nThe frames sit in the lagoon off Tarnby.\n\nIna Roe ties coral onto a frame. Roe, 29, is a marine biologist with the Tarnby Reef Trust. “It grows back,” she said.', 'Ina Roe', '29-year-old marine biologist with the Tarnby Reef Trust'],
      ['reads "a geographer at X" as a job, like "a hydrologist at X"', 'Sea rising\n\nIna Roe, a coastal geographer at Kelso University, compared aerial photographs with satellite images.', 'Ina Roe', 'coastal geographer at Kelso University'],
      ['reads "Our baritone, X," as the role alone, owned by nobody the text names', 'The long rehearsal\n\nAna Roe directs the new opera. The soloists were suspicious at first. Our baritone, Ivo Marr, came to me after the first week.', 'Ivo Marr', 'baritone'],
      ['reads the author a dated line ends on as the reporter', 'Harbour fees to rise\n\nPosted on Sunday, 22 February 2026 by Kerwin Dalby\n\nFees will rise in April, the port said.', 'Kerwin Dalby', 'reporter'],
      ['reads no author from a sentence that opens with "Posted"', 'Harbour fees to rise\n\nPosted on social media by the analyst Kerwin Dalby, the clip went viral on Monday.', 'Kerwin Dalby', 'analyst'],
      ['reads the story’s description of a person over a photo caption’s', 'Harbour study finds more fish\n\nPhoto: Dr Ana Ruiz, lead author, at the lab in Kelso.\n\nThe study was led by marine biologist Dr Ana Ruiz of Kelso University.', 'Ana Ruiz', 'marine biologist, of Kelso University'],
    ];
    for (const [name, text, actor, role] of cases) it(name, () => assert.equal(roleOf(text, actor), role));
    it('leaves a role whose owner is written before it alone', () => {
      const text = 'Transfer talk\n\nTarnby Rovers want Dan Oyelaran, who has fallen out with Kelso\'s sporting director Ines Marr.';
      assert.notEqual(roleOf(text, 'Ines Marr'), 'sporting director of Tarnby Rovers');
    });
    it('takes no judgement for a role ("is a deserved winner")', () => {
      const text = 'Awards night\n\nThe prizes were given out on Monday in Kelso. Ina Roe was a deserved winner, the jury said.';
      assert.notEqual(roleOf(text, 'Ina Roe'), 'deserved winner');
    });
  });

  it('joins a title and the house of worship after the name: "Imam X, of the Y Masjid," → "Imam of the Y Masjid"', () => {
    const text = 'Lights for Divali\n\nImam Nazir Khan, of the Tarnby Jama Masjid, said members of his congregation would help with parking.';
    assert.equal(roleOf(text, 'Nazir Khan'), 'Imam of the Tarnby Jama Masjid');
  });

  it('describes a company whose name says only that it is one by the trade the text gives it ("the miner")', () => {
    const text = 'Nickel output rises\n\nPT Kelso Nikel Tbk said on Monday that output rose 12% in the quarter. The miner expects prices to recover next year, it said.';
    assert.equal(analyze(text).actors.find((x) => /Kelso Nikel/.test(x.name))?.role, 'miner');
  });
  it('takes no trade for an organisation whose name says nothing of what it is ("the utility" after a software maker)', () => {
    const text = 'Update pulled\n\nOrvane pulled its update on Monday. The utility had deleted files on some computers, users said.';
    assert.notEqual(analyze(text).actors.find((x) => x.name === 'Orvane')?.role, 'utility');
  });
});
