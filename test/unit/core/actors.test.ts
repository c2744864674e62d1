import * as assert from 'node:assert/strict';
import { linkActors, type Linked } from '../../../src/core/actors';
import { analyze } from '../../../src/core/analyze';
import type { Segmentation } from '../../../src/core/anatomy';
import { findMentions } from '../../../src/core/entities';
import { withShortOrgNames } from '../../../src/core/entities/shortNames';
import type { Actor, Article, Mention, Paragraph } from '../../../src/core/types';

/** A hand-made segmentation: one article, blank-line paragraphs, an optional publication date. */
function segmentation(text: string, published: string | null = null): Segmentation {
  const paragraphs: Paragraph[] = [];
  const re = /[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) paragraphs.push({ range: [m.index, m.index + m[0].length], article: 0, kind: 'body' });
  const article: Article = {
    headline: '',
    headlineRange: [0, 0],
    range: [0, text.length],
    dateline: null,
    datelineRange: null,
    published,
    sections: [],
  };
  return { articles: [article], paragraphs };
}

function link(text: string, published: string | null = null): Linked & { mentions: Mention[] } {
  const seg = segmentation(text, published);
  const mentions = findMentions(text, seg.paragraphs);
  return { ...linkActors(text, mentions, seg), mentions };
}

function actor(l: Linked, name: string): Actor {
  const a = l.actors.find((x) => x.name === name || x.aliases.includes(name));
  assert.ok(a, `no actor "${name}" in ${JSON.stringify(l.actors.map((x) => x.aliases))}`);
  return a;
}

