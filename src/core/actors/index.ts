import { intern } from '../learn/linear';
import type { Segmentation } from '../anatomy';
import { resolveDate } from '../dates';
import { lexicon } from '../lexicon';
import type { Actor, ActorType, DateExpression, Mention, Place, Range } from '../types';
import {
  acronymLetters,
  editDistance,
  formalTitle,
  initials,
  isAcronym,
  isSubsequence,
  nameTokens,
  orgKey,
  slug,
} from './names';
import { orgKind } from './orgKinds';
import { findRoles } from './roles';
import { acronymFits, spelledInOrder, tickerFits } from '../entities/names';
import { fullNameWords } from '../entities/features';

/** What linking gives back: actors (with their mentions' `actor` set), places and dates. */
export interface Linked {
  actors: Actor[];
  places: Place[];
  dates: DateExpression[];
}

/** An actor while it is being built. */
export interface Builder {
  type: ActorType;
  /** Fullest name form seen (no title). */
  name: string;
  tokens: string[];
  aliases: Set<string>;
  mentions: Mention[];
  /** Where its latest mention so far ends (for "nearest preceding" decisions). */
  lastAt: number;
  role: string | null;
  /** Role found in an apposition or definite description (preferred over a title). */
  roleStrong: boolean;
  /** Id of the role rule that set `role` (see `ROLE_RULES`), or null. */
  roleRule: string | null;
  /** Linking rules that joined mentions into this actor ("link:surname", ...). */
  why: Set<string>;
  affiliation: Builder | null;
  merged: Builder | null;
  /** Creation order (earlier actors win ties). */
  seq: number;
}

/** A short acronym with lower-case letters but mostly capitals ("LeQ"). */
const MIXED_ACRONYM = /^(?=(?:\p{Ll}?\p{Lu}){2})\p{Lu}\p{L}{1,5}$/u;

/**
 * A person's other name introduced in an apposition: "Salma Haddad, a retired midwife known
 * across the camp as Umm Rami", "said the boatman, known on the quay as Abu Salem". The comma
 * must open the apposition ("praised the player known as X" names someone else).
 */
const KNOWN_AS_BEFORE = /,\s*(?:(?:a|an|the)\s[^,.;:!?"“”]{0,60}?\s)?(?:also\s+|widely\s+|better\s+|locally\s+)?known\b[^,.;:!?"“”]{0,50}?\sas\s+$/i;

/** Honorifics written after a given name ("Selim Bey", "Ayşe Hanım"; "Kenji-san" aside): the name is the given name alone. */
const AFTER_NAME_HONORIFICS = new Set(['bey', 'hanım', 'hanim', 'efendi', 'sahib', 'saheb']);

/** Words that open a club's name and say it is a club ("Atlético", "Sociedade Esportiva", "FC"), as `orgKey` writes them. */
const CLUB_LEADS = new Set(['atlético', 'atletico', 'unión', 'união', 'deportivo', 'deportiva', 'clube', 'club', 'real', 'sporting', 'racing', 'sociedade', 'sociedad', 'esportiva', 'esporte', 'union', 'uniao', 'dynamo', 'dinamo', 'olympique', 'fc', 'cf', 'cd', 'sc', 'ac', 'ec', 'se', 'ca', 'cs', 'fk', 'nk', 'sk']);

/** ", or the X", "also known as X", "known by its Latvian initials X": an alias follows. A bare "or" is a choice ("Dunmore City or Ravensby"). */
const INTRO_ALIAS = /^\s*\)?\s*(?:\([^)]{1,40}\))?\s*(?:,\s*or|,?\s+(?:also known as|known as|aka|a\.k\.a\.|formerly|(?:also\s+)?known\s+by\s+(?:its|the)\s+(?:[\p{L}-]+\s+)?(?:initials|acronym|abbreviation)))\s+(?:as\s+)?(?:the\s+)?$/iu;

/**
 * Groups person and organization mentions into actors (setting each mention's `actor`),
 * collects places, and resolves dates against the article's publication date.
 *
 * People: a multi-word name joins the actor whose name it is an ordered part of (or that
 * is an ordered part of it) when the first words agree; a single word then goes to the
 * nearest preceding actor whose name holds it (the first following one when none
 * precedes). Organisations: same name up to plurals and small misspellings, an acronym
 * introduced in parentheses or matching the initials, a country prefix ("US Senate" →
 * "Senate"), and aliases introduced with "or" ("..., or the Northern Front").
 */
