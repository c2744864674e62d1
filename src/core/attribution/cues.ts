/**
 * Finding the attribution cue of one quote in its sentence and reading off the speaker:
 *   after it   — “…,” Okafor noted / “…,” said Okafor, a … / “…,” he added / “…,” the company said
 *   before it  — Okafor told the Courier: “…” / X said that “…” / X, who …, said “…”
 *   around it  — according to X / described as “…” by X / X said it was “…” (partial quotes)
 * and resolving the subject: a name (adjacent to the verb, or the first name of the clause
 * that no preposition governs), a pronoun, or a description ("the 56-year-old", "the NDP").
 */
import type { Quote, Range } from '../types';
import type { AttributionContext, ParagraphView, Ref } from './context';
import { isModifier, isSubject, normaliseAlias } from './context';
import { descriptionGender } from './gender';
import { isSpeechPhrase, isSpeechVerb, ORG_NOUNS, PERSON_NOUNS, PREPOSITIONS, PRONOUNS, REPORTING_VERB_FORMS, VERB_FILLERS, type Gender } from './lexicon';
import { wordsOf, type Word } from './text';

/** How a speaker was found: its strength orders competing cues. */
export type How = 'name' | 'pronoun' | 'description' | 'unnamed';

/** A cue found for a quote: the speaker it gives (null for an unnamed one) and the cue as written. */
export interface Attribution {
  speaker: string | null;
  how: How;
  cue: string;
  cueRange: Range;
}

const OFFICIAL_TITLES = new Set([
  'minister', 'president', 'mayor', 'secretary', 'chairman', 'chairwoman', 'governor', 'senator', 'premier',
  'chancellor', 'ambassador', 'king', 'queen', 'prince', 'pope', 'general', 'commissioner', 'judge', 'coach',
  'captain', 'skipper',
]);