describe('linkActors', () => {
  describe('groups mentions of one person', () => {
    const cases: Array<[name: string, text: string, full: string, alias: string]> = [
      ['a surname after the full name', 'Marta Quill arrived late. Quill said the roads were closed.', 'Marta Quill', 'Quill'],
      ['a title and surname ("Mr X")', 'Oskar Lindqvist spoke first. Later Mr Lindqvist left the room.', 'Oskar Lindqvist', 'Lindqvist'],
      ['a first name used alone', 'Ingrid Solberg and her son arrived. Ingrid said she was tired.', 'Ingrid Solberg', 'Ingrid'],
      ['a headline surname before the full name', 'Brandvold shoulders blame\n\nFly-half Tomas Brandvold admitted his kicking cost the game.', 'Tomas Brandvold', 'Brandvold'],
      ['a shorter form of a longer name', 'Te Rangi Hemi Walker spoke. Later Te Rangi Walker left.', 'Te Rangi Hemi Walker', 'Te Rangi Walker'],
      ['a surname with a particle', 'Pieter van der Meer led it. "It was hard," said van der Meer.', 'Pieter van der Meer', 'van der Meer'],
      ['a surname after a name with a senior counsel’s letters', 'Her counsel, Advocate Pieter van Dalen SC, argued for bail.\n\n“We will appeal,” said van Dalen.', 'Pieter van Dalen', 'van Dalen'],
      ['a scorecard’s initial and surname', 'Captain Tevin Cudjoe made 57 on Sunday.\n\nSCORES: Warriors 168/9 (T. Cudjoe 57).', 'Tevin Cudjoe', 'T. Cudjoe'],
      ['an initial and surname before the full name', 'Team: R Lasko, M Dorn.\n\nThe try came from Ruben Lasko after ten minutes.', 'Ruben Lasko', 'R Lasko'],
      ['two family names in capitals before the given name', 'Photo: Dr NDORI KALALA Claudine in the field.\n\nThe study was led by Dr Claudine Ndori Kalala.', 'Claudine Ndori Kalala', 'NDORI KALALA Claudine'],
      ['a caption’s family name in capitals before the given name', 'Photo: Dr NDORI Claudine in the field.\n\nThe study was led by Dr Claudine Ndori.', 'Claudine Ndori', 'NDORI Claudine'],
    ];
    for (const [name, text, full, alias] of cases) {
      it(`links ${name}`, () => {
        const l = link(text);
        const a = actor(l, full);
        assert.equal(a.name, full);
        assert.ok(a.aliases.includes(alias), JSON.stringify(a.aliases));
        assert.equal(l.actors.filter((x) => x.type === 'person').length, 1, JSON.stringify(l.actors.map((x) => x.name)));
      });
    }
  });

  it('keeps an initial apart from a full name it does not begin', () => {
    const l = link('Ruben Lasko scored on Sunday.\n\nTeam: M Lasko, T Dorn.');
    assert.ok(!actor(l, 'Ruben Lasko').aliases.includes('M Lasko'), JSON.stringify(l.actors.map((x) => x.aliases)));
  });

  it('keeps two people sharing a surname apart', () => {
    const l = link('Halvard Brecke met Sigrid Brecke on Monday. The two are not related.');
    assert.equal(l.actors.filter((a) => a.type === 'person').length, 2);
  });

  it('gives a bare surname to the nearest preceding full mention', () => {
    const text = 'Halvard Brecke spoke in the morning. Later Sigrid Brecke arrived. Brecke said she was pleased.';
    const l = link(text);
    const bare = l.mentions.find((m) => m.text === 'Brecke' && m.range[0] > text.indexOf('arrived'));
    assert.ok(bare);
    assert.equal(bare.actor, actor(l, 'Sigrid Brecke').id);
  });

  it('gives a bare surname to a person of its own article, not of another article in the file', () => {
    const text = 'Harbour talks resume\n\nMarta Quill opened the talks.\n\nSchool fees to rise\n\nQuill said fees were too high. Later Jon Quill, a parent, agreed.';
    const seg = segmentation(text);
    const second = text.indexOf('School');
    seg.articles = [
      { ...seg.articles[0]!, range: [0, second] },
      { ...seg.articles[0]!, range: [second, text.length] },
    ];
    const mentions = findMentions(text, seg.paragraphs);
    const l = linkActors(text, mentions, seg);
    const bare = mentions.find((m) => m.text === 'Quill');
    assert.equal(bare?.actor, actor(l, 'Jon Quill').id);
    assert.equal(actor(l, 'Marta Quill').mentions.length, 1);
  });

  it('sets every person and organisation mention’s actor', () => {
    const l = link('Marta Quill joined Halden Shipping Corp in 2019. Quill now runs it.');
    for (const m of l.mentions) {
      if (m.type === 'person' || m.type === 'organization') assert.ok(m.actor && l.actors.some((a) => a.id === m.actor));
      else assert.equal(m.actor, null);
    }
  });

  it('links an acronym introduced in parentheses to its expansion', () => {
    const l = link('The Civic Renewal Forum (CRF) met on Monday. The CRF said talks would go on.');
    const a = actor(l, 'Civic Renewal Forum');
    assert.equal(a.type, 'organization');
    assert.ok(a.aliases.includes('CRF'));
    assert.equal(a.mentions.length, 3);
  });

  it('links an acronym introduced in parentheses whose letters are not the English initials', () => {
    // A compound word, lower-case words, syllables: the letters come in order from the name.
    const l = link(
      'The Kelvaanse Boerenpartij (KBP) walked out. The KBP said it would return.\n\nA lecturer at the Université libre de Marlow (ULM) said so.\n\nThe Sindicato de Pescadores del Puerto (SIPEP), which says it speaks for 900 crews, called a strike.',
    );
    assert.equal(actor(l, 'Kelvaanse Boerenpartij').mentions.length, 3);
    assert.ok(actor(l, 'Université libre de Marlow').aliases.includes('ULM'));
    assert.ok(actor(l, 'Sindicato de Pescadores del Puerto').aliases.includes('SIPEP'));
    assert.equal(l.actors.filter((a) => ['KBP', 'ULM', 'SIPEP'].includes(a.name)).length, 0);
    // An acronym written as a word ("Nato", "Wada"), and a union whose name holds "and" and a plural possessive.
    const w = link('Members of the Harbour Dock and Crane Workers’ Union (Hadcu) walked out. Hadcu said the strike would go on.');
    const union = actor(w, 'Harbour Dock and Crane Workers’ Union');
    assert.ok(union.aliases.includes('Hadcu'));
    assert.equal(union.mentions.length, 3);
    // One in another language, whose first letters the name finder already took for it.
    assert.ok(actor(link('Officers of the Bureau Against Smuggling (BAPO) raided the depot.'), 'Bureau Against Smuggling').aliases.includes('BAPO'));
    // One whose letters are the initials of the name in its own language ("SVT" for a union named in English).
    const t = link('Ivo Dane, chairman of the Union of Tram Drivers (SVT), spoke on Monday. The SVT has posted a statement.');
    assert.ok(actor(t, 'Union of Tram Drivers').aliases.includes('SVT'));
    assert.equal(actor(t, 'Union of Tram Drivers').mentions.length, 3);
    // Or introduced in words: "known by its Latvian initials VRS".
    const v = link('The work went to the Tarvo Border Board, known by its Latvian initials VRS. The VRS said it would report.');
    assert.deepEqual(actor(v, 'Tarvo Border Board').aliases.sort(), ['Tarvo Border Board', 'VRS']);
    // A party and state in parentheses is no acronym of the name before it.
    const r = link('The bill was written by Rep. Anton Brisk (R-AL), who said it was fair.');
    assert.equal(actor(r, 'Anton Brisk').type, 'person');
    assert.ok(!actor(r, 'Anton Brisk').aliases.includes('R-AL'));
  });

  it('keeps a newspaper\'s capitalised "The" in its name, its mentions as written', () => {
    const text = 'The Brannock Herald reported the fire first. A spokesman told the Brannock Herald it was out.';
    const l = link(text);
    const a = actor(l, 'The Brannock Herald');
    assert.equal(a.name, 'The Brannock Herald');
    assert.ok(a.aliases.includes('Brannock Herald'));
    assert.deepEqual(a.mentions.map(([s, e]) => text.slice(s, e)), ['Brannock Herald', 'Brannock Herald']);
    // Not without a capital "The" before a mention.
    assert.equal(actor(link('A spokesman told the Brannock Herald it was out.'), 'Brannock Herald').name, 'Brannock Herald');
  });

  it('links a stock ticker in parentheses after a company to the company', () => {
    const l = link('Kestrel Foods Plc (KESTFD) gained 7.5 per cent, and PT Harapan Baja Timur Tbk (HBTM) fell. HBTM shares have fallen this year.');
    assert.ok(actor(l, 'Kestrel Foods Plc').aliases.includes('KESTFD'));
    const b = actor(l, 'PT Harapan Baja Timur Tbk');
    assert.ok(b.aliases.includes('HBTM'));
    assert.equal(b.mentions.length, 3);
    assert.equal(l.actors.filter((a) => a.name === 'KESTFD' || a.name === 'HBTM').length, 0);
  });

  it('links a bare acronym that matches an organisation’s initials', () => {
    const l = link('The Northern Fisheries Council wrote to ministers. NFC officials say the quota is too low.');
    assert.ok(actor(l, 'Northern Fisheries Council').aliases.includes('NFC'));
  });

  it('links spelling variants of an organisation name', () => {
    const l = link('The Inter-Service Maritime Directorate issued a statement. Later the Inter-Services Maritime Directorate said more.');
    assert.equal(l.actors.filter((a) => a.type === 'organization').length, 1, JSON.stringify(l.actors.map((a) => a.name)));
  });

  it('links an alias introduced with "or the"', () => {
    const l = link('Troops fought the Harakat-e-Adl Movement (HAM), or the Northern Movement, for years.');
    const a = actor(l, 'Harakat-e-Adl Movement');
    assert.ok(a.aliases.includes('Northern Movement'), JSON.stringify(a.aliases));
    assert.ok(a.aliases.includes('HAM'));
  });

  it('takes a company’s bare name that weak context made a place for the company, not a known town', () => {
    const l = link('Velmore Robotics plc makes robots in Cambridge. Staff at Velmore were told on Monday. The firm also has a site in Cambridge.');
    assert.ok(actor(l, 'Velmore Robotics plc').aliases.includes('Velmore'), JSON.stringify(l.actors.map((a) => a.aliases)));
    assert.ok(l.places.some((p) => p.name === 'Cambridge'));
  });

  it('takes a name after “league leaders” in a sports report for a club', () => {
    const text = 'Harlow Saints beat league leaders Ketterby 24-19 on Saturday.\n\nKetterby had not lost at home all season and led at half-time after a try from their winger.\n\nThe referee booked two players and the match ended with a penalty. Ketterby travel to Penmarsh next week.';
    const a = actor(link(text), 'Ketterby');
    assert.equal(a.type, 'organization');
    assert.equal(a.role, 'league leaders');
  });

  it('keeps two organisations joined by a bare "or" apart', () => {
    const l = link('Holmbury Athletic beat Morcombe 2-1 and will face Dunmere City or Ravensby Rovers in the final.');
    assert.ok(!actor(l, 'Dunmere City').aliases.includes('Ravensby Rovers'), JSON.stringify(l.actors.map((a) => a.aliases)));
  });

  it('links a country-prefixed organisation name to the bare one', () => {
    const l = link('The bill was passed by Congress. Members of US Congress later objected.');
    assert.equal(l.actors.filter((a) => a.type === 'organization').length, 1, JSON.stringify(l.actors.map((a) => a.name)));
  });

  describe('links an organisation’s name without what kind of organisation it is', () => {
    const cases: [string, string, string, string][] = [
      ['a company without "Systems Inc"', 'Velcor Systems Inc agreed to buy a rival. Velcor said jobs were safe.', 'Velcor Systems Inc', 'Velcor'],
      ['a company without "Ltd"', 'Shares in Brackley Robotics Ltd rose.\n\nAnalysts said Brackley Robotics was cheap.', 'Brackley Robotics Ltd', 'Brackley Robotics'],
      ['a club without its suffix', 'Holmbury Athletic came from behind to win. Holmbury go top of the league.', 'Holmbury Athletic', 'Holmbury'],
    ];
    for (const [name, text, full, short] of cases) {
      it(name, () => {
        const a = actor(link(text), full);
        assert.equal(a.type, 'organization');
        assert.ok(a.aliases.includes(short), JSON.stringify(a.aliases));
      });
    }
  });

  it('links a second reference by a company’s distinctive first word', () => {
    const l = link('Vardholm Seafarms ASA runs three farms in the bay. Jonas Sandvik, Vardholm’s operations chief, said its counts had improved.');
    assert.ok(actor(l, 'Vardholm Seafarms ASA').aliases.includes('Vardholm'), JSON.stringify(l.actors.map((a) => a.aliases)));
    assert.equal(l.actors.filter((a) => a.type === 'organization').length, 1, JSON.stringify(l.actors.map((a) => a.name)));
  });

  it('links a second reference by a company’s first two words when one of them is a place’s name', () => {
    const l = link('The 4.10 bus from Drumkeeran is run by Shannon Link Coaches under a subsidy. Shannon Link’s operations manager, Declan Fahy, was frank.');
    assert.ok(actor(l, 'Shannon Link Coaches').aliases.includes('Shannon Link'), JSON.stringify(l.actors.map((a) => [a.name, a.aliases])));
    // Not a place's name of two words: "New Zealand" of "New Zealand Dairy Board" stays the country.
    const nz = link('The New Zealand Dairy Board met on Monday. New Zealand exports fell in May.');
    assert.ok(!actor(nz, 'New Zealand Dairy Board').aliases.includes('New Zealand'), JSON.stringify(nz.actors.map((a) => [a.name, a.aliases])));
  });

  it('links a nickname the person’s full name quotes, written alone, to that person', () => {
    const l = link('“Coach drew up something for Kez and I told her no,” Ana Brock said. Karen “Kez” Tuilagi-Watts added 18 points for the Quolls, and Tuilagi-Watts said she was tired.');
    const p = actor(l, 'Kez');
    assert.equal(p.type, 'person');
    assert.ok(p.aliases.some((a) => /Tuilagi-Watts/.test(a)), JSON.stringify(l.actors.map((a) => [a.name, a.aliases])));
  });

  it('keeps a bare first word apart when two organisations start with it', () => {
    const l = link('Quarnby Seafarms Ltd and Quarnby Timberworks Ltd are separate firms. Quarnby said nothing on Monday.');
    assert.ok(!actor(l, 'Quarnby Seafarms Ltd').aliases.includes('Quarnby'), JSON.stringify(l.actors.map((a) => a.aliases)));
    assert.ok(!actor(l, 'Quarnby Timberworks Ltd').aliases.includes('Quarnby'), JSON.stringify(l.actors.map((a) => a.aliases)));
  });

  it('links another name introduced with "known … as" to the person it describes', () => {
    const l = link('At the camp clinic, Salma Haddad, a retired midwife known across the camp as Umm Rami, keeps the queue. Later Umm Rami closed the door.');
    assert.deepEqual(actor(l, 'Salma Haddad').aliases, ['Salma Haddad', 'Umm Rami']);
    assert.equal(l.actors.filter((a) => a.type === 'person').length, 1, JSON.stringify(l.actors.map((a) => a.name)));
  });

  it('does not link a name known as something to a person it does not describe', () => {
    const l = link('Coach Ana Ruiz praised the striker known as El Mago after the game.');
    assert.ok(!l.actors.some((a) => a.aliases.includes('Ana Ruiz') && a.aliases.includes('El Mago')), JSON.stringify(l.actors.map((a) => a.aliases)));
  });

  it('links a given name with an honorific after it ("Selim Bey") to the person', () => {
    const l = link('Engineer Selim Avcıoğlu signed the report. “Selim Bey checked every weld,” a foreman said.');
    assert.ok(actor(l, 'Selim Avcıoğlu').aliases.includes('Selim Bey'), JSON.stringify(l.actors.map((a) => a.aliases)));
  });

  it('links a club named without the words that say it is a club', () => {
    const l = link('Deportivo Verdal beat Atlético Serrano 3-1 on Sunday. Verdal scored twice early, and Serrano never recovered.');
    assert.ok(actor(l, 'Deportivo Verdal').aliases.includes('Verdal'), JSON.stringify(l.actors.map((a) => a.aliases)));
    assert.ok(actor(l, 'Atlético Serrano').aliases.includes('Serrano'), JSON.stringify(l.actors.map((a) => a.aliases)));
  });

  it('links a team named by its nickname, from a headline to the score line and report', () => {
    const text = 'Marlins stun Herons with late jumper to take top spot\n\nKelso Marlins 81 Dunmore Herons 79\n\nAna Ruiz hit a jumper with a second left to give the Kelso Marlins an 81-79 win over the Dunmore Herons on Saturday.\n\nThe Herons had led by 14 points in the third quarter, before the Marlins closed the gap.';
    const actors = analyze(text).actors;
    assert.deepEqual(actors.filter((a) => a.type === 'organization').map((a) => a.aliases), [['Kelso Marlins', 'Marlins'], ['Dunmore Herons', 'Herons']]);
  });

  it('links a mixed-case acronym introduced after a one-word name', () => {
    const l = link('The attack was claimed by the banned Jaish-e-Zafar (JeZ), a militant outfit. JeZ denied it later.');
    assert.ok(actor(l, 'Jaish-e-Zafar').aliases.includes('JeZ'), JSON.stringify(l.actors.map((a) => a.aliases)));
    assert.equal(l.actors.filter((a) => a.type === 'organization').length, 1, JSON.stringify(l.actors.map((a) => a.aliases)));
  });

  it('takes a known town’s name for the club named after it in the same report', () => {
    const l = link('Ola Brandt scored as Kingsford beat Bramley Rovers 3-1. Bramley had led early.');
    assert.ok(actor(l, 'Bramley Rovers').aliases.includes('Bramley'));
    assert.ok(!l.places.some((p) => p.name === 'Bramley'));
  });

  it('does not merge people across different first names just because of a surname', () => {
    const l = link('Imre Vass spoke. Then Oskar Vass spoke. Then Imre Vass left.');
    const imre = actor(l, 'Imre Vass');
    assert.equal(imre.mentions.length, 2);
  });

  describe('names, ids and aliases', () => {
    it('uses the fullest form, without title, as the canonical name', () => {
      const a = actor(link('General Amara Voss arrived. Voss said little.'), 'Amara Voss');
      assert.equal(a.name, 'Amara Voss');
      assert.ok(a.aliases.includes('General Amara Voss'));
      assert.ok(a.aliases.includes('Voss'));
    });
    it('gives each actor a unique slug id', () => {
      const l = link('Marta Quill met Marta Quillon and the Quill Group.');
      const ids = l.actors.map((a) => a.id);
      assert.equal(new Set(ids).size, ids.length);
      assert.ok(ids.includes('marta-quill'));
    });
    it('slugs non-ASCII names', () => {
      assert.ok(link('Elders of the Ngāti Wairua Trust met at noon.').actors.some((a) => a.id === 'ngati-wairua-trust' && a.name === 'Ngāti Wairua Trust'));
    });
  });

  describe('roles', () => {
    const cases: Array<[name: string, text: string, actorName: string, role: string]> = [
      ['from an apposition', 'Idris Kallan, a former adviser to the regional chief minister, told reporters he was worried.', 'Idris Kallan', 'former adviser to the regional chief minister'],
      ['from "X, the chief executive of Y,"', 'Lena Marsh, the chief executive of Halden Shipping Corp, said profits fell.', 'Lena Marsh', 'chief executive of Halden Shipping Corp'],
      ['from a party role before the name', 'The party said PLF leader Sana Ottaway would speak.', 'Sana Ottaway', 'PLF leader'],
      ['from a title before the name', 'Prime Minister Oskar Lindqvist invited the opposition for talks.', 'Oskar Lindqvist', 'Prime Minister'],
      ['from a definite description next to a speech verb', 'Ronan Tesh has joined the cast.\n\n"It is a joy," said the 61-year-old comedian.', 'Ronan Tesh', '61-year-old comedian'],
      ['for an organisation, from "the militant group X"', 'Troops fought the militant group Vardash near the border.', 'Vardash', 'militant group'],
      ['for an organisation, from a description that speaks', 'The Harbour Guard Service (HGS) was told of the attack. The coast’s rescue wing said it had sent boats.', 'Harbour Guard Service', "coast's rescue wing"],
      ['for an organisation, from an adjective before it ("the opposition X")', 'He met leaders of the opposition Civic Renewal Forum in Delmont.', 'Civic Renewal Forum', 'opposition'],
      ['for an organisation, from an apposition ("X, the film\'s distributor,")', 'Lumafilm, the film\'s distributor, said it would open in April.', 'Lumafilm', "film's distributor"],
      ['naming the organisation "the college" stands for', 'The Royal College of Night Nurses welcomed the study. "It is overdue," said Anne Tebb, the college’s director of policy.', 'Anne Tebb', 'director of policy at the Royal College of Night Nurses'],
      ['from a team role, with the club named earlier in the sentence', 'The Kelso Harbour Hawks won on Saturday thanks to a late basket from captain Dion Mabry.', 'Dion Mabry', 'captain of Kelso Harbour Hawks'],
      ['from "the mayor of X, Name,"', 'The mayor of Kelstow, Tira Monk, comforted relatives.', 'Tira Monk', 'mayor of Kelstow'],
      ['from a byline', 'Harbour talks resume\n\nBy Fergus Alder\n\nThe talks resumed on Monday.', 'Fergus Alder', 'reporter'],
      ['from "its ROLE, Name," with the organisation of the sentence as owner', 'The opposition Reform Alliance called for a vote. Its leader, Dana Holt, said the plan had failed.', 'Dana Holt', 'leader of Reform Alliance'],
      ['from "her ROLE, Name," with the person before as owner', 'Ella Varga, 19, was taken to hospital. "She was burning up," her mother, Rosa, said.', 'Rosa', "Ella Varga's mother"],
      ['from a plural role before a list', 'Journalists Asha Venn and Kofi Brandt also attended the meeting.', 'Kofi Brandt', 'Journalist'],
    ];
    for (const [name, text, actorName, role] of cases) {
      it(name, () => assert.equal(actor(link(text), actorName).role, role));
    }
  });

  describe('affiliations', () => {
    const cases: Array<[name: string, text: string, person: string, org: string]> = [
      ['from "a spokesman for"-style appositions', 'Dario Venn, a spokesman for the Harbourside Police, declined to comment.', 'Dario Venn', 'Harbourside Police'],
      ['from "a spokesman for the group, Name," (the organisation named before)', 'The Harbour Front denied the claims. A spokesman for the group, Omar Keel, said they were baseless.', 'Omar Keel', 'Harbour Front'],
      ['from "X\'s chief executive"-style appositions', 'Lena Marsh, chief executive of Halden Shipping Corp, said profits fell.', 'Lena Marsh', 'Halden Shipping Corp'],
      ['from an organisation named in a role before the name', 'The party said PLF leader Sana Ottaway would speak. The PLF was founded in 1990.', 'Sana Ottaway', 'PLF'],
      ['from "Org\'s spokesman Name"', 'The Harbour Guard Service said boats were sent. Harbour Guard Service’s spokesman Ivo Lentz gave no numbers.', 'Ivo Lentz', 'Harbour Guard Service'],
      ['from "Org\'s Name"', 'Guests included Harbour Workers Union’s Tomas Reyes and others.', 'Tomas Reyes', 'Harbour Workers Union'],
    ];
    for (const [name, text, person, org] of cases) {
      it(name, () => {
        const l = link(text);
        assert.equal(actor(l, person).affiliation, actor(l, org).id);
      });
    }
  });

  it('collects one place per distinct normalised name, with all mentions', () => {
    const l = link('OSLO: Officials in Oslo met envoys from Portugal. Portugal said yes.');
    const oslo = l.places.find((p) => p.name.toLowerCase() === 'oslo');
    assert.ok(oslo);
    assert.equal(oslo.mentions.length, 2);
    assert.equal(l.places.find((p) => p.name === 'Portugal')?.mentions.length, 2);
  });

  it('resolves dates against the article’s publication date', () => {
    const l = link('The talks began on Monday and ended last week, after a pause since November 2022.', '2024-08-20');
    assert.deepEqual(
      l.dates.map((d) => [d.text, d.value]),
      [
        ['Monday', '2024-08-19'],
        ['last week', '2024-08-12'],
        ['November 2022', '2022-11'],
      ],
    );
  });

  it('resolves a weekday forward when the text puts it ahead', () => {
    const l = link('Flights stopped on Monday and will resume on Wednesday.', '2025-03-04');
    assert.deepEqual(l.dates.map((d) => d.value), ['2025-03-03', '2025-03-05']);
  });

  it('links a company name to its form with a company suffix', () => {
    const l = link('Orchard Devices Inc. reported results. Orchard Devices said sales rose.');
    assert.equal(l.actors.filter((a) => a.type === 'organization').length, 1, JSON.stringify(l.actors.map((a) => a.name)));
  });

  it('leaves relative dates null when there is no publication date', () => {
    const l = link('The talks began on Monday.');
    assert.deepEqual(l.dates.map((d) => d.value), [null]);
  });
});

