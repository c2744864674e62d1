/**
 * `--format text`: a summary a reporter can read at a glance. Per article its headline,
 * dateline and publication date and the quotes in it with their speakers; the actors by
 * prominence; places and dates. Colour is an option so tests and pipes get plain text.
 */
import { judgement } from '../core/export';
import { KIND } from '../core/kinds';
import type { Actor, Analysis, EntityType, Quote } from '../core/types';

/** ANSI styling, or none. */
export interface Style {
  bold(s: string): string;
  dim(s: string): string;
  entity(type: EntityType | 'quote', s: string): string;
}

const ansi = (open: number, close: number) => (s: string) => `\x1b[${open}m${s}\x1b[${close}m`;

export const COLOUR: Style = { bold: ansi(1, 22), dim: ansi(2, 22), entity: (type, s) => ansi(...KIND[type].terminal)(s) };
export const PLAIN: Style = { bold: (s) => s, dim: (s) => s, entity: (_t, s) => s };

/**
 * Whether to colour a stream: only a terminal, and never when NO_COLOR is set to a
 * non-empty value (https://no-color.org).
 */
export function wantsColour(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  return Boolean(stream.isTTY) && !env['NO_COLOR'];
}

/** Actors most mentioned first; ties by first appearance. */
export function byProminence(actors: readonly Actor[]): Actor[] {
  const first = (a: Actor) => Math.min(...a.mentions.map((m) => m[0]), Infinity);
  return [...actors].sort((a, b) => b.mentions.length - a.mentions.length || first(a) - first(b) || a.name.localeCompare(b.name));
}

/** `s` cut to `max` characters (on one line), with an ellipsis when cut. */
export function clip(s: string, max: number): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The readable summary of an analysis; `source` names the file ("stdin" for null). */
/** `explain`: each quote's speaker confidence and each actor's type confidence, with the reasons. */
export function renderSummary(analysis: Analysis, source: string | null, style: Style = PLAIN, options: { explain?: boolean } = {}): string {
  const explain = options.explain === true;
  const lines: string[] = [];
  const actorsById = new Map(analysis.actors.map((a) => [a.id, a]));
  lines.push(style.bold(source ?? '(stdin)'));
  if (analysis.articles.length === 0) lines.push(style.dim('  no article found'));

  analysis.articles.forEach((article, i) => {
    lines.push('');
    const label = analysis.articles.length > 1 ? `Article ${i + 1}: ` : '';
    lines.push(`${label}${style.bold(article.headline || '(no headline)')}`);
    const facts = [
      article.dateline ? `dateline ${style.entity('place', article.dateline)}` : null,
      article.published ? `published ${style.entity('date', article.published)}` : null,
    ].filter((x): x is string => x !== null);
    if (facts.length) lines.push(`  ${facts.join(' · ')}`);
    const kinds = new Map<string, number>();
    for (const s of article.sections) kinds.set(s.kind, (kinds.get(s.kind) ?? 0) + 1);
    if (kinds.size) lines.push(style.dim(`  ${[...kinds].map(([k, n]) => (n > 1 ? `${k} ×${n}` : k)).join(', ')}`));
    for (const s of article.sections.filter((s) => s.kind === 'subhead')) lines.push(`  § ${s.title}`);
    const quotes = analysis.quotes.filter((q) => q.article === i && q.kind !== 'other');
    if (quotes.length) {
      lines.push(`  ${style.bold('Quotes')} (${quotes.length})`);
      for (const q of quotes) {
        lines.push(`    ${quoteLine(q, actorsById, style)}`);
        if (explain && q.speaker) lines.push(style.dim(`      ${why(q)}`));
      }
    }
  });

  if (analysis.actors.length) {
    lines.push('', style.bold('Actors'));
    const ranked = byProminence(analysis.actors);
    const nameWidth = Math.min(32, Math.max(...ranked.map((a) => a.name.length)));
    for (const a of ranked) {
      const name = style.entity(a.type, clip(a.name, 32).padEnd(nameWidth));
      const quoted = analysis.quotes.filter((q) => q.speaker === a.id).length;
      const bits = [a.type.padEnd(12), plural(a.mentions.length, 'mention').padEnd(11)];
      if (quoted) bits.push(plural(quoted, 'quote'));
      const role = a.role ? `  ${style.dim(clip(a.role, 60))}` : '';
      lines.push(`  ${name}  ${bits.join('  ')}${role}`.trimEnd());
      if (explain) lines.push(style.dim(`    ${why(a)}`));
    }
  }
  if (analysis.places.length) {
    lines.push('', `${style.bold('Places')}  ${analysis.places.map((p) => `${style.entity('place', p.name)} (${p.mentions.length})`).join(', ')}`);
  }
  if (analysis.dates.length) {
    const dates = analysis.dates.map((d) => style.entity('date', d.text) + (d.value && d.value !== d.text ? style.dim(` = ${d.value}`) : ''));
    lines.push('', `${style.bold('Dates')}  ${dates.join(', ')}`);
  }
  return lines.join('\n') + '\n';
}

/** "0.93 · rule:cue-name-after, subj +0.50, …" (a correction counts as certain). */
function why(item: Parameters<typeof judgement>[0]): string {
  const { confidence, why: reasons } = judgement(item);
  return [confidence === undefined ? 'no confidence' : confidence.toFixed(2), ...(reasons ?? [])].join(' · ');
}

function quoteLine(q: Quote, actors: ReadonlyMap<string, Actor>, style: Style): string {
  const text = style.entity('quote', `“${clip(q.text, 72)}”`);
  const kind = q.kind === 'partial' ? style.dim(' (partial)') : '';
  const speaker = q.speaker ? actors.get(q.speaker) : undefined;
  const who = speaker ? style.entity(speaker.type, speaker.name) : style.dim('unattributed');
  const cue = q.cue ? style.dim(` — ${q.cue}`) : '';
  return `${text}${kind} — ${who}${cue}`;
}
