import { lexicon, type Lexicon } from '../lexicon';
import type { Token } from './tokens';
import type { NameChunk } from './names';

/**
 * Named features of one name candidate, for the learned entity-type model
 * (src/core/models/entity-type.json, trained by `npm run train -- entities`).
 *
 * They describe what transfers from one outlet to another: the candidate's shape, the word
 * classes of its words (lexicon lists, not the names themselves), its head word when that is
 * a closed-class word ("University", "Ltd", "Park"), the lower-case words around it, where
 * it stands (sentence start, a short headline-like paragraph, an ALL-CAPS line), and what the
 * rules proposed. Nothing about the paragraph's length or layout: CoNLL's paragraphs are
 * single sentences, so such features would not transfer to articles. Raw identities of the candidate's own words appear only for closed-class
 * and common words, so the model cannot become a gazetteer of training-set names.
 * Document-level features (the same string elsewhere) are added by `documentFeatures`.
 */

/** What the rules found for a candidate: the fields of `NameChunk` the features read. */
export type RuleView = Pick<
  NameChunk,
  'from' | 'to' | 'end' | 'tokens' | 'type' | 'score' | 'title' | 'titleFrom' | 'acronym' | 'fixed' | 'tentative' | 'bareAcronym' | 'acronymEvidence' | 'introducedBy'
>;

/** A word's shape with runs collapsed: "Marlowe" Xx, "McNeil" XxXx, "U.S." X.X., "IBM" XX, "G7" Xd. */
export function shape(word: string): string {
  let out = '';
  let last = '';
  let run = 0;
  for (const ch of word) {
    const k = ch >= '0' && ch <= '9' ? 'd' : ch.toLowerCase() !== ch ? 'X' : ch.toUpperCase() !== ch ? 'x' : ch;
    if (k === last) {
      // Keep two capitals apart from one ("IBM" XX, "Marlowe" Xx), collapse the rest.
      if (k === 'X' && run === 1) out += k;
      run++;
      continue;
    }
    out += k;
    last = k;
    run = 1;
  }
  return out;
}

/** Lexicon classes of one word, as short tags. */
function wordClasses(lex: Lexicon, lower: string, particles: ReadonlySet<string>): string[] {
  const out: string[] = [];
  const info = lex.info(lower);
  if (info) {
    if (info.firstName) out.push('first');
    if (info.lastName) out.push('last');
    if (info.place) out.push('place');
    if (info.org) out.push('org');
    if (info.common) out.push('common');
    if (info.demonym) out.push('demonym');
  } else {
    out.push('unknown');
    if (lex.isCommon(lower)) out.push('common');
    if (lex.isGazetteerPlace(lower)) out.push('gazetteer');
  }
  if (lex.isCountry(lower)) out.push('country');
  if (lex.isOrgHead(lower)) out.push('orghead');
  if (lex.isPlaceHead(lower)) out.push('placehead');
  if (lex.isOrgLead(lower)) out.push('orglead');
  if (lex.clubSuffix(lower)) out.push('club');
  if (lex.isOrgDesignator(lower)) out.push('designator');
  if (lex.isFormalTitle(lower)) out.push('title');
  else if (lex.isRoleNoun(lower)) out.push('role');
  if (lex.isOrgAcronymHint(lower) || lex.sets.knownOrgWords.has(lower)) out.push('knownorg');
  if (particles.has(lower)) out.push('particle');
  return out;
}

/** A closed-class word whose identity may be a feature (heads, designators, titles, cue words). */
function closedClass(lex: Lexicon, lower: string): boolean {
  return (
    lex.isOrgHead(lower) ||
    lex.isPlaceHead(lower) ||
    lex.isOrgDesignator(lower) ||
    lex.clubSuffix(lower) !== null ||
    lex.isRoleNoun(lower) ||
    lex.isOrgLead(lower) ||
    lex.isTitleModifier(lower)
  );
}

/** A context token as a feature value: lower-case words by identity, the rest by kind. */
function context(lex: Lexicon, t: Token | undefined): string {
  if (!t) return '^';
  if (t.kind === 'num') return /^\d{4}$/.test(t.text) ? '#year' : '#';
  if (t.kind === 'punct') return t.text;
  if (!t.cap) return t.lower;
  if (lex.isRoleNoun(t.lower) || lex.isTitleModifier(t.lower)) return `T:${t.lower}`;
  return t.allCaps ? 'CAPS' : 'Cap';
}

