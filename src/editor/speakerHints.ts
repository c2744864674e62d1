import * as vscode from 'vscode';
import type { AnalysisEntry, AnalysisService } from './analysisService';
import type { DecorationController } from './decorations';
import { CONFIG_SECTION, type NewsLensSettings } from './ids';
import { escapeMarkdown } from './hoverContent';
import { toRange } from './ranges';
import { speakerLabels, uncertaintyNote } from './speakerLabels';

/**
 * The speaker labels ("— Okafor" after a quote whose speaker is not named beside it), as
 * inlay hints. An inlay hint is injected text: VS Code wraps a line with it taken into
 * account, where a decoration's `after` text is painted past the wrap point and cut off
 * at the editor's edge. Ctrl/Cmd+click on a label goes to where the speaker is introduced.
 */
export class SpeakerHints implements vscode.InlayHintsProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeInlayHints = this.changed.event;
  private readonly disposables: vscode.Disposable[];

  constructor(
    private readonly service: AnalysisService,
    private readonly decorations: DecorationController,
    private readonly settings: (document: vscode.TextDocument) => NewsLensSettings,
  ) {
    const refresh = () => this.changed.fire();
    this.disposables = [
      this.changed,
      service.onDidChange(refresh),
      decorations.onDidChangeEnabled(refresh),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(CONFIG_SECTION)) refresh();
      }),
    ];
  }

  provideInlayHints(document: vscode.TextDocument, range: vscode.Range): vscode.ProviderResult<vscode.InlayHint[]> {
    if (!this.decorations.highlightsEnabled) return [];
    const entry = this.service.get(document);
    if (entry) return this.hints(document, range, entry);
    // A long document still being analysed: answer once its analysis is ready.
    return this.service.whenReady(document).then((ready) => (ready ? this.hints(document, range, ready) : []));
  }

  private hints(document: vscode.TextDocument, range: vscode.Range, entry: AnalysisEntry): vscode.InlayHint[] {
    const text = document.getText();
    const from = document.offsetAt(range.start);
    const to = document.offsetAt(range.end);
    const { index } = entry;
    return speakerLabels(index, text, this.settings(document).showSpeakers)
      .filter((label) => label.offset >= from && label.offset <= to)
      .map((label) => {
        const part = new vscode.InlayHintLabelPart(label.text);
        const definition = index.definitionOf(label.speaker);
        if (definition) part.location = new vscode.Location(document.uri, toRange(document, definition));
        const hint = new vscode.InlayHint(document.positionAt(label.offset), [part]);
        hint.paddingLeft = true;
        const tooltip = new vscode.MarkdownString();
        tooltip.appendMarkdown(`Speaker: **${escapeMarkdown(label.speaker.name)}**`);
        if (label.speaker.role) tooltip.appendMarkdown(`, *${escapeMarkdown(label.speaker.role)}*`);
        if (label.quote.cue) tooltip.appendMarkdown(` · cue: *${escapeMarkdown(label.quote.cue)}*`);
        if (label.uncertain) tooltip.appendMarkdown(`  \n${escapeMarkdown(uncertaintyNote(label.quote))}`);
        hint.tooltip = tooltip;
        return hint;
      });
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
