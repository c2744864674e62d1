/** Reading the publication date an article's meta lines state. */

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

const MONTH = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const YEAR = String.raw`((?:19|20)\d\d)`;

/** "20 August 2024", "Thu 3 Jan 2019" */
const DAY_MONTH_YEAR = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+${MONTH},?\s+${YEAR}\b`, 'i');
/** "August 19, 2024", "Nov 20 2019", "Tue Dec 30, 2014" */
const MONTH_DAY_YEAR = new RegExp(String.raw`\b${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+${YEAR}\b`, 'i');
/** "2024-08-20" */
const ISO = /\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b/;
/** "20/08/2024" (day first, as most non-US sites write it) */
const NUMERIC = /\b(\d{1,2})[./](\d{1,2})[./]((?:19|20)\d\d)\b/;

function iso(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function month(name: string): number {
  return MONTHS[name.slice(0, name.toLowerCase().startsWith('sept') ? 4 : 3).toLowerCase()] ?? 0;
}

/** The full date (with a year) a line states, as ISO YYYY-MM-DD, or null. */
export function parseDate(line: string): string | null {
  let m = ISO.exec(line);
  if (m) return iso(+m[1]!, +m[2]!, +m[3]!);
  m = DAY_MONTH_YEAR.exec(line);
  if (m) return iso(+m[3]!, month(m[2]!), +m[1]!);
  m = MONTH_DAY_YEAR.exec(line);
  if (m) return iso(+m[3]!, month(m[1]!), +m[2]!);
  m = NUMERIC.exec(line);
  if (m) {
    const a = +m[1]!;
    const b = +m[2]!;
    return a > 12 ? iso(+m[3]!, b, a) : b > 12 ? iso(+m[3]!, a, b) : iso(+m[3]!, b, a);
  }
  return null;
}

/** Whether a line contains a full date (used to recognise date and time lines). */
export function hasDate(line: string): boolean {
  return parseDate(line) !== null;
}
