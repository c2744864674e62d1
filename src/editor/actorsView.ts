import * as vscode from 'vscode';
import type { Actor, Place, Quote, Range } from '../core/types';
import type { AnalysisService } from './analysisService';
import { InternalCommandId } from './ids';
import { byProminence, type AnalysisIndex } from './lookup';
import { excerpt } from './hoverContent';

type Node =
  | { kind: 'group'; label: string; items: Node[] }
  | { kind: 'actor'; actor: Actor; quotes: Quote[] }
  | { kind: 'place'; place: Place }
  | { kind: 'quote'; quote: Quote };

/**
 * The Explorer's actors view for the active article: people, organizations and places
 * with mention counts, by prominence; actors expand to their quotes; clicking reveals
 * the first mention or the quote.
 */
export class ActorsView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private document: vscode.TextDocument | undefined;

  constructor(private readonly service: AnalysisService) {}

  /** The document whose actors are shown (the context menu's commands act on it). */
  get shownDocument(): vscode.TextDocument | undefined {
    return this.document;
  }

  /** Shows the actors of `document` (or nothing). */
  show(document: vscode.TextDocument | undefined): void {
    this.document = document;
    this.changed.fire(undefined);
  }

  getChildren(node?: Node): Node[] {
    if (node) return node.kind === 'group' ? node.items : node.kind === 'actor' ? node.quotes.map((quote) => ({ kind: 'quote', quote })) : [];
    const index = this.document && this.service.get(this.document)?.index;
    return index ? rootGroups(index) : [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    const uri = this.document?.uri;
    const reveal = (range: Range | undefined, title: string): vscode.Command | undefined =>
      uri && range ? { command: InternalCommandId.RevealRange, title, arguments: [uri.toString(), range[0], range[1]] } : undefined;
    switch (node.kind) {
      case 'group': {
        const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
        item.description = String(node.items.length);
        return item;
      }
      case 'actor': {
        const { actor, quotes } = node;
        const item = new vscode.TreeItem(actor.name, quotes.length ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
        const counts = `${actor.mentions.length}×${quotes.length ? ` · ${quotes.length} quote${quotes.length === 1 ? '' : 's'}` : ''}`;
        item.description = actor.role ? `${counts} · ${actor.role}` : counts;
        item.tooltip = [actor.name, actor.role, actor.aliases.filter((a) => a !== actor.name).join(', ')].filter(Boolean).join('\n');
        item.iconPath = new vscode.ThemeIcon(actor.type === 'person' ? 'person' : 'organization', new vscode.ThemeColor(`newsLens.${actor.type}`));
        item.command = reveal(actor.mentions[0], 'Reveal first mention');
        item.contextValue = `newsLens.${actor.type}`;
        return item;
      }
      case 'place': {
        const item = new vscode.TreeItem(node.place.name, vscode.TreeItemCollapsibleState.None);
        item.description = `${node.place.mentions.length}×`;
        item.iconPath = new vscode.ThemeIcon('location', new vscode.ThemeColor('newsLens.place'));
        item.command = reveal(node.place.mentions[0], 'Reveal first mention');
        item.contextValue = 'newsLens.place';
        return item;
      }
      case 'quote': {
        const item = new vscode.TreeItem(`“${excerpt(node.quote.text, 80)}”`, vscode.TreeItemCollapsibleState.None);
        item.description = node.quote.cue ?? '';
        item.tooltip = node.quote.text;
        item.iconPath = new vscode.ThemeIcon('quote');
        item.command = reveal(node.quote.range, 'Reveal quote');
        item.contextValue = 'newsLens.quote';
        return item;
      }
    }
  }

  dispose(): void {
    this.changed.dispose();
  }
}

function rootGroups(index: AnalysisIndex): Node[] {
  const actors = byProminence(index);
  const asNodes = (type: Actor['type']): Node[] =>
    actors.filter((a) => a.type === type).map((actor) => ({ kind: 'actor', actor, quotes: index.quotesBy(actor.id) }));
  const places = [...index.analysis.places].sort((a, b) => b.mentions.length - a.mentions.length || (a.mentions[0]?.[0] ?? 0) - (b.mentions[0]?.[0] ?? 0));
  const groups: Node[] = [
    { kind: 'group', label: 'People', items: asNodes('person') },
    { kind: 'group', label: 'Organizations', items: asNodes('organization') },
    { kind: 'group', label: 'Places', items: places.map((place) => ({ kind: 'place', place })) },
  ];
  return groups.filter((g) => g.kind === 'group' && g.items.length > 0);
}
