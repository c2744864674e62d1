import * as vscode from 'vscode';
import { KIND, KINDS, type AnnotationKind } from '../core/kinds';
import type { Actor, Place, Quote, Range } from '../core/types';
import { ACTOR_SORTS, isActorSort, orderActors, orderPlaces, type ActorSort } from './actorsOrder';
import type { AnalysisService } from './analysisService';
import { ACTORS_VIEW_ID, CommandId, InternalCommandId } from './ids';
import type { AnalysisIndex } from './lookup';
import { excerpt } from './hoverContent';

type Node =
  | { kind: 'group'; id: string; label: string; icon: AnnotationKind; items: Node[]; total: number }
  | { kind: 'actor'; actor: Actor; quotes: Quote[] }
  | { kind: 'place'; place: Place }
  | { kind: 'quote'; quote: Quote }
  | { kind: 'legend'; items: LegendEntry[] }
  | { kind: 'legendEntry'; entry: LegendEntry };

/** One line of the legend: what a mark in the editor means. */
interface LegendEntry {
  label: string;
  description: string;
  icon: vscode.ThemeIcon;
}

/** Where the chosen sort order is remembered (globalState: it is a preference, not per workspace). */
const SORT_KEY = 'newsLens.actorsSort';
/** Context key: the view is filtered (shows the "clear filter" button). */
const FILTERED_CONTEXT = 'newsLens.actorsFiltered';

/**
 * The actors view for the active article: people, organizations and places grouped by
 * type, ordered by prominence, quotes or name (remembered), filtered by what the user
 * types (`News: Filter Actors…`), with a legend of the editor's marks. Actors expand to
 * their quotes; clicking reveals the first mention or the quote.
 */