export function linkActors(text: string, mentions: Mention[], segmentation: Segmentation): Linked {
  const builders: Builder[] = [];
  stemPlacesAreOrgs(text, mentions);
  joinGenericTails(text, mentions);
  dropPostNominals(mentions);
  const named = mentions.filter((m) => m.type === 'person' || m.type === 'organization');
  const single: Mention[] = [];
  const byMention = new Map<Mention, Builder>();
  let prevOrg: { m: Mention; b: Builder } | null = null;
  let lastOrg: Mention | null = null;
  const introducedLater: [Mention, Mention][] = [];

  const create = (m: Mention, type: ActorType): Builder => {
    const b: Builder = {
      type,
      name: m.text,
      tokens: nameTokens(m.text),
      aliases: new Set(),
      mentions: [],
      lastAt: -1,
      role: null,
      roleStrong: false,
      roleRule: null,
      why: new Set(),
      affiliation: null,
      merged: null,
      seq: builders.length,
    };
    builders.push(b);
    return b;
  };
  // Lookup tables, so linking never scans every actor for every mention.
  const personsByWord = new Map<string, Builder[]>();
  const orgByKey = new Map<string, Builder>();
  const orgByInitial = new Map<string, Builder[]>();
  const byText = new Map<string, Builder>();
  const push = <K, V>(map: Map<K, V[]>, k: K, v: V): void => {
    const list = map.get(k);
    if (!list) map.set(k, [v]);
    else if (!list.includes(v)) list.push(v);
  };
  const attach = (b: Builder, m: Mention): void => {
    b.mentions.push(m);
    b.lastAt = Math.max(b.lastAt, m.range[1]);
    byMention.set(m, b);
    const toks = nameTokens(m.text);
    // A person's fullest form: most words, a first name rather than its initial, and the name
    // as a sentence writes it rather than a caption's capitals ("NIYONKURU Claudine").
    const same = toks.length === b.tokens.length;
    const fuller = toks.length > b.tokens.length || (same && INITIAL.test(b.tokens[0] ?? '') && !INITIAL.test(toks[0] ?? '')) || (same && CAPS_WORD.test(b.name) && !CAPS_WORD.test(m.text));
    if (b.type === 'person' ? fuller : betterOrgName(m.text, b.name)) {
      b.name = m.text;
      b.tokens = toks;
    }
    byText.set(`${b.type}:${m.text.toLowerCase()}`, b);
    if (b.type === 'person' && b.tokens.length >= 2) for (const w of b.tokens) push(personsByWord, w, b);
    if (b.type === 'organization') {
      const k = isAcronym(m.text) ? `#${acronymLetters(m.text)}` : orgKey(m.text);
      if (!orgByKey.has(k)) orgByKey.set(k, b);
      if (!isAcronym(m.text)) push(orgByInitial, k[0] ?? '', b);
    }
  };
  const findOrg = (name: string): Builder | undefined => {
    const exact = orgByKey.get(isAcronym(name) ? `#${acronymLetters(name)}` : orgKey(name));
    if (exact) return resolveB(exact);
    if (isAcronym(name)) return undefined;
    const k = orgKey(name);
    if (k.length < 10) return undefined;
    for (const b of orgByInitial.get(k[0]!) ?? []) if (!b.merged && orgSame(name, b)) return b;
    return undefined;
  };

  // Pass A: full names and organisations, in document order.
  let lastPerson: { m: Mention; b: Builder } | null = null;
  for (const m of named) {
    const toks = nameTokens(m.text);
    if (m.type === 'person') {
      const p = lastPerson;
      const lead = p && m.range[0] - p.m.range[1] < 400 ? text.slice(Math.max(p.m.range[1], m.range[0] - 140), m.range[0]) : '';
      // (The regex only where "as" ends the text before the name and "known" is in it: most names have neither.)
      if (p && /\bas\s+$/.test(lead) && lead.includes('known') && KNOWN_AS_BEFORE.test(lead)) {
        p.b.why.add('link:known-as');
        attach(p.b, m);
        continue;
      }
      const known = byText.get(`person:${m.text.toLowerCase()}`);
      if (known && toks.length >= 2 && known.why.has('link:known-as')) {
        // The other name again ("Umm Rami" after "Salma Haddad, known as Umm Rami").
        attach(resolveB(known), m);
        continue;
      }
      if (toks.length === 2 && AFTER_NAME_HONORIFICS.has(toks[1]!)) {
        // "Selim Bey": a given name, linked as one word is.
        single.push(m);
        continue;
      }
      if (toks.length < 2) {
        single.push(m);
        continue;
      }
      const near = [...(personsByWord.get(toks[0]!) ?? []), ...(personsByWord.get(toks[toks.length - 1]!) ?? [])];
      let b: Builder | undefined;
      for (const x of near) if (!x.merged && personCompatible(toks, x.tokens) && (!b || x.seq < b.seq)) b = x;
      b?.why.add('link:same-full-name');
      b ??= create(m, 'person');
      attach(b, m);
      lastPerson = { m, b };
      continue;
    }
    // Organisation.
    let b: Builder | undefined;
    if (prevOrg && INTRO_ALIAS.test(text.slice(prevOrg.m.range[1], m.range[0])) && text.slice(prevOrg.m.range[1], m.range[0]).length < 60) {
      b = prevOrg.b;
      b.why.add('link:alias-introduced');
    }
    const wordAcronym = /^\p{Lu}\p{Ll}{2,9}$/u.test(m.text);
    if (!b && (isAcronym(m.text) || MIXED_ACRONYM.test(m.text) || wordAcronym)) {
      // "(ACR)" right after a name introduces it ("(LeQ)" too, and "(Amewu)", a word of its letters).
      const p = prevOrg;
      const fits = (name: string, written: string): boolean =>
        wordAcronym ? written.split(/\s+/).length >= 3 && spelledInOrder(m.text, written) : acronymMatches(m.text, name) || acronymFits(m.text, written) || spelledInOrder(m.text, written) || tickerFits(m.text, written);
      if (p && /^\s*\($/.test(text.slice(p.m.range[1], m.range[0])) && fits(p.b.name, p.m.text)) {
        b = p.b;
        b.why.add('link:acronym-introduced');
      } else if (p && /^\s*\($/.test(text.slice(p.m.range[1], m.range[0])) && text[m.range[1]] === ')' && translatedAcronym(m.text, p.m.text, orgByKey)) {
        // "Union of Tram Drivers (SVT)", "Rural Future Party (VJP)": the
        // initials of the name in its own language, which the English name does not spell.
        b = p.b;
        b.why.add('link:acronym-in-parentheses');
      }
      // A one-word name ("Lashkar-e-Qahar (LeQ)") is linked only in pass B: its acronym waits for it.
      const q = lastOrg;
      if (!b && q && q !== p?.m && /^\s*\($/.test(text.slice(q.range[1], m.range[0])) && acronymMatches(m.text, q.text)) {
        introducedLater.push([m, q]);
        lastOrg = m;
        continue;
      }
    }
    lastOrg = m;
    if (!b) {
      b = findOrg(m.text);
      b?.why.add('link:same-name');
    }
    if (!b && toks.length === 1 && !isAcronym(m.text)) {
      // A single word may be a person's name typed as an organisation ("Marlowe" in a headline).
      single.push(m);
      continue;
    }
    b ??= create(m, 'organization');
    attach(b, m);
    prevOrg = { m, b };
  }

  // Pass B: single words go to the nearest preceding compatible person (else the first following),
  // within the same article: a surname alone never reaches into another article of the file.
  const articleOf = (pos: number): number => {
    const arts = segmentation.articles;
    for (let i = arts.length - 1; i >= 0; i--) if (pos >= arts[i]!.range[0]) return i;
    return 0;
  };
  // "Lumora" of "Lumora Systems Inc", "Kingsford" of "Kingsford Athletic": an organisation's name without what kind it is.
  const orgByStem = new Map<string, Builder>();
  for (const b of builders) if (b.type === 'organization') for (const k of orgStems(b.name)) if (!orgByStem.has(k)) orgByStem.set(k, b);
  const placeSingle = (m: Mention): void => {
    const w = nameTokens(m.text)[0] ?? '';
    const art = articleOf(m.range[0]);
    const anywhere = (personsByWord.get(w) ?? []).filter((x) => !x.merged && x.type === 'person' && x.tokens.length >= 2 && x.tokens.includes(w));
    const here = anywhere.filter((x) => x.mentions.some((y) => articleOf(y.range[0]) === art));
    // Another article's person only when the file has exactly one person of that name.
    const candidates = here.length > 0 ? here : anywhere.length === 1 ? anywhere : [];
    let best: Builder | undefined;
    let bestAt = -1;
    for (const c of candidates) {
      const at = lastBefore(c, m.range[0]);
      if (at > bestAt) {
        bestAt = at;
        best = c;
      }
    }
    if (!best && candidates.length > 0) {
      best = candidates.reduce((a, c) => (firstAt(c) < firstAt(a) ? c : a));
    }
    if (best) {
      m.type = 'person';
      best.why.add('link:surname');
      attach(best, m);
      return;
    }
    const known = byText.get(`${m.type}:${m.text.toLowerCase()}`);
    const same = known ? resolveB(known) : undefined;
    const stemOf = !same && !isAcronym(m.text) ? orgByStem.get(orgKey(m.text)) : undefined;
    if (stemOf && !resolveB(stemOf).merged) {
      m.type = 'organization';
      resolveB(stemOf).why.add('link:name-without-kind');
      attach(resolveB(stemOf), m);
      return;
    }
    const b = same ?? (m.type === 'organization' ? findOrg(m.text) : undefined) ?? create(m, m.type as ActorType);
    attach(b, m);
  };
  const acronymsOf = new Map<Mention, Mention[]>();
  for (const [acr, host] of introducedLater) push(acronymsOf, host, acr);
  for (const m of single) {
    placeSingle(m);
    // An acronym introduced after this one-word name joins it, before later bare uses of the acronym are placed.
    for (const acr of acronymsOf.get(m) ?? []) {
      const hb = byMention.get(m);
      attach(hb && hb.type === 'organization' ? resolveB(hb) : create(acr, 'organization'), acr);
    }
  }

  // Acronyms that match another organisation's initials: one actor.
  const orgs = builders.filter((b) => b.type === 'organization');
  const byInitials = new Map<string, Builder>();
  for (const x of orgs) if (!isAcronym(x.name) && !byInitials.has(initials(x.name))) byInitials.set(initials(x.name), x);
  for (const a of orgs) {
    if (a.merged || !isAcronym(a.name)) continue;
    const full = byInitials.get(acronymLetters(a.name));
    if (full && full !== a && !full.merged) mergeInto(a, full, 'link:acronym-initials');
  }
  // Shorter organisation names that are a longer one minus a place prefix or a modifier.
  const byEdgeWord = new Map<string, Builder[]>();
  for (const x of orgs) {
    const k = orgKey(x.name).split(' ');
    push(byEdgeWord, `<${k[0]}`, x);
    push(byEdgeWord, `>${k[k.length - 1]}`, x);
  }
  const stemHost = new Map<string, Builder>();
  for (const x of orgs) for (const k of orgStems(x.name)) if (!stemHost.has(k)) stemHost.set(k, x);
  for (const a of orgs) {
    if (a.merged) continue;
    const host = stemHost.get(orgKey(a.name));
    if (host && host !== a && !host.merged) mergeInto(a, host, 'link:name-without-kind');
  }
  for (const a of orgs) {
    if (a.merged) continue;
    const ka = orgKey(a.name).split(' ');
    const near = [...(byEdgeWord.get(`<${ka[0]}`) ?? []), ...(byEdgeWord.get(`>${ka[ka.length - 1]}`) ?? [])];
    const host = near.find((x) => x !== a && !x.merged && orgContains(orgKey(x.name).split(' '), ka) && !nearEachOther(text, a, x));
    if (host) mergeInto(a, host, 'link:shorter-name');
  }
  // "Vardholm" of "Vardholm Seafarms ASA", "Orvik" of "Orvik Timber Group": a second reference by
  // the name's distinctive first words, when exactly one organisation starts with them and they
  // are no common word, country or known place (a bare "Harbour" or "Kenya" names something else);
  // two words may hold one ("Shannon Link" of "Shannon Link Coaches"), not be one ("New Zealand").
  const lex = lexicon();
  const vague = (w: string): boolean => w.length < 3 || lex.isCommon(w) || lex.isCountry(w) || lex.isPlace(w) || lex.isDemonym(w);
  for (const a of orgs) {
    if (a.merged || isAcronym(a.name)) continue;
    const ka = orgKey(a.name).split(' ');
    if (ka.length > 2 || (ka.length === 1 ? vague(ka[0]!) : ka.some((w) => w.length < 3) || ka.every(vague) || vague(ka.join(' ')))) continue;
    const host = soleHost((byEdgeWord.get(`<${ka[0]}`) ?? []).filter((x) => orgKey(x.name).split(' ').length > ka.length && orgKey(x.name).startsWith(`${ka.join(' ')} `)), a);
    if (host) mergeInto(a, host, 'link:name-first-words');
  }
  // "Quolls" of "Launceston Quolls", "Rhinos" of "Kelso Rhinos": a team by its nickname, the
  // last word of exactly one organisation of two or three words, when that word is no common
  // word, head or designator (a bare "Rovers", "Council" or "Holdings" names nothing alone).
  const byLastWord = new Map<string, Builder[]>();
  for (const x of orgs) {
    const k = orgKey(x.name).split(' ');
    if (k.length >= 2 && k.length <= 3) push(byLastWord, k[k.length - 1]!, x);
  }
  for (const a of orgs) {
    if (a.merged || isAcronym(a.name)) continue;
    const ka = orgKey(a.name);
    const w = a.name.toLowerCase();
    if (ka.includes(' ') || ka.length < 4 || lex.isCommon(w) || lex.isOrgHead(w) || lex.isOrgDesignator(w) || lex.clubSuffix(w) !== null || lex.isPlace(w) || lex.isCountry(w)) continue;
    // Not a country's branch of a brand ("Indonesia AirAsia" and "AirAsia" are two companies).
    const host = soleHost(byLastWord.get(ka) ?? [], a);
    if (host && !lex.isCountry(orgKey(host.name).split(' ')[0]!)) mergeInto(a, host, 'link:name-last-word');
  }
  // "Serrano" of "Atlético Serrano", "Vale Verde" of "Sociedade Esportiva Vale Verde":
  // a club named without the words that say it is a club, when exactly one club has that name.
  const byClubName = new Map<string, Builder[]>();
  for (const x of orgs) {
    const k = orgKey(x.name).split(' ');
    let i = 0;
    while (i < k.length - 1 && CLUB_LEADS.has(k[i]!)) i++;
    if (i > 0) push(byClubName, k.slice(i).join(' '), x);
  }
  // A person of that name is the club too ("Vale Verde were poor").
  for (const a of builders) {
    if (a.merged || a.mentions.length === 0 || isAcronym(a.name) || (a.type === 'person' && a.mentions.some((m) => m.title))) continue;
    const host = soleHost(byClubName.get(orgKey(a.name)) ?? [], a);
    if (!host) continue;
    for (const m of a.mentions) m.type = 'organization';
    mergeInto(a, host, 'link:club-name');
  }

  // "Democrats" / "Republicans": the members' plural stands for the party named after them.
  const parties = orgs.filter((x) => x.tokens.length === 2 && x.tokens[1] === 'party');
  for (const a of orgs) {
    if (a.merged || a.tokens.length !== 1 || !/s$/.test(a.tokens[0]!)) continue;
    const stem = a.tokens[0]!.slice(0, -1);
    if (stem.length < 5) continue;
    const party = parties.find((x) => x !== a && !x.merged && x.tokens[0]!.startsWith(stem.slice(0, Math.max(5, stem.length - 1))));
    if (party) mergeInto(a, party, 'link:party-members');
  }

  // "Kez" of "Kerryn “Kez” Tuilagi-Watts": the nickname a person's full name quotes, alone, is that person.
  const nicknames = new Map<string, Builder | null>();
  for (const b of builders) {
    if (b.merged || b.type !== 'person') continue;
    for (const m of b.mentions) {
      // Inside the mention, or right before it when the mention is the surname ("Kerryn “Kez” | Tuilagi-Watts").
      const q = QUOTED_NICKNAME.exec(text.slice(m.range[0], m.range[1])) ?? NICKNAME_BEFORE.exec(text.slice(Math.max(0, m.range[0] - 40), m.range[0]));
      if (!q) continue;
      const k = q[1]!.toLowerCase();
      if (nicknames.get(k) !== b) nicknames.set(k, nicknames.has(k) ? null : b);
    }
  }
  if (nicknames.size > 0) {
    for (const a of builders) {
      if (a.merged || a.name.includes(' ')) continue;
      const host = nicknames.get(a.name.toLowerCase());
      if (!host || host === a || host.merged) continue;
      for (const m of a.mentions) m.type = 'person';
      mergeInto(a, host, 'link:quoted-nickname');
    }
  }

  // "Whig" / "Whigs": a one-word name and its plural are one actor when one of them is an organisation.
  const oneWord = new Map<string, Builder>();
  for (const b of builders) {
    if (b.merged || orgKey(b.name).includes(' ') || isAcronym(b.name)) continue;
    const k = orgKey(b.name);
    const other = oneWord.get(k);
    if (!other || other.merged) {
      oneWord.set(k, b);
      continue;
    }
    if (other.type !== 'organization' && b.type !== 'organization') continue;
    const [from, into] = other.type === 'organization' ? [b, other] : [other, b];
    for (const m of from.mentions) m.type = 'organization';
    mergeInto(from, into, 'link:plural-of-name');
    oneWord.set(k, into);
  }

  const live = builders.filter((b) => !b.merged && b.mentions.length > 0);
  for (const b of live) b.mentions.sort((x, y) => x.range[0] - y.range[0]);
  findRoles(
    text,
    mentions,
    live,
    byMention,
    segmentation.paragraphs.filter((p) => p.kind === 'byline').map((p) => p.range),
    segmentation.articles.flatMap((a) => a.sections.filter((s) => s.rule === 'label.masthead' || s.rule === 'label.masthead-caps').map((s) => s.range)),
    segmentation.paragraphs.filter((p) => p.kind === 'caption').map((p) => p.range),
  );

  // Ids, aliases, output.
  const used = new Map<string, number>();
  const ids = new Map<Builder, string>();
  for (const b of live) {
    let id = slug(b.name);
    const n = used.get(id) ?? 0;
    used.set(id, n + 1);
    if (n > 0) id = `${id}-${n + 1}`;
    ids.set(b, id);
  }
  const actors: Actor[] = live.map((b) => {
    // A newspaper's "The" is part of its title ("The Halloway Herald"): where the text writes
    // it with a capital before a mention, the name keeps it (the mentions keep their ranges).
    const kind = b.type === 'organization' && !/^the\s/i.test(b.name) ? (orgKind(b.name) ?? (b.roleRule === 'outlet' ? b.role : null)) : null;
    if ((kind === 'newspaper' || kind === 'magazine' || kind === 'news outlet') && b.mentions.some((m) => text.slice(Math.max(0, m.range[0] - 4), m.range[0]) === 'The ')) {
      b.name = `The ${b.name}`;
      b.why.add('name:newspaper-the');
    }
    const aliases = new Set<string>();
    for (const m of b.mentions) {
      aliases.add(m.text);
      if (m.title && b.type === 'person') {
        const ft = formalTitle(m.title);
        if (ft) aliases.add(`${ft} ${m.text}`);
      }
    }
    aliases.delete(b.name);
    const id = ids.get(b)!;
    for (const m of b.mentions) m.actor = id;
    let aff = b.affiliation;
    while (aff?.merged) aff = aff.merged;
    return {
      id,
      name: b.name,
      type: b.type,
      aliases: [b.name, ...aliases],
      role: b.role,
      affiliation: aff && aff !== b ? (ids.get(aff) ?? null) : null,
      mentions: b.mentions.map((m) => m.range),
      ...typeConfidence(b),
    };
  });

  return { actors, places: collectPlaces(mentions), dates: collectDates(text, mentions, segmentation) };
}

/**
 * How sure linking is of an actor's type without learned evidence on its mentions, from
 * what the names themselves show: an organisation whose name says its kind ("... University",
 * "... Ltd") or an acronym 0.9, another organisation name of several words 0.75, a person's
 * full name 0.85, any one-word name 0.6; a role found for the actor adds 0.05.
 */
function defaultConfidence(b: Builder): { value: number; rule: string } {
  let value: number;
  let rule: string;
  if (b.type === 'organization' && (orgKind(b.name) || isAcronym(b.name))) [value, rule] = [0.9, 'type:org-kind-in-name'];
  else if (b.tokens.length === 1) [value, rule] = [0.6, 'type:one-word-name'];
  else if (b.type === 'person') [value, rule] = [0.85, 'type:full-name'];
  else [value, rule] = [0.75, 'type:org-name'];
  if (b.role) value += 0.05;
  return { value, rule };
}

/**
 * An actor's `confidence` (of its type) and `why`. With learned confidences on its mentions,
 * the mean of those typed as the actor is (a mention linking retyped, e.g. a surname typed as
 * a place, has no confidence for the actor's type and is left out); otherwise the default
 * above. `why` holds the type evidence, the mentions' strongest reasons, the linking rules
 * and the role rule, as short strings.
 */
function typeConfidence(b: Builder): { confidence: number; why: string[] } {
  const scored = b.mentions.filter((m) => m.confidence !== undefined && m.type === b.type);
  const why: string[] = [];
  let confidence: number;
  if (scored.length > 0) {
    confidence = scored.reduce((a, m) => a + m.confidence!, 0) / scored.length;
    why.push(`type:mean-of-${scored.length}-mentions`);
  } else {
    const d = defaultConfidence(b);
    confidence = d.value;
    why.push(d.rule);
  }
  // The mentions' reasons, most frequent first.
  const count = new Map<string, number>();
  for (const m of b.mentions) for (const w of m.why ?? []) count.set(w, (count.get(w) ?? 0) + 1);
  why.push(...[...count.entries()].sort((x, y) => y[1] - x[1]).slice(0, 4).map(([w]) => w));
  why.push(...b.why);
  if (b.roleRule) why.push(intern(`role:${b.roleRule}`));
  return { confidence: Math.round(Math.min(1, Math.max(0, confidence)) * 1000) / 1000, why };
}

/**
 * Keys of an organisation's name without the trailing words that say what kind of
 * organisation it is ("Lumora Systems Inc" → "lumora system", "lumora"). A stem that is a
 * country or a common word names something else.
 */
function orgStems(name: string): string[] {
  const lex = lexicon();
  const words = name.replace(/^the\s+/i, '').split(/\s+/);
  const out: string[] = [];
  while (words.length > 1 && lex.isOrgDesignator(words[words.length - 1]!.toLowerCase().replace(/[^\p{L}]/gu, ''))) {
    words.pop();
    const stem = words.join(' ');
    const l = stem.toLowerCase();
    if (lex.isCountry(l) || (words.length === 1 && (lex.isCommon(l) || lex.isDemonym(l))) || !/^\p{Lu}/u.test(stem)) break;
    out.push(orgKey(stem));
  }
  return out;
}

/**
 * In a report on "Bramley Rovers", a bare "Bramley" is the club, even where the word lists
 * know a town of that name; in one on "Tarnwell Robotics plc", a bare "Tarnwell" the weak
 * context made a place ("at Tarnwell's plant") is the company. Place mentions that are an
 * organisation's name without its designator become organisation mentions: a club's always,
 * a company's unless the place is known or follows "in", "near", "from" ... A person mention
 * that is a company's distinctive first word becomes the company's too.
 */
function stemPlacesAreOrgs(text: string, mentions: Mention[]): void {
  const lex = lexicon();
  const stems = new Map<string, boolean>();
  const heads = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'organization') continue;
    const words = m.text.split(/\s+/);
    if (words.length < 2) continue;
    if (lex.clubSuffix(words[words.length - 1]!.toLowerCase()) === 'sure') stems.set(words.slice(0, -1).join(' ').toLowerCase(), true);
    for (const k of orgStems(m.text)) if (!stems.has(k)) stems.set(k, false);
    // A company's distinctive first word ("Vardholm" of "Vardholm Seafarms ASA"), as the linker
    // joins it (link:name-first-words); only for a name that says it is a company.
    const head = words[0]!.toLowerCase();
    if (words.length >= 3 && lex.isOrgDesignator(words[words.length - 1]!.toLowerCase().replace(/[^\p{L}]/gu, '')) && !lex.isCommon(head)) {
      if (!stems.has(head)) stems.set(head, false);
      heads.add(head);
    }
  }
  if (stems.size === 0) return;
  // Words of people's full names: a company's first word that is also one names the person.
  const personWords = fullNameWords(mentions);
  for (const m of mentions) {
    // "Vardholm’s operations chief" typed a person: the company's first word, with no title,
    // no first name and no person's full name holding it, is the company.
    if (m.type === 'person') {
      const l = m.text.toLowerCase();
      if (heads.has(l) && !m.title && !personWords.has(l) && !lex.isFirstName(l)) m.type = 'organization';
      continue;
    }
    if (m.type !== 'place') continue;
    const l = m.text.toLowerCase();
    const club = stems.get(l) ?? (stems.has(orgKey(m.text)) ? stems.get(orgKey(m.text))! : undefined);
    if (club === undefined || lex.isCountry(l)) continue;
    if (!club && (lex.isPlace(l) || lex.multi.has(l) || STRONG_PLACE_BEFORE.test(text.slice(Math.max(0, m.range[0] - 24), m.range[0])))) continue;
    m.type = 'organization';
  }
}

const STRONG_PLACE_BEFORE = /\b(?:in|near|outside|across|throughout|around|into|from|towards?|of|via)\s+(?:the\s+)?$/i;

/**
 * Letters written after a person's name that are no part of it: a senior counsel's "SC",
 * "QC", "KC", Nigeria's "SAN", a member's "MP", honours, a doctorate. ("Jnr" is part of it.)
 */
const POST_NOMINALS = 'SC|QC|KC|SAN|MP|OBE|MBE|CBE|KBE|DBE|PhD';
const POST_NOMINAL = new RegExp(`\\s+(?:${POST_NOMINALS})$`);
const POST_NOMINAL_ALONE = new RegExp(`^(?:${POST_NOMINALS})$`);

/**
 * "Advocate Pieter van Wyk SC" is "Pieter van Wyk": a person's mention without the
 * post-nominal letters that end it; the letters alone ("a QC, …") name nobody.
 */
function dropPostNominals(mentions: Mention[]): void {
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i]!;
    if (m.type !== 'person') continue;
    if (POST_NOMINAL_ALONE.test(m.text)) {
      mentions.splice(i, 1);
      continue;
    }
    const post = POST_NOMINAL.exec(m.text);
    if (!post || m.text.length - post[0].length < 5 || !m.text.slice(0, post.index).includes(' ')) continue;
    m.text = m.text.slice(0, post.index);
    m.range = [m.range[0], m.range[0] + post.index];
    m.why = [...(m.why ?? []), 'link:post-nominal-dropped'];
  }
}