const OBJECT_STOP = new Set([
  'that', 'after', 'before', 'on', 'in', 'at', 'last', 'about', 'during', 'when', 'while', 'as', 'earlier',
  'later', 'yesterday', 'today', 'this', 'adding', 'saying', 'noting', 'referring', 'following', 'because',
  'from', 'over', 'by', 'ahead', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);

/** The verb as the cue, extended over its object for "told" ("told the Courier", "told reporters"). */
function cueOf(ctx: AttributionContext, view: ParagraphView, verbIdx: number, limit: number): { cue: string; range: Range } {
  const verb = view.words[verbIdx]!;
  let end = verb.end;
  if (verb.lower === 'told' || verb.lower === 'tells' || verb.lower === 'telling') {
    for (let i = verbIdx + 1; i < view.words.length && i <= verbIdx + 5; i++) {
      const w = view.words[i]!;
      if (w.start >= limit || OBJECT_STOP.has(w.lower) || PREPOSITIONS.has(w.lower)) break;
      const gap = ctx.text.slice(end, w.start);
      if (!/^[\s\u00a0]+$/.test(gap)) break;
      end = w.end;
    }
  }
  return { cue: ctx.text.slice(verb.start, end), range: [verb.start, end] };
}

function wordIndexAt(words: Word[], pos: number): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Resolves a pronoun or description by walking back, honouring type, gender and official titles. */
function acceptor(
  ctx: AttributionContext,
  type: 'person' | 'organization' | 'any',
  gender: Gender,
  head: string | null,
): (id: string) => boolean {
  return (id) => {
    const info = ctx.actors.get(id);
    if (!info) return false;
    if (type !== 'any' && info.actor.type !== type) return false;
    const known = ctx.genderOf(id);
    if (gender !== 'unknown' && known !== 'unknown' && known !== gender) return false;
    if (head && OFFICIAL_TITLES.has(head) && info.roleText) {
      // "the prime minister" is not the actor the text calls "London mayor".
      const hasTitle = [...info.roleWords].some((w) => OFFICIAL_TITLES.has(w));
      if (hasTitle && !info.roleWords.has(head)) return false;
    }
    return true;
  };
}

/** Resolves a subject span [from, to) — before the verb, or after it when `inverted`. */
function resolveSpan(
  ctx: AttributionContext,
  view: ParagraphView,
  record: number,
  from: number,
  to: number,
  verbStart: number,
  inverted: boolean,
): { speaker: string | null; how: How } | null {
  const refs = ctx.refsIn(view, from, to);
  if (!inverted) {
    // A name right before the verb, with only auxiliaries or adverbs between: "Mr Okafor also said".
    for (let k = refs.length - 1; k >= 0; k--) {
      const r = refs[k]!;
      // "Nadia Farouk of Riverton College says": a name after a preposition belongs to the one before it.
      if (r.prepositional && k > 0 && isSubject(refs[k - 1]!)) break;
      const gap = ctx.text.slice(r.end, verbStart).replace(/[)\]]/g, ' ');
      const gapWords = gap.match(/[\p{L}']+/gu) ?? [];
      if (/^[\s\u00a0]*$/.test(gap.replace(/[\p{L}']+/gu, '')) && gapWords.every((w) => VERB_FILLERS.has(w.toLowerCase()))) {
        return { speaker: r.actor, how: 'name' };
      }
      break;
    }
  }
  // After a cue word ("said X", "according to X", "by X") the cue's own preposition does not count.
  const subject = refs.find((r: Ref) => !r.modifier && (!r.prepositional || (inverted && !hasWordBetween(view, from, r.start))));
  if (subject) return { speaker: subject.actor, how: 'name' };

  const words = view.words.slice(wordIndexAt(view.words, from), wordIndexAt(view.words, to));
  // "a statement from the company": the speaker is whoever issued it.
  const st = words.findIndex((w, k) => /^statements?$/.test(w.lower) && /^(?:from|by|of)$/.test(words[k + 1]?.lower ?? ''));
  if (st >= 0) return resolveSpan(ctx, view, record, words[st + 1]!.end, to, verbStart, true);
  const aliased = aliasIn(ctx, words, refs);
  if (aliased) return { speaker: aliased, how: 'name' };

  // Pronoun: the word next to the verb, auxiliaries aside ("he would speak").
  let n = words.length - 1;
  while (!inverted && n > 0 && VERB_FILLERS.has(words[n]!.lower)) n--;
  const near = inverted ? words[0] : words[n];
  if (near && PRONOUNS[near.lower]) {
    const p = PRONOUNS[near.lower]!;
    // "Kelso's spokesman declined to comment. He said: …": the pronoun is the unnamed speaker.
    if (p.type === 'person' && unnamedSubjectBefore(ctx.text, from)) return { speaker: null, how: 'unnamed' };
    const speaker = ctx.walkBack(record, from, acceptor(ctx, p.type, p.gender, null));
    return { speaker, how: 'pronoun' };
  }
  return resolveDescription(ctx, record, words, refs, from);
}

/** The first reporting verb of a sentence (REPORTING_VERB_FORMS). */
const REPORTING_VERB = new RegExp(`\\b(?:${[...REPORTING_VERB_FORMS].join('|')})\\b`);

/**
 * The speaker of a sentence [from, to) of `view` that reports speech without quoting it
 * ("Asked by the judge, the accused described an office buried in forms."), as a
 * cue resolves its subject: the words between the last comma before the first reporting
 * verb and the verb. Null when it reports none or the subject is not resolved.
 */
export function reportedSpeaker(ctx: AttributionContext, view: ParagraphView, record: number, from: number, to: number): string | null {
  const sentence = view.masked.slice(from - view.start, to - view.start);
  const verb = REPORTING_VERB.exec(sentence);
  if (!verb) return null;
  const comma = sentence.lastIndexOf(',', verb.index);
  const spanFrom = from + (comma >= 0 ? comma + 1 : 0);
  const verbStart = from + verb.index;
  if (!/\p{L}/u.test(view.masked.slice(spanFrom - view.start, verbStart - view.start))) return null;
  const withWords = view.words.length > 0 ? view : { ...view, words: wordsOf(view.masked, view.start, view.start, view.end) };
  return resolveSpan(ctx, withWords, record, spanFrom, verbStart, verbStart, false)?.speaker ?? null;
}

/** Is there a word other than a determiner between `from` and `to`? */
function hasWordBetween(view: ParagraphView, from: number, to: number): boolean {
  return view.words.some((w) => w.start >= from && w.end <= to && !/^(?:the|a|an)$/.test(w.lower));
}

/** Capitalised word runs in the span that are an actor's alias ("van Dalen" missed as a mention). */
function aliasIn(ctx: AttributionContext, words: Word[], refs: Ref[]): string | null {
  for (let i = 0; i < words.length; i++) {
    if (refs.some((r) => words[i]!.start < r.end && words[i]!.end > r.start)) continue;
    for (let n = Math.min(4, words.length - i); n >= 1; n--) {
      const run = words.slice(i, i + n);
      if (!/^\p{Lu}/u.test(run[run.length - 1]!.text)) continue;
      if (isModifier(ctx.text, run[run.length - 1]!.end)) continue;
      const key = normaliseAlias(ctx.text.slice(run[0]!.start, run[run.length - 1]!.end));
      const id = ctx.aliasIndex.get(key);
      if (id) return id;
    }
  }
  return null;
}

/** "the company", "the 74-year-old comedian", "The Courier editor", "a spokeswoman". */
function resolveDescription(
  ctx: AttributionContext,
  record: number,
  words: Word[],
  refs: Ref[],
  pos: number,
): { speaker: string | null; how: How } | null {
  let headIdx = -1;
  let type: 'person' | 'organization' | null = null;
  let plural = false;
  // A word of a name ("… Residents' Association") is not the head of a description.
  const named = (i: number): boolean => refs.some((r) => r.start <= words[i]!.start && words[i]!.start < r.end);
  const headAt = (i: number): boolean => {
    if (named(i)) return false;
    const w = words[i]!.lower;
    if (/['’]s$/.test(w) && i < words.length - 1) return false; // "the union's leader": the leader
    const bare = w.replace(/['’]s$/, '');
    if (PERSON_NOUNS.has(bare) || /^\d+-year-old$/.test(bare)) type = 'person';
    else if (/[^s]s$/.test(bare) && PERSON_NOUNS.has(bare.slice(0, -1))) {
      type = 'person';
      plural = true;
    }
    else if (ORG_NOUNS.has(bare)) type = 'organization';
    else return false;
    headIdx = i;
    return true;
  };
  // Next to the verb ("…, the company said"), else opening the clause ("The paper also
  // blamed …, saying").
  for (let i = words.length - 1, seen = 0; i >= 0 && seen < 6; i--) {
    if (headAt(i)) break;
    if (!named(i)) seen++;
  }
  if (headIdx < 0 && /^(?:the|its|his|her|their|\p{L}+['’]s)$/u.test(words[0]?.lower ?? '')) {
    for (let i = 1; i < Math.min(words.length, 4); i++) if (headAt(i)) break;
  }
  if (headIdx < 0) {
    // "the harbour master": a definite description whose head the lexicon does not know.
    const k = words.length - 1;
    const np = words.length <= 4 && words[0]?.lower === 'the' && words.slice(1).every((w) => /^\p{Ll}/u.test(w.text));
    if (k >= 1 && np && !VERB_FILLERS.has(words[k]!.lower)) headIdx = k;
    else return null;
  }
  // The determiner decides: "a spokeswoman" is someone the text does not name.
  let j = headIdx - 1;
  while (j >= 0 && !/^(?:the|a|an|its|his|her|their|this|that)$/.test(words[j]!.lower) && /^[\p{Ll}\d]/u.test(words[j]!.text)) j--;
  const det = j >= 0 ? words[j]!.lower : '';
  if (det === 'a' || det === 'an') return { speaker: null, how: 'unnamed' };
  // "Officials said", "the lawyers say": people in the plural are a group the text does not name.
  if (plural) return { speaker: null, how: 'unnamed' };
  const head = words[headIdx]!.lower.replace(/['’]s$/, '');
  // "Smith's spokesman", "her lawyer": someone speaking for another, not named.
  if (/['’]s$|^(?:his|her|their|its)$/.test(det) && SPOKESPEOPLE.has(head)) return { speaker: null, how: 'unnamed' };
  const phrase = words.slice(Math.max(0, j + 1), headIdx + 1).map((w) => w.lower).join(' ');
  const gender = descriptionGender(words.slice(Math.max(0, j), headIdx + 1).map((w) => w.text));
  // An organization named inside the description ("The Courier editor") ties it to its
  // people; a person's organization ("Baig's party") is theirs.
  const modifierRef = refs.find((r) => r.modifier && r.start >= (words[Math.max(0, j)]?.start ?? 0));
  let org = refs.find((r) => r.type === 'organization' && r.modifier)?.actor ?? null;
  if (type === 'organization' && modifierRef?.type === 'person') {
    const affiliation = ctx.actors.get(modifierRef.actor)?.actor.affiliation;
    if (affiliation && ctx.actors.has(affiliation)) return { speaker: affiliation, how: 'description' };
  }
  org ??= null;
  // "the statement says": whoever issued it ("X has issued a statement", "X said in a statement").
  const issued = ISSUED.get(head);
  if (issued && /^(?:the|its|their|this|that)$/.test(det)) {
    const issuer = issuerBefore(ctx, record, pos, issued);
    if (issuer) return { speaker: issuer, how: 'description' };
  }
  const accept = acceptor(ctx, type ?? 'any', gender, head);
  const byRole = ctx.walkBack(record, pos, (id) => {
    if (!type && !accept(id)) return false;
    if (!accept(id)) return false;
    const info = ctx.actors.get(id)!;
    if (org && info.actor.affiliation === org) return true;
    return info.roleText !== '' && (info.roleText.includes(phrase) || info.roleWords.has(head));
  });
  if (byRole) return { speaker: byRole, how: 'description' };
  const speaker = ctx.walkBack(record, pos, accept);
  return { speaker, how: 'description' };
}

/**
 * The sentence before `at` opens (after a short lead such as "On Monday,") with someone the
 * text does not name who speaks for another: "Kelso's official spokesman", "a spokeswoman"
 * (not "Kelso's spokesman Ana Brill").
 */
const UNNAMED_SUBJECT = /^(?:[^,.\n]{1,40},\s+)?(?:(?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}.-]*['’]s?|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir)\s+(?:\p{Ll}+\s+){0,2}?(?:spokes(?:man|woman|person)|representative|aide|lawyer|attorney|adviser|advisor)\b(?!,?\s+\p{Lu})/u;

/** Whether the sentence before the one opening at `at` has an UNNAMED_SUBJECT. */
function unnamedSubjectBefore(text: string, at: number): boolean {
  const head = text.slice(Math.max(0, at - 400), at);
  // The sentence the pronoun's sentence follows: from the end of the one before it.
  const ends = [...head.matchAll(/[.!?]["”’]?\s+(?=["“‘]?\p{Lu}|$)|\n\s*/gu)];
  if (ends.length === 0) return false;
  const last = ends[ends.length - 1]!;
  // `at` opens its sentence: the previous sentence runs between the two last ends.
  if (head.slice(last.index! + last[0].length).trim() !== '') return false;
  const prev = ends.length >= 2 ? ends[ends.length - 2]! : null;
  const sentence = head.slice(prev ? prev.index! + prev[0].length : 0, last.index! + 1);
  return UNNAMED_SUBJECT.test(sentence);
}

/**
 * Words for a text someone issues, which speaks for them ("the statement says", "the letter
 * reads"), each with the words that say someone issued one ("issued a statement", "in a letter").
 */
const ISSUED = new Map(
  ['statement', 'communique', 'communiqué', 'declaration', 'letter'].map((noun) => [
    noun,
    new RegExp(`\\b(?:issued|released|put out|published|sent|posted|signed|wrote|in)\\s+(?:a|an|its|their|his|her|the|a joint)\\s+(?:[\\p{L}-]+\\s+)?${noun}s?\\b`, 'iu'),
  ]),
);

/**
 * Who issued the text a quote is given to: in the nearest sentence before `pos`, within
 * three, where `issued` finds that someone issued one ("X has issued a statement", "X said in
 * a letter", "In a statement, X said"), the name nearest before the verb, else the first after it; any
 * kind of actor. Null when no sentence near says so.
 */
function issuerBefore(ctx: AttributionContext, record: number, pos: number, issued: RegExp): string | null {
  for (let i = record; i >= 0 && record - i <= 3; i--) {
    const r = ctx.records[i]!;
    const end = i === record ? pos : r.range[1];
    const m = issued.exec(ctx.text.slice(r.range[0], end));
    if (!m) continue;
    const at = r.range[0] + m.index;
    const refs = r.refs.filter((x) => x.end <= end && isSubject(x));
    const before = refs.filter((x) => x.end <= at);
    const subject = before[before.length - 1] ?? refs.find((x) => x.start >= at + m[0].length);
    return subject?.actor ?? null;
  }
  return null;
}

/** People who speak for someone else. */
const SPOKESPEOPLE = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'representative', 'aide', 'lawyer', 'lawyers', 'attorney',
  'adviser', 'advisor', 'office', 'spokesmen', 'spokespeople',
]);

/** Whether a quote lies inside the span of a name the paragraph refers to (a nickname). */
function insideName(view: ParagraphView, q: Quote): boolean {
  return view.refs.some((r) => r.start < q.outerRange[0] && q.outerRange[1] < r.end);
}

/**
 * Finds the cue of a top-level quote and its speaker. Returns null when the sentence has no
 * cue at all (the caller then applies the paragraph and continuation rules).
 */
export function attributeQuote(ctx: AttributionContext, view: ParagraphView, index: number): Attribution | null {
  const quote = view.quotes[index]!;
  const record = ctx.recordAt(view, quote.outerRange[0]);
  const sentence = ctx.records[record]!.range;
  const words = view.words;
  const qStart = quote.outerRange[0];
  const qEnd = quote.outerRange[1];
  const candidates: Attribution[] = [];

  // After the quote: the first speech verb of the rest of the sentence, before any other quote.
  const afterIdx = wordIndexAt(words, qEnd);
  // A direct quote's cue never lies beyond the next quote (that one's cue would be taken);
  // fragments in one sentence share the cue after them all ("“a” and “b”, X said").
  // A nickname in quotation marks inside a name ("coach Craig “Tiny” Doe said") is part of the name.
  let n = index + 1;
  while (n < view.quotes.length && insideName(view, view.quotes[n]!)) n++;
  const next = view.quotes[n];
  const nextQuote = next && (quote.kind === 'direct' || next.kind === 'direct') ? next.outerRange[0] : Infinity;
  for (let i = afterIdx; i < words.length && i < afterIdx + 30; i++) {
    const w = words[i]!;
    if (w.start >= sentence[1] || w.start >= nextQuote) break;
    if (w.lower === 'according' && words[i + 1]?.lower === 'to') {
      const res = resolveSpan(ctx, view, record, words[i + 1]!.end, sentence[1], words[i + 1]!.end, true);
      if (res) candidates.push({ ...res, cue: ctx.text.slice(w.start, words[i + 1]!.end), cueRange: [w.start, words[i + 1]!.end] });
      break;
    }
    const readStatement = w.lower === 'read' && /^(?:a|the)$/.test(words[i + 1]?.lower ?? '') && /^statements?$/.test(words[i + 2]?.lower ?? '');
    if (!readStatement && (!isSpeechVerb(w.text) || (/^\p{Lu}/u.test(w.text) && i > afterIdx) || isPassive(words, i))) continue;
    const between = ctx.text.slice(qEnd, w.start);
    const inverted = /^[\s\u00a0,]*$/.test(between) || /^[\s\u00a0,]*(?:[\p{L}']+\s+)?$/u.test(between) && VERB_FILLERS.has((between.match(/[\p{L}']+/u)?.[0] ?? '').toLowerCase());
    const c = cueOf(ctx, view, i, sentence[1]);
    const res = inverted
      ? resolveSpan(ctx, view, record, c.range[1], sentence[1], w.start, true)
      : resolveSpan(ctx, view, record, qEnd, w.start, w.start, false);
    // A verb with no subject to read ("and not apologise") is not the cue: read on.
    if (!res) continue;
    candidates.push({ ...res, cue: c.cue, cueRange: c.range });
    break;
  }

  // Before the quote: the last speech verb of the sentence so far, close to the quote for a
  // direct quote ("X said: “…”"), anywhere for a partial one ("X said it was “…”").
  const beforeIdx = wordIndexAt(words, qStart) - 1;
  const maxGap = quote.kind === 'direct' ? 8 : 40;
  for (let i = beforeIdx; i >= 0 && beforeIdx - i <= maxGap; i--) {
    const w = words[i]!;
    if (w.start < sentence[0]) break;
    if (w.lower === 'to' && words[i - 1]?.lower === 'according') {
      const comma = ctx.text.indexOf(',', w.end);
      const res = resolveSpan(ctx, view, record, w.end, comma >= 0 && comma < qStart ? comma : qStart, w.end, true);
      if (res) candidates.push({ ...res, cue: ctx.text.slice(words[i - 1]!.start, w.end), cueRange: [words[i - 1]!.start, w.end] });
      break;
    }
    // "He put it simply: “…”": a phrase of speech, not the verb alone.
    if ((!isSpeechVerb(w.text) && !isSpeechPhrase(w.text, words[i + 1]?.text)) || (/^\p{Lu}/u.test(w.text) && w.start !== sentence[0] && isCapitalisedName(words, i)) || isPassive(words, i)) continue;
    const c = cueOf(ctx, view, i, qStart);
    let res = resolveSpan(ctx, view, record, sentence[0], w.start, w.start, false);
    if (!res && /^(?:said|told|added|says|asked)$/.test(w.lower)) {
      // "…,” said Okafor before another quote in the same sentence is handled above; here an
      // inverted cue before a colon: "said the minister: “…”".
      res = resolveSpan(ctx, view, record, c.range[1], qStart, w.start, true);
    }
    if (!res) continue;
    candidates.push({ ...res, cue: c.cue, cueRange: c.range });
    break;
  }

  // "described as “…” by X"
  const byMatch = /^[\s\u00a0,]*by\s+/i.exec(ctx.text.slice(qEnd, Math.min(sentence[1], qEnd + 12)));
  if (byMatch) {
    const from = qEnd + byMatch[0].length;
    const res = resolveSpan(ctx, view, record, from, sentence[1], from, true);
    const by = qEnd + byMatch[0].toLowerCase().lastIndexOf('by');
    if (res) candidates.push({ ...res, cue: ctx.text.slice(by, by + 2), cueRange: [by, by + 2] });
  }

  // "“A harbour has to smell of fish”: Ana Reyes on running it" (a headline's way): the person
  // named right after the colon, before "on", "about" or a speech verb, or alone.
  const colon = /^[\s\u00a0]*:[ \t]+/.exec(ctx.text.slice(qEnd, qEnd + 4));
  if (colon && candidates.length === 0) {
    const from = qEnd + colon[0].length;
    const ref = ctx.refsIn(view, from, from + 80)[0];
    const rest = ref ? (ctx.text.slice(ref.end, ref.end + 16).split('\n')[0] ?? '') : '';
    if (ref && ref.start === from && ref.type === 'person' && (/^\s+(?:on|about|says|said|tells|talks|explains|recalls|reflects)\b/.test(rest) || /^\s*$/.test(rest))) {
      candidates.push({ speaker: ref.actor, how: 'name', cue: ':', cueRange: [qEnd + colon[0].indexOf(':'), qEnd + colon[0].indexOf(':') + 1] });
    }
  }

  if (candidates.length === 0) return null;
  const rank: Record<How, number> = { name: 0, description: 1, pronoun: 1, unnamed: 2 };
  candidates.sort((a, b) => rank[a.how] - rank[b.how]);
  return candidates.find((c) => c.speaker) ?? candidates[0]!;
}

/**
 * A passive speech verb ("had been warned", "was told"): its subject was spoken to, not the
 * speaker ("… and that the operator had been warned"). "was quoted as saying" is not passive.
 */
function isPassive(words: Word[], i: number): boolean {
  const before = words[i - 1]?.lower ?? '';
  if (!/^(?:been|was|were|is|are|be|being|get|got|gets|getting)$/.test(before)) return false;
  return /(?:ed|told|said|asked|warned|informed|urged)$/.test(words[i]!.lower) && words[i + 1]?.lower !== 'by';
}

/** A capitalised speech-verb form that is part of a name ("Tell", "Say" as surnames). */
function isCapitalisedName(words: Word[], i: number): boolean {
  const prev = words[i - 1];
  return !!prev && /^\p{Lu}/u.test(prev.text);
}