function bucket(score: number): string {
  return score <= 0 ? '0' : score < 2 ? '<2' : score < 3.5 ? '<3.5' : score < 5 ? '<5' : '5+';
}

/**
 * The paragraph-local features of a candidate the rules found in `tokens` (every token of
 * its paragraph). `docLower` / `docStrong`: words the document writes in lower case / capitalised
 * in running text; `sports`: whether the rules read the document as a sports report or the
 * paragraph as a score line.
 */
export function candidateFeatures(lex: Lexicon, c: RuleView, docLower: ReadonlySet<string>, docStrong: ReadonlySet<string>, particles: ReadonlySet<string>, sports: string | null): string[] {
  const f: string[] = [];
  const toks = c.tokens;
  const words = toks.slice(c.from, c.to).filter((t) => t.kind === 'word');
  const first = toks[c.from]!;
  const last = toks[c.to - 1]!;
  const n = words.length;

  // What the rules propose.
  f.push(`rule=${c.type}`, `rule=${c.type}:${bucket(c.score)}`);
  if (c.tentative) f.push('rule:tentative');
  if (c.fixed) f.push('rule:results-line');
  if (c.bareAcronym) f.push(c.acronymEvidence ? 'rule:acronym+evidence' : 'rule:bare-acronym');
  if (c.acronym) f.push('rule:has-acronym');
  if (c.introducedBy) f.push('rule:acronym-introduced');
  if (c.end > c.tokens[c.to - 1]!.end) f.push('rule:lower-head');
  if (c.title !== null) {
    f.push('title');
    const tail = c.title.toLowerCase().split(/\s+/).pop()!.replace(/\.$/, '');
    if (closedClass(lex, tail) || lex.sets.orgCueBefore.has(tail)) f.push(`title=${tail}`);
  }

  // The candidate itself.
  f.push(`len=${Math.min(n, 4)}`);
  const shapes = words.slice(0, 4).map((w) => shape(w.text));
  f.push(`shape=${shapes.join(' ')}`, `shape.first=${shapes[0] ?? ''}`, `shape.last=${shape(last.text)}`);
  if (toks.slice(c.from, c.to).some((t) => t.text === '&')) f.push('has-&');
  if (words.some((w) => w.text.includes('-'))) f.push('hyphenated');
  if (words.some((w) => /\d/.test(w.text))) f.push('has-digit');
  if (words.some((w) => !w.cap)) f.push('has-lower-word');
  if (last.possessive) f.push('possessive');
  const lastLower = last.lower;
  if (n === 1) {
    for (const k of wordClasses(lex, lastLower, particles)) f.push(`w:${k}`);
    if (lex.isCommon(lastLower) || closedClass(lex, lastLower)) f.push(`word=${lastLower}`);
    if (docLower.has(lastLower)) f.push('doc:lower-elsewhere');
    if (docStrong.has(lastLower)) f.push('doc:capitalised-elsewhere');
  } else {
    for (const k of wordClasses(lex, first.lower, particles)) f.push(`f:${k}`);
    for (const k of wordClasses(lex, lastLower, particles)) f.push(`l:${k}`);
    for (let k = 1; k < words.length - 1; k++) for (const cl of wordClasses(lex, words[k]!.lower, particles)) f.push(`m:${cl}`);
    if (closedClass(lex, first.lower) || lex.isCommon(first.lower)) f.push(`first=${first.lower}`);
    if (closedClass(lex, lastLower)) f.push(`last=${lastLower}`);
    if (words.some((w) => w.lower === 'of' || w.lower === 'for')) f.push('has-of');
  }
  const multi = lex.multi.get(words.map((w) => w.lower).join(' '));
  if (multi) f.push(`multi=${multi}`);

  // Where it stands: a sports report or a paragraph with a score makes "City", "Town" clubs.
  if (sports) {
    f.push(`sports=${sports}`);
    if (n >= 2 && lex.clubSuffix(lastLower)) f.push('rule:club-in-sports');
  } else if (n === 1 && (lex.isPlace(lastLower) || lex.isGazetteerPlace(lastLower))) {
    // A known place's name outside sport: CoNLL's many clubs named after their towns
    // ("Marseille won 2-0") must not teach that a town's name in other news is a club.
    f.push('w:place-outside-sport');
  }
  // Where it stands.
  if (first.sentenceStart) f.push('sentence-start');
  if (first.lineStart) f.push('line-start');
  if (first.signal === 'caps') f.push('caps-line');

  // Context words around it (a title before the name counts as context).
  const before = c.titleFrom >= 0 ? c.titleFrom : c.from;
  const p1 = toks[before - 1];
  const p2 = toks[before - 2];
  const n1 = toks[c.to];
  const n2 = toks[c.to + 1];
  f.push(`p1=${context(lex, p1)}`, `p2=${context(lex, p2)}`, `n1=${context(lex, n1)}`, `n2=${context(lex, n2)}`);
  if (p1?.lower === 'the' || p1?.lower === 'a') f.push(`pthe=${context(lex, p2)}`);
  if (p1 && p1.kind === 'punct' && p1.end === first.start) f.push(`glued-after=${p1.text}`);
  if (n1 && n1.kind === 'punct' && n1.start === last.end && n1.text !== ',' && n1.text !== '.') f.push(`glued-before=${n1.text}`);
  if (c.titleFrom >= 0) {
    const t1 = toks[c.from - 1];
    if (t1) f.push(`t1=${context(lex, t1)}`);
  }
  return f;
}

