import { lexicon } from '../lexicon';
import type { Mention, Range } from '../types';
import type { Builder } from './index';
import { MentionIndex } from './mentionIndex';
import { HONORIFICS } from './names';
import { EXTRA_ORG_HEADS, EXTRA_ROLE_NOUNS, KIN_NOUNS, orgKind } from './orgKinds';
import {
  ABBREVIATED_TITLES,
  DESCRIPTOR_STOP,
  ORG_MODIFIERS,
  ORG_HELD_ROLES,
  ORG_NOUNS,
  ORG_ROLE_HEADS,
  ROLE_RULES,
  SPORT_NAMES,
  ROLE_SUFFIX,
  type RoleRuleId,
  SPEECH,
  TEAM_ROLES,
  OFFICER_TITLES,
  TITLE_FIELD_JOINERS,
  PHOTO_CREDIT,
  CREDIT_LABEL,
  OUTLET_HEAD_KINDS,
  OUTLET_JOBS,
} from './roles.en';

/** A noun that heads a description of an organisation ("the budget airline", "a brokerage"). */
function isOrgHead(word: string): boolean {
  return ORG_ROLE_HEADS.has(word) || EXTRA_ORG_HEADS.has(word);
}

const AFTER_SAID = new RegExp(`\\b${SPEECH}\\s+the\\s+((?:[\\w’'-]+\\s+){1,5}?[\\w’'-]+)(?=\\s*[.,;])`, 'g');
const BEFORE_SAID = new RegExp(`\\b[Tt]he\\s+((?:[\\w’'-]+\\s+){1,4}?[\\w’'-]+)\\s+${SPEECH}\\b`, 'g');

/**
 * Fills each actor's `role` and `affiliation` from what the text says about it: an
 * apposition after a mention ("X, a former adviser to Y,"), a title or role written
 * before a name ("NDP leader Amina Rauf", "the militant group Al-Qahar"), or a definite
 * description standing for it next to a speech verb ("said the 74-year-old comedian").
 */
