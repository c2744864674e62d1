import * as vscode from 'vscode';
import { KINDS, type KindId } from '../core/kinds';
import type { AnalysisService } from './analysisService';
import type { NewsLensSettings } from './ids';
import { toRange } from './ranges';
import { isUncertain, speakerLabels } from './speakerLabels';

/** How many decorations of each kind were last drawn in an editor (tests read this). */
export type DrawnCounts = Record<KindId | 'speakers' | 'uncertain', number>;

/**
 * Draws the highlights (one decoration type per kind of the registry, in its theme
 * colour) and the dotted underline of quotes whose speaker is a guess, in visible
 * editors. Decoration types are created once; each redraw only swaps the ranges. The
 * speaker labels are inlay hints (`SpeakerHints`): unlike a decoration's `after` text,
 * injected text takes part in line wrapping, so a label is never cut off at the edge.
 */
export class DecorationController implements vscode.Disposable {
  private readonly types: Record<KindId, vscode.TextEditorDecorationType>;
  private readonly uncertainType: vscode.TextEditorDecorationType;
  private enabled = true;
  private readonly drawn = new Map<string, DrawnCounts>();
  private readonly enabledChanged = new vscode.EventEmitter<boolean>();

  /** Fires when highlights are toggled on or off. */
  readonly onDidChangeEnabled = this.enabledChanged.event;

  constructor(
    private readonly service: AnalysisService,
    private readonly settings: (document: vscode.TextDocument) => NewsLensSettings,
  ) {
    this.types = Object.fromEntries(
      KINDS.map((kind) => [
        kind.id,
        vscode.window.createTextEditorDecorationType({
          backgroundColor: new vscode.ThemeColor(kind.colorId),
          // Names get rounded corners; a quote is a run of text and stays square.
          borderRadius: kind.id === 'quote' ? undefined : '3px',
          rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
        }),
      ]),
    ) as Record<KindId, vscode.TextEditorDecorationType>;
    this.uncertainType = vscode.window.createTextEditorDecorationType({
      textDecoration: 'underline dotted',
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    });
  }

  get highlightsEnabled(): boolean {
    return this.enabled;
  }

  setEnabled(enabled: boolean): void {
    this.enabled = enabled;
    this.redrawAll();
    this.enabledChanged.fire(enabled);
  }

  redrawAll(): void {
    for (const editor of vscode.window.visibleTextEditors) this.redraw(editor);
  }

  /** Redraws one editor from the analysis of its document's current version. */
  redraw(editor: vscode.TextEditor): void {
    const document = editor.document;
    // A long document being analysed shows its visible part as soon as that is done.
    const entry = this.enabled ? this.service.drawable(document) : undefined;
    const settings = this.settings(document);
    const ranges = Object.fromEntries(KINDS.map((k) => [k.id, [] as vscode.Range[]])) as Record<KindId, vscode.Range[]>;
    const uncertain: vscode.Range[] = [];
    let speakers = 0;
    if (entry) {
      const { analysis } = entry.index;
      for (const m of analysis.mentions) {
        if (settings.highlight[m.type]) ranges[m.type].push(toRange(document, m.range));
      }
      for (const q of analysis.quotes) {
        if (settings.highlight.quote) ranges.quote.push(toRange(document, q.outerRange));
        if (q.kind !== 'other' && isUncertain(q)) uncertain.push(toRange(document, q.range));
      }
      speakers = speakerLabels(entry.index, document.getText(), settings.showSpeakers).length;
    }
    for (const kind of KINDS) editor.setDecorations(this.types[kind.id], ranges[kind.id]);
    editor.setDecorations(this.uncertainType, uncertain);
    const counts = Object.fromEntries(KINDS.map((k) => [k.id, ranges[k.id].length])) as Record<KindId, number>;
    this.drawn.set(document.uri.toString(), { ...counts, speakers, uncertain: uncertain.length });
  }

  /** What was last drawn for a document, or undefined if it was never drawn. */
  drawnFor(uri: vscode.Uri): DrawnCounts | undefined {
    return this.drawn.get(uri.toString());
  }

  dispose(): void {
    for (const kind of KINDS) this.types[kind.id].dispose();
    this.uncertainType.dispose();
    this.enabledChanged.dispose();
  }
}
