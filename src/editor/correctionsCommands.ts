import * as vscode from 'vscode';
import { addCorrection, removeCorrections, type Action, type CorrectionType, type Decision, type NameRule } from '../core/corrections';
import type { Actor, Place, Quote, Range } from '../core/types';
import type { AnalysisService } from './analysisService';
import type { CorrectionStore } from './corrections';
import { CorrectionCommandId } from './ids';
import { byProminence, type AnalysisIndex } from './lookup';

/** What the correction commands need. */
export interface CorrectionCommandDeps {
  service: AnalysisService;
  store: CorrectionStore;
  /** The document the actors view shows (its context menu passes tree nodes, not URIs). */
  actorsDocument: () => vscode.TextDocument | undefined;
}

/** A node of the actors view, as its context menu passes it. */
type ViewNode = { kind: 'actor'; actor: Actor } | { kind: 'place'; place: Place } | { kind: 'quote'; quote: Quote };

/** A range argument: a `vscode.Range` (or its JSON form), or `[start, end]` offsets (hover links). */
type RangeArg = vscode.Range | { start: { line: number; character: number }; end: { line: number; character: number } } | [number, number];

const TYPES: CorrectionType[] = ['person', 'organization', 'place'];

/** Where a command acts: a document, its analysis, and offsets. */
interface Target {
  document: vscode.TextDocument;
  index: AnalysisIndex;
  range: Range;
}

/**
 * The public correction commands. Each takes `(uri, range, …)` — `range` anywhere inside
 * the mention or quote — or, without arguments, acts on the active editor's cursor or
 * selection; from the actors view they get the clicked node. They resolve to true when a
 * correction was saved, false when nothing was done (and the user was told why). None
 * edits the article: corrections go to the sidecar.
 */
export function registerCorrectionCommands(deps: CorrectionCommandDeps): vscode.Disposable[] {
  const { store } = deps;
  const target = (uriOrNode: unknown, rangeArg: unknown) => resolveTarget(deps, uriOrNode, rangeArg);

  /** Saves a decision about `range` of the target's document. */
  const decide = (t: Target, range: Range, decision: Decision) => store.update(t.document, (file, text) => addCorrection(file, text, range, decision));

  return [
    vscode.commands.registerCommand(CorrectionCommandId.MarkNotEntity, async (uri?: unknown, range?: unknown) => {
      const t = await target(uri, range);
      if (!t) return false;
      const entity = entityAt(t);
      if (entity) return decide(t, entity, { action: 'notEntity' });
      const quote = t.index.quoteAt(t.range[0]);
      if (quote) return decide(t, quote.range, { action: 'notQuote' });
      return nothingHere('a name');
    }),

    vscode.commands.registerCommand(CorrectionCommandId.MarkNotQuote, async (uri?: unknown, range?: unknown) => {
      const t = await target(uri, range);
      const quote = t && t.index.quoteAt(t.range[0]);
      return t && quote ? decide(t, quote.range, { action: 'notQuote' }) : nothingHere('a quotation');
    }),

    vscode.commands.registerCommand(CorrectionCommandId.SetEntityType, async (uri?: unknown, range?: unknown, type?: unknown) => {
      const t = await target(uri, range);
      if (!t) return false;
      const entity = entityAt(t) ?? (t.range[0] < t.range[1] ? trimmed(t) : undefined);
      if (!entity) return nothingHere('a name');
      const chosen = await chooseType(type, ['person', 'organization', 'place']);
      return chosen ? decide(t, entity, { action: 'type', type: chosen }) : false;
    }),

    vscode.commands.registerCommand(CorrectionCommandId.AnnotateSelection, async (uri?: unknown, range?: unknown, type?: unknown) => {
      const t = await target(uri, range);
      if (!t) return false;
      const span = trimmed(t);
      if (!span) return nothingHere('a selection');
      const chosen = await chooseType(type, ['person', 'organization', 'place', 'quote']);
      if (!chosen) return false;
      return decide(t, span, chosen === 'quote' ? { action: 'quote' } : { action: 'type', type: chosen });
    }),

    vscode.commands.registerCommand(CorrectionCommandId.SameActor, async (uri?: unknown, range?: unknown, other?: unknown) => {
      const t = await target(uri, range);
      if (!t) return false;
      const mention = t.index.mentionAt(t.range[0]);
      if (!mention) return nothingHere('a name');
      const own = t.index.actor(mention.actor);
      const name = typeof other === 'string' && other.trim() ? other.trim() : await pickActor(t.index, `“${mention.text}” is the same actor as…`, own);
      return name ? decide(t, mention.range, { action: 'sameActor', actor: name }) : false;
    }),

    vscode.commands.registerCommand(CorrectionCommandId.DifferentActor, async (uri?: unknown, range?: unknown) => {
      const t = await target(uri, range);
      const mention = t && t.index.mentionAt(t.range[0]);
      if (!t || !mention?.actor) return nothingHere('a person or organization');
      return decide(t, mention.range, { action: 'differentActor' });
    }),

    vscode.commands.registerCommand(CorrectionCommandId.SetQuoteSpeaker, async (uri?: unknown, range?: unknown, speaker?: unknown) => {
      const t = await target(uri, range);
      const quote = t && t.index.quoteAt(t.range[0]);
      if (!t || !quote) return nothingHere('a quotation');
      const name = speaker === null || typeof speaker === 'string' ? (speaker === null || speaker.trim() ? speaker?.trim() ?? null : undefined) : await pickSpeaker(t.index, quote);
      return name === undefined ? false : decide(t, quote.range, { action: 'speaker', speaker: name });
    }),

    vscode.commands.registerCommand(CorrectionCommandId.RemoveCorrection, async (uri?: unknown, range?: unknown, action?: unknown) => {
      const t = await target(uri, range);
      if (!t) return false;
      let removed = 0;
      const done = await store.update(t.document, (file, text) => {
        const result = removeCorrections(file, text, t.range, typeof action === 'string' ? (action as Action) : undefined);
        removed = result.removed.length;
        return result.file;
      });
      if (done && removed === 0) void vscode.window.showInformationMessage('News Lens: no correction here to remove.');
      return done && removed > 0;
    }),

    vscode.commands.registerCommand(CorrectionCommandId.AlwaysTreatAs, async (uri?: unknown, range?: unknown, rule?: unknown) => {
      const t = await target(uri, range);
      const entity = t && (entityAt(t) ?? trimmed(t));
      if (!t || !entity) return nothingHere('a name');
      const name = t.document.getText().slice(entity[0], entity[1]);
      const chosen = typeof rule === 'string' && ['person', 'organization', 'place', 'ignore'].includes(rule) ? (rule as NameRule) : await pickRule(name);
      return chosen ? store.treatAs(name, chosen, t.document) : false;
    }),
  ];
}

