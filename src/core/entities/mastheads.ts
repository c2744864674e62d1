/**
 * Outlets named by their mastheads. The anatomy reads a file's masthead ("TARNBY FARM
 * DAILY" over "Markets · Grain", "Kelso Daily Brief" over its dated line) from where it
 * stands, above a headline; the name rules, which see words and not layout, cannot tell
 * "KELSO LABOUR REPORT" (a masthead) from "FARMERS WELCOME NEWS" (a headline in
 * capitals). So the masthead's name is an organisation mention, whatever its words.
 */
import { OUTLET_HEADS, SECTION_LABELS } from '../lexicon/words';
import type { Article, Mention } from '../types';
import { acronymFits } from './names';

/** The anatomy rules that read a line as a masthead. */
const MASTHEAD_RULES = new Set(['label.masthead', 'label.masthead-caps']);

/** Where the outlet's name ends on its line: an edition, a section or an acronym after it. */
const NAME_END = /\s+[|›»>/•·—–-]\s+|\s*[|›»(]/;

const SECTION_WORDS = new Set(SECTION_LABELS);
const OUTLET_WORDS = new Set(OUTLET_HEADS);

/** How sure the pass is that a masthead names an organisation. */
const MASTHEAD_CONFIDENCE = 0.9;

/**
 * `mentions` with each masthead's name as an organisation mention, in document order; the
 * names found inside it ("TARNBY", "KELSO LABOUR") give way.
 */
export function withMastheadOutlets(text: string, articles: readonly Article[], mentions: Mention[]): Mention[] {
  const added: Mention[] = [];
  for (const article of articles) {
    for (const section of article.sections) {
      if (!section.rule || !MASTHEAD_RULES.has(section.rule)) continue;
      const m = mastheadName(text, section.range[0]);
      if (!m) continue;
      added.push(m);
      // "KELSO NEWSWIRE (KNW)": the acronym after the name is the outlet's too.
      const acr = /^\s*\((\p{Lu}{2,8})\)/u.exec(text.slice(m.range[1], m.range[1] + 14));
      if (acr && acronymFits(acr[1]!, m.text)) {
        const at = m.range[1] + acr[0].indexOf(acr[1]!);
        added.push({ ...m, range: [at, at + acr[1]!.length], text: acr[1]! });
      }
    }
  }
  if (added.length === 0) return mentions;
  const kept = mentions.filter((m) => !added.some((a) => m.range[0] < a.range[1] && a.range[0] < m.range[1]));
  return [...kept, ...added].sort((a, b) => a.range[0] - b.range[0]);
}

/** The outlet's name on the line at `start`, or null when it does not read as one. */
function mastheadName(text: string, start: number): Mention | null {
  const lineEnd = text.indexOf('\n', start);
  const line = text.slice(start, lineEnd < 0 ? text.length : lineEnd);
  const lead = line.length - line.trimStart().length;
  const cut = NAME_END.exec(line.trim());
  let name = (cut ? line.trim().slice(0, cut.index) : line.trim()).trim();
  let words = name.split(/\s+/);
  // A section word after an outlet's head word, in capitals ("COURTSIDE COURIER SPORT", not "REVIEW OF BOOKS").
  const n = words.length;
  if (n >= 3 && SECTION_WORDS.has(words[n - 1]!.toLowerCase()) && OUTLET_WORDS.has(words[n - 2]!.toLowerCase()) && name === name.toUpperCase()) {
    name = name.slice(0, name.lastIndexOf(words[n - 1]!)).trimEnd();
    words = words.slice(0, -1);
  }
  if (words.length > 6 || !/^\p{Lu}/u.test(name) || /[.!?,;:]$/.test(name)) return null;
  const from = start + lead;
  return { type: 'organization', range: [from, from + name.length], text: name, title: null, actor: null, confidence: MASTHEAD_CONFIDENCE, why: ['rule:masthead-outlet'] };
}
