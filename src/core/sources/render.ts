/**
 * The sources report as CSV and as markup: an inline SVG chart and tables, shared by the
 * CLI's self-contained HTML page and the editor's Sources panel (which styles the same
 * class names with the editor's theme colours). Every piece of article text is escaped;
 * nothing here loads anything.
 */
import type { ActorType } from '../types';
import type { FileSummary, QuoteCounts, SourcesReport, SourceGender } from './report';

/** Text for HTML element content or a double-quoted attribute. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** One bar of the chart / row of the sources table. `key` identifies it to a click handler. */
export interface SourceRow {
  key: string;
  name: string;
  type: ActorType | 'unnamed';
  gender: SourceGender;
  quotes: number;
  quotedWords: number;
  /** Files and articles it is quoted in (the folder and CLI views); omitted for one article. */
  files?: number;
  articles?: number;
}

/** Options of the markup: interactive rows carry `data-key`, a tab stop and a button role. */
export interface MarkupOptions {
  interactive: boolean;
}

const clip = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

const TYPE_LABEL: Record<SourceRow['type'], string> = { person: 'person', organization: 'organization', unnamed: 'unnamed source' };

function interactiveAttrs(key: string, label: string, options: MarkupOptions): string {
  return options.interactive ? ` data-key="${escapeHtml(key)}" tabindex="0" role="button" aria-label="${escapeHtml(label)}"` : '';
}

/**
 * A horizontal bar chart of the rows' quotes (the first `limit` rows), bars classed by type
 * (`bar person`, `bar organization`, `bar unnamed`).
 */
export function barChart(rows: readonly SourceRow[], options: MarkupOptions & { limit?: number; title: string }): string {
  const shown = rows.slice(0, options.limit ?? 15);
  const width = 640;
  const labelWidth = 210;
  const rowHeight = 24;
  const height = Math.max(1, shown.length) * rowHeight + 8;
  const max = Math.max(1, ...shown.map((r) => r.quotes));
  const scale = (width - labelWidth - 60) / max;
  const bars = shown.map((r, i) => {
    const y = 4 + i * rowHeight;
    const w = Math.max(2, Math.round(r.quotes * scale));
    const label = `${r.name}: ${r.quotes} quote${r.quotes === 1 ? '' : 's'} (${TYPE_LABEL[r.type]})`;
    return (
      `<g class="row"${interactiveAttrs(r.key, `${label}. Go to quotes`, options)}>` +
      `<title>${escapeHtml(label)}</title>` +
      `<text class="label" x="${labelWidth - 8}" y="${y + 16}" text-anchor="end">${escapeHtml(clip(r.name, 30))}</text>` +
      `<rect class="bar ${r.type}" x="${labelWidth}" y="${y + 3}" width="${w}" height="${rowHeight - 8}" rx="2"></rect>` +
      `<text class="value" x="${labelWidth + w + 6}" y="${y + 16}">${r.quotes}</text></g>`
    );
  });
  const empty = shown.length === 0 ? `<text class="label" x="8" y="18">No quoted sources</text>` : '';
  return (
    `<svg class="chart" role="img" aria-label="${escapeHtml(options.title)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">` +
    `<title>${escapeHtml(options.title)}</title>${bars.join('')}${empty}</svg>`
  );
}

/** One stacked bar: named, unnamed and unattributed quotes, with a legend. */
export function shareBar(counts: QuoteCounts): string {
  const width = 640;
  const parts: Array<[cls: string, label: string, n: number]> = [
    ['named', 'named', counts.named],
    ['unnamed', 'unnamed', counts.unnamed],
    ['unattributed', 'unattributed', counts.unattributed],
  ];
  let x = 0;
  const rects = parts.map(([cls, label, n]) => {
    const w = counts.total === 0 ? 0 : Math.round((n / counts.total) * width);
    const r = `<rect class="share ${cls}" x="${x}" y="0" width="${w}" height="14"><title>${label}: ${n}</title></rect>`;
    x += w;
    return r;
  });
  const legend = parts.map(([cls, label, n]) => `<span class="key"><span class="swatch ${cls}"></span>${label} ${n}</span>`).join(' ');
  return (
    `<svg class="share-bar" role="img" aria-label="Quotes: ${counts.named} named, ${counts.unnamed} unnamed, ${counts.unattributed} unattributed" viewBox="0 0 ${width} 14" width="${width}" height="14" xmlns="http://www.w3.org/2000/svg">${rects.join('')}</svg>` +
    `<p class="legend">${legend}</p>`
  );
}

/** Quotes of people by the gender the text gives them: "female 3 · male 5 · unknown 2". */
export function genderLine(rows: readonly SourceRow[]): string {
  const by = { female: 0, male: 0, unknown: 0 };
  for (const r of rows) if (r.type === 'person') by[r.gender === 'female' || r.gender === 'male' ? r.gender : 'unknown'] += r.quotes;
  return `Quotes of people by gender stated in the text: female ${by.female} · male ${by.male} · not stated ${by.unknown}`;
}