/**
 * "Acme Mining and Construction Company" read as "Acme Mining" and "Construction Company":
 * an organisation name made only of common words and designators, joined by "and"/"&" to
 * the organisation right before it (whose name does not already say its kind), is the rest
 * of that name. "X or Y" and two named organisations ("Tarnby Foods and Kelso Dairies")
 * stay two. Mutates `mentions` (the first grows, the second is removed).
 */
function joinGenericTails(text: string, mentions: Mention[]): void {
  const lex = lexicon();
  const generic = (w: string): boolean => {
    const l = w.toLowerCase().replace(/[^\p{L}]/gu, '');
    return lex.isOrgDesignator(l) || (lex.isCommon(l) && !lex.isPlace(l) && !lex.isCountry(l));
  };
  let prev: Mention | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.type !== 'organization' && m.type !== 'person') continue;
    const p: Mention | null = prev;
    prev = m;
    if (!p || p.type !== 'organization' || !/^\s+(?:and|&)\s+$/.test(text.slice(p.range[1], m.range[0]))) continue;
    const tail = m.text.split(/\s+/);
    if (tail.length < 2 || !tail.every(generic) || !lex.isOrgDesignator(tail[tail.length - 1]!.toLowerCase().replace(/\.$/, ''))) continue;
    if (orgKind(p.text)) continue;
    p.range = [p.range[0], m.range[1]];
    p.text = text.slice(p.range[0], p.range[1]);
    p.why = [...(p.why ?? []), 'link:generic-tail-joined'];
    mentions.splice(i, 1);
    i--;
    prev = p;
  }
}