describe('outlets named by their mastheads', () => {
  const body = 'The harbour board met on Monday and agreed to reopen the eastern berths after a month of repairs, its chair Lena Hart said.';
  for (const [name, masthead, outlet] of [
    ['a masthead in capitals whose words are common', 'KELSO LABOUR REPORT\nJobs & Pay', 'KELSO LABOUR REPORT'],
    ['a masthead with its sections after a separator', 'TARNBY FARM DAILY\nMarkets · Grain · Kelso', 'TARNBY FARM DAILY'],
    ['a title-case masthead over its dated line', 'Kelso Daily Brief\nMar 3, 2026 | WEATHER', 'Kelso Daily Brief'],
    ['an edition after the name', 'MARAIS HEBDO — English edition\nHome > Courts', 'MARAIS HEBDO'],
  ] as const) {
    it(`takes ${name} for an organisation, the name alone`, () => {
      const text = `${masthead}\n\nHarbour board reopens the eastern berths after repairs\n\nBy Jane Doe\n\n${body}`;
      const a = analyze(text);
      const actor = a.actors.find((x) => x.name.toLowerCase() === outlet.toLowerCase());
      assert.ok(actor, JSON.stringify(a.actors.map((x) => x.name)));
      assert.equal(actor.type, 'organization');
      assert.ok(!a.actors.some((x) => x !== actor && masthead.split('\n')[0]!.includes(x.name)), JSON.stringify(a.actors.map((x) => x.name)));
    });
  }
  it('leaves a section word after the outlet’s head out of its name, however the words are spaced', () => {
    const a = analyze(`KELSO  COURIER SPORT\n\nHarbour board reopens the eastern berths after repairs\n\nBy Jane Doe\n\n${body}`);
    const outlet = a.mentions.find((m) => m.range[0] === 0);
    assert.equal(outlet?.text, 'KELSO  COURIER');
    assert.equal(outlet?.range[1], 'KELSO  COURIER'.length);
  });
  it('links the acronym after a masthead’s name, and the copyright line’s name, to the outlet', () => {
    const a = analyze(`KELSO NEWSWIRE (KNW)\nNews in brief — 3 September 2026\n\nHARBOUR BOARD REOPENS BERTHS\n\nTARNBY, Sept 3 (KNW) - ${body}\n\n(c) Kelso Newswire 2026. All rights reserved.`);
    const outlet = a.actors.find((x) => x.name === 'KELSO NEWSWIRE');
    assert.ok(outlet, JSON.stringify(a.actors.map((x) => x.name)));
    assert.deepEqual([...outlet.aliases].sort(), ['KELSO NEWSWIRE', 'KNW', 'Kelso Newswire']);
    assert.ok(!a.places.some((p) => /newswire/i.test(p.name)), JSON.stringify(a.places.map((p) => p.name)));
  });
  it('takes no outlet from a headline in capitals over its lede', () => {
    const a = analyze(`FARMERS WELCOME NEWS\n\n${body}`);
    assert.ok(!a.actors.some((x) => /FARMERS|NEWS/.test(x.name)), JSON.stringify(a.actors.map((x) => x.name)));
  });
});

