/**
 * Date and time expressions: finding them ("August 19, 2024", "20 August 2024",
 * "Monday", "last week", "since November 2022" → "November 2022") and resolving them to
 * ISO values against an anchor (the article's publication date) when they are relative.
 */

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_INDEX = new Map<string, number>();
MONTH_NAMES.forEach((m, i) => {
  MONTH_INDEX.set(m, i + 1);
  MONTH_INDEX.set(m.slice(0, 3), i + 1);
});
MONTH_INDEX.set('sept', 9);
const WEEKDAY_INDEX = new Map<string, number>([
  ['sunday', 0], ['monday', 1], ['tuesday', 2], ['wednesday', 3], ['thursday', 4], ['friday', 5], ['saturday', 6],
]);

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?';
const MONTH_FULL = '(?:January|February|April|June|July|August|September|October|November|December)';
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const WD_ABBR = '(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\\.?';
const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';
const YEAR = '(?:1[6-9]\\d\\d|20\\d\\d)';
const TIME = '(?:\\s+\\d{1,2}[:.]\\d{2}\\s?(?:am|pm|AM|PM)?(?:\\s+[A-Z]{2,4}\\b)?)?';
const NUMWORD = '(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|few|several|many|\\d{1,3})';
const UNIT = '(?:days?|weeks?|months?|years?|decades?|centuries|century|hours?|minutes?)';
const PERIOD = '(?:week|month|year|weekend|summer|winter|spring|autumn|fall|season|decade|century|morning|afternoon|evening|night)';

/** Alternatives, longest and most specific first; each match is one date expression. */
const DATE_RE = new RegExp(
  [
    `(?:(?:${WEEKDAY}|${WD_ABBR}),?\\s+)?${MONTH}\\s+${DAY}(?:,?\\s+${YEAR})?(?![\\d:])${TIME}`,
    `(?:(?:${WEEKDAY}|${WD_ABBR}),?\\s+)?${DAY}\\s+(?:of\\s+)?${MONTH}(?:,?\\s+${YEAR})?${TIME}`,
    `(?:(?:early|mid|late)-?)?${MONTH}\\s+${YEAR}`,
    `(?:early|mid|late)-${MONTH}`,
    `(?:[Ee]arlier|[Ll]ater)\\s+(?:this|last|next)\\s+${PERIOD}`,
    `(?:[Ee]arlier|[Ll]ater)\\s+in\\s+the\\s+(?:day|week|month|year)`,
    `[Ii]n\\s+the\\s+(?:morning|afternoon|evening)`,
    `(?:[Tt]he\\s+)?(?:past|last|next|coming)\\s+(?:few|two|three|four|five|six|seven|eight|nine|ten|several|\\d+)\\s+${UNIT}`,
    `(?:[Tt]his|[Ll]ast|[Nn]ext|[Pp]ast)\\s+(?:${PERIOD}|${MONTH_FULL}|March|May|${WEEKDAY})\\b`,
    `[Rr]ecent\\s+(?:days|weeks|months|years)`,
    `${NUMWORD}\\s+${UNIT}\\s+(?:ago|later|earlier)`,
    `[A-Z][a-z]+\\s+${UNIT}\\s+(?:ago|later|earlier)`,
    `${WEEKDAY}(?:\\s+(?:morning|afternoon|evening|night))?`,
    `\\b(?:yesterday|today|tonight|tomorrow|Yesterday|Today|Tonight|Tomorrow)\\b`,
    `\\b(?:Christmas|Easter|Ramadan|Eid|Diwali|Thanksgiving|New Year's Day|New Year)\\b`,
    `\\b${MONTH_FULL}\\b`,
    `\\b(?:March|May)\\b`,
    `\\b\\d{4}\\s+GMT\\b`,
    `\\b(?:[1-9]|1[0-2])/(?:[1-9]|[12]\\d|3[01])\\b(?!/)`,
    `\\b\\d{4}-\\d{2}-\\d{2}\\b`,
    `\\b${YEAR}s?\\b`,
  ].join('|'),
  'g',
);

