import type { Actor, DateExpression, Quote, Range } from '../core/types';
import type { AnalysisIndex } from './lookup';
import { isUncertain, uncertaintyNote } from './speakerLabels';

/**
 * Markdown for the hover cards. Everything taken from the article goes through
 * `escapeMarkdown`, so no name or quote can become a link, an image, HTML or a
 * `command:` URI; the only links are the ones built here with `link`, which point at
 * News Lens' own reveal command.
 */

/** Builds the URI of a link that reveals `range` in the hovered document. */
export type LinkBuilder = (range: Range) => string;

/** How many of an actor's quotes a card lists before "all N quotes". */
export const QUOTES_IN_CARD = 3;
/** Longest quote excerpt in a card, in characters. */
export const EXCERPT_LENGTH = 120;

/**
 * Escapes text for Markdown: every ASCII punctuation character is backslash-escaped
 * (CommonMark allows it for all of them), which also breaks autolinks (`http\:`,
 * `www\.`), HTML tags and entity references; line breaks become spaces.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(/[!-/:-@[-`{-~]/g, '\\$&');
}

/** A quote shortened to `max` characters at a word boundary, with an ellipsis. */
export function excerpt(text: string, max = EXCERPT_LENGTH): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/** Card for a person or organization. */
export function actorCard(actor: Actor, index: AnalysisIndex, link: LinkBuilder, allQuotesLink?: string): string {
  const lines: string[] = [];
  lines.push(`**${escapeMarkdown(actor.name)}** · ${actor.type}`);
  const facts: string[] = [];
  if (actor.role) facts.push(`*${escapeMarkdown(actor.role)}*`);
  const org = index.actor(actor.affiliation);
  // "leader of the Green Party group" already names the affiliation.
  if (org && !org.aliases.concat(org.name).some((alias) => actor.role?.includes(alias))) facts.push(`of ${escapeMarkdown(org.name)}`);
  if (facts.length) lines.push(facts.join(' '));
  const others = otherNames(actor);
  if (others.length) lines.push(`Also: ${others.map(escapeMarkdown).join(', ')}`);
  const quotes = index.quotesBy(actor.id);
  lines.push(`${plural(actor.mentions.length, 'mention')} · ${plural(quotes.length, 'quote')}`);
  let card = lines.join('  \n');
  if (quotes.length) {
    const listed = quotes.slice(0, QUOTES_IN_CARD).map((q) => `- “${escapeMarkdown(excerpt(q.text))}” [↗](${link(q.range)})`);
    if (quotes.length > QUOTES_IN_CARD) {
      listed.push(allQuotesLink ? `- [all ${quotes.length} quotes](${allQuotesLink})` : `- … all ${quotes.length} quotes`);
    }
    card += `\n\n---\n\n${listed.join('\n')}`;
  }
  return card;
}

/** Card for a quotation. */
export function quoteCard(quote: Quote, index: AnalysisIndex, link: LinkBuilder): string {
  const speaker = index.actor(quote.speaker);
  const lines = [
    speaker
      ? `**“${escapeMarkdown(excerpt(quote.text, 60))}”** — [${escapeMarkdown(speaker.name)}](${link(index.definitionOf(speaker) ?? quote.range)})`
      : `**“${escapeMarkdown(excerpt(quote.text, 60))}”** — no speaker found`,
    `${quote.kind} quote${quote.cue ? ` · cue: *${escapeMarkdown(quote.cue)}*` : ''}`,
  ];
  if (speaker?.role) lines.push(`${escapeMarkdown(speaker.name)}: *${escapeMarkdown(speaker.role)}*`);
  if (isUncertain(quote)) lines.push(`*${escapeMarkdown(uncertaintyNote(quote))}*`);
  return lines.join('  \n');
}

/** Card for a date expression. */
export function dateCard(date: DateExpression): string {
  return date.value
    ? `**${escapeMarkdown(date.text)}** · date  \n${formatIso(date.value)}`
    : `**${escapeMarkdown(date.text)}** · date  \nnot resolved to a calendar date`;
}

/** Distinct surface forms other than the canonical name. */
export function otherNames(actor: Actor): string[] {
  return [...new Set(actor.aliases)].filter((a) => a !== actor.name);
}

/** "1 quote", "3 quotes". */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2024-08-19" → "19 August 2024 (2024-08-19)"; partial ISO values are shown as they are resolved. */
export function formatIso(value: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return value;
  const [, year, month, day] = m;
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  const human = [day ? String(Number(day)) : '', monthName ?? '', year].filter(Boolean).join(' ');
  return `${human} (${value})`;
}