describe('places', () => {
  it('counts no country that only says which dollar a sum is in, and keeps one given dollars', () => {
    const text = 'Tarnby grain exchange opens\n\nThe Tarnby exchange raised US$14 million on Monday. Each contract costs about 2.40 US dollars, a trader in Kelso said.\n\nThe US is the largest buyer, and Canada sent Norway dollars 5m last year.';
    const a = analyze(text);
    const us = a.places.find((p) => p.name === 'US');
    assert.equal(us?.mentions.length, 1, JSON.stringify(a.places));
    assert.ok(a.places.some((p) => p.name === 'Norway'), JSON.stringify(a.places.map((p) => p.name)));
    assert.deepEqual(a.mentions.filter((m) => m.text === 'US').map((m) => m.range[0]), [text.indexOf('The US') + 4]);
  });
  it('takes no place from a sum with its currency’s code glued on ("KD4.2 million", "KD0.9m")', () => {
    const text = 'Kelso bank profit rises\n\nThe Kelso bank said net profit rose to KD4.2 million in the quarter, and bad-loan provisions fell to KD0.9m.';
    const a = analyze(text);
    assert.ok(!a.places.some((p) => /^KD/.test(p.name)), JSON.stringify(a.places.map((p) => p.name)));
  });
  it('keeps the country of a digest’s title as the place, and takes no place from a feature label', () => {
    const text = 'ICELAND BUSINESS DIGEST: Port fees, fish prices\n\nKELSO, May 4 - The Kelso port board raised its fees on Monday, a spokesman said.\n\nFACT BOX: What the fees pay for\n\nThe board runs two cranes.';
    const a = analyze(text);
    assert.ok(!a.places.some((p) => /digest|fact/i.test(p.name)), JSON.stringify(a.places.map((p) => p.name)));
    assert.deepEqual(a.places.find((p) => p.name === 'ICELAND')?.mentions, [[0, 7]]);
  });
});

