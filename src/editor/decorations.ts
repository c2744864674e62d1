import * as vscode from 'vscode';
import type { EntityType } from '../core/types';
import type { AnalysisService } from './analysisService';
import type { NewsLensSettings } from './ids';
import { shortNames } from './lookup';
import { toRange } from './ranges';

type Highlighted = EntityType | 'quote';

/** How many decorations of each kind were last drawn in an editor (tests read this). */
export type DrawnCounts = Record<Highlighted | 'speakers', number>;
const KINDS: readonly Highlighted[] = ['person', 'organization', 'place', 'date', 'quote'];

/**
 * Draws the highlights and the speaker labels in visible editors. Decoration types are
 * created once; each redraw only swaps the ranges.
 */
export class DecorationController implements vscode.Disposable {
  private readonly types: Record<Highlighted, vscode.TextEditorDecorationType>;
  private readonly speakerType: vscode.TextEditorDecorationType;
  private enabled = true;
  private readonly drawn = new Map<string, DrawnCounts>();

  constructor(
    private readonly service: AnalysisService,
    private readonly settings: (document: vscode.TextDocument) => NewsLensSettings,
  ) {
    const entity = (color: string): vscode.DecorationRenderOptions => ({
      backgroundColor: new vscode.ThemeColor(color),
      borderRadius: '3px',
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    });
    this.types = {
      person: vscode.window.createTextEditorDecorationType(entity('newsLens.person')),
      organization: vscode.window.createTextEditorDecorationType(entity('newsLens.organization')),
      place: vscode.window.createTextEditorDecorationType(entity('newsLens.place')),
      date: vscode.window.createTextEditorDecorationType(entity('newsLens.date')),
      quote: vscode.window.createTextEditorDecorationType({
        backgroundColor: new vscode.ThemeColor('newsLens.quote'),
        rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
      }),
    };
    this.speakerType = vscode.window.createTextEditorDecorationType({
      after: {
        color: new vscode.ThemeColor('editorCodeLens.foreground'),
        fontStyle: 'italic',
        margin: '0 0 0 0.4em',
      },
    });
  }

  get highlightsEnabled(): boolean {
    return this.enabled;
  }

  setEnabled(enabled: boolean): void {
    this.enabled = enabled;
    this.redrawAll();
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
    const ranges: Record<Highlighted, vscode.Range[]> = { person: [], organization: [], place: [], date: [], quote: [] };
    const labels: vscode.DecorationOptions[] = [];
    if (entry) {
      const { analysis } = entry.index;
      const names = shortNames(analysis.actors);
      for (const m of analysis.mentions) {
        if (settings.highlight[m.type]) ranges[m.type].push(toRange(document, m.range));
      }
      for (const q of analysis.quotes) {
        if (settings.highlight.quote) ranges.quote.push(toRange(document, q.outerRange));
        const speaker = q.speaker === null ? undefined : names.get(q.speaker);
        if (settings.showSpeakers && speaker && q.kind !== 'other') {
          const end = document.positionAt(q.outerRange[1]);
          labels.push({
            range: new vscode.Range(end, end),
            renderOptions: { after: { contentText: `— ${speaker}` } },
          });
        }
      }
    }
    for (const kind of KINDS) editor.setDecorations(this.types[kind], ranges[kind]);
    editor.setDecorations(this.speakerType, labels);
    this.drawn.set(document.uri.toString(), {
      person: ranges.person.length,
      organization: ranges.organization.length,
      place: ranges.place.length,
      date: ranges.date.length,
      quote: ranges.quote.length,
      speakers: labels.length,
    });
  }

  /** What was last drawn for a document, or undefined if it was never drawn. */
  drawnFor(uri: vscode.Uri): DrawnCounts | undefined {
    return this.drawn.get(uri.toString());
  }

  dispose(): void {
    for (const kind of KINDS) this.types[kind].dispose();
    this.speakerType.dispose();
  }
}