export function findRoles(text: string, mentions: Mention[], live: Builder[], byMention: Map<Mention, Builder>, bylines: readonly Range[] = [], mastheads: readonly Range[] = [], captions: readonly Range[] = []): void {
  const lex = lexicon();
  const named = new MentionIndex(mentions.filter((m) => byMention.has(m)));
  const placed = new MentionIndex(mentions.filter((m) => m.type === 'place'));
  const orgIn = (s: number, e: number, self: Builder): Builder | null => {
    for (const m of named.within(s, e)) {
      const b = resolve(byMention.get(m)!);
      if (b.type === 'organization' && b !== self) return b;
    }
    return null;
  };
  const isPersonRole = (w: string): boolean => {
    const l = w.toLowerCase();
    if (lex.isRoleNoun(l) || EXTRA_ROLE_NOUNS.has(l) || (l.endsWith('s') && (lex.isRoleNoun(l.slice(0, -1)) || EXTRA_ROLE_NOUNS.has(l.slice(0, -1)))) || /year-old$/.test(l) || ROLE_SUFFIX.test(l) || lex.isPersonNoun(l)) return true;
    // "schoolteacher", "boatbuilder", "shopkeeper": one word ending in a job noun.
    if (l.length >= 9 && COMPOUND_JOB.test(l)) return true;
    // "president-general", "secretary-general", "editor-in-chief": a compound opened by a job noun.
    const head = /^([\p{Ll}]+)-(?:general|in-chief|elect|designate|at-large)$/u.exec(l);
    return head !== null && (lex.isRoleNoun(head[1]!) || lex.isFormalTitle(head[1]!));
  };

  const each = (fn: (b: Builder) => void) => (): void => {
    for (const b0 of live) fn(resolve(b0));
  };
  let anaphors: Anaphor[] | null = null;
  const stages: Record<RoleRuleId, () => void> = {
  'byline': () => bylineRoles(text, named, byMention, bylines),

  // "Ada Wren is a columnist for the Lantern." on a line of its own, as an opinion piece's
  // author note ends it: what the person is, over the byline's "reporter".
  'bio-line': each((b) => {
    if (b.type !== 'person') return;
    for (const m of b.mentions) {
      if (m.title || (m.range[0] > 0 && text[m.range[0] - 1] !== '\n')) continue;
      // A note of a sentence or two, not a paragraph of argument that opens with the name.
      const lineEnd = text.indexOf('\n', m.range[1]);
      if ((lineEnd < 0 ? text.length : lineEnd) - m.range[0] > BIO_LINE_MAX) continue;
      const bio = BIO_LINE.exec(text.slice(m.range[1], m.range[1] + 240));
      if (!bio || !bio[1]!.toLowerCase().split(/\s+/).slice(0, 4).some((w) => isPersonRole(w.replace(/,$/, '')))) continue;
      b.role = bio[1]!;
      b.roleStrong = true;
      const start = m.range[1] + bio[0].indexOf(bio[1]!);
      b.affiliation ??= orgIn(start, start + bio[1]!.length, b);
      return;
    }
  }),

  'apposition': each((b) => {
    // Apposition after a mention (or before it: "the mayor of X, Name,"). A photo caption's
    // is weak and comes last: it says what the picture shows ("Dr X, lead author, in a trial
    // plot"), the story says who the person is.
    const inCaption = (m: Mention): boolean => captions.some((r) => m.range[0] >= r[0] && m.range[1] <= r[1]);
    const ordered = captions.length > 0 ? [...b.mentions.filter((m) => !inCaption(m)), ...b.mentions.filter(inCaption)] : b.mentions;
    for (const m of ordered) {
      if (b.roleStrong) break;
      const ap = preApposition(text, m, b, named, byMention, isPersonRole) ?? apposition(text, m, b.type, named, isPersonRole);
      if (ap && (ap.weak || inCaption(m))) {
        b.role ??= ap.role;
        continue;
      }
      if (ap) {
        // A formal title written before the name goes first ("Senator, D-Ohio, author of the bill").
        // So does a description written before it ("former deputy mayor X, now the party's ...").
        const titled =
          b.mentions.map((x) => (x.title ? formalTitleRole(x.title) : null)).find((x) => x) ??
          b.mentions.map((x) => (x.title && /^\p{Ll}/u.test(x.title) && x.title.trim().split(/\s+/).length >= 2 ? cleanTitle(x.title, b.type) : null)).find((x) => x) ??
          null;
        b.role = titled && !ap.role.toLowerCase().includes(titled.toLowerCase()) ? `${titled}, ${ap.role}` : ap.role;
        b.roleStrong = true;
        b.affiliation ??= orgIn(ap.start, ap.end, b);
        // "a spokesman for the group": the organisation named last before.
        if (!b.affiliation && /\b(?:for|of|at|with|from)\s+the\s+(?:group|company|firm|party|agency|ministry|organi[sz]ation|airline|bank|club|team|government|movement|council|committee|department|union|network|newspaper|broadcaster)\b/i.test(ap.role)) {
          for (const x of named.backFrom(ap.start, 3000)) {
            const xb = resolve(byMention.get(x)!);
            if (xb.type === 'organization' && xb !== b) {
              b.affiliation = xb;
              break;
            }
          }
        }
      }
    }
  }),

  'title-before': each((b) => {
    // A title or role written before a name: the longest one.
    if (!b.roleStrong) {
      let best: string | null = null;
      let bestMention: Mention | null = null;
      for (const m of b.mentions) {
        const anchor = m.title && text.slice(m.range[0] - m.title.length - 1, m.range[0]) === `${m.title} ` ? m.range[0] - m.title.length - 1 : m.range[0];
        // A title is the head already: only its modifiers may come before ("Independent councillor").
        const desc = b.type === 'person' ? preNameDescriptor(text, anchor, (w) => (isPersonRole(w) || agentNoun(w)) && !/s$/.test(w), m.title !== null && !HONORIFICS.has(m.title.toLowerCase().replace(/\.$/, ''))) : null;
        if (!m.title && !desc) continue;
        let t = m.title ? cleanTitle(m.title, b.type) : null;
        // "Rival Tarnby Bank gained": a common word that opened the sentence, in lower case.
        if (t && b.type === 'organization' && !t.includes(' ') && lex.isCommon(t.toLowerCase()) && !lex.isFormalTitle(t.toLowerCase())) t = t.toLowerCase();
        // "34-year-old taxi operator X": the title starts after the age's number.
        const age = t && /^year-old\b/.test(t) ? /(\d{1,3})-$/.exec(text.slice(Math.max(0, anchor - 4), anchor)) : null;
        if (age) t = `${age[1]}-${t}`;
        const r = desc && t && !HONORIFICS.has(t.toLowerCase()) ? `${desc} ${t}` : (desc ?? t);
        if (r && (!best || r.split(' ').length > best.split(' ').length)) {
          best = r;
          bestMention = m;
        }
      }
      if (best && bestMention) {
        const titleStart = bestMention.title ? bestMention.range[0] - bestMention.title.length - 1 : bestMention.range[0];
        const own = /\b(his|her|their)\s+$/i.exec(text.slice(Math.max(0, titleStart - 8), titleStart));
        if (own && b.type === 'person') {
          let owner: Builder | null = null;
          for (const x of named.backFrom(titleStart, 3000)) {
            const xb = resolve(byMention.get(x)!);
            if (xb.type === 'person' && xb !== b) {
              owner = xb;
              break;
            }
          }
          if (owner) best = `${owner.name}'s ${best}`;
        }
        // "Maricopa County Recorder X", "Zenith Bank Chief Executive X", "Harbour Party MP X":
        // the name that opens the title (or the description written before the name) is part of it.
        let opener: Builder | null = null;
        const roleStart = bestMention.title ? titleStart : text.slice(titleStart - best.length - 1, titleStart) === `${best} ` ? titleStart - best.length - 1 : -1;
        if (roleStart > 0 && text[roleStart - 1] === ' ') {
          const org = named.backFrom(roleStart, 200).next().value;
          const place = placed.backFrom(roleStart, 200).next().value;
          const ob = org ? resolve(byMention.get(org)!) : null;
          if (org && ob && org.range[1] === roleStart - 1 && ob !== b && ob.type === 'organization' && !best.startsWith(org.text)) {
            best = `${org.text} ${best}`;
            opener = ob;
          } else if (place && place.range[1] === roleStart - 1 && !best.startsWith(place.text)) best = `${place.text} ${best}`;
        }
        b.role = best;
        const s = titleStart - 2;
        b.affiliation ??= opener ?? orgIn(Math.max(0, s), bestMention.range[0], b);
      }
    }
  }),

  'capitalised-title-before': each((b) => {
    if (b.type !== 'person' || b.roleStrong) return;
    for (const m of b.mentions) {
      const t = capitalisedTitleBefore(text, m, isPersonRole);
      if (!t) continue;
      b.role = t.role;
      b.roleStrong = true;
      b.affiliation ??= orgIn(t.start, t.end, b);
      return;
    }
  }),

  'title-org-after': each((b) => {
    if (b.type !== 'person' || !b.role || !(/^\p{Lu}/u.test(b.role) || isPersonRole(b.role.split(/\s+/).pop()!)) || b.role.split(/\s+/).length > 5) return;
    for (const m of b.mentions) {
      const at = m.range[1] + 2 + b.role.length;
      if (text.slice(m.range[1], at + 2).replace(/\s+/g, ' ') !== `, ${b.role}, `.replace(/\s+/g, ' ')) continue;
      const next = named.list[named.lowerBound(at)];
      if (!next || next.range[0] > at + 2) continue;
      const nb = resolve(byMention.get(next)!);
      if (nb.type !== 'organization' || nb === b) continue;
      b.role = `${b.role}, ${next.text}`;
      b.affiliation ??= nb;
      return;
    }
  }),

  'title-of-before': each((b) => {
    if (b.type !== 'person' || b.roleStrong) return;
    for (const m of b.mentions) {
      const anchor = m.title && text.slice(m.range[0] - m.title.length - 1, m.range[0]) === `${m.title} ` ? m.range[0] - m.title.length - 1 : m.range[0];
      const r = titleOfBefore(text, anchor, isPersonRole);
      if (!r || (b.role && b.role.split(/\s+/).length >= r.split(/\s+/).length)) continue;
      b.role = r;
      b.affiliation ??= orgIn(Math.max(0, anchor - r.length - 1), anchor, b);
    }
  }),

  'owner-title-before': each((b) => {
    if (b.type !== 'person' || b.roleStrong) return;
    for (const m of b.mentions) {
      // The title, if any, is part of the phrase ("Fenwick Foods' Chief Executive X").
      for (const x of named.backFrom(m.range[0], 80)) {
        const xb = resolve(byMention.get(x)!);
        const pm = /^(['’]s?)\s+((?:[\p{L}-]+\s+){0,3}([\p{L}-]+)),?\s+$/u.exec(text.slice(x.range[1], m.range[0]));
        if (!pm || xb === b || !isPersonRole(pm[3]!) || HONORIFICS.has(pm[3]!.toLowerCase().replace(/\.$/, '')) || (pm[1]!.length === 1 && !/s$/.test(x.text))) break;
        if (pm[2]!.split(/\s+/).some((w) => DESCRIPTOR_STOP.test(w))) break;
        b.role = `${x.text}${pm[1] === "'" || pm[1] === '’' ? "'" : "'s"} ${pm[2]!}`;
        if (xb.type === 'organization') b.affiliation ??= xb;
        return;
      }
    }
  }),

  // Organisations: a news agency credited in a dateline, a kind written after the name.
  'org-kind-after': each((b) => {
    if (b.type === 'organization' && !b.role) b.role = orgRole(text, b, named, byMention);
  }),

  // A news outlet, known by where it is named: its name's kind, or "news outlet".
  'outlet': each((b) => {
    if (b.type !== 'organization' || b.role || !b.mentions.some((m) => outletContext(text, m, bylines, mastheads))) return;
    const kind = orgKind(b.name);
    const head = b.name.split(/\s+/).pop()!.toLowerCase();
    if (kind && !NEWS_KINDS.has(kind)) return;
    b.role = kind ?? OUTLET_HEAD_KINDS[head] ?? 'news outlet';
  }),

  // People: "Org's Name", "Name of/from the Org", "Name, who heads the X".
  'person-context': each((b) => {
    if (b.type === 'person') personExtras(text, b, named, byMention, isPersonRole);
    if (!b.affiliation) {
      for (const m of b.mentions) {
        if (!m.title) continue;
        const aff = orgIn(Math.max(0, m.range[0] - m.title.length - 3), m.range[0], b);
        if (aff) {
          b.affiliation = aff;
          break;
        }
      }
    }
  }),

  // A bare team role ("captain Dion Maybury") belongs to the club named earlier in the sentence.
  'team-of-club': each((b) => {
    if (b.type !== 'person' || !b.role || b.affiliation || !TEAM_ROLES.test(b.role)) return;
    const m = b.mentions.find((x) => x.title && TEAM_ROLES.test(cleanTitle(x.title, 'person') ?? ''));
    if (!m) return;
    const head = text.slice(Math.max(0, m.range[0] - 400), m.range[0]);
    const sentence = Math.max(head.lastIndexOf('. '), head.lastIndexOf('\n'));
    const from = m.range[0] - head.length + (sentence < 0 ? 0 : sentence + 1);
    const club = named.within(from, m.range[0]).map((x) => resolve(byMention.get(x)!)).find((x) => x.type === 'organization');
    if (club) {
      b.role = `${b.role} of ${club.name}`;
      b.affiliation = club;
    }
  }),

  // "Chief executive Ana Ruiz said": the company is the organisation the story has named most
  // up to there (within OFFICER_WINDOW) that may have such officers; the nearest wins a tie.
  'officer-of-company': each((b) => {
    if (b.type !== 'person' || !b.role || b.affiliation || !OFFICER_TITLES.test(b.role.trim())) return;
    const titled = b.mentions.find((x) => x.title) ?? b.mentions[0]!;
    const at = titled.range[0];
    // "Velo's chairman Ada Marr and chief executive Ben Cole": the owner is shared.
    const titleStart = titled.title ? at - titled.title.length - 1 : at;
    const prev = /\sand\s+$/.test(text.slice(Math.max(0, titleStart - 6), titleStart)) ? named.backFrom(titleStart, 80).next().value : undefined;
    const pb = prev ? resolve(byMention.get(prev)!) : null;
    const owner = pb && pb.type === 'person' ? /^(\p{Lu}[\p{L}\p{N}&.-]*(?: \p{Lu}[\p{L}\p{N}&.-]*){0,4}['’]s?) \p{Ll}/u.exec(pb.role ?? '') : null;
    if (owner && pb && /^\s+and\s+$/.test(text.slice(prev!.range[1], titleStart))) {
      b.role = `${owner[1]} ${b.role}`;
      b.affiliation = pb.affiliation;
      return;
    }
    const counts = new Map<Builder, number>();
    const order: Builder[] = [];
    for (const x of named.backFrom(at, OFFICER_WINDOW)) {
      const xb = resolve(byMention.get(x)!);
      if (xb.type !== 'organization' || xb === b || !mayEmployOfficer(xb)) continue;
      if (!counts.has(xb)) order.push(xb);
      counts.set(xb, (counts.get(xb) ?? 0) + 1);
    }
    let best: Builder | null = null;
    for (const xb of order) if (!best || counts.get(xb)! > counts.get(best)!) best = xb;
    // Only in a story about business: "Chairman X" in a political story chairs a committee.
    if (!best || (counts.get(best)! < 2 && order.length > 1) || !BUSINESS_STORY.test(text.slice(Math.max(0, at - OFFICER_WINDOW), at + OFFICER_WINDOW))) return;
    b.role = `${b.role} of ${best.name}`;
    b.affiliation = best;
  }),

  // Definite descriptions next to a speech verb, for actors still without a role.
  'near-speech': () => {
  const describe = (np: string, at: number): void => {
    const words = np.split(/\s+/);
    const head = words[words.length - 1]!.toLowerCase();
    const kind = ORG_ROLE_HEADS.has(head) ? 'organization' : isPersonRole(head) ? 'person' : null;
    if (!kind || words.some((w) => /^(?:said|says|told|added|and|or|who|which|that)$/i.test(w))) return;
    // "The National Police Service says": a name (its head capitalised), not a description of
    // someone named before ("the Two Ronnies star said" is one).
    if (words.length > 1 && /^\p{Lu}/u.test(words[words.length - 1]!)) return;
    let best: Builder | null = null;
    let subject: Builder | null = null;
    for (const m of named.backFrom(at, 3000)) {
      const b = resolve(byMention.get(m)!);
      if (b.type !== kind) continue;
      best ??= b;
      if (at - m.range[0] >= 600) break;
      if (/(?:^|[.!?]["”’]?\s+|\n\s*)$/.test(text.slice(Math.max(0, m.range[0] - 3), m.range[0]))) {
        subject = b;
        break;
      }
    }
    const target = kind === 'person' && subject ? subject : best;
    if (target && !target.role) target.role = np.replace(/[’]s\b/g, "'s");
  };
  const found: Array<[number, string]> = [];
  for (const re of [AFTER_SAID, BEFORE_SAID]) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) found.push([m.index, m[1]!]);
  }
  found.sort((a, b) => a[0] - b[0]);
  for (const [at, np] of found) describe(np, at);
  },

  // "The 61-year-old, a plumber and keen angler, ...": the description completes the age.
  'age-description': () => {
  const AGED = /\b[Tt]he (\d{1,3})-year-old,\s+(?:a|an)\s+([^,.;:\n“”"()]{3,80}),/g;
  let aged: RegExpExecArray | null;
  while ((aged = AGED.exec(text)) !== null) {
    const age = `${aged[1]}-year-old`;
    for (const x of named.backFrom(aged.index, 3000)) {
      const xb = resolve(byMention.get(x)!);
      if (xb.type === 'person' && xb.role === age) {
        xb.role = `${age} ${aged[2]!.trim()}`;
        break;
      }
    }
  }

  },

  // Organisations still without a role: what a relative clause says it does, a description
  // written before its name, the common noun the text uses for it, or the kind its name says.
  'org-description': each((b) => {
    if (b.role) return;
    const kind = orgKind(b.name);
    // "beat the Tarnby Hawks 3-1": a side in a result is a team (a person only when its last word is a plural noun).
    const lastWord = b.name.split(/\s+/).pop()!.toLowerCase();
    const lastInfo = lexicon().info(lastWord);
    const firstInfo = lexicon().info(b.name.split(/\s+/)[0]!.toLowerCase());
    const plural = b.name.includes(' ') && /s$/.test(lastWord) && !lastInfo?.lastName && !firstInfo?.firstName;
    const inResult = (b.type === 'organization' || plural) && b.mentions.some((m) => {
      const around = text.slice(Math.max(0, m.range[0] - 40), m.range[1] + 40);
      const side = /\b(?:beat|beating|lost to|drew with|defeated|thrashed|edged|v|vs\.?|against)\s+(?:the\s+)?$/.test(text.slice(Math.max(0, m.range[0] - 20), m.range[0])) || /^\s+(?:beat|lost to|drew with|defeated|thrashed|edged)\b/.test(text.slice(m.range[1], m.range[1] + 20));
      return side && /\b\d{1,2}-\d{1,2}\b/.test(around);
    });
    if (inResult && !kind) {
      b.role = 'team';
      return;
    }
    if (b.type !== 'organization' && kind !== 'team') return;
    let based: string | null = null;
    for (const m of b.mentions) {
      // "The Review Board is an independent statutory body."
      const cop = /^\s+is\s+(?:a|an)\s+((?:[\p{Ll}-]+\s+){0,3}([\p{Ll}-]+))(?=[.,;]|\s+(?:in|for|of|that|which|with|and)\b)/u.exec(text.slice(m.range[1], m.range[1] + 120));
      if (cop && isOrgHead(cop[2]!)) {
        b.role = cop[1]!;
        break;
      }
    }
    for (const m of b.mentions) {
      if (b.role) break;
      // "armed groups in the hills, notably the X": one of the kind the list names.
      const before = text.slice(Math.max(0, m.range[0] - 120), m.range[0]);
      const list = /\b(?:notably|including|such as|especially|among them)\s+(?:the\s+)?$/.test(before.slice(-24)) && /(?:^|[^\p{L}-])((?:[\p{Ll}-]+\s+){0,2}(\p{Ll}+?)(?:ies|s))(?:\s+(?:in|of|on|at|across|from)\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?)?,?\s+(?:notably|including|such as|especially|among them)\s+(?:the\s+)?$/u.exec(before);
      if (list) {
        const plural = list[1]!.split(/\s+/);
        const last = plural.pop()!;
        while (plural.length > 0 && /Tense|Verb|Copula|Modal|Gerund/.test(lexicon().info(plural[0]!)?.pos ?? '')) plural.shift();
        const one = /ies$/.test(last) ? last.slice(0, -3) + 'y' : last.slice(0, -1);
        if (isOrgHead(one) && !plural.some((w) => DESCRIPTOR_STOP.test(w))) b.role = [...plural, one].join(' ');
      }
      // "ABC, Delmont," on a line of its own: the agency the story is credited to.
      const lineStart = text.lastIndexOf('\n', m.range[0] - 1) + 1;
      if (!b.role && lineStart === m.range[0] && /^[A-Z]{2,6}$/.test(m.text) && /^,\s*\p{Lu}[\p{L} .-]{1,30},?[ \t]*(?:\n|$)/u.test(text.slice(m.range[1], m.range[1] + 40))) b.role = 'news agency';
    }
    for (const m of b.mentions) {
      if (b.role) break;
      const rel = orgRelative(text, m);
      if (rel) {
        b.role = rel.startsWith('whose ') && kind ? `${kind} ${rel}` : rel;
        break;
      }
    }
    for (const m of b.mentions) {
      if (b.role) break;
      const d = preNameDescriptor(text, m.range[0], isOrgHead);
      if (d && !/^\S+-based$/.test(d)) b.role = d;
      else if (d) based ??= d;
    }
    if (b.role) return;
    anaphors ??= findAnaphors(text, named, byMention);
    const ana = anaphorKind(b, anaphors);
    // A described anaphor ("the budget travel company") says more than the name's kind, and
    // a trade ("the nickel miner") more than "company".
    if (ana && (ana.phrase !== ana.noun || (kind === 'company' && TRADE.test(ana.noun))) && (!kind || kind === ana.noun || (kind === 'company' && TRADE.test(ana.noun)))) {
      b.role = ana.phrase;
      return;
    }
    const noun = kind ?? ana?.noun ?? null;
    if (noun) b.role = based ? `${based} ${noun}` : noun;
  }),

  // A club or team in a sports story: the sport named most around it ("rugby club").
  'club-sport': each((b) => {
    if (b.type !== 'organization' || lex.isCountry(b.name.toLowerCase())) return;
    // A side with no kind named, that plays: "beat Kelso", "Kelso won 2-1", "Kelso 24 Tarnby 10".
    const side = !b.role && !orgKind(b.name) && b.mentions.some((m) => playsAt(text, m));
    if (b.role !== 'team' && b.role !== 'club' && !side) return;
    const sport = sportAround(text, b.mentions);
    if (sport) b.role = `${sport} club`;
  }),

  // "the college’s director of policy": name the organisation the common noun stands for,
  // when the document names one before that the noun fits.
  'org-noun-named': each((b) => {
    if (b.type !== 'person' || !b.role) return;
    // "KWB's general manager": the organisation's name, not the acronym a reader must look up.
    const acr = /^(.*?\b)?(?:the\s+)?(\p{Lu}[\p{Lu}\p{N}&]{1,7})['’]s\s+(\p{Ll}.*)$/u.exec(b.role);
    const owner = acr && b.affiliation ? resolve(b.affiliation) : null;
    if (acr && owner && owner.name !== acr[2] && owner.mentions.some((x) => x.text === acr[2]) && (!acr[1] || /,\s*$/.test(acr[1]))) {
      // "director of the Kelso Water Board"; with a complement of its own, the name in the
      // acronym's place ("Kelso Water Board's leader in the assembly").
      b.role = /\s(?:of|in|at|for|on)\s/.test(acr[3]!) ? `${acr[1] ?? ''}${owner.name}'s ${acr[3]}` : `${acr[1] ?? ''}${acr[3]} of ${asWritten(text, owner)}`;
      return;
    }
    const pm = /^(.*?\b)?(?:the\s+)?(\p{Ll}+)['’]s\s+(.+)$/u.exec(b.role);
    if (!pm || !ORG_NOUNS.has(pm[2]!) || (pm[1] && !/,\s*$/.test(pm[1]))) return;
    const noun = pm[2]!;
    const first = b.mentions[0]!;
    // With no organisation to name, the text's own "the firm's founder".
    if (!/\bthe\s+\p{Ll}+['’]s\s/u.test(b.role)) b.role = `${pm[1] ?? ''}the ${noun}'s ${pm[3]}`;
    for (const x of named.backFrom(first.range[0], 6000)) {
      const xb = resolve(byMention.get(x)!);
      if (xb.type === 'organization' && xb !== b && nounFits(noun, xb)) {
        const role = pm[3]!;
        b.role = `${pm[1] ?? ''}${role} ${/\bof\b/.test(role) ? 'at' : 'of'} the ${xb.name.replace(/^the\s+/i, '')}`;
        b.affiliation ??= xb;
        break;
      }
    }
  }),

  // "A spokesperson, Ines Marr, said": a role held in an organisation, written without it,
  // is held in the one its sentence names before it, or the one the sentence before opens
  // with ("The Tarnby Fire Service says …"). Lower-case roles only: "President X" heads a
  // country, not the company the last sentence named.
  'role-of-org-nearby': each((b) => {
    if (b.type !== 'person' || !b.role || b.affiliation || !/^\p{Ll}/u.test(b.role)) return;
    const held = ORG_HELD_ROLES.exec(b.role.trim());
    if (!held) return;
    const fits = orgFitsRole(held[1]!.toLowerCase(), text);
    const at = b.mentions[0]!.range[0];
    const paragraph = text.lastIndexOf('\n', at - 1) + 1;
    const sentence = sentenceStart(text, paragraph, at);
    // "Kelso's sporting director X": the owner is written already, if not recognised.
    const titled = b.mentions[0]!.title;
    const roleAt = titled && text.slice(at - titled.length - 1, at) === `${titled} ` ? at - titled.length - 1 : at;
    if (/['’]s?\s+$/.test(text.slice(Math.max(0, roleAt - 40), roleAt))) return;
    // The only organisation the sentence names before the role; else the only one the
    // sentence before names, when it opens with it (for a side's role, anywhere in it).
    const onlyOrg = (from: number, to: number): Mention | null => {
      const orgs = named.within(from, to).filter((x) => resolve(byMention.get(x)!).type === 'organization' && resolve(byMention.get(x)!) !== b);
      return orgs.length > 0 && orgs.every((x) => resolve(byMention.get(x)!) === resolve(byMention.get(orgs[0]!)!)) ? orgs[0]! : null;
    };
    let org: Builder | null = null;
    const inSentence = onlyOrg(sentence, at);
    if (inSentence && fits(resolve(byMention.get(inSentence)!), inSentence)) org = resolve(byMention.get(inSentence)!);
    if (!org && !inSentence && sentence > paragraph) {
      const previous = sentenceStart(text, paragraph, sentence - 1);
      const only = onlyOrg(previous, sentence);
      const ob = only ? resolve(byMention.get(only)!) : null;
      if (only && ob && (fits.strict || /^(?:the)?$/i.test(text.slice(previous, only.range[0]).trim())) && fits(ob, only)) org = ob;
    }
    // A school's, a mosque's, a bank's role: the nearest fitting one within a paragraph or
    // two. Not a side's: a match report names both sides, and a national side is a place.
    if (!org && fits.strict && !TEAM_ROLES.test(held[1]!)) {
      for (const x of named.backFrom(at, STRICT_ROLE_WINDOW)) {
        const xb = resolve(byMention.get(x)!);
        if (xb.type === 'organization' && xb !== b && fits(xb, x)) {
          org = xb;
          break;
        }
      }
    }
    if (!org) return;
    b.role = `${b.role} of ${asWritten(text, org)}`;
    b.affiliation = org;
  }),

  // Plural roles written before a list of names apply to each name in it.
  'plural-title-list': () => {
  for (let i = 0; i + 1 < named.list.length; i++) {
    const a = named.list[i]!;
    const ba = resolve(byMention.get(a)!);
    if (ba.type !== 'person') continue;
    let role: string | null;
    if (a.title) {
      const head = a.title.trim().split(/\s+/).pop()!.toLowerCase();
      if (!head.endsWith('s') || !isPersonRole(head)) continue;
      role = cleanTitle(a.title, 'person');
    } else {
      // "Kenyan swimmers X and Y", "his team-mates X, Y and Z": a plural job in lower case.
      const desc = preNameDescriptor(text, a.range[0], (w) => /[^s]s$/.test(w) && isPersonRole(w));
      if (!desc || !/^\s*(?:,|and)\s/.test(text.slice(a.range[1], a.range[1] + 6))) continue;
      role = desc.replace(/s$/, '');
      if (!ba.role) ba.role = role;
    }
    for (let k = i + 1; k < named.list.length; k++) {
      const prev = named.list[k - 1]!;
      const c = named.list[k]!;
      let between = text.slice(prev.range[1], c.range[0]);
      if (c.title && between.endsWith(c.title + ' ')) between = between.slice(0, -c.title.length - 1);
      if (!/^\s*(?:,|and|,\s*and)\s*$/.test(between)) break;
      const bc = resolve(byMention.get(c)!);
      if (bc.type !== 'person') break;
      if (!bc.role && !c.title) bc.role = role;
    }
  }
  },
  };

  // The rules run in the order the vocabulary declares; each actor records the rule that last set its role.
  const actors = live.map(resolve);
  for (const rule of ROLE_RULES) {
    const before = actors.map((b) => b.role);
    stages[rule.id]();
    actors.forEach((b, i) => {
      if (b.role !== before[i]) b.roleRule = b.role ? rule.id : null;
    });
  }
}

/** Kinds of organisation whose head is not a company officer: "Chairman X" of a party or a parliament chairs a committee. */
const NOT_A_COMPANY = new Set(['party', 'parliament', 'assembly', 'senate', 'congress', 'government', 'ministry', 'department', 'court', 'tribunal', 'police', 'army', 'navy', 'committee', 'commission', 'council', 'cabinet', 'secretariat', 'authority', 'office', 'exchange', 'league', 'armed forces', 'force', 'regiment', 'brigade', 'battalion', 'unit', 'squad', 'school', 'university', 'college', 'hospital', 'church']);

/**
 * Whether a bare "chief executive" may be this organisation's: not a news outlet, not a body
 * whose kind has no such officers (NOT_A_COMPANY).
 */
function mayEmployOfficer(b: Builder): boolean {
  if (b.role && NEWS_KINDS.has(b.role)) return false;
  const kind = orgKind(b.name);
  return !kind || !(NOT_A_COMPANY.has(kind) || NEWS_KINDS.has(kind));
}

/** Words of a story about a business: what the company is called, what it reports, who owns it. */
const BUSINESS_STORY = /\b(?:the|its) (?:company|firm|group|bank|lender|carrier|airline|miner|startup|start-up|maker|manufacturer|retailer|insurer|operator|exporter|producer|developer|brewer)\b|\b(?:shares|shareholders|investors|profits?|revenues?|earnings|turnover|sales)\b/i;

/** How far before a bare officer's title its company is looked for, in characters. */
const OFFICER_WINDOW = 2000;

/** Words before a side's name in a match ("beat X", "against X", "X v Y", "a win over X"). */
const PLAYED_BEFORE = /\b(?:beat|beating|against|v|vs\.?|versus|drew with|lost to|defeated|hosts?|hosted|thrashed|edged|(?:win|victory|defeat) over|defeat of)\s+(?:the\s+)?$/i;
/** Words after a side's name in a match ("X won 2-1", "X won by six wickets", "X 3-1", "X 24 Y 10", "X 231 & 208"). */
const PLAYED_AFTER = /^\s*(?:(?:won|lost|drew)\s+(?:\d|by\s+(?:\d|an?\s|one|two|three|four|five|six|seven|eight|nine|ten)|(?:the|a)\s+(?:match|game|final|tie|cup|derby|semi-final|quarter-final)\b|at home|away)|\d{1,3}(?:-\d{1,2})?\s*&\s*\d|(?:beat|defeated|edged|thrashed)\s+(?:the\s+)?\p{Lu}|came from behind|\d{1,3}\s*[-–]\s*\d{1,3}\b|\d{1,3}\s+\p{Lu})/u;

/** Whether a mention stands where a side plays a match. */
function playsAt(text: string, m: Mention): boolean {
  return PLAYED_BEFORE.test(text.slice(Math.max(0, m.range[0] - 20), m.range[0])) || PLAYED_AFTER.test(text.slice(m.range[1], m.range[1] + 24));
}

/** How far around a club's mentions its story's sport is looked for, in characters. */
const SPORT_WINDOW = 1500;

/** The sport named most often within SPORT_WINDOW of the mentions (once per place in the text), or null. */
function sportAround(text: string, mentions: readonly Mention[]): string | null {
  const counts = new Map<string, number>();
  const seen = new Set<number>();
  for (const m of mentions) {
    const from = Math.max(0, m.range[0] - SPORT_WINDOW);
    const window = text.slice(from, m.range[1] + SPORT_WINDOW);
    for (const s of window.matchAll(SPORT_NAMES)) {
      if (seen.has(from + s.index!)) continue;
      seen.add(from + s.index!);
      const name = s[1]!.toLowerCase();
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  let best: string | null = null;
  for (const [name, n] of counts) if (!best || n > counts.get(best)!) best = name;
  return best;
}

function resolve(b: Builder): Builder {
  let x = b;
  while (x.merged) x = x.merged;
  return x;
}

/** The formal title of a title phrase as a role ("Sen." → "Senator"), or null for honorifics alone. */
function formalTitleRole(title: string): string | null {
  const words = title.trim().split(/\s+/);
  if (!words.every((w) => ABBREVIATED_TITLES[w.toLowerCase().replace(/\.$/, '')] || HONORIFICS.has(w.toLowerCase().replace(/\.$/, '')) || /^\p{Lu}/u.test(w))) return null;
  return cleanTitle(title, 'person');
}

/** A role from a title phrase: honorifics dropped, a plural head made singular. */
function cleanTitle(title: string, type: string): string | null {
  const words = title
    .trim()
    .split(/\s+/)
    .filter((w) => !HONORIFICS.has(w.toLowerCase().replace(/\.$/, '')))
    .map((w) => ABBREVIATED_TITLES[w.toLowerCase().replace(/\.$/, '')] ?? w);
  if (words.length === 0) return null;
  const last = words[words.length - 1]!;
  const lex = lexicon();
  if (type === 'person' && /s$/.test(last) && lex.isRoleNoun(last.toLowerCase().slice(0, -1))) words[words.length - 1] = last.slice(0, -1);
  return words.join(' ');
}


/** After a name opening a line: " is a columnist for the Lantern." ([1] the description, to the first comma or full stop, or before "of" a quoted title). */
const BIO_LINE = /^\s+is\s+(?:a|an)\s+((?:\p{Ll}|\p{Lu}[\p{Ll}-]+-based\b)[^,.;:\n“”"()]{2,150}?)(?=,|;|\.\s|\.$|\n|$|\s+(?:of|for|on|in)\s+["“‘])/u;

/** The longest line read as an author's note, in characters. */
const BIO_LINE_MAX = 250;

/** ", who is/was (a|the) <description>," after a name: the description. */
const COPULA_CLAUSE = /^,\s+who\s+(?:is|was|has\s+been|had\s+been)\s+(?:(?:a|an|the)\s+)?((?:former\s+)?\p{Ll}[^,;:\n“”"()]{1,110}?)(?=,|;|\.\s|\.$|\n)/u;

/** A degree, honour or rank written after a name, between commas ("PhD", "Ph.D.", "MBE", "SC", "Jr."). */
const POST_NOMINAL = /^,\s*(?:Ph\.?\s?D\.?|M\.?D\.?|MBA|MBE|OBE|CBE|KBE|DBE|QC|KC|SC|SAN|MP|MLA|MEP|FRS|Jr\.?|Sr\.?|II|III|IV)(?=,)/;

/** "X, a former adviser to Y, told ..." / "X - a peer to peer service which ... -". */
function apposition(
  text: string,
  m: Mention,
  type: string,
  named: MentionIndex,
  isPersonRole: (w: string) => boolean,
): { role: string; start: number; end: number; weak?: boolean } | null {
  let from = m.range[1];
  // A party-state tag ("Sen. X, D-Ohio, author of ...") comes before the description.
  const tag = /^,\s*([DRI]-[A-Z][a-z]{0,4}\.?)(?=,)/.exec(text.slice(from, from + 16));
  if (tag) from += tag[0].length;
  // A degree or honour after the name ("Dr. X, PhD, an economist at …") comes before it too.
  const postNominal = tag ? null : POST_NOMINAL.exec(text.slice(from, from + 24));
  if (postNominal) from += postNominal[0].length;
  const after = text.slice(from, from + 220);
  if (/^['’]s\b/.test(after)) return null;
  const lex = lexicon();
  // "X, who was head of the rowing team, said": what a relative clause says the person is.
  const copula = type === 'person' ? COPULA_CLAUSE.exec(after) : null;
  if (copula) {
    const desc = copula[1]!.trim();
    const lower = desc.toLowerCase().split(/\s+/);
    if (lower.length <= 12 && lower.slice(0, 3).some((w) => isPersonRole(w.replace(/[’']s$/, '')) || lex.isFormalTitle(w)) && !named.within(from, from + copula[0].length).some((x) => x.type === 'person')) {
      const start = from + copula.index + copula[0].indexOf(copula[1]!);
      return { role: desc, start, end: start + desc.length };
    }
  }
  let r = /^(?:\s*\([^)]{1,12}\))?,\s+(?!who\b|which\b|and\b|but\b|or\b|said\b|says\b|told\b|added\b|the\s+(?:company|firm)\s+said)([^,;:\n“”"()]{2,160}?)(?=,|;|\.\s|\.$|\n|\(| who\b| which\b| told\b| said\b| says\b| added\b| noted\b| described\b| referring\b| at the conclusion\b)/.exec(after);
  let dash = false;
  if (!r) {
    r = /^\s+[-–—]\s+(?:a|an|the)\s+([^-–—,;.\n]{2,120})/.exec(after);
    dash = r !== null;
  }
  if (!r) return null;
  let phrase = r[1]!.trim();
  let start = from + r.index + r[0].indexOf(r[1]!);
  // "a retired midwife known across the camp as Umm Rami": the description, not the other name.
  const known = /\s+(?:(?:also|widely|better|locally)\s+)?(?:known|nicknamed|dubbed|called)\b.*$/.exec(phrase);
  if (known && known.index > 0) phrase = phrase.slice(0, known.index);
  // "X, now the party's information secretary,": the current role.
  const now = /^(?:now|currently|also)\s+(?=(?:a|an|the)\s)/i.exec(phrase);
  if (now) {
    phrase = phrase.slice(now[0].length);
    start += now[0].length;
  }
  const article = /^(?:a|an|the|another)\s+/i.exec(phrase);
  if (article) {
    phrase = phrase.slice(article[0].length);
    start += article[0].length;
  }
  const first = phrase.split(/\s+/)[0] ?? '';
  // A list of names ("Barclays, Unilever", "Barclays and others"), not a description.
  const nextNamed = named.list[named.lowerBound(start)];
  if (nextNamed && nextNamed.range[0] < start + phrase.length && nextNamed.range[0] === start && !lex.isFormalTitle(first.toLowerCase()) && !/^[\p{Lu}]/u.test(phrase.slice(nextNamed.range[1] - start).trim()) && !/\s\p{Ll}/u.test(phrase.slice(nextNamed.range[1] - start).replace(/^\s+(?:and|or)\s+(?:others|more)$/, ''))) return null;
  if (/^\d+$/.test(phrase) && type === 'person' && +phrase < 120) {
    // "Helen Brook, 45, a teacher from Leeds,": the age and the description together.
    const rest = after.slice(r[0].length);
    const withArticle = /^,\s+(?:a|an)\s+([^,;:\n“”"()]{2,80}?)(?=,(?!\d)|;|\.\s|\.$|\n| who\b| said\b| says\b| told\b)/.exec(rest);
    // "Caicedo, 46, president of the fishers' association,": a job noun needs no article.
    const bare = withArticle ? null : /^,\s+((?:former\s+|acting\s+|deputy\s+)?[\p{Ll}-]+\s+(?:of|at|for)\s+[^,;:\n“”"()]{2,70}?)(?=,(?!\d)|;|\.\s|\.$|\n| who\b| said\b| says\b| told\b)/u.exec(rest);
    const desc = withArticle ?? (bare && isPersonRole(bare[1]!.split(/\s+/).find((w) => !/^(?:former|acting|deputy)$/.test(w))!) ? bare : null);
    // What "a"/"an" opens after an age describes the person even without a known job noun
    // ("Sunita Rai, 36, a vegetable seller,"), when it is a short lower-case phrase.
    const plain = desc && /^\p{Ll}[\p{Ll}\s'’-]*$/u.test(desc[1]!.trim()) && desc[1]!.trim().split(/\s+/).length <= 6;
    if (desc && (plain || desc[1]!.toLowerCase().split(/\s+/).slice(0, 4).some((w) => isPersonRole(w)))) {
      const dStart = start + phrase.length + desc.index + desc[0].indexOf(desc[1]!);
      // "X, 66, a retired welder who coaches the junior team,": with its relative clause, as below.
      const d = desc[1]!.trim();
      return { role: `${phrase}-year-old ${d}${whoClause(text, dStart + desc[1]!.length, d)}`, start: dStart, end: dStart + desc[1]!.length };
    }
  }
  if (/^\d+$/.test(phrase)) return type === 'person' && +phrase < 120 && /^,/.test(after.slice(r[0].length)) ? { role: `${phrase}-year-old`, start, end: start + phrase.length, weak: true } : null;
  const firstLower = (phrase.split(/\s+/)[0] ?? '').toLowerCase();
  const pos = lex.info(firstLower)?.pos ?? '';
  const orgHeadSoon = type === 'organization' && phrase.toLowerCase().split(/\s+/).slice(1, 3).some(isOrgHead);
  // After "a"/"an" the first word is a modifier of a noun ("an associate professor"), not a verb.
  // So is a short phrase after "the" that ends in a job noun ("the finance minister").
  const shortRole = article !== null && phrase.split(/\s+/).length <= 4 && isPersonRole(phrase.split(/\s+/).pop()!.replace(/[,.]$/, ''));
  // "state secretary of the union", "managing partner", "retired teacher": a word that may be
  // a verb or a participle, qualifying the role noun after it.
  const qualifiedRole = isPersonRole((phrase.split(/\s+/)[1] ?? '').toLowerCase().replace(/[,.]$/, ''));
  if (!orgHeadSoon && !shortRole && !qualifiedRole && !(article && /^an?\s/i.test(article[0])) && !isPersonRole(firstLower) && !lex.isFormalTitle(firstLower) && !firstLower.includes('-') && (/(?:ed|ing)$/.test(firstLower) || /Tense|Infinitive|Gerund|Verb|Modal|Copula/.test(pos))) return null;
  // Cut at the first person named inside ("formed by former PTI members Chaudhry ...").
  for (const x of named.within(start + 1, start + phrase.length + 200)) {
    if (x.range[0] > start && x.range[0] < start + phrase.length && x.type === 'person') {
      const cut = phrase.slice(0, x.range[0] - start);
      // "X, President Y and ..." / "X, ex-Punjab governor Y": the next list item's title, not an apposition.
      const tail = cut.trim().split(/\s+/);
      const last = (tail[tail.length - 1] ?? '').toLowerCase();
      if (tail.length <= 3 && (lex.isFormalTitle(last.replace(/\.$/, '')) || isPersonRole(last) || lex.isTitleModifier(last))) return null;
      // "a spokeswoman for Orbis Rail" with the company typed as a person: the phrase needs its object.
      if (/^(?:for|of|at|to|with|from|in|on|by)$/.test(last) && x.range[1] <= start + phrase.length) break;
      phrase = cut.trim();
      break;
    }
  }
  if (/^(?:with|in|at|on|for|from|by|after|before|during|to|into|as|like|including|despite|while|when|where|whose|whom|then|now|but|so|if|because|although|though)\b/i.test(phrase)) return null;
  if (article && article[0].trim().toLowerCase() === 'the' && /^\s+(?:said|says|told|added|noted|described)\b/.test(text.slice(start + phrase.length, start + phrase.length + 12))) return null;
  const words = phrase.toLowerCase().split(/\s+/);
  if (words.length === 0 || words.length > 16 || phrase.length < 2) return null;
  const isRoleWord = (w: string): boolean => isPersonRole(w.replace(/[’']s$/, '')) || ORG_ROLE_HEADS.has(w) || (type === 'organization' && EXTRA_ORG_HEADS.has(w)) || lex.isFormalTitle(w) || lex.sets.orgCueBefore.has(w);
  const aBody = type === 'organization' && !dash && article !== null && /^an?\s/.test(article[0]);
  // "X, a move that surprised investors", "X, a fifth of voters": what happened, not what X is.
  if (aBody && EVENT_NOUNS.has(headPhrase(words).pop() ?? '')) return null;
  const describedBody = aBody && orgDescriptionHead(words);
  if (!describedBody && !dash && !words.slice(0, 4).some(isRoleWord)) return null;
  const hasRole = describedBody || words.some(isRoleWord);
  if (!hasRole) return null;
  // A "person" described as a subsidiary or a company is an organisation the recogniser mistyped.
  if (type === 'person' && !words.some((w) => isPersonRole(w) || lex.isFormalTitle(w) || /year-old/.test(w)) && !/^(?:subsidiary|company|firm|charity|club|team|carrier|airline|retailer|bank|lender|broadcaster|newspaper|regulator|watchdog)$/.test(words[0] ?? '')) return null;
  if (dash && type !== 'organization') return null;
  let role = phrase.replace(/[\s,]+$/, '');
  // "X, a hydrologist who runs the gauging station, said": the short description with what its
  // relative clause says the person does (the most specific description the text gives).
  if (type === 'person' && !dash) role += whoClause(text, start + phrase.length, role);
  return { role: tag ? `${tag[1]}, ${role}` : role, start, end: start + phrase.length };
}

/** Words that end a description's head phrase: what follows qualifies it ("a cooperative in Naryn", "a start-up that won"). */
const HEAD_PHRASE_END = /^(?:in|of|from|to|that|which|with|for|on|at|based|whose|known|set|owned|run|led|founded|formed|created|backed|registered|listed)$/;

/**
 * Nouns an apposition after an organisation's name may hold that say what happened, not
 * what the body is ("Acme, a move that surprised investors", "a day after the vote").
 */
const EVENT_NOUNS = new Set([
  'move', 'decision', 'step', 'sign', 'signal', 'year', 'day', 'week', 'month', 'record', 'rise', 'fall', 'drop', 'increase',
  'decrease', 'change', 'blow', 'boost', 'setback', 'figure', 'amount', 'sum', 'share', 'stake', 'deal', 'loss', 'gain',
  'total', 'jump', 'slump', 'development', 'result', 'outcome', 'claim', 'charge', 'reference', 'nod', 'nickname', 'name',
  'term', 'word', 'phrase', 'process', 'plan', 'proposal', 'policy', 'law',
  'bill', 'case', 'fine', 'penalty', 'payment', 'contract', 'agreement', 'order', 'victory', 'win', 'defeat', 'point', 'lead',
  'margin', 'score', 'goal', 'title', 'trophy', 'cup', 'fact', 'feat', 'first', 'percent', 'per', 'quarter', 'half', 'third',
  'fraction', 'portion', 'part', 'piece', 'number', 'level', 'high', 'low', 'rate', 'price', 'cost', 'bid', 'offer', 'way',
  'contrast', 'reminder', 'departure', 'shift', 'reversal', 'turnaround', 'improvement', 'return', 'range', 'series',
  'collection', 'host', 'lot', 'handful', 'couple', 'pair', 'set', 'mix', 'variety', 'majority', 'minority', 'string',
  'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'dozen', 'hundred', 'thousand', 'million', 'billion', 'few',
  'bit', 'kind', 'sort', 'type',
]);

/** Determiners and conjunctions: inside a description's head phrase they make it a clause. */
const CLAUSE_WORDS = /^(?:the|a|an|this|that|its|their|his|her|our|and|or|but)$/;

/** An apposition's words up to what qualifies its head ("small company" of "small company in Kelso"), a possessive's "'s" off the last. */
function headPhrase(words: readonly string[]): string[] {
  let k = 0;
  while (k < words.length && !HEAD_PHRASE_END.test(words[k]!)) k++;
  return words.slice(0, k).map((w, i) => (i === k - 1 ? w.replace(/[’']s$/, '') : w));
}

/**
 * Whether an apposition's words after "a"/"an" describe an organisation by a kind of body:
 * a head noun in its first phrase ("a privately held venture", "a small company in Accra",
 * "a local start-up that won the contract"), lower-case, no verb form or event noun
 * ("a move that …", "a day after …"), and no more than five words before what qualifies it.
 */
function orgDescriptionHead(words: readonly string[]): boolean {
  const phrase = headPhrase(words);
  const k = phrase.length;
  if (k === 0 || k > 5) return false;
  const head = phrase[k - 1]!;
  if (!/^\p{Ll}[\p{Ll}-]*\p{Ll}$/u.test(head) || EVENT_NOUNS.has(head) || /(?:ed|ing|ly)$/.test(head)) return false;
  // "an international, non-profit organisation": the phrase stops at an adjective.
  if ((lexicon().info(head)?.pos === 'Adjective' || /(?:al|ic|ous|ful|less|ish|ese|ian)$/.test(head)) && !isOrgHead(head)) return false;
  // "a polite smile deflected the inquiry": a determiner inside makes it a clause.
  return !phrase.some((w) => CLAUSE_WORDS.test(w));
}

/**
 * " who runs the station" when a short description (four words at most) ending at `at` is
 * followed by a short relative clause that is neither speech ("who said …") nor negated
 * ("who had never acted"); else "".
 */
function whoClause(text: string, at: number, description: string): string {
  if (description.split(/\s+/).length > 4) return '';
  const rel = WHO_CLAUSE.exec(text.slice(at, at + 90));
  return rel && !/\b(?:said|says|told|added|never|not)\b|n['’]t\b/.test(rel[1]!) ? ` who ${rel[1]!.trim()}` : '';
}

/** A job noun closing a one-word compound ("schoolteacher", "boatbuilder", "steelworker"). */
/** Nouns a word list may not hold that name a person by what they do: "setter", "collector", "alderman", "left-hander", "formateur". */
const AGENT_ENDING = /^(\p{Ll}{3,}?)(\p{Ll})?(?:er|or)$|^\p{Ll}{3,}(?:man|woman|eur)$|^(?:left|right)-hander$/u;

/**
 * Whether a lower-case word right before a person's name says what they do, when no role list
 * knows it: one that ends as a doer does ("-er", "-or" on a common word: "block" → "blocker",
 * "drum" → "drummer", "weave" → "weaver"; "-man", "-eur"), and that no word list knows as
 * anything but a kind of person ("older", "summer", "number" are not jobs).
 */
function agentNoun(word: string): boolean {
  const m = AGENT_ENDING.exec(word);
  if (!m) return false;
  const lex = lexicon();
  const pos = lex.info(word)?.pos;
  if (pos !== undefined && pos !== 'Actor') return false;
  if (lex.isDemonym(word) || lex.isFirstName(word) || lex.isPlace(word)) return false;
  if (m[1] === undefined) return true;
  const stem = m[1] + (m[2] ?? '');
  // "setter", "drummer": a doubled consonant before the ending.
  const stems = m[2] !== undefined && m[2] === m[1].slice(-1) ? [m[1], stem] : [stem, `${stem}e`];
  return stems.some((s) => s.length >= 3 && lex.isCommon(s) && DOER_STEMS.has(lex.info(s)?.pos ?? ''));
}

/** What a doer's stem is in compromise's lexicon: a verb or a noun ("block", "collect", "drum"), not "dang" of "danger". */
const DOER_STEMS = new Set(['Infinitive', 'Singular', 'Noun', 'Uncountable', 'PresentTense']);

const COMPOUND_JOB = /^\p{Ll}{3,}(?:teacher|maker|builder|keeper|worker|seller|driver|farmer|grower|fighter|writer|player|dancer|singer|owner|leader|manager|officer|smith|wright|man|woman)$/u;

/** A short relative clause after an apposition, closed by a comma or the sentence's end ("who runs the station,"). */
const WHO_CLAUSE = /^\s+who\s+((?:\p{Ll}+)(?:\s+[\p{L}\d’'-]+(?:[.,]\d+)*){0,9}?)(?=,|\.\s|\.$|;)/u;

/** What a byline says when its people are not the story's reporters. */
const BYLINE_NOT_REPORTER = /\b(?:photos?|photographs?|photography|pictures?|images?|illustrations?|video|graphics?|credit|interview(?:ed)?|edit(?:ed|ing|or)|translat(?:ed|ion|or))\b/i;

/**
 * Whether a credit at `at` opens a line, a parenthesis or a part after a semicolon, spaces
 * aside: what the lookbehind `(?<=^|[\n(;]\s*)` says, without the cost of trying it at
 * every position of the text.
 */
function creditOpens(text: string, at: number): boolean {
  if (at === 0) return true;
  for (let i = at - 1; i >= 0; i--) {
    const c = text[i]!;
    if (c === '\n' || c === '(' || c === ';') return true;
    if (!/\s/.test(c)) return false;
  }
  return false;
}

/**
 * A credit line that opens with what its people did ("Live updates by X and Y", "Words by X ·
 * Photographs by Y", "Text: X | Photos: Y"): at a line's start or after a separator, each
 * credit ending at the next.
 */
function creditLine(lead: string): RegExp {
  // A credit also ends at, and the next opens after, a full stop ("Words by X in Y province.
  // Photographs by Z"), not an initial's ("Words by J. Roe").
  return new RegExp(String.raw`(?:^|\n|[·•|(][ \t]*|\.[ \t]+)[ \t]*(?:${lead})(?: by|:)[ \t]+(?:[^\n(),;·•|.]|(?<=(?:^|[^\p{L}])\p{Lu})\.|\.(?!\s))*`, 'gu');
}
const REPORTING_LINE = creditLine('[Ll]ive (?:updates|coverage|reporting|blog)|[Rr]eporting|[Rr]eport|[Bb]log');

/** What marks a live blog near a file's top: a "LIVE" label, "live:" or "– live updates" in its headline, "as it happened". */
const LIVE_BLOG = /\bLIVE\b|\b[Ll]ive(?: updates| coverage| blog)?\s*[:|]|[–—-]\s*live\b|\b[Ll]ive (?:updates|coverage|blog)\b|\bas it happened\b/;
/** How far into a file LIVE_BLOG is looked for, in characters. */
const LIVE_BLOG_HEAD = 600;
const WORDS_LINE = creditLine('[Ww]ords|[Ss]tory|[Tt]ext|[Ww]riters?');
const PHOTOGRAPHS_LINE = creditLine('[Pp]hotographs|[Pp]hotos|[Pp]ictures|[Pp]hotography');

/** Kinds of organisation that are news outlets. */
const NEWS_KINDS = new Set(['newspaper', 'magazine', 'news outlet', 'news agency', 'broadcaster', 'radio station', 'weekly']);

const OUTLET_BEFORE = new RegExp(String.raw`(?:\btold|\binterview with|\b(?:${OUTLET_JOBS})s? (?:for|at|with))\s+(?:the\s+)?$`);
const OUTLET_AFTER = new RegExp(String.raw`^['’]s?\s+(?:${OUTLET_JOBS})s?\b`);

/**
 * Whether mention `m` names a news outlet by where it stands: in a byline, on a masthead's
 * first line (not its section label), after "told" or "a columnist for", or before "'s
 * correspondent".
 */
function outletContext(text: string, m: Mention, bylines: readonly Range[], mastheads: readonly Range[]): boolean {
  if (bylines.some(([s, e]) => s <= m.range[0] && m.range[1] <= e)) return true;
  if (mastheads.some(([s, e]) => s <= m.range[0] && m.range[1] <= e && !text.slice(s, m.range[0]).includes('\n'))) return true;
  return OUTLET_BEFORE.test(text.slice(Math.max(0, m.range[0] - 40), m.range[0])) || OUTLET_AFTER.test(text.slice(m.range[1], m.range[1] + 30));
}

/** Byline conventions: "By X", "(Additional) reporting by X", "Writing by", "Editing by", photo credits. */
function bylineRoles(text: string, named: MentionIndex, byMention: Map<Mention, Builder>, bylines: readonly Range[]): void {
  // The outlet a byline names after its people ("By Ana Ruiz, The Harbour Post", "Interview
  // by X | Lagoon Weekly"): the rest of the line is one organisation after a separator.
  const outletAfter = (s: number, e: number): string | null => {
    const lineEnd = text.indexOf('\n', e) < 0 ? text.length : text.indexOf('\n', e);
    let people = -1;
    let outlet: Mention | null = null;
    for (const m of named.within(s, lineEnd)) {
      const b = resolve(byMention.get(m)!);
      if (b.type === 'person') people = m.range[1];
      else if (b.type === 'organization' && people >= 0 && m.range[0] >= people) outlet ??= m;
    }
    if (people < 0 || !outlet || people > e) return null;
    const sep = text.slice(people, outlet.range[0]);
    const rest = text.slice(outlet.range[1], lineEnd);
    return /^\s*[,|·•]\s*(?:the\s+)?$/i.test(sep) && /^\s*$/.test(rest) ? text.slice(outlet.range[0], outlet.range[1]) : null;
  };
  /** `role`, and the outlet the byline line names after its people if it names one. */
  const withOutlet = (role: string, s: number, e: number): string => {
    const outlet = outletAfter(s, e);
    return outlet ? `${role}, ${outlet}` : role;
  };
  // A live blog's reporters ("LIVE: …", "… – live updates", "Live coverage by X").
  const live = LIVE_BLOG.test(text.slice(0, LIVE_BLOG_HEAD));
  const assign = (s: number, e: number, role: string): void => {
    for (const m of named.within(s, e)) {
      const b = resolve(byMention.get(m)!);
      if (b.type === 'person' && !b.roleStrong) {
        b.role = live && role.startsWith('reporter') ? `live blog ${role}` : role;
        b.roleStrong = true;
      }
    }
  };
  // Each pattern with the role it gives; a line credit gives it to every person it names.
  const RES: Array<[RegExp, string, 'line'?]> = [
    [/\b[Aa]dditional reporting by\b[^;)\n]*/g, 'contributing reporter'],
    // Credit lines only ("(Writing by X; Editing by Y)"), not "the report was written by X, a
    // lecturer": a line, a parenthesis or a credit before it is checked by creditOpens.
    [/(?:[Ww]riting|[Ww]ritten) by\b[^;)\n]*/g, 'writer'],
    [/(?:[Ee]diting|[Ee]dited) by\b[^;)\n]*/g, 'editor'],
    [/(?:[Cc]ompiled|[Cc]ompiling) by\b[^;)\n]*/g, 'compiler'],
    // Each up to a separator: "Interview by X · Photos: Y", "By X | Photos: Y".
    [/(?:^|\n)[ \t]*(?:[Ii]nterview|[Ii]nterviewed) by[ \t]+[^\n(,|·•]*/g, 'interviewer'],
    // "Live updates by X and Y", "Words by X · Photographs by Y": credit lines that open with
    // what the people did, each credit ending at a separator.
    [REPORTING_LINE, 'reporter', 'line'],
    // "The Kelso Ledger live team: X and Y in Tarnby".
    [/(?:^|\n)[^\n:]{0,60}\blive team:[ \t]*[^\n]*/g, 'reporter', 'line'],
    [WORDS_LINE, 'writer', 'line'],
    [PHOTOGRAPHS_LINE, 'photographer', 'line'],
    // "By X" opening a line, or after a separator on a dateline's line ("Thursday, 20 August | By X").
    [/(?:^|\n|[|·•][ \t]*)[ \t]*(?:[Bb]y|BY)[ \t]+[^\n(,|·•]*/g, 'reporter'],
    // "Posted on Sunday, 22 February 2026 by X", "Published 20 May 2025 by X": a dated line that ends on its author.
    [/(?:^|\n)[ \t]*(?:Posted|Published|First published|Updated)\b[^\n|·•]{0,50}?\d[^\n|·•]{0,30}?[ \t]by[ \t]+\p{Lu}[^\n(,|·•]*/gu, 'reporter'],
    [PHOTO_CREDIT, 'photographer'],
    // "Contributing: X in Kumasi", "Contributors: X, Y".
    [/(?:^|\n)[ \t]*(?:Contributing|Contributors?|Additional reporting):[ \t]*[^\n]*/g, 'contributing reporter', 'line'],
    // A caption that ends on its credit, "(Agency/Name)" or "(Name / Agency)".
    [/\([^()\n/]{2,60}\/[^()\n/]{2,60}\)[ \t.]*(?=\n|$)/g, 'photographer', 'line'],
  ];
  for (const [re, role, kind] of RES) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      const s = m.index;
      const e = s + m[0].length;
      if (kind === 'line') {
        assign(s, e, role);
        continue;
      }
      if ((role === 'writer' || role === 'editor' || role === 'compiler') && !creditOpens(text, s)) continue;
      if (role === 'reporter') {
        // A byline names people only ("By Jane Holt", "by A (reporting) and B (photography)");
        // "By Name, Arts Editor" says which reporter.
        // (up to a separator: "By X, Court Correspondent | x@paper.com")
        const own = /^,\s*([^,\n|·•]{3,50}?)\s*(?:[|·•][^\n]*)?$/.exec(text.slice(e, text.indexOf('\n', e) < 0 ? text.length : text.indexOf('\n', e)));
        const words = own ? own[1]!.trim().split(/\s+/) : [];
        const named2 = own && words.length <= 5 && /(?:editor|correspondent|reporter|writer|columnist|photographer|staff|producer|analyst)$/i.test(words[words.length - 1]!);
        assign(s, e, named2 ? own![1]!.trim() : withOutlet(role, s, e));
      } else if (role === 'photographer') {
        for (const x of named.within(s, e)) {
          // The label nearest the name: "Photo: A farmer in Dacope. Image: X/Agency" credits X.
          let label = text.indexOf(':', s) + 1;
          for (const l of text.slice(s, x.range[0]).matchAll(CREDIT_LABEL)) label = s + l.index! + l[0].length;
          // "Photograph: Tom Reyes for the Courier", "Credit: Reuters/Ana Diaz": the credited name
          // alone, not a person the caption shows ("Photo: Mayor X greets voters").
          const b = resolve(byMention.get(x)!);
          const lead = text.slice(label, x.range[0]);
          const tail = text.slice(x.range[1], e);
          // Or the caption ends on "(Name / Agency)" or "(Name)".
          const credited =
            (/^[ \t]*(?:[\p{L}.&' -]{1,40}\/[ \t]*)?$/u.test(lead) && /^(?:[ \t]*$|[ \t]*[/,;|)]|[ \t]+(?:for|via)\b)/.test(tail)) ||
            (/\([ \t]*$/.test(lead) && /^[ \t]*(?:\/[^()\n]{1,40})?\)[ \t.]*$/.test(tail));
          if (b.type === 'person' && !b.roleStrong && credited) {
            b.role = role;
            b.roleStrong = true;
          }
        }
      } else assign(s, e, role === 'interviewer' ? withOutlet(role, s, e) : role);
    }
  }
  // A line the outline reads as a byline ("Ines Varga in Porto", "Ines Varga | 6 April") names
  // its reporters, unless it credits pictures or leaves a description after a comma to the
  // apposition ("Ana Ruiz, parliamentary correspondent").
  for (const [s, e] of bylines) if (!BYLINE_NOT_REPORTER.test(text.slice(s, e)) && !/,\s*\p{Ll}/u.test(text.slice(s, e))) assign(s, e, withOutlet('reporter', s, e));
  // "Name (reporting)", "Name (photography)"; a name line followed by a role line.
  for (const m of named.list) {
    const b = resolve(byMention.get(m)!);
    if (b.type !== 'person') continue;
    const after = text.slice(m.range[1], m.range[1] + 40);
    const p = /^\s*\((reporting|photography|photographs|photos|words|interview)\)/.exec(after);
    if (p) {
      b.role = /^photo/.test(p[1]!) ? 'photographer' : 'reporter';
      b.roleStrong = true;
      continue;
    }
    const lineStart = text.lastIndexOf('\n', m.range[0] - 1) + 1;
    const lineEnd = text.indexOf('\n', m.range[1]);
    if (text.slice(lineStart, m.range[0]).trim() !== '' || text.slice(m.range[1], lineEnd < 0 ? text.length : lineEnd).trim() !== '') continue;
    const next = /^\n\s*([^\n]{3,160})\n/.exec(text.slice(lineEnd < 0 ? text.length : lineEnd) + '\n');
    if (!next) continue;
    // A name line above the "Published ..." line is the byline ("Dhaka | Published: 8 Aug").
    if (/^(?:[^\n|·•]{1,30}[|·•][ \t]*)?(?:Published|Updated|Posted|Last updated)\b/i.test(next[1]!.trim()) && !b.roleStrong) {
      b.role = 'reporter';
      b.roleStrong = true;
      continue;
    }
    const words = next[1]!.trim().split(/\s+/);
    if (words.length <= 5 && /^(?:reporter|correspondent|editor|writer|columnist|photographer|staff writer|contributor)$/i.test(words[words.length - 1]!)) {
      b.role = next[1]!.trim();
      b.roleStrong = true;
    }
  }
}

/** Roles of organisations: "CITY (Agency) -" datelines, "X group", "X political party", "Y's X party". */
function orgRole(text: string, b: Builder, named: MentionIndex, byMention: Map<Mention, Builder>): string | null {
  for (const m of b.mentions) {
    const mod = ORG_MODIFIERS.exec(text.slice(Math.max(0, m.range[0] - 40), m.range[0]));
    if (mod) return mod[1]!.toLowerCase();
  }
  for (const m of b.mentions) {
    const before = text.slice(Math.max(0, m.range[0] - 40), m.range[0]);
    const after = text.slice(m.range[1], m.range[1] + 80);
    if (/\p{Lu}{3,}[^()\n]{0,30}\($/u.test(before) && /^\)\s*(?:-|–|—|--)/.test(after)) return 'news agency';
  }
  for (const m of b.mentions) {
    const after = text.slice(m.range[1], m.range[1] + 80);
    const k = /^(?:\s*\([^)]{1,12}\))?\s+((?:[a-z-]+\s+){0,2}?(?:group|party|tribe|company|firm|agency|newspaper|network|movement|militia|outfit|organisation|organization|band|club)\b(?:\s+of\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?\p{Lu}[\p{L}-]+)?)/u.exec(after);
    if (!k) continue;
    let role = k[1]!.trim();
    // "X launches nationwide movement", "X fined the company": a verb and its object, not a kind.
    const lex = lexicon();
    if (role.split(/\s+/).slice(0, -1).some((w) => /^(?:the|a|an|its|their|his|her)$/.test(w) || /Tense|Verb|Copula|Modal|Infinitive/.test(lex.info(w)?.pos ?? ''))) continue;
    // "former prime minister Omar Baig's Awami Jamhoori-e-Ittehad (AJI) party"
    const owner = [...named.backFrom(m.range[0], 200)].find((x) => m.range[0] - x.range[1] <= 4 && /^['’]s\s+$/.test(text.slice(x.range[1], m.range[0])));
    if (owner && resolve(byMention.get(owner)!).type === 'person') role = `${owner.text}'s ${role.split(/\s+/).pop()}`;
    return role;
  }
  return null;
}

/** "Org's Name" (role and affiliation), "Name of/from the Org", "Name, who heads the X". */
function personExtras(text: string, b: Builder, named: MentionIndex, byMention: Map<Mention, Builder>, isPersonRole: (w: string) => boolean): void {
  for (const m of b.mentions) {
    subjectPredicate(text, b, m, isPersonRole);
    const idx = named.indexOf(m);
    const prev = idx > 0 ? named.list[idx - 1] : undefined;
    if (prev && !m.title && /^['’]s\s+$/.test(text.slice(prev.range[1], m.range[0]))) {
      const pb = resolve(byMention.get(prev)!);
      if (pb.type === 'organization') {
        b.affiliation ??= pb;
        b.role ??= prev.text;
      }
    }
    const after = text.slice(m.range[1], m.range[1] + 120);
    const of = /^,?\s+(?:of|from|at|with)\s+(?:the\s+)?$/;
    const next = named.list[idx + 1];
    // "X of IT firm Y", "X at investment bank Y": the organisation's kind between.
    const kind = next && next.range[0] - m.range[1] < 40 ? KIND_BETWEEN.exec(text.slice(m.range[1], next.range[0])) : null;
    const kindOk = kind !== null && lexicon().sets.orgCueBefore.has(kind[2]!.toLowerCase());
    if (next && ((next.range[0] - m.range[1] < 14 && of.test(text.slice(m.range[1], next.range[0]))) || kindOk)) {
      const nb = resolve(byMention.get(next)!);
      if (nb.type === 'organization') {
        b.affiliation ??= nb;
        // "PC X, of Harbour Police's dog unit,": the whole phrase, as written.
        const whole = ofPhrase(after);
        const add = kindOk ? `${kind![1]!} ${next.text}` : whole && whole.phrase.includes(next.text) ? `${whole.prep} ${whole.phrase}` : next.text;
        if (b.role && !b.roleStrong && !b.role.includes(next.text)) b.role = `${b.role}, ${add}`;
        else if (!b.role) b.role = add;
      }
    } else if (!b.roleStrong && !(b.role ?? '').includes(' of ')) {
      // "X, of the Better Orton group," / "X from the Harbour police": an organisation the
      // recogniser missed, said with its kind.
      const whole = ofPhrase(after);
      if (whole && /^(?:the\s+)?\p{Lu}/u.test(whole.phrase) && (ORG_NOUNS.has(whole.last) || ORG_ROLE_HEADS.has(whole.last) || /['’]s\s/.test(whole.phrase))) {
        // "Imam X, of the Tarnby Mosque," → "Imam of the Tarnby Mosque"; a longer role keeps its comma.
        const bare = b.role && !b.role.includes(',') && b.role.split(/\s+/).length <= 3;
        b.role = b.role ? `${b.role}${bare ? '' : ','} ${whole.prep} ${whole.phrase}` : `${whole.prep} ${whole.phrase}`;
      }
    }
    // "X, who heads the Y, ...": what the relative clause says X does.
    // An age may come first ("X, 58, who runs a salon").
    const rel = /^(?:,\s+\d{1,3})?,\s+who\s+((?:heads|leads|runs|chairs|founded|co-founded|owns|manages|directs|edits|coaches|represents|captains|plays|chaired|headed|led|ran|founded|owned|managed|directed|edited|coached|represented|played|teaches|taught|serves|served)\s+[^,.;\n]{2,60})/.exec(after);
    // "X, who farms two acres in Y,": any present-tense verb says what X does day to day.
    const anyRel = rel ? null : /^(?:,\s+\d{1,3})?,\s+who\s+((\p{Ll}+s)\s+[^,.;:\n“”"]{2,80})/u.exec(after);
    if (anyRel && !/^(?:is|was|has|does|says|said|tells|adds|thinks|believes|hopes|fears|wants|needs|remains)$/.test(anyRel[2]!) && /PresentTense|Plural/.test(lexicon().info(anyRel[2]!)?.pos ?? '')) {
      const clause = cutAtSecondVerb(anyRel[1]!.trim());
      if (!/\b(?:them|it|they|us|we|him|her|this|these|those)\b/i.test(clause)) {
        if (!b.roleStrong) b.role = b.role ? `${b.role}, ${clause}` : clause;
        else if (b.role && b.role.split(/\s+/).length <= 4 && !b.role.includes(clause)) b.role = `${b.role} who ${clause}`;
      }
    }
    if (rel && !b.roleStrong) b.role = b.role ? `${b.role}, ${rel[1]}` : rel[1]!;
    // A past job ("who led the town for years") says less than the apposition already read.
    else if (rel && b.roleStrong && b.role && b.role.split(/\s+/).length <= 4 && !b.role.includes(rel[1]!) && !PAST_JOB.test(rel[1]!)) b.role = `${b.role} who ${rel[1]}`;
  }
}

/** A role that is an age alone ("58-year-old"): it says how old, not who. */
const AGE_ONLY = /^\d{1,3}-year-old$/;

/** After a sentence's subject (and its age): a verb that says what the person heads, runs or founded; [2] what. */
const SUBJECT_VERB = /^(?:,\s+(\d{1,3}),)?\s+(chairs|heads|leads|runs|owns|manages|directs|edits|coaches|captains|founded|co-founded)\s+((?:the\s+)?\p{Lu}[^,.;:\n“”"()]{1,70}|the\s+[^,.;:\n“”"()]{2,60})/u;

/** After a sentence's subject (and its age): "is a marine biologist with …", "was a skipper for thirty years". */
const SUBJECT_COPULA = /^(?:,\s+(\d{1,3}),)?\s+(?:is|was)\s+(?:(?:now|also|still)\s+)?(?:a|an)\s+(\p{Ll}[^,.;:\n“”"()]{2,100})/u;

/** Where a predicate's object or description stops being about the person ("in 2004", "for thirty years", "with wins", "and …"). */
const PREDICATE_END = /\s+(?:in\s+\d|on\s|with\s+(?!(?:the\s+)?\p{Lu})|since\s|for\s+(?:\d|a\s|an\s|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|more|almost|nearly|over|decades|years|months)|until\s|when\s|while\s|before\s|after\s|because\s|and\s|but\s|who\s|which\s|that\s|whose\s|where\s)/u;

/** What "X is a …" says of how someone is judged, not what they do ("a deserved winner", "an able communicator"). */
const JUDGED = /^(?:able|deserved|deserving|worthy|great|good|fine|brilliant|gifted|talented|natural|popular|true|real|big|huge|keen|passionate|fierce|vocal|staunch|loyal|proud|lucky|unlikely|reluctant|two-time|three-time|four-time|five-time)\b|\b(?:winner|champion|communicator|favourite|favorite|fan|success|failure|hero|legend|star|supporter|critic)$/;

/** The noun a verb of SUBJECT_VERB makes of its subject ("chairs the X" → "chair of the X"); "runs" stays a verb. */
const VERB_NOUNS: Readonly<Record<string, string>> = {
  chairs: 'chair', heads: 'head', leads: 'leader', owns: 'owner', manages: 'manager', directs: 'director', edits: 'editor',
  coaches: 'coach', captains: 'captain', founded: 'founder', 'co-founded': 'co-founder',
};

/**
 * "Ines Marr, 52, chairs the Kelso Mothers' Circle": what a sentence that opens with the person
 * says they are, when nothing else has (an age alone says little): the head of what they
 * chair, lead, run or founded, or the description after "is a".
 */
function subjectPredicate(text: string, b: Builder, m: Mention, isPersonRole: (w: string) => boolean): void {
  if (b.roleStrong || (b.role && !AGE_ONLY.test(b.role))) return;
  const from = m.title && text.slice(m.range[0] - m.title.length - 1, m.range[0]) === `${m.title} ` ? m.range[0] - m.title.length - 1 : m.range[0];
  if (!/(?:^|[.!?]["”’']?\s+|\n)$/.test(text.slice(Math.max(0, from - 4), from))) return;
  const after = text.slice(m.range[1], m.range[1] + 180);
  const age = (n: string | undefined): string => (n ? `${n}-year-old ` : '');
  const verb = SUBJECT_VERB.exec(after);
  if (verb) {
    const object = verb[3]!.replace(PREDICATE_END, '\u0000').split('\u0000')[0]!.trim();
    const noun = VERB_NOUNS[verb[2]!];
    b.role = noun ? `${age(verb[1])}${noun} of ${object}` : `${age(verb[1])}${verb[2]} ${object}`;
    return;
  }
  const cop = SUBJECT_COPULA.exec(after);
  if (!cop) return;
  const desc = cop[2]!.replace(PREDICATE_END, '\u0000').split('\u0000')[0]!.trim();
  const words = desc.toLowerCase().split(/\s+/);
  const head = desc.toLowerCase().split(/\s+(?:of|with|at|for|in|from|on)\s/)[0]!;
  if (words.length > 10 || !words.slice(0, 3).some((w) => isPersonRole(w)) || JUDGED.test(head)) return;
  b.role = `${age(cop[1])}${desc}`;
}

/** Between a person and an organisation: a preposition and the organisation's kind ("of IT firm ", "at investment bank "); [1] the kind, [2] its last word. */
const KIND_BETWEEN = /^,?\s+(?:of|from|at|with)\s+(?:the\s+)?((?:[\p{L}-]+\s+){0,2}?([\p{L}-]+))\s+$/u;

const PAST_JOB = /^(?:chaired|headed|led|ran|founded|co-founded|owned|managed|directed|edited|coached|represented|played|taught|served)\b/;

/** "'s finance chief, " / "'s parliamentary leader in the Sindh Assembly, ": an owner's role before an apposed name. */
const OWNER_ROLE_BEFORE = /^['’]s\s+((?:[\p{Ll}-]+\s+){0,4}([\p{Ll}-]+)(?:\s+(?:in|at|of|for|on)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*)(?:\s+\p{Lu}[\p{L}'’-]*){0,4})?),\s*$/u;

/** A description after a determiner closing with a comma before a name ("the ferry's captain, "); group 2 is the description. */
const APPOSED_BEFORE = /(?:^|[^\p{L}])(the|his|her|their|its|our|my|a|an)\s+((?:(?!\b(?:his|her|their|its|our|my|and)\s)[^,.;:\n“”"]){2,60}(?:,\s*[^,.;:\n“”"]{2,30}?\s+and\s+[^,.;:\n“”"]{2,30})?),\s*$/iu;

/** A lower-case description closing with a comma before "the Name" ("a housing charity,"); [2] its last word. */
const ORG_DESCRIPTION_BEFORE = /(?:^|[^\p{L}])(?:[Aa]|[Aa]n|[Tt]he|[Ii]ts|[Tt]heir)\s+((?:[\p{Ll}'’-]+\s+){0,3}([\p{Ll}-]+)),$/u;

/** Words that end a description's head ("mayor | of the city", "trial | of the captain"). */
const HEAD_ENDS = new Set(['of', 'for', 'at', 'in', 'on', 'with', 'from', 'to', 'who', 'whose', 'which', 'that']);

/** Courtesy titles that may stand between an apposed role and the name, after its comma. */
const COURTESY_BEFORE = /,\s*(?:(?:mr|mrs|ms|miss|dr|prof|hon|rt\.? hon|barr|engr|alhaji|alhaja|chief|cllr|sir|dame|datuk|dato|pastor|rev|bishop|sen|rep|comrade|cde|mzee|dona|doña|shri|smt)\.?\s+)+$/i;

/** "The mayor of Kestrel Bay, Ana Reyes," / "her mother, Grace, said". */
function preApposition(
  text: string,
  m: Mention,
  b: Builder,
  named: MentionIndex,
  byMention: Map<Mention, Builder>,
  isPersonRole: (w: string) => boolean,
): { role: string; start: number; end: number; weak?: boolean } | null {
  // The name ends the apposition, a post-nominal aside ("Mr Name (SAN),").
  if (!/^\s*(?:\([^()\n]{1,12}\)\s*)?(?:[,.;:!?)”"’]|$)/.test(text.slice(m.range[1], m.range[1] + 18))) return null;
  // "Its lead author, Professor Name,": the description stands before the title.
  let anchor = m.title ? m.range[0] - m.title.length - 1 : m.range[0];
  if (m.title && text.slice(anchor, m.range[0]) !== `${m.title} `) return null;
  // "The Minister for Tourism, Hon. Jane Roe,": a courtesy title between the comma and the name.
  const courtesy = COURTESY_BEFORE.exec(text.slice(Math.max(0, anchor - 30), anchor));
  if (courtesy) anchor -= courtesy[0].length - 1;
  // "A housing charity, the Kelso Land Trust,": an organisation's name may keep its "the".
  // Only after a lower-case description whose last word is an organisation's ("a development
  // charity, the X,"), not in a list of names ("the Y, the X,").
  if (b.type === 'organization' && /,\s*the\s+$/.test(text.slice(Math.max(0, anchor - 8), anchor))) {
    const comma = text.lastIndexOf(',', anchor);
    const desc = ORG_DESCRIPTION_BEFORE.exec(text.slice(Math.max(0, comma - 60), comma + 1));
    if (desc && isOrgHead(desc[2]!)) anchor = comma + 2;
  }
  let before = text.slice(Math.max(0, anchor - 80), anchor);
  // A portfolio may list its fields with commas: "the Minister for Tourism, Arts and Culture, Name,".
  let r = APPOSED_BEFORE.exec(before);
  // "The trial of the ferry's captain, Name,": a phrase whose head is no role holds the
  // role after a later determiner.
  const roleHead = (phrase: string): boolean => {
    const words = phrase.trim().split(/\s+/);
    const k = words.findIndex((w, i) => i > 0 && HEAD_ENDS.has(w.toLowerCase()));
    const head = words[(k < 0 ? words.length : k) - 1]!.replace(/[’']s$/, '');
    return isPersonRole(head) || (b.type === 'organization' && isOrgHead(head.toLowerCase()));
  };
  while (r && !r[2]!.includes(',') && !roleHead(r[2]!)) {
    const rest = before.slice(r.index + r[0].indexOf(r[2]!));
    const inner = APPOSED_BEFORE.exec(rest);
    if (!inner || !roleHead(inner[2]!)) break;
    before = rest;
    r = inner;
  }
  // Only capitalised fields ("Tourism, Arts and Culture"), not a clause ("chief, who came and went").
  if (r && r[2]!.includes(',') && !/,\s*\p{Lu}[^,]*\s+and\s+\p{Lu}[^,]*$/u.test(r[2]!)) r = null;
  // Two jobs joined by "and": "its co-founder and chief executive, Name,".
  const twoJobs = /(?:^|[^\p{L}])(the|his|her|their|its)\s+((?:[\p{Ll}-]+\s+)?([\p{Ll}-]+)\s+and\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+),\s*$/u.exec(before);
  if (twoJobs && isPersonRole(twoJobs[3]!) && isPersonRole(twoJobs[2]!.split(/\s+/).pop()!) && (!r || r.index > twoJobs.index)) r = twoJobs;
  // "… in the Sindh Assembly, Name,": a body named after "the" ends an owner's role, it is not the role.
  if (r && !r[2]!.trim().split(/\s+/).slice(0, 4).some((w) => isPersonRole(w) || (b.type === 'organization' && isOrgHead(w.toLowerCase())))) r = null;
  if (!r && b.type === 'organization') {
    const d = bodyDescribedBefore(text, anchor, m);
    if (d) return d;
  }
  if (!r) {
    // "Kelso Council's finance chief, Ruth Ames," / "Leon Fox's younger brother, Max Fox,": as written.
    // "PAM's parliamentary leader in the Sindh Assembly, Name,": the role may end in a place or body it is in.
    for (const x of named.backFrom(anchor, 120)) {
      const between = text.slice(x.range[1], anchor);
      const pm = OWNER_ROLE_BEFORE.exec(between);
      const xb = resolve(byMention.get(x)!);
      if (!pm) {
        // A name inside the role's own tail: look at the one before it.
        if (/^[^.;:!?\n“”"'’]*$/.test(between)) continue;
        return null;
      }
      if (xb === b || !(isPersonRole(pm[2]!) || pm[1]!.split(/\s+/).slice(0, 3).some((w) => isPersonRole(w)))) return null;
      if (xb.type === 'organization') b.affiliation ??= xb;
      return { role: `${x.text}'s ${pm[1]!}`, start: x.range[0], end: x.range[1] + 3 + pm[1]!.length };
    }
    return null;
  }
  const words = r[2]!.trim().split(/\s+/);
  // "The airline, Skyhop," names an organisation's kind the same way.
  if (!words.slice(0, 4).some((w) => isPersonRole(w) || (b.type === 'organization' && isOrgHead(w.toLowerCase())))) return null;
  let role = r[2]!.trim();
  const det = r[1]!.toLowerCase();
  // "Our baritone, Name,": a company's or a paper's own, nobody the text names. ("My
  // grandfather, Name," is the speaker's: the owner is looked for as for "his".)
  if (det !== 'the' && det !== 'a' && det !== 'an' && det !== 'our') {
    // Whose: the nearest person named before, other than this one.
    const at = anchor - before.length + r.index;
    // Whose: the first fitting actor of this sentence (before the phrase), else of the previous one, else the nearest.
    const want = det === 'its' || det === 'their' ? 'organization' : 'person';
    const fits = (x: Mention): boolean => {
      const xb = resolve(byMention.get(x)!);
      return xb.type === want && xb !== b;
    };
    const sentenceStart = (pos: number): number => {
      const head = text.slice(Math.max(0, pos - 600), pos);
      let last = -1;
      const re = /[.!?]["”’]?\s+|\n\s*\n/g;
      let mm: RegExpExecArray | null;
      while ((mm = re.exec(head)) !== null) last = mm.index + mm[0].length;
      return last < 0 ? Math.max(0, pos - 600) : pos - head.length + last;
    };
    const s0 = sentenceStart(at);
    const s1 = sentenceStart(Math.max(0, s0 - 1));
    let owner: Mention | null = null;
    // "his wife, Jane Ashby": family usually shares the family name.
    if (want === 'person' && KIN_NOUNS.test(words[words.length - 1]!)) {
      for (const x of named.backFrom(at, 3000)) {
        const xb = resolve(byMention.get(x)!);
        if (fits(x) && xb.tokens.length >= 2 && b.tokens.length >= 2 && xb.tokens[xb.tokens.length - 1] === b.tokens[b.tokens.length - 1]) {
          owner = x;
          break;
        }
      }
    }
    owner ??= named.within(s0, at).find(fits) ?? named.within(s1, s0).find(fits) ?? null;
    if (!owner) for (const x of named.backFrom(at, 3000)) if (fits(x)) {
      owner = x;
      break;
    }
    // "Her lawyer, Simon Fry,": with nobody to own it, the role alone.
    if (!owner) {
      const start = anchor - before.length + r.index + r[0].indexOf(r[2]!);
      return { role, start, end: start + r[2]!.length };
    }
    const ob = resolve(byMention.get(owner)!);
    role = ob.type === 'organization' ? `${role} of ${orgLabel(text, ob)}` : `${ob.name}'s ${role}`;
    if (ob.type === 'organization') b.affiliation ??= ob;
  }
  const start = anchor - before.length + r.index + r[0].indexOf(r[2]!);
  return { role, start, end: start + r[2]!.length };
}



/**
 * A sentence that opens with a description of a body, then its name between commas: "A
 * cooperative in Naryn, X, ships the carpets", "The contractor, X, was fined". The
 * description's head is any lower-case noun that says no event ("After the vote, X said" has
 * no comma after the name), and what qualifies it may name a place ("in Naryn").
 */
const BODY_DESCRIBED_BEFORE = /(?:^|[.!?]["”’]?\s+|\n\s*)(?:A|An|The)\s+((?:[\p{Ll}\d'’-]+\s+){0,4}[\p{Ll}'’-]+(?:\s+(?:in|of|from|for|at|on)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})?),\s*$/u;

function bodyDescribedBefore(text: string, anchor: number, m: Mention): { role: string; start: number; end: number } | null {
  if (!/^\s*(?:\([^()\n]{1,12}\)\s*)?,/.test(text.slice(m.range[1], m.range[1] + 18))) return null;
  const before = text.slice(Math.max(0, anchor - 90), anchor);
  const d = BODY_DESCRIBED_BEFORE.exec(before);
  if (!d) return null;
  const words = d[1]!.toLowerCase().split(/\s+/);
  const phrase = headPhrase(words);
  const head = phrase[phrase.length - 1] ?? '';
  if (phrase.length === 0 || phrase.some((w) => EVENT_NOUNS.has(w)) || /(?:ed|ing|ly)$/.test(head)) return null;
  if (phrase.some((w) => CLAUSE_WORDS.test(w))) return null;
  // A time or a quantity opens a sentence as an adverbial ("The next day, X …"), not a kind of body.
  if (/^(?:next|following|previous|same|first|last|other)$/.test(phrase[0]!) || phrase.some((w) => /^(?:day|week|month|year|time|morning|evening|night|afternoon|weekend|later|earlier|ago)s?$/.test(w))) return null;
  const start = anchor - before.length + d.index + d[0].indexOf(d[1]!);
  return { role: d[1]!, start, end: start + d[1]!.length };
}

/**
 * A lower-case description written right before a name ("senior coroner Dr X", "fleet
 * operator Y", "Leeds-based brokerage Z"), its last word a role noun (`isHead`), or an
 * "X-based" adjective alone. Null after a possessive ("his brother X": the owner matters).
 */
function preNameDescriptor(text: string, anchor: number, isHead: (w: string) => boolean, modifiersOnly = false): string | null {
  if (anchor < 2 || !/[ \t]/.test(text[anchor - 1]!) || !/[\p{L}\p{N}]/u.test(text[anchor - 2]!)) return null;
  const before = text.slice(Math.max(0, anchor - 80), anchor);
  // The run of up to five words separated by spaces that ends at the anchor (tokenised forwards:
  // an end-anchored pattern would be retried at every offset).
  const toks: Array<{ w: string; at: number }> = [];
  // An age ("27-year-old") is one word, as a descriptor's head.
  const tokRe = /\p{N}{1,3}-year-old\b|[\p{L}][\p{L}\p{N}'’-]*|[ \t]+|[^\p{L} \t]+/gu;
  let t: RegExpExecArray | null;
  while ((t = tokRe.exec(before)) !== null) toks.push({ w: t[0], at: t.index });
  const words: Array<{ w: string; at: number }> = [];
  for (let i = toks.length - 1; i >= 1 && words.length < 5; i -= 2) {
    if (!/^[ \t]+$/.test(toks[i]!.w) || !/^[\p{L}\p{N}]/u.test(toks[i - 1]!.w) || /^\p{N}+$/u.test(toks[i - 1]!.w)) break;
    // Not the unit of a figure ("400m record holder").
    if (/\p{N}$/u.test(toks[i - 2]?.w ?? '')) break;
    words.unshift(toks[i - 1]!);
  }
  if (words.length === 0) return null;
  const lex = lexicon();
  const out: string[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    const { w, at } = words[i]!;
    const l = w.toLowerCase();
    if (DESCRIPTOR_STOP.test(w)) {
      if (/^(?:his|her|their|its|our|my|your)$/.test(l)) return null;
      break;
    }
    if (/['’]s?$/.test(w) && out.length === 0) return null;
    if (/['’]s$/.test(w)) break;
    const based = /^\p{Lu}[\p{L}-]*-based$/u.test(w);
    // "Local MP X", "PC X": an abbreviated job written in capitals.
    const caps = out.length === 0 && !modifiersOnly && /^\p{Lu}{2,4}$/u.test(w) && (isHead(l) || ABBREVIATED_TITLES[l] !== undefined);
    if (caps) {
      out.unshift(ABBREVIATED_TITLES[l] ?? w);
      continue;
    }
    if (!/^[\p{Ll}\p{N}]/u.test(w) && !based) {
      // A capitalised word is a name ("Orton manager" is a title), unless it starts the sentence.
      // So does a job noun alone opening it ("Meteorologist Jane Roe said").
      if ((out.length > 0 || modifiersOnly || (!modifiersOnly && isHead(l))) && /(?:^|[.!?]["”’]?\s+|\n\s*)$/.test(before.slice(0, at)) && !lex.info(l)?.firstName && !lex.info(l)?.lastName && !/Verb|Tense|Gerund|Preposition|Determiner|Pronoun|Conjunction/.test(lex.info(l)?.pos ?? '')) out.unshift(w);
      break;
    }
    if (modifiersOnly && !/Adjective/.test(lex.info(l)?.pos ?? '') && !lex.isTitleModifier(l)) break;
    if (out.length === 0 && !based && !modifiersOnly && !isHead(l)) return null;
    if (out.length > 0 && /Verb|Tense|Gerund|Copula|Modal|Adverb|Preposition|Conjunction|Determiner|Pronoun/.test(lex.info(l)?.pos ?? '') && !isHead(l)) break;
    out.unshift(w);
    if (based && out.length === 1) break;
  }
  if (out.length === 0) return null;
  return out.join(' ');
}

/** ", which runs hospitals in X," / "(ACR), whose 14 members buy ...": what an organisation does. */
function orgRelative(text: string, m: Mention): string | null {
  const after = text.slice(m.range[1], m.range[1] + 200);
  const r = /^(?:\s*\([^)]{1,12}\))?,\s+(which|whose)\s+([^,;:\n“”"()]{3,140}?)(?=,|;|\.(?:\s|$)|\n|$)/.exec(after);
  if (!r) return null;
  const clause = cutAtSecondVerb(r[2]!.trim());
  const lex = lexicon();
  // "which employs 300 of them": a clause that needs its sentence is no description.
  if (/\b(?:them|it|they|us|we|him|her|this|these|those)\b/i.test(clause)) return null;
  if (r[1] === 'whose') return `whose ${clause}`;
  const first = clause.split(/\s+/)[0]!.toLowerCase();
  const is = /^(?:is|remains)\s+(?:a|an|the)\s+(.+)$/.exec(clause);
  if (is) return is[1]!;
  // A standing activity ("operates plants"), not an event ("led a funding round").
  const pos = lex.info(first)?.pos ?? '';
  if (!/s$/.test(first) || /^(?:is|was|has|does|says|said)$/.test(first)) return null;
  if (!/PresentTense|Plural|Verb/.test(pos) && pos !== '') return null;
  return clause;
}

/** A common noun standing for an organisation ("the party", "Velmar's coastal rescue agency"). */
interface Anaphor {
  at: number;
  noun: string;
  mods: string[];
  phrase: string;
  /** Whether a place or name owns it ("Velmar's ..."): then only the organisation's own words tie it. */
  owned: boolean;
  /** The organisation named before that it fits, and whether its name says that kind. */
  ref: Builder | null;
  refKind: boolean;
}

/**
 * What a company does, as the text may call it after naming it ("the miner", "the
 * drugmaker"): nouns for a business, not for a person ("producer", "developer", "builder"
 * name people as often).
 */
const TRADE_NOUNS = 'lender|carrier|operator|insurer|retailer|watchdog|miner|drugmaker|carmaker|automaker|steelmaker|chipmaker|shipbuilder|shipyard|brokerage|utility|refiner|exporter|importer|manufacturer|supplier|distributor|brewer|conglomerate|start-up|startup|wholesaler|supermarket|telecoms operator';
const TRADE = new RegExp(`^(?:${TRADE_NOUNS})$`);
/** The trades that stand for any organisation named before them; the other TRADE_NOUNS only for a company. */
const ANY_ORG_TRADES = new Set(['lender', 'carrier', 'operator', 'insurer', 'retailer', 'watchdog']);

/** "the nickel miner", "Velmar's ruling party": a common noun that may stand for a named organisation, with its modifiers or owner. */
const ANAPHOR = new RegExp(`(?:\\b[Tt]he|(?<![\\p{L}])(\\p{Lu}[\\p{L}-]+)['’]s)\\s+((?:[\\p{Ll}-]+\\s+){0,4}?)(party|group|company|firm|council|ministry|court|bank|union|university|trust|commission|committee|agency|club|team|newspaper|paper|broadcaster|airline|regulator|charity|authority|board|${TRADE_NOUNS})\\b(?!\\s+\\p{Lu})`, 'gu');

/**
 * Every common noun in the text that can stand for an organisation, each resolved once to the
 * nearest organisation named before that it fits (one pass, whatever the number of organisations).
 */
function findAnaphors(text: string, named: MentionIndex, byMention: Map<Mention, Builder>): Anaphor[] {
  const re = ANAPHOR;
  re.lastIndex = 0;
  const out: Anaphor[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const noun = m[3]!.toLowerCase();
    // "the municipal bank account": the noun modifies a noun after it, which heads the phrase
    // (a lower-case word after it that the lexicon does not know as a verb or function word,
    // or that a verb follows: "the bank account was").
    const next = /^\s+(\p{Ll}+)(?:\s+(\p{Ll}+))?/u.exec(text.slice(re.lastIndex, re.lastIndex + 40));
    const nextWord = next?.[1];
    const verbAfter = /^(?:is|was|are|were|has|had|have|will|would|can|could|may|might|must|should|said|says)$/.test(next?.[2] ?? '');
    if (nextWord && !DESCRIPTOR_STOP.test(nextWord) && !/(?:s|ed)$/.test(nextWord) && (verbAfter || !/Verb|Tense|Modal|Copula|Auxiliary|Adverb|Preposition|Conjunction|Determiner|Pronoun|Infinitive|Gerund|Adjective/.test(lexicon().info(nextWord)?.pos ?? ''))) continue;
    const mods = m[2]!.trim().split(/\s+/).filter((w) => w !== '');
    // Modifiers are adjectives and nouns of the description, not "the same" or "the company had".
    if (mods.some((w) => DESCRIPTOR_STOP.test(w) && w !== 'and') || mods.some((w) => /^(?:same|whole|entire|first|last|next|former|latter|previous|new)$/.test(w))) continue;
    const owner = m[1] ?? null;
    const phrase = owner ? `${owner}'s ${[...mods, noun].join(' ')}` : [...mods, noun].join(' ');
    let ref: Builder | null = null;
    let refKind = false;
    if (!owner) {
      for (const x of named.backFrom(m.index, 1500)) {
        const xb = resolve(byMention.get(x)!);
        if (xb.type !== 'organization') continue;
        const k = orgKind(xb.name);
        if (k === noun) {
          ref = xb;
          refKind = true;
          break;
        }
        // "Tarnby Nikel Tbk … the nickel miner": a company whose name says only that it is one
        // may be described by its trade.
        if (k && !/^(?:group|company)$/.test(noun) && !(k === 'company' && TRADE.test(noun))) continue;
        ref = xb;
        break;
      }
    }
    out.push({ at: m.index, noun, mods, phrase, owned: owner !== null, ref, refKind });
  }
  return out;
}

/**
 * The common noun the text uses for organisation `b` ("the party says", "the bank has"),
 * with its modifiers when the text describes it ("the budget travel company").
 */
function anaphorKind(b: Builder, anaphors: readonly Anaphor[]): { noun: string; phrase: string } | null {
  const first = b.mentions[0]!.range[0];
  const nameWords = new Set(b.name.toLowerCase().split(/\s+/));
  const kind = orgKind(b.name);
  let plain: { noun: string; phrase: string } | null = null;
  for (const a of anaphors) {
    if (a.at < first) continue;
    // A trade describes a company the name says is one ("Kelso Nikel Tbk"), no other: "the
    // utility" after "Microsoft" is a program, "the supplier" in a farmer's words a trader.
    if (TRADE.test(a.noun) && !ANY_ORG_TRADES.has(a.noun) && kind !== 'company') continue;
    // The description names words of the organisation ("the coastal rescue agency").
    if (a.mods.some((w) => w.length > 3 && nameWords.has(w)) && (kind === a.noun || nameWords.has(a.noun))) return { noun: a.noun, phrase: a.phrase };
    if (a.owned || a.ref !== b) continue;
    if (a.refKind) {
      if (a.mods.length > 0) return { noun: a.noun, phrase: a.phrase };
      continue;
    }
    if (a.mods.length > 0 && /^(?:company|firm|group|party)$/.test(a.noun)) return { noun: a.noun, phrase: a.phrase };
    plain ??= { noun: a.noun, phrase: a.noun };
  }
  return plain;
}

/** Whether a common noun ("the party", "the group") can stand for organisation `b`. */
function nounFits(noun: string, b: Builder): boolean {
  if (new RegExp(`\\b${noun}\\b`, 'i').test(b.name)) return true;
  const k = orgKind(b.name);
  if (k === noun || (b.role !== null && new RegExp(`\\b${noun}$`, 'i').test(b.role))) return true;
  if (/^(?:group|organi[sz]ation|body|outfit)$/.test(noun)) return true;
  if (/^(?:company|firm)$/.test(noun)) return k === null || /company|firm/.test(k);
  return false;
}

/** An organisation's name as a role's object, with the noun the text writes after it ("the X group"). */
function orgLabel(text: string, b: Builder): string {
  for (const m of b.mentions) {
    const k = /^\s+(group|party|campaign|union|club|team|movement|alliance|coalition|network|charity)\b/.exec(text.slice(m.range[1], m.range[1] + 20));
    if (k && !new RegExp(`\\b${k[1]}\\b`, 'i').test(b.name)) return `${b.name} ${k[1]}`;
  }
  return b.name;
}

/** ", of the Better Orton group," after a name: the preposition and the phrase to the clause end. */
function ofPhrase(after: string): { prep: string; phrase: string; last: string } | null {
  const r = /^,?\s+(of|from)\s+((?:the\s+)?[^,;:.\n“”"()]{2,80}?)(?=,|;|\.(?:\s|$)|\n|$|\s+(?:said|says|told|added|who|which|was|is|has|had|will|would)\b)/u.exec(after);
  if (!r) return null;
  const phrase = r[2]!.trim();
  const words = phrase.split(/\s+/);
  if (words.length > 10) return null;
  return { prep: r[1]!, phrase, last: words[words.length - 1]!.toLowerCase() };
}

/** "runs three hospices in X and says it needs ...": a description ends before a second verb. */
function cutAtSecondVerb(clause: string): string {
  const lex = lexicon();
  const and = /\s+and\s+(\p{Ll}+)/gu;
  let a: RegExpExecArray | null;
  while ((a = and.exec(clause)) !== null) {
    if (/Tense|Verb|Copula|Modal/.test(lex.info(a[1]!)?.pos ?? '')) return clause.slice(0, a.index);
  }
  return clause;
}

/** The words written in `before`, last first, up to the first punctuation ("a, b c" → ["c", "b"]). */
function wordsBackward(before: string, max: number): string[] {
  const out: string[] = [];
  const re = /([\p{L}&][\p{L}\p{N}.'’&-]*)\s*$/u;
  let rest = before;
  while (out.length < max) {
    const m = re.exec(rest);
    if (!m || (m.index > 0 && !/\s/.test(rest[m.index - 1]!))) break;
    out.push(m[1]!);
    rest = rest.slice(0, m.index);
    if (!/\s$/.test(rest)) break;
  }
  return out;
}

/**
 * "Minister of Natural Resources, Jane Roe," / "the talks stalled, Deputy Governor of the
 * Central Bank, X, said": a capitalised title phrase, set off by commas, right before the
 * name, starting a clause. Its head (a title or job noun) comes before any "of".
 */
function capitalisedTitleBefore(text: string, m: Mention, isPersonRole: (w: string) => boolean): { role: string; start: number; end: number } | null {
  if (m.title || !/^\s*(?:[,.;:!?)]|\s(?:said|says|told|added)\b)/.test(text.slice(m.range[1], m.range[1] + 8))) return null;
  const before = text.slice(Math.max(0, m.range[0] - 100), m.range[0]);
  const comma = /,\s*$/.exec(before);
  if (!comma) return null;
  // Only this sentence's words: an "of" in the sentence before ("… accused the opposition
  // of lying. Minister of Water, Name,") is not the title's.
  const words = wordsBackward(thisSentence(before.slice(0, comma.index)), 10).reverse();
  // Words of the phrase: capitalised words, then an optional "of/for the field" part.
  const ofAt = words.findIndex((w) => /^(?:of|for|on)$/.test(w));
  const head = ofAt < 0 ? words : words.slice(0, ofAt);
  // The phrase starts at the first capitalised word of the run that has no lower-case word after it.
  let k = head.length;
  while (k > 0 && /^\p{Lu}/u.test(head[k - 1]!) && !DESCRIPTOR_STOP.test(head[k - 1]!)) k--;
  const lead = head.slice(k);
  if (lead.length === 0 || lead.length > 5) return null;
  const phraseWords = [...lead, ...(ofAt < 0 ? [] : words.slice(ofAt))];
  if (ofAt >= 0 && phraseWords.length - lead.length > 6) return null;
  // "Minister of State for Health", "Member of Parliament for the area": a second "of"/"for" names the field.
  if (ofAt >= 0 && words.slice(ofAt + 1).some((w) => DESCRIPTOR_STOP.test(w) && !TITLE_FIELD_JOINERS.test(w) && !/^(?:of|for)$/.test(w))) return null;
  if (!lead.slice(0, 4).some((w) => isPersonRole(w))) return null;
  const phrase = phraseWords.join(' ');
  const end = comma.index + Math.max(0, m.range[0] - 100);
  const start = end - phrase.length;
  if (start < 0 || text.slice(start, end).replace(/\s+/g, ' ') !== phrase) return null;
  // What comes before the phrase ends a clause: nothing, punctuation, or a speech verb.
  // "The state's Minister for …", "Its Director of …": a determiner or an owner before the title.
  const owner = /(?:\b(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\p{L}-]+['’]s\s+)?|\b[\p{Lu}][\p{L}-]*['’]s\s+)$/u.exec(text.slice(Math.max(0, start - 40), start));
  const open = owner ? start - owner[0].length : start;
  const prior = text.slice(Math.max(0, open - 12), open);
  if (!/(?:^|[.!?,;:(“"‘]\s*|\n\s*|\b(?:said|says|told|added)\s+)$/.test(prior)) return null;
  return { role: phrase, start, end };
}

/** The end of `before` from the start of its last sentence: after the last stop before a capital, or the last line break. */
function thisSentence(before: string): string {
  const opening = /^[^]*(?:[.!?]["”’]?\s+(?=\p{Lu}|$)|\n)/u.exec(before);
  return opening ? before.slice(opening[0].length) : before;
}

/**
 * "minister of mines and energy Jane Roe", "Head of Research Mara Quill": a job noun, "of"
 * or "for" and its field (no job noun in it), written right before the name.
 */
function titleOfBefore(text: string, anchor: number, isPersonRole: (w: string) => boolean): string | null {
  if (anchor < 2 || !/[ \t]/.test(text[anchor - 1]!)) return null;
  // Only this sentence's words: not "President of the Senate Ana Ruiz agreed." before "Chairman … X".
  const words = wordsBackward(thisSentence(text.slice(Math.max(0, anchor - 100), anchor)), 10);
  const field: string[] = [];
  let i = 0;
  for (; i < words.length && field.length <= 5; i++) {
    const w = words[i]!;
    if (/^(?:of|for)$/.test(w)) break;
    if ((DESCRIPTOR_STOP.test(w) && !TITLE_FIELD_JOINERS.test(w)) || isPersonRole(w) || /['’]s?$/.test(w)) return null;
    field.unshift(w);
  }
  // The field starts with a word or "the" and ends with a word ("of the Central Bank", not "of and").
  if (i >= words.length || field.length === 0 || field.length > 5 || TITLE_FIELD_JOINERS.test(field[field.length - 1]!) || /^(?:and|&)$/.test(field[0]!)) return null;
  const head = words[i + 1];
  if (!head || !isPersonRole(head) || (/s$/.test(head) && !/ss$/.test(head))) return null;
  const lex = lexicon();
  const out = [head, words[i]!, ...field];
  // Modifiers of the head ("deputy", "former"), or a capitalised party or place word ("Tory MP for X").
  let at = anchor - out.join(' ').length - 1;
  for (let k = i + 2; k < words.length && k < i + 4; k++) {
    const w = words[k]!;
    const l = w.toLowerCase();
    const start = at - w.length - 1;
    const capital = /^\p{Lu}/u.test(w) && !DESCRIPTOR_STOP.test(w) && !/(?:^|[.!?]["”’]?\s+|\n\s*)$/.test(text.slice(Math.max(0, start - 3), start + 1));
    if (!capital && !lex.isTitleModifier(l) && !/Adjective/.test(lex.info(l)?.pos ?? '')) break;
    out.unshift(w);
    at = start;
  }
  return out.join(' ');
}

/**
 * An organisation's name as a role's object, with "the" where the text writes it so ("of the
 * Fire Service"), without where it never does ("of VK Lastavica").
 */
function asWritten(text: string, org: Builder): string {
  const the = !/^the\s/i.test(org.name) && org.mentions.some((x) => /\bthe\s+$/i.test(text.slice(Math.max(0, x.range[0] - 4), x.range[0])));
  return `${the ? 'the ' : ''}${org.name}`;
}

/** How far back a role that only one kind of organisation holds looks for one, in characters. */
const STRICT_ROLE_WINDOW = 700;

/** Where the sentence holding offset `at` starts, not before `from` (its paragraph's start). */
function sentenceStart(text: string, from: number, at: number): number {
  const head = text.slice(from, at);
  const end = /[.!?][”"’']?\s+(?=[“"‘']?\p{Lu})(?![^]*[.!?][”"’']?\s+[“"‘']?\p{Lu})/u.exec(head);
  return end ? from + end.index + end[0].length : from;
}

/**
 * Which organisations may hold a role headed by `head` (ORG_HELD_ROLES): a team's roles go to
 * a side, a school's to a school, a mosque's and a church's to theirs, a governor to a bank
 * (`strict`: only that kind holds them), the rest to any organisation but a news outlet.
 */
function orgFitsRole(head: string, text: string): ((b: Builder, m: Mention) => boolean) & { strict: boolean } {
  const saysKind = (re: RegExp) => (b: Builder): boolean => re.test(b.name) || re.test(orgKind(b.name) ?? '') || re.test(b.role ?? '');
  const strict = (fn: (b: Builder, m: Mention) => boolean) => Object.assign(fn, { strict: true });
  if (TEAM_ROLES.test(head)) return strict((b, m) => /\b(?:club|team|side|squad)$/i.test(b.role ?? orgKind(b.name) ?? '') || playsAt(text, m));
  if (/^(?:head ?teacher|headmaster|headmistress|principal|rector)$/.test(head)) return strict(saysKind(/\b(?:school|college|academy|lyc[eé]e|scolaire|university|polytechnic|seminary)\b/i));
  if (head === 'imam') return strict(saysKind(/\b(?:masjid|mosque|jamia?)\b/i));
  if (/^(?:pastor|priest|vicar)$/.test(head)) return strict(saysKind(/\b(?:church|parish|cathedral|chapel|congregation)\b/i));
  if (head === 'governor') return strict(saysKind(/\bbank\b/i));
  return Object.assign((b: Builder) => !NEWS_KINDS.has(b.role ?? '') && !NEWS_KINDS.has(orgKind(b.name) ?? ''), { strict: false });
}