/** The mention (or date) at the target, by its whole range. */
function entityAt(t: Target): Range | undefined {
  return t.index.mentionAt(t.range[0])?.range ?? t.index.dateAt(t.range[0])?.range;
}

/** The target range without surrounding white space, or undefined when empty. */
function trimmed(t: Target): Range | undefined {
  const text = t.document.getText();
  let [start, end] = t.range;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return start < end ? [start, end] : undefined;
}

function nothingHere(what: string): false {
  void vscode.window.showInformationMessage(`News Lens: put the cursor on ${what} (or select text) to correct it.`);
  return false;
}

/** The document, analysis and offsets a command acts on, from its arguments or the active editor. */
async function resolveTarget(deps: CorrectionCommandDeps, uriOrNode: unknown, rangeArg: unknown): Promise<Target | undefined> {
  let document: vscode.TextDocument | undefined;
  let range: Range | undefined;
  const node = asNode(uriOrNode);
  if (node) {
    document = deps.actorsDocument();
  } else if (uriOrNode instanceof vscode.Uri || typeof uriOrNode === 'string') {
    const uri = typeof uriOrNode === 'string' ? vscode.Uri.parse(uriOrNode) : uriOrNode;
    document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString()) ?? (await vscode.workspace.openTextDocument(uri));
  } else {
    const editor = vscode.window.activeTextEditor;
    document = editor?.document;
    if (editor) range = [document!.offsetAt(editor.selection.start), document!.offsetAt(editor.selection.end)];
  }
  if (!document) {
    void vscode.window.showInformationMessage('News Lens: open an article first.');
    return undefined;
  }
  await deps.store.ready(document);
  const entry = await deps.service.whenReady(document);
  if (!entry) {
    void vscode.window.showInformationMessage('News Lens: this document is not analysed, so there is nothing to correct.');
    return undefined;
  }
  const { index } = entry;
  if (node) range = nodeRange(node, index);
  else if (rangeArg !== undefined) range = toOffsets(document, rangeArg as RangeArg);
  if (!range) {
    const editor = vscode.window.activeTextEditor;
    if (editor?.document !== document) return undefined;
    range = [document.offsetAt(editor.selection.start), document.offsetAt(editor.selection.end)];
  }
  return { document, index, range };
}