describe('places named by a kind and a number', () => {
  it('finds "Highway 9" and "Pier 3 North", not a number that qualifies a noun or opens a company’s name', () => {
    const text = 'Flood update\n\nWater has closed Highway 9 south of Kelso, and boats gathered at Pier 3 North. Staff at the Zone 2 clearance shed went home, and Pier 1 Traders shut its store.';
    const a = analyze(text);
    assert.deepEqual(a.places.map((p) => p.name).filter((n) => /\d/.test(n)), ['Highway 9', 'Pier 3 North']);
    assert.ok(a.mentions.find((m) => m.text === 'Highway 9')?.type === 'place');
  });
});

describe('places a dateline names', () => {
  it('makes each part of a dateline a place, the region after the comma too, and the same name read as a person elsewhere', () => {
    const text = 'Ferry fares to rise\n\nPORT TARVO, Grand Kelso - Fares on the island ferry will rise in May, the operator said.\n\nGrand Kelso has two ports.';
    const a = analyze(text);
    const region = a.places.find((p) => p.name === 'Grand Kelso');
    assert.equal(region?.mentions.length, 2, JSON.stringify(a.places));
    assert.ok(!a.actors.some((x) => x.name === 'Grand Kelso'), JSON.stringify(a.actors.map((x) => x.name)));
  });
  it('adds no place from a label the outline reads as a dateline', () => {
    const text = 'Phones get dearer\n\nKVK: We earn a fee from links on this page.\n\nPrices of phones rose.';
    const a = analyze(text);
    assert.ok(!a.places.some((p) => p.name === 'KVK'), JSON.stringify(a.places.map((p) => p.name)));
  });
});

