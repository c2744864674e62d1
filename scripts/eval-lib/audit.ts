/**
 * The aggregation behind `npm run audit`: what the engine says over many unlabelled
 * articles, summed up so that the next systematic error class stands out (one-word actors,
 * handles and credits read as names, names typed differently across files, quotes without
 * speakers, furniture read as subheads). Plain data in, plain data out.
 */
import type { Analysis } from '../../src/core/types';

/** The audit of a set of files. */
export interface AuditReport {
  files: number;
  articles: number;
  characters: number;
  ms: number;
  slowest: Array<{ file: string; ms: number }>;
  counts: { persons: number; organizations: number; places: number; dates: number; quotes: number; direct: number; directWithSpeaker: number };
  /** Files holding 1, 2, 3 … articles. */
  articlesPerFile: Record<string, number>;
  /** One-word actor names by the number of files they occur in. */
  oneWordActors: Array<{ name: string; type: string; files: number }>;
  /** Actors whose name or an alias looks like a handle, a link or an image credit. */
  handleLike: Array<{ name: string; type: string; files: number; example: string }>;
  /** Names read as different types (person / organization / place) in different files. */
  typeConflicts: Array<{ name: string; types: Record<string, number> }>;
  /** Direct quotes with no speaker: a few examples, short. */
  unattributed: Array<{ file: string; snippet: string }>;
  /** Subhead titles that look like page furniture, and the subhead titles most repeated across files. */
  furnitureSubheads: Array<{ title: string; files: number }>;
  repeatedSubheads: Array<{ title: string; files: number }>;
}