function asNode(value: unknown): ViewNode | undefined {
  if (typeof value !== 'object' || value === null || value instanceof vscode.Uri) return undefined;
  const kind = (value as { kind?: unknown }).kind;
  return kind === 'actor' || kind === 'place' || kind === 'quote' ? (value as ViewNode) : undefined;
}

/** The range a view node stands for: an actor's defining mention, a place's first mention, a quote. */
function nodeRange(node: ViewNode, index: AnalysisIndex): Range | undefined {
  switch (node.kind) {
    case 'actor':
      return index.definitionOf(node.actor);
    case 'place':
      return node.place.mentions[0];
    case 'quote':
      return node.quote.range;
  }
}

function toOffsets(document: vscode.TextDocument, arg: RangeArg): Range | undefined {
  if (Array.isArray(arg)) {
    const [s, e] = arg;
    return typeof s === 'number' && typeof e === 'number' ? [Math.max(0, Math.min(s, e)), Math.max(s, e)] : undefined;
  }
  if (!arg || typeof arg !== 'object' || !('start' in arg) || !('end' in arg)) return undefined;
  const start = document.offsetAt(new vscode.Position(arg.start.line, arg.start.character));
  const end = document.offsetAt(new vscode.Position(arg.end.line, arg.end.character));
  return [Math.min(start, end), Math.max(start, end)];
}

async function chooseType<T extends CorrectionType | 'quote'>(given: unknown, allowed: T[]): Promise<T | undefined> {
  if (typeof given === 'string' && (allowed as string[]).includes(given)) return given as T;
  if (given !== undefined && given !== null) {
    void vscode.window.showErrorMessage(`News Lens: unknown type ${JSON.stringify(given)} (use ${allowed.join(', ')}).`);
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(
    allowed.map((type) => ({ label: type === 'quote' ? 'Quotation' : capitalised(type), type })),
    { placeHolder: 'Annotate as…' },
  );
  return picked?.type;
}

/** Quick pick of the article's actors (and, with `allowNew`, a new name). */
async function pickActor(index: AnalysisIndex, placeHolder: string, exclude?: Actor): Promise<string | undefined> {
  const items = byProminence(index)
    .filter((a) => a !== exclude)
    .map((a) => ({ label: a.name, description: a.type, name: a.name as string | null | undefined }));
  const picked = await vscode.window.showQuickPick(items, { placeHolder, matchOnDescription: true });
  return picked?.name ?? undefined;
}

/** Quick pick of a quote's speaker: an actor of the article, a new name, or nobody / an unnamed source. Undefined when cancelled. */
async function pickSpeaker(index: AnalysisIndex, quote: Quote): Promise<string | null | undefined> {
  type Item = vscode.QuickPickItem & { pick: 'actor' | 'new' | 'nobody'; name?: string };
  const items: Item[] = [
    ...byProminence(index)
      .filter((a) => a.id !== quote.speaker)
      .map((a): Item => ({ label: a.name, description: a.role ?? a.type, pick: 'actor', name: a.name })),
    { label: '$(add) A new name…', pick: 'new' },
    { label: '$(circle-slash) Nobody / an unnamed source', pick: 'nobody' },
  ];
  const picked = await vscode.window.showQuickPick(items, { placeHolder: 'Who said this?', matchOnDescription: true });
  if (!picked) return undefined;
  if (picked.pick === 'nobody') return null;
  if (picked.pick === 'actor') return picked.name;
  const typed = await vscode.window.showInputBox({ prompt: 'Name of the speaker' });
  return typed?.trim() ? typed.trim() : undefined;
}

async function pickRule(name: string): Promise<NameRule | undefined> {
  const rules: Array<{ label: string; rule: NameRule }> = [
    ...TYPES.map((rule) => ({ label: rule === 'organization' ? 'an organization' : `a ${rule}`, rule })),
    { label: 'not a name (ignore)', rule: 'ignore' as const },
  ];
  const picked = await vscode.window.showQuickPick(rules, { placeHolder: `Always treat “${name}” in this workspace as…` });
  return picked?.rule;
}

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