describe('names described as people', () => {
  it('makes an unknown one-word name a person where an apposition says so ("X, a village elder who ...")', () => {
    const text = 'Mangroves\n\nNot everyone in Kelso is convinced. Tumbaru, a village elder who uses a single name, has seen two plantings wash away.\n\n“The sea is patient,” Tumbaru says.';
    const a = analyze(text);
    const actor = a.actors.find((x) => x.name === 'Tumbaru');
    assert.equal(actor?.type, 'person', JSON.stringify(a.actors.map((x) => [x.name, x.type])));
    assert.ok(actor?.why?.includes('type:described-as-person'), JSON.stringify(actor?.why));
    assert.ok(!a.places.some((p) => p.name === 'Tumbaru'));
  });
  it('reads an apposition whose job has a capitalised word before it ("X, a UEM deputy from Y,")', () => {
    const text = 'Vote\n\nThe decisive vote came from Arben Kolari, a KDP deputy from Tarvo, who broke with his party.\n\nKolari said he would do it again.';
    const a = analyze(text);
    assert.equal(a.actors.find((x) => x.name === 'Arben Kolari')?.type, 'person', JSON.stringify(a.actors.map((x) => [x.name, x.type])));
    assert.ok(!a.places.some((p) => /Kolari/.test(p.name)), JSON.stringify(a.places.map((p) => p.name)));
  });
  it('leaves a place described as a place alone ("Kelso, a town of 30,000,")', () => {
    const text = 'Floods\n\nWater reached Tarnby, a fishing town of 30,000, on Monday, and the mayor, Ana Roe, said it would rise.';
    assert.ok(analyze(text).places.some((p) => p.name === 'Tarnby'));
  });
});