/** Whether `b` is `a` with its last word moved to the front. */
function rotated(a: readonly string[], b: readonly string[]): boolean {
  return b[0] === a[a.length - 1] && a.slice(0, -1).every((w, i) => w === b[i + 1]);
}

/** A word written in capitals ("NIYONKURU"). */
const CAPS_WORD = /\b\p{Lu}{3,}\b/u;

/** A first name written as its initial ("j." of "J. Mitchell"). */
const INITIAL = /^\p{L}\.?$/u;

/**
 * Person name compatibility: one an ordered part of the other, first words agreeing; a first
 * name and its initial agree ("J. Mitchell" of a scorecard, "Jerrel Mitchell" of the report);
 * and a given name written last or first is one name ("NIYONKURU Claudine", "Claudine
 * Niyonkuru"; "KABASELE MWAMBA Bienvenu", "Bienvenu Kabasele Mwamba").
 */
function personCompatible(a: readonly string[], b: readonly string[]): boolean {
  const [small, big] = a.length <= b.length ? [a, b] : [b, a];
  if (a[0] === b[0]) return isSubsequence(small, big);
  if (a.length === b.length && (INITIAL.test(a[0]!) !== INITIAL.test(b[0]!)) && a.slice(1).every((w, i) => w === b[i + 1])) {
    const [initial, full] = INITIAL.test(a[0]!) ? [a[0]!, b[0]!] : [b[0]!, a[0]!];
    return full.length > 2 && full.startsWith(initial[0]!);
  }
  // The given name moved from the end to the front ("KABASELE MWAMBA Bienvenu", "Bienvenu Kabasele Mwamba").
  if (a.length === b.length && a.length >= 2 && (rotated(a, b) || rotated(b, a))) return true;
  // "van Dalen" of "Pieter van Dalen", "Lloyd Webber" of "Anna Lloyd Webber": the surname part.
  return small.length >= 2 && small.length < big.length && small.every((w, i) => w === big[big.length - small.length + i]);
}

