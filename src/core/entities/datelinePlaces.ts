/**
 * The places a dateline names. A dateline ("PORT TARVO, The Kelsos —", "KELSO, Tarvo Region —")
 * says where a story was filed, so each of its comma-separated parts is a place, whatever the
 * name rules and the learned typing made of a region no word list knows ("Grand Kelso" read
 * as a person, "The Kelsos" as an organisation, "Tarvo North" not read at all). The
 * anatomy stage has already left the date and the agency out of the dateline. Elsewhere in
 * the document, a mention of the same name read as a person is the place too.
 */
import type { Article, Mention, Range } from '../types';
import { byPosition } from './index';
import { retypeNames } from './retype';

/** What `why` (--explain) says of a name this pass typed. */
const DATELINE_WHY = 'place:dateline';

/** One part of a dateline that can be a place's name: capitalised words, no figures, at most five words. */
const PLACE_PART = /^(?:[Tt]he\s+)?\p{Lu}[\p{L}'’.-]*(?:[\s-]+(?:\p{Lu}[\p{L}'’.-]*|de|del|da|do|du|di|la|le|el|al|an|am|der|von|van|upon|on|of|and|y|e))*$/u;

/** The parts of the dateline at `range`, each trimmed, as ranges of `text`. */
function parts(text: string, range: Range): Range[] {
  const out: Range[] = [];
  const re = /[^,]+/g;
  const s = text.slice(range[0], range[1]);
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) {
    const lead = m[0].length - m[0].trimStart().length;
    const word = m[0].trim();
    if (word.length === 0) continue;
    const from = range[0] + m.index + lead;
    out.push([from, from + word.length]);
  }
  return out;
}

/**
 * `mentions` with every part of every article's dateline a place mention (retyped, or added
 * where no name was read after a comma), and the same names read as persons elsewhere typed places.
 * The same array when nothing changes.
 */
export function withDatelinePlaces(text: string, articles: readonly Article[], mentions: Mention[]): Mention[] {
  // A dateline's parts lie apart from one another, so each is read against the mentions as they came.
  const replaced = new Set<Mention>();
  const added: Mention[] = [];
  const names = new Set<string>();
  for (const a of articles) {
    if (!a.datelineRange) continue;
    for (const [k, [s, e]] of parts(text, a.datelineRange).entries()) {
      const name = text.slice(s, e);
      if (!PLACE_PART.test(name) || name.split(/\s+/).length > 5) continue;
      const inside = mentions.filter((m) => m.range[0] < e && m.range[1] > s);
      // The first part, alone, may be a label the outline took for a dateline ("KVK: We earn …"):
      // it only retypes a name read there. A region after a comma is a dateline's for sure.
      if (k === 0 && inside.length === 0) continue;
      // A name that runs past the part ("KELSO, Tarvo Police") is not the part's to retype.
      if (inside.some((m) => m.range[0] < s || m.range[1] > e || m.type === 'date')) continue;
      if (inside.length === 1 && inside[0]!.range[0] === s && inside[0]!.range[1] === e && inside[0]!.type === 'place') continue;
      for (const m of inside) replaced.add(m);
      added.push({ type: 'place', range: [s, e], text: name, title: null, actor: null, why: [DATELINE_WHY, ...(inside[0]?.why ?? []).slice(0, 3)] });
      names.add(name);
    }
  }
  if (names.size === 0) return mentions;
  const out = [...mentions.filter((m) => !replaced.has(m)), ...added].sort(byPosition);
  return retypeNames(out, names, ['person'], 'place', DATELINE_WHY);
}