/** Names that are handles, links or credits rather than someone's name. */
const HANDLE_LIKE = /[@#/\\]|https?:|www\.|\.(?:com|org|net)\b|\b(?:pic\.|via|getty|shutterstock|pictured|photo credit|image credit)\b|^(?:AFP|AP|Reuters|EPA|PA)$/i;
/** Subhead titles that are page furniture: credits, links, prompts, notices. */
const FURNITURE =
  /[@/]|https?:|www\.|^(?:image|photo|picture|credit|caption|read|related|contributing|disclaimer|advertisement|share|follow|sign up|subscribe|watch|listen|click|copyright|source|more)\b|\bvia (?:AP|Reuters|AFP|Getty)\b/i;

const clip = (s: string, n: number): string => (s.length <= n ? s : s.slice(0, n - 1).trimEnd() + '…');

/** Collects analyses file by file; `report` sums them up. */
export class AuditCollector {
  private files = 0;
  private articles = 0;
  private characters = 0;
  private ms = 0;
  private readonly times: Array<{ file: string; ms: number }> = [];
  private readonly counts = { persons: 0, organizations: 0, places: 0, dates: 0, quotes: 0, direct: 0, directWithSpeaker: 0 };
  private readonly perFile = new Map<number, number>();
  /** name -> type -> files */
  private readonly typed = new Map<string, Map<string, number>>();
  private readonly handles = new Map<string, { type: string; files: number; example: string }>();
  private readonly unattributed: Array<{ file: string; snippet: string }> = [];
  private readonly subheads = new Map<string, number>();

  constructor(private readonly examples = 12) {}

  /** Adds the analysis of one file (`ms`: how long it took). */
  add(file: string, text: string, analysis: Analysis, ms: number): void {
    this.files++;
    this.articles += analysis.articles.length;
    this.characters += text.length;
    this.ms += ms;
    this.times.push({ file, ms });
    this.perFile.set(analysis.articles.length, (this.perFile.get(analysis.articles.length) ?? 0) + 1);
    const seen = new Set<string>();
    const once = (key: string): boolean => !seen.has(key) && !!seen.add(key);
    for (const a of analysis.actors) {
      if (a.type === 'person') this.counts.persons++;
      else this.counts.organizations++;
      if (once(`${a.type}\u0000${a.name}`)) this.countType(a.name, a.type);
      const odd = [a.name, ...a.aliases].find((n) => HANDLE_LIKE.test(n));
      if (odd !== undefined && once(`handle\u0000${a.name}`)) {
        const h = this.handles.get(a.name) ?? { type: a.type, files: 0, example: `${file}: ${clip(odd, 50)}` };
        h.files++;
        this.handles.set(a.name, h);
      }
    }
    for (const p of analysis.places) {
      this.counts.places++;
      if (once(`place\u0000${p.name}`)) this.countType(p.name, 'place');
    }
    this.counts.dates += analysis.dates.length;
    for (const q of analysis.quotes) {
      this.counts.quotes++;
      if (q.kind !== 'direct') continue;
      this.counts.direct++;
      if (q.speaker !== null) this.counts.directWithSpeaker++;
      else if (this.unattributed.length < this.examples) this.unattributed.push({ file, snippet: clip(q.text.replace(/\s+/g, ' '), 70) });
    }
    for (const a of analysis.articles) {
      for (const s of a.sections) if (s.kind === 'subhead' && once(`subhead\u0000${s.title}`)) this.subheads.set(s.title, (this.subheads.get(s.title) ?? 0) + 1);
    }
  }

  private countType(name: string, type: string): void {
    const m = this.typed.get(name) ?? new Map<string, number>();
    m.set(type, (m.get(type) ?? 0) + 1);
    this.typed.set(name, m);
  }

  /** The summary, `top` entries per list. */
  report(top = 20): AuditReport {
    const byFiles = <T extends { files: number }>(xs: T[]): T[] => xs.sort((a, b) => b.files - a.files || JSON.stringify(a).localeCompare(JSON.stringify(b))).slice(0, top);
    const oneWord: AuditReport['oneWordActors'] = [];
    const conflicts: AuditReport['typeConflicts'] = [];
    for (const [name, types] of this.typed) {
      for (const [type, files] of types) if (type !== 'place' && !/\s/.test(name)) oneWord.push({ name, type, files });
      if (types.size > 1) conflicts.push({ name, types: Object.fromEntries(types) });
    }
    const total = (c: { types: Record<string, number> }): number => Object.values(c.types).reduce((x, y) => x + y, 0);
    const subheads = [...this.subheads].map(([title, files]) => ({ title, files }));
    return {
      files: this.files,
      articles: this.articles,
      characters: this.characters,
      ms: Math.round(this.ms),
      slowest: [...this.times].sort((a, b) => b.ms - a.ms).slice(0, 5).map((t) => ({ file: t.file, ms: Math.round(t.ms * 10) / 10 })),
      counts: { ...this.counts },
      articlesPerFile: Object.fromEntries([...this.perFile].sort((a, b) => a[0] - b[0]).map(([n, f]) => [String(n), f])),
      oneWordActors: byFiles(oneWord),
      handleLike: byFiles([...this.handles].map(([name, h]) => ({ name, ...h }))),
      typeConflicts: conflicts.sort((a, b) => total(b) - total(a) || a.name.localeCompare(b.name)).slice(0, top),
      unattributed: [...this.unattributed],
      furnitureSubheads: byFiles(subheads.filter((s) => FURNITURE.test(s.title))),
      repeatedSubheads: byFiles(subheads.filter((s) => s.files > 1)),
    };
  }
}

/** The report as compact text. */
export function formatAudit(r: AuditReport, dir: string): string {
  const c = r.counts;
  const list = (title: string, rows: string[]): string[] => (rows.length ? [`${title}:`, ...rows.map((x) => `  ${x}`)] : [`${title}: none`]);
  const kbps = r.ms > 0 ? Math.round(r.characters / 1024 / (r.ms / 1000)) : 0;
  return [
    `audit of ${dir}: ${r.files} files, ${r.articles} articles, ${Math.round(r.characters / 1024)} KB in ${r.ms} ms (${kbps} KB/s)`,
    `slowest: ${r.slowest.map((s) => `${s.file} ${s.ms} ms`).join(', ')}`,
    `counts: ${c.persons} persons, ${c.organizations} organizations, ${c.places} places, ${c.dates} dates, ${c.quotes} quotes (${c.direct} direct, ${c.directWithSpeaker} with a speaker)`,
    `articles per file: ${Object.entries(r.articlesPerFile).map(([n, f]) => `${n}: ${f}`).join(', ')}`,
    ...list('one-word actors (files)', r.oneWordActors.map((a) => `${a.name} [${a.type}] ${a.files}`)),
    ...list('actors that look like handles, links or credits (files)', r.handleLike.map((a) => `${a.name} [${a.type}] ${a.files}  e.g. ${a.example}`)),
    ...list('names typed differently across files (files per type)', r.typeConflicts.map((t) => `${t.name}: ${Object.entries(t.types).map(([k, v]) => `${k} ${v}`).join(', ')}`)),
    ...list(`direct quotes without a speaker: ${c.direct - c.directWithSpeaker} of ${c.direct}; e.g.`, r.unattributed.map((u) => `${u.file}: “${u.snippet}”`)),
    ...list('subheads that look like furniture (files)', r.furnitureSubheads.map((s) => `${s.title} ${s.files}`)),
    ...list('subheads repeated across files (files)', r.repeatedSubheads.map((s) => `${s.title} ${s.files}`)),
  ].join('\n');
}
