import { lexicon } from '../lexicon';
import type { Mention } from '../types';
import type { Builder } from './index';
import { HONORIFICS } from './names';

/** Head nouns of descriptions that stand for an organisation ("the army's media wing"). */
const ORG_ROLE_HEADS = new Set([
  'wing', 'group', 'firm', 'company', 'agency', 'newspaper', 'paper', 'carrier', 'airline', 'party', 'ministry',
  'department', 'broadcaster', 'network', 'service', 'outfit', 'organisation', 'organization', 'giant', 'maker',
  'magazine', 'daily', 'tabloid', 'website', 'body', 'regulator', 'watchdog', 'charity', 'union', 'movement', 'tribe',
  'bank', 'lender', 'insurer', 'retailer', 'operator', 'provider', 'club', 'team', 'band', 'channel', 'station',
]);

const SPEECH = '(?:said|says|added|told|noted|stated|explained|warned|complained|insisted|argued|claimed|admitted|wrote|tweeted)';
const AFTER_SAID = new RegExp(`\\b${SPEECH}\\s+the\\s+((?:[\\w’'-]+\\s+){1,5}?[\\w’'-]+)(?=\\s*[.,;])`, 'g');
const BEFORE_SAID = new RegExp(`\\b[Tt]he\\s+((?:[\\w’'-]+\\s+){1,4}?[\\w’'-]+)\\s+${SPEECH}\\b`, 'g');

/**
 * Fills each actor's `role` and `affiliation` from what the text says about it: an
 * apposition after a mention ("X, a former adviser to Y,"), a title or role written
 * before a name ("PTI leader Azhar Leghari", "the militant group Daesh"), or a definite
 * description standing for it next to a speech verb ("said the 74-year-old comedian").
 */
export function findRoles(text: string, mentions: Mention[], live: Builder[], byMention: Map<Mention, Builder>): void {
  const lex = lexicon();
  const named = mentions.filter((m) => byMention.has(m)).sort((a, b) => a.range[0] - b.range[0]);
  const orgIn = (s: number, e: number, self: Builder): Builder | null => {
    for (const m of named) {
      if (m.range[0] >= s && m.range[1] <= e) {
        const b = resolve(byMention.get(m)!);
        if (b.type === 'organization' && b !== self) return b;
      }
    }
    return null;
  };
  const isPersonRole = (w: string): boolean => {
    const l = w.toLowerCase();
    return lex.isRoleNoun(l) || (l.endsWith('s') && lex.isRoleNoun(l.slice(0, -1))) || /year-old$/.test(l);
  };

  for (const b0 of live) {
    const b = resolve(b0);
    // 1. Apposition after a mention.
    for (const m of b.mentions) {
      if (b.roleStrong) break;
      const ap = apposition(text, m, b.type, named, isPersonRole);
      if (ap) {
        b.role = ap.role;
        b.roleStrong = true;
        b.affiliation ??= orgIn(ap.start, ap.end, b);
      }
    }
    // 2. A title or role written before a name: the longest one.
    if (!b.roleStrong) {
      let best: string | null = null;
      let bestMention: Mention | null = null;
      for (const m of b.mentions) {
        if (!m.title) continue;
        const r = cleanTitle(m.title, b.type);
        if (r && (!best || r.split(' ').length > best.split(' ').length)) {
          best = r;
          bestMention = m;
        }
      }
      if (best && bestMention) {
        b.role = best;
        const s = bestMention.range[0] - bestMention.title!.length - 3;
        b.affiliation ??= orgIn(Math.max(0, s), bestMention.range[0], b);
      }
    }
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
  }

  // 3. Definite descriptions next to a speech verb, for actors still without a role.
  const describe = (np: string, at: number): void => {
    const words = np.split(/\s+/);
    const head = words[words.length - 1]!.toLowerCase();
    const kind = ORG_ROLE_HEADS.has(head) ? 'organization' : isPersonRole(head) ? 'person' : null;
    if (!kind || words.some((w) => /^(?:said|says|told|added|and|or|who|which|that)$/i.test(w))) return;
    let best: Builder | null = null;
    let bestAt = -1;
    for (const m of named) {
      if (m.range[1] > at) break;
      const b = resolve(byMention.get(m)!);
      if (b.type === kind && m.range[1] > bestAt) {
        best = b;
        bestAt = m.range[1];
      }
    }
    if (best && !best.role) best.role = np.replace(/[’]s\b/g, "'s");
  };
  for (const re of [AFTER_SAID, BEFORE_SAID]) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) describe(m[1]!, m.index);
  }

  // Plural roles written before a list of names apply to each name in it.
  for (let i = 0; i + 1 < named.length; i++) {
    const a = named[i]!;
    const c = named[i + 1]!;
    const ba = resolve(byMention.get(a)!);
    const bc = resolve(byMention.get(c)!);
    if (ba.type !== 'person' || bc.type !== 'person' || bc.role || !a.title) continue;
    const head = a.title.trim().split(/\s+/).pop()!.toLowerCase();
    if (!head.endsWith('s') || !isPersonRole(head)) continue;
    if (!/^\s*(?:,|and|,\s*and)\s*$/.test(text.slice(a.range[1], c.range[0]))) continue;
    bc.role = ba.role;
    c.title ??= null;
  }
}