function betterOrgName(candidate: string, current: string): boolean {
  if (isAcronym(current) && !isAcronym(candidate)) return true;
  if (isAcronym(candidate)) return false;
  return candidate.replace(/^the\s+/i, '').length > current.replace(/^the\s+/i, '').length;
}

/** Same organisation: equal keys, or a small misspelling of a long name. */
function orgSame(name: string, b: Builder): boolean {
  const k = orgKey(name);
  for (const m of b.mentions) {
    const km = orgKey(m.text);
    if (k === km) return true;
    if (isAcronym(name) || isAcronym(m.text)) {
      if (isAcronym(name) && isAcronym(m.text) && acronymLetters(name) === acronymLetters(m.text)) return true;
      continue;
    }
    if (k.length >= 10 && km.length >= 10 && k[0] === km[0] && editDistance(k, km, 2) <= 2) return true;
  }
  return false;
}

/**
 * Whether `acr`, in parentheses right after the organisation written `written`, is that
 * organisation's acronym in another language: two to six capitals after a name of two words
 * or more, that are no place's code ("UK") or body the lexicon knows ("AFP"), and that spell
 * no organisation met before.
 */
function translatedAcronym(acr: string, written: string, known: ReadonlyMap<string, unknown>): boolean {
  const letters = acronymLetters(acr);
  if (!isAcronym(acr) || letters.length < 2 || letters.length > 6 || written.split(/\s+/).length < 2) return false;
  const lex = lexicon();
  const lower = acr.toLowerCase();
  if (lex.isPlace(lower) || lex.isCountry(lower) || lex.info(lower)?.org || lex.isOrgAcronymHint(lower)) return false;
  return !known.has(`#${letters}`);
}

