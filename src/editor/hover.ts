import * as vscode from 'vscode';
import type { Range } from '../core/types';
import type { AnalysisEntry, AnalysisService } from './analysisService';
import { CommandId, InternalCommandId } from './ids';
import { actorCard, dateCard, quoteCard } from './hoverContent';
import { toRange } from './ranges';

/**
 * Hover cards for actors, quotes and dates. Cards are Markdown with article text
 * escaped; the card is trusted for News Lens' own reveal and go-to-actor commands only,
 * so even a crafted `command:` link in an article could not run anything else.
 */
export class HoverProvider implements vscode.HoverProvider {
  constructor(private readonly service: AnalysisService) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.ProviderResult<vscode.Hover> {
    const entry = this.service.get(document);
    if (entry) return hoverAt(document, position, entry);
    // A long document still being analysed: answer once its analysis is ready.
    return this.service.whenReady(document).then((ready) => (ready ? hoverAt(document, position, ready) : undefined));
  }
}

/** The card for what is at `position`, from a ready analysis. */
function hoverAt(document: vscode.TextDocument, position: vscode.Position, entry: AnalysisEntry): vscode.Hover | undefined {
  const { index } = entry;
  const offset = document.offsetAt(position);
  const link = (range: Range) => commandUri(InternalCommandId.RevealRange, [document.uri.toString(), range[0], range[1]]);

  const mention = index.mentionAt(offset);
  const actor = mention && index.actor(mention.actor);
  if (mention && actor) {
    const all = commandUri(CommandId.GoToActor, [actor.id]);
    return new vscode.Hover(trusted(actorCard(actor, index, link, all)), toRange(document, mention.range));
  }
  const date = index.dateAt(offset);
  if (date) return new vscode.Hover(trusted(dateCard(date)), toRange(document, date.range));
  const quote = index.quoteAt(offset);
  if (quote) return new vscode.Hover(trusted(quoteCard(quote, index, link)), toRange(document, quote.outerRange));
  return undefined;
}

function trusted(markdown: string): vscode.MarkdownString {
  const md = new vscode.MarkdownString(markdown);
  md.supportHtml = false;
  md.isTrusted = { enabledCommands: [InternalCommandId.RevealRange, CommandId.GoToActor] };
  return md;
}

/** A `command:` URI with JSON arguments, as VS Code's Markdown renderer expects. */
export function commandUri(command: string, args: unknown[]): string {
  return `command:${command}?${encodeURIComponent(JSON.stringify(args))}`;
}
