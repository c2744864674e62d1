import * as vscode from 'vscode';
import { describeCorrection } from '../core/corrections';
import type { Range } from '../core/types';
import type { AnalysisService } from './analysisService';
import type { CorrectionStore } from './corrections';
import { correctionsAt, offeredCorrections } from './correctionsActions';
import { commandUri } from './hover';
import { escapeMarkdown } from './hoverContent';
import { CorrectionCommandId } from './ids';

/** Every correction command a hover link may run (and nothing else). */
const LINK_COMMANDS: string[] = [
  CorrectionCommandId.MarkNotEntity,
  CorrectionCommandId.SetEntityType,
  CorrectionCommandId.SetQuoteSpeaker,
  CorrectionCommandId.MarkNotQuote,
  CorrectionCommandId.SameActor,
  CorrectionCommandId.DifferentActor,
  CorrectionCommandId.RemoveCorrection,
  CorrectionCommandId.AlwaysTreatAs,
];

/**
 * The corrections part of a hover card (VS Code shows it under the News Lens card): what
 * a person decided here, with "remove", the corrections on offer as links, and, on the
 * line where a correction used to apply, that it is no longer found (stale, kept).
 */
export class CorrectionHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly service: AnalysisService,
    private readonly store: CorrectionStore,
  ) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const entry = this.service.get(document);
    if (!entry) return undefined;
    const offset = document.offsetAt(position);
    const text = document.getText();
    const uri = document.uri.toString();
    const link = (title: string, command: string, range: Range, extra: unknown[]) => `[${escapeMarkdown(title)}](${commandUri(command, [uri, range, ...extra])})`;
    const lines: string[] = [];
    const mention = entry.index.mentionAt(offset);
    const at = mention?.range ?? entry.index.dateAt(offset)?.range ?? entry.index.quoteAt(offset)?.range ?? [offset, offset];
    // A retyped actor or place was decided at one of its mentions: every mention of it shows the decision.
    const actor = entry.index.actor(mention?.actor ?? null);
    const place = mention?.type === 'place' ? entry.index.analysis.places.find((p) => p.mentions.some((r) => r[0] === at[0] && r[1] === at[1])) : undefined;
    const ranges = actor?.mentions ?? place?.mentions ?? [at];
    const seen = new Set<number>();
    for (const a of ranges.flatMap((r) => correctionsAt(entry.index.analysis.corrections, r))) {
      if (seen.has(a.index)) continue;
      seen.add(a.index);
      lines.push(`$(pass) Corrected: ${escapeMarkdown(describeCorrection(a.correction))} · ${link('Remove correction', CorrectionCommandId.RemoveCorrection, a.range, [a.correction.action])}`);
    }
    // What is offered at the hovered point (a hover has no selection, so nothing is offered as one).
    const offered = offeredCorrections(entry.index, [offset, offset], text).filter((o) => o.command !== CorrectionCommandId.RemoveCorrection);
    if (offered.length) lines.push(`Correct: ${offered.map((o) => link(o.title, o.command, o.range, o.extra)).join(' · ')}`);
    for (const s of this.store.staleOf(document)) {
      // Where it was last found: the line of the deleted text, or the one after it.
      const line = document.positionAt(Math.min(s.near, text.length)).line;
      if (Math.abs(line - position.line) <= 1) lines.push(`$(warning) Correction no longer found (kept in the sidecar): ${escapeMarkdown(describeCorrection(s.correction))}`);
    }
    if (lines.length === 0) return undefined;
    const md = new vscode.MarkdownString(lines.join('  \n'), true);
    md.supportHtml = false;
    md.isTrusted = { enabledCommands: LINK_COMMANDS };
    return new vscode.Hover(md);
  }
}