const MONTH_CONTEXT = /(?:\b(?:in|since|until|till|by|from|to|through|last|next|this|early|late|mid|of|and|or|between|before|after|during|on|end|throughout)\s+)$/i;
const UNIT_AFTER = /^\s*(?:feet|foot|ft|metres?|meters?|km|kilometres?|miles?|people|passengers|pence|points?|votes?|tonnes?|tons?|kg|m\b|mph|knots|incidents|strandings|individuals|square|sq|%|percent|per\s+cent|\$|dollars|pounds|euros|rupees|yen)/i;

/** A date expression found in the text (offsets into the analysed text). */
export interface FoundDate {
  start: number;
  end: number;
  text: string;
}

/** Finds date expressions in `text.slice(start, end)`, in order, not overlapping. */
export function findDates(text: string, start: number, end: number): FoundDate[] {
  const slice = text.slice(start, end);
  const out: FoundDate[] = [];
  DATE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DATE_RE.exec(slice)) !== null) {
    let s = m.index;
    let e = s + m[0].length;
    const raw = m[0];
    const before = slice.slice(Math.max(0, s - 24), s);
    const after = slice.slice(e, e + 16);
    const charBefore = slice[s - 1] ?? ' ';
    const charAfter = slice[e] ?? ' ';
    // Inside a word or a longer number: not a date.
    if (/[\p{L}\p{N}]/u.test(charBefore) || /\p{L}/u.test(charAfter)) continue;
    if (/^\d{4}s?$/.test(raw)) {
      if (/[\d,.$£€#]$/.test(before) || /^[,.]\d/.test(after) || /^-\d/.test(after) || UNIT_AFTER.test(after)) continue;
      if (/(?:No\.?|number|Flight|flight|Route|route|Highway|page|Room|room)\s*$/.test(before)) continue;
    }
    if (/^(?:March|May)$/.test(raw) && !MONTH_CONTEXT.test(before) && !/^\s+\d/.test(after)) continue;
    if (/^(?:January|February|April|June|July|August|September|October|November|December)$/.test(raw) && /^\s+[A-Z][a-z]/.test(after) && !MONTH_CONTEXT.test(before)) continue;
    if (/^(?:Today|Tonight)$/.test(raw) && (/['’]s\s*$/.test(before) || /^\s+(?:programme|show)/.test(after))) continue;
    if (/^\d+\/\d+$/.test(raw) && (/\d\s*$/.test(before) || /^\s*(?:\/|\d)/.test(after))) continue;
    // Trailing dot of an abbreviated month with no day ("Aug.") belongs to the sentence.
    if (/\.$/.test(raw) && !/\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.$/.test(raw)) e--;
    out.push({ start: start + s, end: start + e, text: slice.slice(s, e) });
    s = e;
  }
  return out;
}

/** YYYY-MM-DD of a UTC date. */
function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function ym(y: number, m: number): string {
  return `${y}-${String(m).padStart(2, '0')}`;
}

function validDay(y: number, m: number, d: number): string | null {
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1) return null;
  return iso(dt);
}

/**
 * Resolves a date expression to an ISO value (YYYY-MM-DD, YYYY-MM or YYYY), using
 * `anchor` (YYYY-MM-DD, the publication date) for relative expressions; null when it
 * cannot be pinned down. `future`: the text puts a weekday ahead ("will resume on
 * Wednesday"), so it is the next one on or after the anchor rather than the last.
 */
export function resolveDate(expression: string, anchor: string | null, future = false): string | null {
  const e = expression.toLowerCase().replace(/\s+/g, ' ').trim();
  const a = anchor && /^\d{4}-\d{2}-\d{2}$/.test(anchor) ? new Date(`${anchor}T00:00:00Z`) : null;
  const ay = a?.getUTCFullYear();
  const am = a ? a.getUTCMonth() + 1 : undefined;
  let m: RegExpMatchArray | null;

  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(e))) return validDay(+m[1]!, +m[2]!, +m[3]!);
  // Month day[, year]
  if ((m = /(?:^|\s)([a-z]+)\.? (\d{1,2})(?!\d)(?:st|nd|rd|th)?(?:,? (\d{4}))?/.exec(e)) && MONTH_INDEX.has(m[1]!)) {
    const mo = MONTH_INDEX.get(m[1]!)!;
    const y = m[3] ? +m[3] : ay;
    return y === undefined ? null : validDay(y, mo, +m[2]!);
  }
  // day Month [year]
  if ((m = /(?:^|\s)(\d{1,2})(?:st|nd|rd|th)? (?:of )?([a-z]+)\.?(?:,? (\d{4}))?/.exec(e)) && MONTH_INDEX.has(m[2]!)) {
    const mo = MONTH_INDEX.get(m[2]!)!;
    const y = m[3] ? +m[3] : ay;
    return y === undefined ? null : validDay(y, mo, +m[1]!);
  }
  // Month year
  if ((m = /(?:^|[\s-])([a-z]+)\.? (\d{4})$/.exec(e)) && MONTH_INDEX.has(m[1]!)) return ym(+m[2]!, MONTH_INDEX.get(m[1]!)!);
  if ((m = /^(\d{4})$/.exec(e))) return m[1]!;
  if ((m = /^(\d{4})s$/.exec(e))) return null;
  if ((m = /^(\d{1,2})\/(\d{1,2})$/.exec(e))) return null;
  if (!a || ay === undefined || am === undefined) return null;

  const addDays = (n: number): string => iso(new Date(a.getTime() + n * 86400000));
  const monday = (weeksBack: number): string => {
    const dow = (a.getUTCDay() + 6) % 7;
    return addDays(-dow - 7 * weeksBack);
  };
  const monthShift = (n: number): string => {
    const d = new Date(Date.UTC(ay, am - 1 + n, 1));
    return ym(d.getUTCFullYear(), d.getUTCMonth() + 1);
  };
  if (e === 'today' || e === 'tonight' || /^in the (?:morning|afternoon|evening)$/.test(e) || /^(?:earlier|later) in the day$/.test(e)) return iso(a);
  if (e === 'yesterday') return addDays(-1);
  if (e === 'tomorrow') return addDays(1);
  // Weekday (optionally "Sunday morning"): the nearest one on or before the anchor.
  if ((m = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?: (?:morning|afternoon|evening|night))?$/.exec(e))) {
    const target = WEEKDAY_INDEX.get(m[1]!)!;
    if (future) return addDays((target - a.getUTCDay() + 7) % 7);
    const diff = (a.getUTCDay() - target + 7) % 7;
    return addDays(-diff);
  }
  if ((m = /^(?:(?:earlier|later) )?(this|last|next|past) (week|month|year|weekend)$/.exec(e))) {
    const rel = m[1] === 'last' || m[1] === 'past' ? -1 : m[1] === 'next' ? 1 : 0;
    if (m[2] === 'week') return monday(-rel);
    if (m[2] === 'month') return monthShift(rel);
    if (m[2] === 'year') return String(ay + rel);
    return null;
  }
  if ((m = /^(last|this|next) ([a-z]+)$/.exec(e)) && MONTH_INDEX.has(m[2]!)) {
    const mo = MONTH_INDEX.get(m[2]!)!;
    if (m[1] === 'last') return ym(mo < am ? ay : ay - 1, mo);
    if (m[1] === 'next') return ym(mo > am ? ay : ay + 1, mo);
    return ym(ay, mo);
  }
  if ((m = /^(?:early|mid|late)-?([a-z]+)$/.exec(e)) && MONTH_INDEX.has(m[1]!)) {
    const mo = MONTH_INDEX.get(m[1]!)!;
    return ym(mo <= am + 1 ? ay : ay - 1, mo);
  }
  if (MONTH_INDEX.has(e)) {
    const mo = MONTH_INDEX.get(e)!;
    return ym(mo <= am + 1 ? ay : ay - 1, mo);
  }
  const NUM: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30 };
  if ((m = /^(\w+) (day|week|month|year)s? ago$/.exec(e))) {
    const n = NUM[m[1]!] ?? (/^\d+$/.test(m[1]!) ? +m[1]! : NaN);
    if (Number.isNaN(n)) return null;
    if (m[2] === 'day') return addDays(-n);
    if (m[2] === 'week') return addDays(-7 * n);
    if (m[2] === 'month') return monthShift(-n);
    return String(ay - n);
  }
  return null;
}