/** An acronym matches a name when its letters are the name's initials. */
function acronymMatches(acr: string, name: string): boolean {
  const letters = acronymLetters(acr);
  const ini = initials(name);
  return letters.length >= 2 && (letters === ini || (ini.length > letters.length && letters === ini.replace(/[^A-Z]/g, '')));
}

/** "congress" ⊂ "us congress", "house committee" ⊂ "house select committee on intelligence". */
function orgContains(big: readonly string[], small: readonly string[]): boolean {
  if (small.length >= big.length || small.length === 0) return false;
  if (!isSubsequence(small, big)) return false;
  // Same last word, and what is dropped comes first (a place or qualifier prefix) ...
  if (small[small.length - 1] === big[big.length - 1] && small.every((w, i) => w === big[big.length - small.length + i])) return big.length - small.length <= 2 && small.length >= 1 && big.length >= 2 && small.join(' ').length >= 5;
  // ... or both keep the first word and the organisation head ("House ... Committee ...").
  return small.length >= 2 && small[0] === big[0] && ORG_HEAD_KEYS.has(small[small.length - 1]!);
}

const ORG_HEAD_KEYS = new Set(['committee', 'council', 'commission', 'department', 'ministry', 'agency', 'court', 'party', 'union', 'association', 'bank', 'university', 'army', 'police', 'force', 'office', 'board', 'authority']);

