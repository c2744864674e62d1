/**
 * Places named by a kind and a number: "Highway 9", "Ward 4", "Zone 7", "Pier 3 North",
 * "Terminal 2". The name rules read capitalised words and leave a figure out, so such a
 * place was no mention at all. This pass adds one where no other mention covers the words,
 * unless a noun follows that the number only qualifies ("the Zone 2 clearance shed") or a
 * name goes on after it ("Pier 1 Traders").
 */
import { lexicon } from '../lexicon';
import type { Mention } from '../types';
import { byPosition } from './index';

/** What `why` (--explain) says of a place this pass found. */
const NUMBERED_WHY = 'place:kind-and-number';

/** A kind of place, a number (perhaps with a letter), perhaps a direction. */
const NUMBERED = /(?<![\p{L}\p{N}-])(?:Highway|Route|Ward|Zone|Pier|Gate|Terminal|District|Sector)\s+\d{1,4}[A-Z]?(?:\s+(?:North|South|East|West))?(?![\p{L}\p{N}-])/gu;

/** The word after a span and whether it is a noun the span qualifies ("hall", "residents"). */
function nounAfter(text: string, end: number): boolean {
  const next = /^[ \t]+(\p{Ll}[\p{Ll}-]*)/u.exec(text.slice(end, end + 30));
  if (!next) return false;
  const pos = lexicon().info(next[1]!)?.pos;
  // A word no list knows is taken for a noun unless it ends as a verb may ("reopened").
  if (pos === undefined) return !/(?:ed|s)$/.test(next[1]!);
  return pos === 'Singular' || pos === 'Plural' || pos === 'Noun' || pos === 'Uncountable';
}

/** `mentions` with a place mention for each numbered place no mention covers; the same array when none is added. */
export function withNumberedPlaces(text: string, mentions: Mention[]): Mention[] {
  const added: Mention[] = [];
  NUMBERED.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NUMBERED.exec(text)) !== null) {
    const s = m.index;
    const e = s + m[0].length;
    // Part of a longer name ("Kelso Metro Zone 2"), or a noun after it: not a place of its own.
    const before = text.slice(Math.max(0, s - 30), s);
    if (/\p{Lu}[\p{L}'’.-]*[ \t]+$/u.test(before) && !/(?:^|[.!?]\s+|\n)\p{Lu}[\p{L}'’.-]*[ \t]+$/u.test(before)) continue;
    // A name goes on after it ("Pier 1 Traders"), or a noun the number only qualifies.
    if (/^[ \t]+\p{Lu}/u.test(text.slice(e, e + 3)) || nounAfter(text, e)) continue;
    if (mentions.some((x) => x.range[0] < e && x.range[1] > s)) continue;
    added.push({ type: 'place', range: [s, e], text: m[0], title: null, actor: null, why: [NUMBERED_WHY] });
  }
  if (added.length === 0) return mentions;
  return [...mentions, ...added].sort(byPosition);
}