/**
 * What the rest of the document says about each candidate (same order as `names`): how
 * the rules typed the same string elsewhere, and the types of longer names it is part of:
 * for one word, any of their words ("Marlowe" of "Ruth Marlowe"); for several, their leading
 * words ("Brackley Robotics" of "Brackley Robotics Ltd", `doc:leads=`). Only names the rules
 * kept (`kept[i]`) count as evidence.
 */
export function documentFeatures(names: readonly { text: string; type: string }[], kept: readonly boolean[]): string[][] {
  const byText = new Map<string, Map<string, number>>();
  const inLonger = new Map<string, Set<string>>();
  const leadOf = new Map<string, Set<string>>();
  names.forEach((c, i) => {
    if (!kept[i]) return;
    const key = c.text.toLowerCase();
    let m = byText.get(key);
    if (!m) byText.set(key, (m = new Map()));
    m.set(c.type, (m.get(c.type) ?? 0) + 1);
    if (!key.includes(' ')) return;
    const words = key.split(/\s+/);
    for (const p of words) {
      let s = inLonger.get(p);
      if (!s) inLonger.set(p, (s = new Set()));
      s.add(c.type);
    }
    // The leading words of a longer name ("Brackley Robotics" of "Brackley Robotics Ltd").
    for (let k = 2; k < words.length; k++) {
      const p = words.slice(0, k).join(' ');
      let s = leadOf.get(p);
      if (!s) leadOf.set(p, (s = new Set()));
      s.add(c.type);
    }
  });
  const lex = lexicon();
  return names.map((c, i) => {
    const f: string[] = [];
    const key = c.text.toLowerCase();
    let total = 0;
    for (const [type, count] of byText.get(key) ?? []) {
      const others = count - (kept[i] && type === c.type ? 1 : 0);
      total += others;
      if (others > 0) f.push(`doc:same-as=${type}`);
    }
    f.push(`doc:repeats=${total === 0 ? 0 : total < 3 ? 1 : 2}`);
    if (key.includes(' ')) {
      for (const type of leadOf.get(key) ?? []) f.push(`doc:leads=${type}`);
    } else {
      const longer = inLonger.get(key);
      if (longer) {
        // A known place inside a longer name ("Sindh" of "Sindh Local Government") is most
        // often still the place; another word inside one is its short form.
        const place = lex.isPlace(key) || lex.isGazetteerPlace(key);
        for (const type of longer) f.push(`doc:part-of=${type}`, ...(place ? [`doc:place-in=${type}`] : []));
      }
    }
    return f;
  });
}

/** The lower-case words of the people's names of several words among `names` ("ruth", "marlowe" of "Ruth Marlowe"). */
export function fullNameWords(names: readonly { type: string; text: string }[]): Set<string> {
  const words = new Set<string>();
  for (const c of names) if (c.type === 'person' && c.text.includes(' ')) for (const w of c.text.toLowerCase().split(/\s+/)) words.add(w);
  return words;
}