function resolve(b: Builder): Builder {
  let x = b;
  while (x.merged) x = x.merged;
  return x;
}

/** A role from a title phrase: honorifics dropped, a plural head made singular. */
function cleanTitle(title: string, type: string): string | null {
  const words = title
    .trim()
    .split(/\s+/)
    .filter((w) => !HONORIFICS.has(w.toLowerCase().replace(/\.$/, '')));
  if (words.length === 0) return null;
  const last = words[words.length - 1]!;
  const lex = lexicon();
  if (type === 'person' && /s$/.test(last) && lex.isRoleNoun(last.toLowerCase().slice(0, -1))) words[words.length - 1] = last.slice(0, -1);
  return words.join(' ');
}

/** "X, a former adviser to Y, told ..." / "X - a peer to peer service which ... -". */
function apposition(
  text: string,
  m: Mention,
  type: string,
  named: Mention[],
  isPersonRole: (w: string) => boolean,
): { role: string; start: number; end: number } | null {
  const from = m.range[1];
  const after = text.slice(from, from + 220);
  if (/^['’]s\b/.test(after)) return null;
  const lex = lexicon();
  let r = /^(?:\s*\([^)]{1,12}\))?,\s+(?!who\b|which\b|and\b|but\b|or\b|said\b|says\b|told\b|added\b|the\s+(?:company|firm)\s+said)([^,;:\n“”"()]{2,160}?)(?=,|;|\.\s|\.$|\n|\(| who\b| which\b| told\b| said\b| says\b| added\b| noted\b| described\b| referring\b| at the conclusion\b)/.exec(after);
  let dash = false;
  if (!r) {
    r = /^\s+[-–—]\s+(?:a|an|the)\s+([^-–—,;.\n]{2,120})/.exec(after);
    dash = r !== null;
  }
  if (!r) return null;
  let phrase = r[1]!.trim();
  let start = from + r.index + r[0].indexOf(r[1]!);
  const article = /^(?:a|an|the|another)\s+/i.exec(phrase);
  if (article) {
    phrase = phrase.slice(article[0].length);
    start += article[0].length;
  }
  const first = phrase.split(/\s+/)[0] ?? '';
  // A list of names ("Nat West, Vodafone"), not a description.
  const nextNamed = named.find((x) => x.range[0] >= start && x.range[0] < start + phrase.length);
  if (nextNamed && nextNamed.range[0] === start && !lex.isFormalTitle(first.toLowerCase()) && !/^[\p{Lu}]/u.test(phrase.slice(nextNamed.range[1] - start).trim()) && !/\s\p{Ll}/u.test(phrase.slice(nextNamed.range[1] - start))) return null;
  if (/^\d+$/.test(phrase)) return null;
  // Cut at the first person named inside ("formed by former PTI members Chaudhry ...").
  for (const x of named) {
    if (x.range[0] > start && x.range[0] < start + phrase.length && x.type === 'person') {
      phrase = phrase.slice(0, x.range[0] - start).trim();
      break;
    }
  }
  const words = phrase.toLowerCase().split(/\s+/);
  if (words.length === 0 || words.length > 16 || phrase.length < 2) return null;
  const hasRole = words.some((w) => isPersonRole(w.replace(/[’']s$/, '')) || ORG_ROLE_HEADS.has(w) || lex.isFormalTitle(w) || lex.sets.orgCueBefore.has(w));
  if (!hasRole) return null;
  if (type === 'person' && !words.some((w) => isPersonRole(w) || lex.isFormalTitle(w) || /year-old/.test(w))) return null;
  if (dash && type !== 'organization') return null;
  return { role: phrase.replace(/[\s,]+$/, ''), start, end: start + phrase.length };
}