/** The one actor of `candidates`, other than `a` and not merged away, or null when there are none or several. */
function soleHost(candidates: readonly Builder[], a: Builder): Builder | null {
  let host: Builder | null = null;
  for (const x of candidates) {
    if (x === a || x.merged) continue;
    if (host) return null;
    host = x;
  }
  return host;
}

function resolveB(b: Builder): Builder {
  let x = b;
  while (x.merged) x = x.merged;
  return x;
}

/** A one-word nickname in quotation marks inside a person's name ("Kerryn “Kez” Tuilagi-Watts"). */
const QUOTED_NICKNAME = /\s[“"‘']([\p{Lu}][\p{L}'’.-]*)[”"’']\s/u;
/** The same nickname right before a surname, after the first name ("Kerryn “Kez” "). */
const NICKNAME_BEFORE = /\p{Lu}[\p{L}'’-]*\s+[“"‘']([\p{Lu}][\p{L}'’.-]*)[”"’']\s+$/u;

function mergeInto(from: Builder, into: Builder, rule: string): void {
  into.why.add(rule);
  for (const w of from.why) into.why.add(w);
  for (const m of from.mentions) {
    into.mentions.push(m);
    into.lastAt = Math.max(into.lastAt, m.range[1]);
  }
  if (betterOrgName(from.name, into.name) && into.type === 'organization') {
    into.name = from.name;
    into.tokens = from.tokens;
  }
  from.mentions = [];
  from.merged = into;
}

/** Two names used in one sentence are two organisations ("Kenya SkyLink is owned by SkyLink"). */
function nearEachOther(text: string, a: Builder, b: Builder): boolean {
  for (const x of a.mentions) {
    for (const y of b.mentions) {
      const [s, e] = x.range[0] < y.range[0] ? [x.range[1], y.range[0]] : [y.range[1], x.range[0]];
      if (e - s < 150 && !/[.!?]\s/.test(text.slice(s, e))) return true;
    }
  }
  return false;
}

function lastBefore(b: Builder, at: number): number {
  let best = -1;
  for (const m of b.mentions) if (m.range[1] <= at && m.range[1] > best) best = m.range[1];
  return best;
}

function firstAt(b: Builder): number {
  return b.mentions.reduce((a, m) => Math.min(a, m.range[0]), Infinity);
}

/** One Place per distinct normalised name, with all its mentions. */
function collectPlaces(mentions: Mention[]): Place[] {
  const byKey = new Map<string, Place>();
  for (const m of mentions) {
    if (m.type !== 'place') continue;
    const key = m.text.toLowerCase().replace(/\s+/g, ' ');
    let p = byKey.get(key);
    if (!p) {
      p = { name: m.text, mentions: [] };
      byKey.set(key, p);
    }
    p.mentions.push(m.range);
  }
  return [...byKey.values()];
}

/** Every date mention, with its ISO value against the publication date of its article. */
/** Words before a weekday that put it in the future ("will resume on Wednesday"). */
const FUTURE = /\b(?:will|would|shall|is due|are due|is expected|are expected|plans? to|scheduled|set to|next|until|from|starting|begins?|resumes?)\b[^.!?]*$/i;

function collectDates(text: string, mentions: Mention[], segmentation: Segmentation): DateExpression[] {
  const articles = segmentation.articles;
  const anchorAt = (r: Range): string | null => {
    for (const a of articles) if (r[0] >= a.range[0] && r[0] < a.range[1]) return a.published;
    return articles.length === 1 ? (articles[0]!.published ?? null) : null;
  };
  return mentions
    .filter((m) => m.type === 'date')
    .map((m) => ({ text: m.text, range: m.range, value: resolveDate(m.text, anchorAt(m.range), FUTURE.test(text.slice(Math.max(0, m.range[0] - 40), m.range[0]))) }));
}