/** The sources table: name, type, gender, quotes, quoted words (and files/articles when given). */
export function sourcesTable(rows: readonly SourceRow[], options: MarkupOptions): string {
  const wide = rows.some((r) => r.files !== undefined);
  const head = ['Source', 'Type', 'Gender', 'Quotes', 'Quoted words', ...(wide ? ['Files', 'Articles'] : [])];
  const body = rows.map((r) => {
    const cells = [
      `<th scope="row">${escapeHtml(r.name)}</th>`,
      `<td>${TYPE_LABEL[r.type]}</td>`,
      `<td>${r.gender ?? '—'}</td>`,
      `<td class="num">${r.quotes}</td>`,
      `<td class="num">${r.quotedWords}</td>`,
      ...(wide ? [`<td class="num">${r.files ?? ''}</td>`, `<td class="num">${r.articles ?? ''}</td>`] : []),
    ];
    return `<tr class="row"${interactiveAttrs(r.key, `${r.name}: go to quotes`, options)}>${cells.join('')}</tr>`;
  });
  return (
    `<table class="sources"><thead><tr>${head.map((h) => `<th scope="col">${h}</th>`).join('')}</tr></thead>` +
    `<tbody>${body.join('') || `<tr><td colspan="${head.length}">No quoted sources</td></tr>`}</tbody></table>`
  );
}

/** The per-file table of a folder: counts per file; each row keyed `file:INDEX`. */
export function filesTable(files: readonly FileSummary[], options: MarkupOptions): string {
  const head = ['File', 'Articles', 'Quotes', 'Named', 'Unnamed', 'Unattributed', 'Most quoted'];
  const body = files.map((f, i) => {
    const top = f.sources[0];
    const cells = [
      `<th scope="row">${escapeHtml(f.source ?? '(stdin)')}</th>`,
      `<td class="num">${f.articles}</td>`,
      `<td class="num">${f.quotes.total}</td>`,
      `<td class="num">${f.quotes.named}</td>`,
      `<td class="num">${f.quotes.unnamed}</td>`,
      `<td class="num">${f.quotes.unattributed}</td>`,
      `<td>${top ? `${escapeHtml(top.name)} (${top.quotes})` : '—'}</td>`,
    ];
    return `<tr class="row"${interactiveAttrs(`file:${i}`, `${f.source ?? 'file'}: open`, options)}>${cells.join('')}</tr>`;
  });
  return `<table class="files"><thead><tr>${head.map((h) => `<th scope="col">${h}</th>`).join('')}</tr></thead><tbody>${body.join('')}</tbody></table>`;
}

/** The report's sources as chart/table rows (keyed by their index in the report). */
export function reportRows(report: SourcesReport): SourceRow[] {
  return report.sources.map((s, i) => ({ key: `source:${i}`, ...s }));
}

/** A CSV field: quoted when needed; a leading = + - @ is defused so spreadsheets show it as text. */
function csvField(value: string | number | null): string {
  let s = value === null ? '' : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The report as CSV: a header and one row per source (RFC 4180, CRLF line ends). */
export function reportCsv(report: SourcesReport): string {
  const header = ['name', 'type', 'gender', 'files', 'articles', 'quotes', 'quotedWords'];
  const rows = report.sources.map((s) => [s.name, s.type, s.gender, s.files, s.articles, s.quotes, s.quotedWords].map(csvField).join(','));
  return [header.join(','), ...rows].map((l) => `${l}\r\n`).join('');
}

/** Colours and layout of the standalone page (light and dark, from the reader's system). */
const PAGE_CSS = `
:root { color-scheme: light dark; --fg: #1f2328; --muted: #59636e; --bg: #ffffff; --line: #d1d9e0;
  --person: #0969da; --organization: #8250df; --unnamed: #bc4c00; --unattributed: #8c959f; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6edf3; --muted: #9198a1; --bg: #0d1117; --line: #3d444d;
  --person: #4493f8; --organization: #ab7df8; --unnamed: #f0883e; --unattributed: #656c76; } }
body { font: 14px/1.45 system-ui, sans-serif; color: var(--fg); background: var(--bg); margin: 2em; max-width: 60em; }
h1 { font-size: 1.4em; } h2 { font-size: 1.1em; margin-top: 2em; }
.muted, .legend { color: var(--muted); }
svg { max-width: 100%; height: auto; display: block; }
.label, .value { fill: var(--fg); font-size: 12px; }
.bar.person, .share.named, .swatch.named { fill: var(--person); background: var(--person); }
.bar.organization { fill: var(--organization); }
.bar.unnamed, .share.unnamed, .swatch.unnamed { fill: var(--unnamed); background: var(--unnamed); }
.share.unattributed, .swatch.unattributed { fill: var(--unattributed); background: var(--unattributed); }
.swatch { display: inline-block; width: 0.8em; height: 0.8em; margin-right: 0.3em; vertical-align: -0.05em; }
.key { margin-right: 1.2em; }
table { border-collapse: collapse; width: 100%; margin-top: 0.5em; }
th, td { text-align: left; padding: 0.25em 0.6em; border-bottom: 1px solid var(--line); }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
`;

/** The report as one self-contained HTML page (no scripts, no remote content), readable offline. */
export function reportHtml(report: SourcesReport, files: readonly FileSummary[] | null, title = 'Sources'): string {
  const rows = reportRows(report);
  const q = report.quotes;
  const options = { interactive: false };
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title><style>${PAGE_CSS}</style></head>
<body>
<h1>${escapeHtml(title)}</h1>
<p class="muted">${report.files} file${report.files === 1 ? '' : 's'} · ${report.articles} article${report.articles === 1 ? '' : 's'} · ${q.total} quotes: ${q.named} named, ${q.unnamed} unnamed, ${q.unattributed} unattributed</p>
${shareBar(q)}
<p class="muted">${genderLine(rows)}</p>
<h2>Most quoted</h2>
${barChart(rows, { ...options, title: 'Quotes per source' })}
<h2>All sources</h2>
${sourcesTable(rows, options)}
${files ? `<h2>Files</h2>\n${filesTable(files, options)}` : ''}
</body></html>
`;
}
