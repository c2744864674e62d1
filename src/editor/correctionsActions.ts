import * as vscode from 'vscode';
import { describeCorrection, type CorrectionReport } from '../core/corrections';
import type { Range } from '../core/types';
import type { AnalysisService } from './analysisService';
import { CorrectionCommandId } from './ids';
import type { AnalysisIndex } from './lookup';
import { toRange } from './ranges';

/** The code action kind of every correction (shown in the lightbulb); made on first use, not at load. */
const correctionKind = () => vscode.CodeActionKind.QuickFix.append('newsLens');

/** One correction offered at a place: a title and the command call that makes it. */
export interface OfferedCorrection {
  title: string;
  command: string;
  /** Arguments after `(uri, range)`. */
  extra: unknown[];
  /** The range passed to the command, in offsets. */
  range: Range;
}

/**
 * The corrections offered at `range` of an analysed document, for the lightbulb and the
 * hover card alike: on a name, "not a name", the other types, "same actor as…", "a
 * different actor", "always treat as…"; on a quote, "speaker is…" and "not a quote"; on
 * a selection that is not a name, "annotate as …"; and "remove correction" for each
 * correction that applies there.
 */
export function offeredCorrections(index: AnalysisIndex, range: Range, text: string): OfferedCorrection[] {
  const out: OfferedCorrection[] = [];
  const offer = (title: string, command: string, at: Range, ...extra: unknown[]) => out.push({ title, command, extra, range: at });
  const mention = index.mentionAt(range[0]);
  const date = mention ? undefined : index.dateAt(range[0]);
  const entity = mention?.range ?? date?.range;
  const selection = range[0] < range[1] && !(entity && entity[0] === range[0] && entity[1] === range[1]);
  if (entity) {
    const what = text.slice(entity[0], entity[1]);
    const type = mention?.type;
    offer(`Not a name: “${what}”`, CorrectionCommandId.MarkNotEntity, entity);
    for (const t of ['person', 'organization', 'place'] as const) {
      if (t !== type) offer(`This is ${t === 'organization' ? 'an organization' : `a ${t}`}`, CorrectionCommandId.SetEntityType, entity, t);
    }
    const actor = index.actor(mention?.actor ?? null);
    if (actor) {
      offer('Same actor as…', CorrectionCommandId.SameActor, entity);
      if (actor.mentions.length > 1) offer(`A different actor from ${actor.name}`, CorrectionCommandId.DifferentActor, entity);
    }
    offer(`Always treat “${what}” as… in this workspace`, CorrectionCommandId.AlwaysTreatAs, entity);
  }
  const quote = index.quoteAt(range[0]);
  if (quote && !entity) {
    offer('Speaker is…', CorrectionCommandId.SetQuoteSpeaker, quote.range);
    offer('Not a quote', CorrectionCommandId.MarkNotQuote, quote.range);
  }
  if (selection) {
    for (const t of ['person', 'organization', 'place', 'quote'] as const) {
      offer(`Annotate selection as ${t === 'organization' ? 'an organization' : `a ${t}`}`, CorrectionCommandId.AnnotateSelection, range, t);
    }
  }
  for (const a of correctionsAt(index.analysis.corrections, entity ?? quote?.range ?? range)) {
    offer(`Remove correction: ${describeCorrection(a.correction)}`, CorrectionCommandId.RemoveCorrection, a.range, a.correction.action);
  }
  return out;
}

/** The applied corrections whose span overlaps (or, for an empty range, contains) `range`. */
export function correctionsAt(report: CorrectionReport | undefined, range: Range): CorrectionReport['applied'] {
  if (!report) return [];
  return report.applied.filter((a) => (range[0] === range[1] ? a.range[0] <= range[0] && range[0] <= a.range[1] : a.range[0] < range[1] && range[0] < a.range[1]));
}

/** The lightbulb: every correction offered at the cursor or selection, as a command. */
export class CorrectionActionProvider implements vscode.CodeActionProvider {
  static metadata(): vscode.CodeActionProviderMetadata {
    return { providedCodeActionKinds: [correctionKind()] };
  }

  constructor(private readonly service: AnalysisService) {}

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection): vscode.CodeAction[] {
    const entry = this.service.get(document);
    if (!entry) return [];
    const offsets: Range = [document.offsetAt(range.start), document.offsetAt(range.end)];
    return offeredCorrections(entry.index, offsets, document.getText()).map((o) => {
      const action = new vscode.CodeAction(o.title, correctionKind());
      action.command = { command: o.command, title: o.title, arguments: [document.uri, toRange(document, o.range), ...o.extra] };
      return action;
    });
  }
}
