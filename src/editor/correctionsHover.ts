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
    const at = entry.index.mentionAt(offset)?.range ?? entry.index.dateAt(offset)?.range ?? entry.index.quoteAt(offset)?.range ?? [offset, offset];
    for (const a of correctionsAt(entry.index.analysis.corrections, at)) {
      lines.push(`$(pass) Corrected: ${escapeMarkdown(describeCorrection(a.correction))} · ${link('Remove correction', CorrectionCommandId.RemoveCorrection, a.range, [a.correction.action])}`);
    }
    const offered = at[0] === at[1] ? [] : offeredCorrections(entry.index, at, text).filter((o) => o.command !== CorrectionCommandId.RemoveCorrection);
    if (offered.length) lines.push(`Correct: ${offered.map((o) => link(o.title, o.command, o.range, o.extra)).join(' · ')}`);
    const line = document.lineAt(position.line);
    const lineRange: Range = [document.offsetAt(line.range.start), document.offsetAt(line.range.end)];
    for (const s of this.store.staleOf(document)) {
      const hint = Math.min(s.correction.offset, text.length);
      if (hint >= lineRange[0] && hint <= lineRange[1]) lines.push(`$(warning) Correction no longer found (kept in the sidecar): ${escapeMarkdown(describeCorrection(s.correction))}`);
    }
    if (lines.length === 0) return undefined;
    const md = new vscode.MarkdownString(lines.join('  \n'), true);
    md.supportHtml = false;
    md.isTrusted = { enabledCommands: LINK_COMMANDS };
    return new vscode.Hover(md);
  }
}