export class ActorsView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private document: vscode.TextDocument | undefined;
  private filter = '';
  private sort: ActorSort;
  private readonly view: vscode.TreeView<Node>;
  private readonly disposables: vscode.Disposable[];

  constructor(
    private readonly service: AnalysisService,
    private readonly state: vscode.Memento,
  ) {
    const saved = state.get<unknown>(SORT_KEY);
    this.sort = isActorSort(saved) ? saved : 'prominence';
    this.view = vscode.window.createTreeView(ACTORS_VIEW_ID, { treeDataProvider: this, showCollapseAll: true });
    this.disposables = [
      this.changed,
      this.view,
      vscode.commands.registerCommand(CommandId.FilterActors, () => this.askFilter()),
      vscode.commands.registerCommand(CommandId.ClearActorsFilter, () => this.setFilter('')),
      vscode.commands.registerCommand(CommandId.SortActors, (sort?: ActorSort) => (sort ? this.setSort(sort) : this.askSort())),
    ];
    this.updateTitle();
  }

  /** The document whose actors are shown (the context menu's commands act on it). */
  get shownDocument(): vscode.TextDocument | undefined {
    return this.document;
  }

  /** Shows the actors of `document` (or nothing). */
  show(document: vscode.TextDocument | undefined): void {
    this.document = document;
    this.changed.fire(undefined);
    this.updateTitle();
  }

  /** The current filter and sort (for tests and the title). */
  get options(): { filter: string; sort: ActorSort } {
    return { filter: this.filter, sort: this.sort };
  }

  setFilter(filter: string): void {
    this.filter = filter.trim();
    void vscode.commands.executeCommand('setContext', FILTERED_CONTEXT, this.filter !== '');
    this.changed.fire(undefined);
    this.updateTitle();
  }

  async setSort(sort: ActorSort): Promise<void> {
    if (!isActorSort(sort)) return;
    this.sort = sort;
    await this.state.update(SORT_KEY, sort);
    this.changed.fire(undefined);
    this.updateTitle();
  }

  /** Type-to-filter: the view narrows as the user types; Escape restores the previous filter. */
  private askFilter(): Promise<string> {
    const before = this.filter;
    const box = vscode.window.createInputBox();
    box.title = 'Filter actors';
    box.placeholder = 'Part of a name, another name or a role';
    box.value = before;
    return new Promise((resolve) => {
      let accepted = false;
      box.onDidChangeValue((value) => this.setFilter(value));
      box.onDidAccept(() => {
        accepted = true;
        box.hide();
      });
      box.onDidHide(() => {
        if (!accepted) this.setFilter(before);
        box.dispose();
        resolve(this.filter);
      });
      box.show();
    });
  }

  private async askSort(): Promise<void> {
    const items = ACTOR_SORTS.map((s) => ({ ...s, description: s.id === this.sort ? '(current)' : undefined }));
    const picked = await vscode.window.showQuickPick(items, { title: 'Sort actors by', placeHolder: 'Sort actors by' });
    if (picked) await this.setSort(picked.id);
  }

  private updateTitle(): void {
    const sort = ACTOR_SORTS.find((s) => s.id === this.sort)?.label.toLowerCase() ?? this.sort;
    this.view.description = `by ${sort}`;
    const index = this.index();
    if (this.filter === '') {
      this.view.message = undefined;
      return;
    }
    const shown = index ? orderActors(index, this.sort, this.filter).length + orderPlaces(index.analysis.places, this.sort, this.filter).length : 0;
    this.view.message = `Filter “${this.filter}”: ${shown} match${shown === 1 ? '' : 'es'}.`;
  }

  private index(): AnalysisIndex | undefined {
    return this.document && this.service.get(this.document)?.index;
  }

  getChildren(node?: Node): Node[] {
    if (node) {
      if (node.kind === 'group') return node.items;
      if (node.kind === 'actor') return node.quotes.map((quote) => ({ kind: 'quote', quote }));
      if (node.kind === 'legend') return node.items.map((entry) => ({ kind: 'legendEntry', entry }));
      return [];
    }
    const index = this.index();
    return index ? [...this.groups(index), legend()] : [];
  }

  private groups(index: AnalysisIndex): Node[] {
    const actors = orderActors(index, this.sort, this.filter);
    const totals = { person: 0, organization: 0 };
    for (const a of index.analysis.actors) totals[a.type]++;
    const group = (type: Actor['type']): Node => {
      const items: Node[] = actors.filter((a) => a.type === type).map((actor) => ({ kind: 'actor', actor, quotes: index.quotesBy(actor.id) }));
      return { kind: 'group', id: type, label: KIND[type].plural, icon: KIND[type], items, total: totals[type] };
    };
    const places: Node[] = orderPlaces(index.analysis.places, this.sort, this.filter).map((place) => ({ kind: 'place', place }));
    const groups: Node[] = [group('person'), group('organization'), { kind: 'group', id: 'place', label: KIND.place.plural, icon: KIND.place, items: places, total: index.analysis.places.length }];
    return groups.filter((g) => g.kind === 'group' && g.items.length > 0);
  }

  getTreeItem(node: Node): vscode.TreeItem {
    const uri = this.document?.uri;
    const reveal = (range: Range | undefined, title: string): vscode.Command | undefined =>
      uri && range ? { command: InternalCommandId.RevealRange, title, arguments: [uri.toString(), range[0], range[1]] } : undefined;
    switch (node.kind) {
      case 'group': {
        const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
        item.description = node.items.length === node.total ? String(node.total) : `${node.items.length} of ${node.total}`;
        item.iconPath = kindIcon(node.icon);
        return item;
      }
      case 'actor': {
        const { actor, quotes } = node;
        const item = new vscode.TreeItem(actor.name, quotes.length ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
        const counts = `${actor.mentions.length}×${quotes.length ? ` · ${quotes.length} quote${quotes.length === 1 ? '' : 's'}` : ''}`;
        item.description = actor.role ? `${counts} · ${actor.role}` : counts;
        item.tooltip = [actor.name, actor.role, actor.aliases.filter((a) => a !== actor.name).join(', ')].filter(Boolean).join('\n');
        item.iconPath = kindIcon(KIND[actor.type]);
        item.command = reveal(actor.mentions[0], 'Reveal first mention');
        item.contextValue = `newsLens.${actor.type}`;
        return item;
      }
      case 'place': {
        const item = new vscode.TreeItem(node.place.name, vscode.TreeItemCollapsibleState.None);
        item.description = `${node.place.mentions.length}×`;
        item.iconPath = kindIcon(KIND.place);
        item.command = reveal(node.place.mentions[0], 'Reveal first mention');
        item.contextValue = 'newsLens.place';
        return item;
      }
      case 'quote': {
        const item = new vscode.TreeItem(`“${excerpt(node.quote.text, 80)}”`, vscode.TreeItemCollapsibleState.None);
        item.description = node.quote.cue ?? '';
        item.tooltip = node.quote.text;
        item.iconPath = new vscode.ThemeIcon(KIND.quote.icon);
        item.command = reveal(node.quote.range, 'Reveal quote');
        item.contextValue = 'newsLens.quote';
        return item;
      }
      case 'legend': {
        const item = new vscode.TreeItem('Legend', vscode.TreeItemCollapsibleState.Collapsed);
        item.iconPath = new vscode.ThemeIcon('symbol-color');
        item.tooltip = 'What the highlights and labels in the editor mean';
        return item;
      }
      case 'legendEntry': {
        const item = new vscode.TreeItem(node.entry.label, vscode.TreeItemCollapsibleState.None);
        item.description = node.entry.description;
        item.iconPath = node.entry.icon;
        return item;
      }
    }
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

/** A kind's icon, filled with its highlight colour as the editor draws it. */
function kindIcon(kind: AnnotationKind): vscode.ThemeIcon {
  return new vscode.ThemeIcon(kind.icon, new vscode.ThemeColor(kind.colorId));
}

/** The legend: each kind's highlight colour, the speaker label and the uncertain mark. */
function legend(): Node {
  const items: LegendEntry[] = [
    ...KINDS.map((kind) => ({
      label: kind.plural,
      description: `highlight · ${kind.colorId}`,
      icon: new vscode.ThemeIcon('circle-large-filled', new vscode.ThemeColor(kind.colorId)),
    })),
    { label: '— Name', description: 'speaker, where the text does not name them beside the quote', icon: new vscode.ThemeIcon('comment') },
    { label: '— Name?  ┈┈┈', description: 'speaker guessed: check the attribution', icon: new vscode.ThemeIcon('question') },
  ];
  return { kind: 'legend', items };
}
