import * as vscode from 'vscode';
import type { AnalysisService } from './analysisService';
import { toRange } from './ranges';

/**
 * Actor navigation: the cursor on a mention highlights all mentions of the actor; Go to
 * Definition jumps to where the actor is introduced; Find All References lists every
 * mention.
 */
export class ActorNavigation implements vscode.DocumentHighlightProvider, vscode.DefinitionProvider, vscode.ReferenceProvider {
  constructor(private readonly service: AnalysisService) {}

  /** The actor under the cursor, once the current version's analysis is ready. */
  private async actorAt(document: vscode.TextDocument, position: vscode.Position) {
    const index = (await this.service.whenReady(document))?.index;
    const actor = index?.actorAt(document.offsetAt(position));
    return index && actor ? { index, actor } : undefined;
  }

  async provideDocumentHighlights(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.DocumentHighlight[]> {
    const hit = await this.actorAt(document, position);
    if (!hit) return [];
    return hit.actor.mentions.map((r) => new vscode.DocumentHighlight(toRange(document, r), vscode.DocumentHighlightKind.Text));
  }

  async provideDefinition(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Location | undefined> {
    const hit = await this.actorAt(document, position);
    const range = hit && hit.index.definitionOf(hit.actor);
    return range ? new vscode.Location(document.uri, toRange(document, range)) : undefined;
  }

  async provideReferences(
    document: vscode.TextDocument,
    position: vscode.Position,
    context: vscode.ReferenceContext,
  ): Promise<vscode.Location[]> {
    const hit = await this.actorAt(document, position);
    if (!hit) return [];
    const definition = hit.index.definitionOf(hit.actor);
    return hit.actor.mentions
      .filter((r) => context.includeDeclaration || r[0] !== definition?.[0])
      .map((r) => new vscode.Location(document.uri, toRange(document, r)));
  }
}