describe('organisations by their short names', () => {
  // The pass on its own, over mentions as the typing may leave them: the full name an
  // organisation, the short name a person; the names are found in the text in order.
  const mentions = (text: string, list: Array<[name: string, type: Mention['type'], confidence?: number]>): Mention[] => {
    let from = 0;
    return list.map(([name, type, confidence = 0.9]) => {
      const at = text.indexOf(name, from);
      from = at + name.length;
      return { type, range: [at, at + name.length], text: name, title: null, actor: null, confidence };
    });
  };
  it('makes a lone word that opens a company’s name the company, in every mention, and says why', () => {
    const text = 'Workers at Velmar Ferrochrome walked out. Velmar said output fell.';
    const out = withShortOrgNames(text, mentions(text, [['Velmar Ferrochrome', 'organization', 0.95], ['Velmar', 'person', 0.4]]));
    assert.deepEqual(out.map((m) => m.type), ['organization', 'organization']);
    assert.equal(out[1]!.why?.[0], 'type:organisation-short-name');
  });
  it('leaves a person the typing was surer of than of the organisation (a name typed an organisation by mistake)', () => {
    const text = 'Tarnby called Jaswer Khan a cheat. Jaswer said he was hurt.';
    const list = mentions(text, [['Jaswer Khan', 'organization', 0.7], ['Jaswer', 'person', 0.95]]);
    assert.equal(withShortOrgNames(text, list), list);
  });
  it('leaves a given name, a word of a person’s fuller name and a place before its head alone', () => {
    const text = 'The Steve Marr Foundation pays. Steve runs. Ana Orvik of Orvik Timber spoke. Orvik smiled. Kelmo Peaks Ltd sells trips to the Kelmo mountains. Kelmo is cold.';
    const list = mentions(text, [
      ['Steve Marr Foundation', 'organization'], ['Steve', 'person'],
      ['Ana Orvik', 'person'], ['Orvik Timber', 'organization'], ['Orvik', 'person'],
      ['Kelmo Peaks Ltd', 'organization'], ['Kelmo', 'place'], ['Kelmo', 'person'],
    ]);
    assert.equal(withShortOrgNames(text, list), list);
  });
});
