import { KIND } from '../core/kinds';
import type { Analysis } from '../core/types';
import { escapeMarkdown, excerpt, formatIso, plural } from './hoverContent';
import { byProminence, type AnalysisIndex } from './lookup';
import { isUncertain } from './speakerLabels';

/** A Markdown table cell: article text escaped, pipes included. */
const cell = (text: string) => escapeMarkdown(text).replace(/\|/g, '\\|');

/**
 * The article summary behind `News: Show Article Summary`, as Markdown for the preview:
 * per article its headline, dateline, date and outline, who is quoted saying what (with
 * uncertain speakers marked), the actors by prominence, places and dates. Article text is
 * escaped, so nothing in it becomes a link, an image or HTML.
 */
export function summaryMarkdown(index: AnalysisIndex, fileName: string, facts: string): string {
  const { analysis } = index;
  const out: string[] = [`# ${cell(fileName)}`, '', `*${cell(facts)}*`, ''];
  analysis.articles.forEach((article, i) => {
    out.push(`## ${analysis.articles.length > 1 ? `${i + 1}. ` : ''}${cell(article.headline || '(no headline)')}`, '');
    const meta = [article.dateline ? `Dateline: **${cell(article.dateline)}**` : '', article.published ? `Published: ${formatIso(article.published)}` : ''].filter(Boolean);
    if (meta.length) out.push(meta.join(' · '), '');
    const subheads = article.sections.filter((s) => s.kind === 'subhead').map((s) => cell(s.title));
    if (subheads.length) out.push(`Sections: ${subheads.join(' · ')}`, '');
    const quotes = analysis.quotes.filter((q) => q.article === i && q.kind !== 'other');
    if (quotes.length) {
      out.push(`### ${plural(quotes.length, 'quote')}`, '', '| Speaker | Quote | Cue |', '|---|---|---|');
      for (const q of quotes) {
        const speaker = index.actor(q.speaker);
        const who = speaker ? `${cell(speaker.name)}${isUncertain(q) ? ' *(uncertain)*' : ''}` : '*not attributed*';
        out.push(`| ${who} | “${cell(excerpt(q.text, 100))}”${q.kind === 'partial' ? ' *(partial)*' : ''} | ${q.cue ? cell(q.cue) : ''} |`);
      }
      out.push('');
    }
  });
  out.push(...actorsTable(index), ...placesAndDates(analysis));
  return out.join('\n');
}

function actorsTable(index: AnalysisIndex): string[] {
  const actors = byProminence(index);
  if (!actors.length) return [];
  const out = [`## ${plural(actors.length, 'actor')}`, '', '| Name | Type | Mentions | Quotes | Role |', '|---|---|---:|---:|---|'];
  for (const a of actors) out.push(`| ${cell(a.name)} | ${KIND[a.type].label} | ${a.mentions.length} | ${index.quotesBy(a.id).length} | ${a.role ? cell(a.role) : ''} |`);
  return [...out, ''];
}

function placesAndDates(analysis: Analysis): string[] {
  const out: string[] = [];
  if (analysis.places.length) out.push(`## ${KIND.place.plural}`, '', analysis.places.map((p) => `${cell(p.name)} (${p.mentions.length})`).join(' · '), '');
  if (analysis.dates.length) out.push(`## ${KIND.date.plural}`, '', analysis.dates.map((d) => (d.value ? `${cell(d.text)} = ${d.value}` : cell(d.text))).join(' · '), '');
  return out;
}
