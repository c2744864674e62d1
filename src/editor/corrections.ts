import * as vscode from 'vscode';
import {
  applyCorrections,
  describeCorrection,
  emptyFile,
  parseNames,
  parseSidecar,
  reanchor,
  serializeSidecar,
  sidecarName,
  SIDECAR_SUFFIX,
  type CorrectionsFile,
  type NameRule,
  type NamesList,
  type StaleCorrection,
} from '../core/corrections';
import type { Analysis } from '../core/types';
import { CONFIG_SECTION, NAMES_SETTING } from './ids';

/** A document's corrections as loaded: usable, or a sidecar that cannot be read (never written over). */
type Loaded = { kind: 'ok'; file: CorrectionsFile; json: string | null } | { kind: 'broken'; reason: string };

interface Held {
  state: Loaded;
  /** Settles when the sidecar has been read for the first time. */
  ready: Promise<void>;
  /** Keys of the stale corrections last reported, so each is logged once. */
  reportedStale: Set<string>;
  stale: NearStale[];
  /** Where each correction (by its JSON) was last found: where a stale one was, near enough. */
  lastSeen: Map<string, number>;
}

/** A stale correction and the offset where it was last found (else its saved hint). */
export interface NearStale extends StaleCorrection {
  near: number;
}

/**
 * Owns every open document's corrections: reads `NAME.newslens.json` beside the article
 * (through `vscode.workspace.fs`, so it works in the web host too), keeps untitled
 * documents' corrections in memory until they are saved, writes changes back in the
 * sidecar's stable format, and applies them, with the `newsLens.names` setting, to each
 * analysis through `correct` — the single seam between the engine's result and what is
 * shown. A sidecar that cannot be read is reported and never written over.
 */
export class CorrectionStore implements vscode.Disposable {
  private readonly held = new Map<string, Held>();
  private readonly changed = new vscode.EventEmitter<vscode.TextDocument>();
  private readonly reported = new vscode.EventEmitter<vscode.TextDocument>();
  private readonly disposables: vscode.Disposable[] = [this.changed, this.reported];
  /**
   * Untitled documents with corrections (by URI) and the file just saved with their text:
   * when the untitled one closes next, it was a Save As, and its corrections go to that file.
   */
  private readonly savedAs = new Map<string, vscode.TextDocument>();
  private badNames: string | undefined;

  /** Fires when a document's corrections changed (loaded, written, edited on disk): re-apply them. */
  readonly onDidChange = this.changed.event;
  /** Fires after corrections were applied to a document's analysis (stale ones may have changed). */
  readonly onDidReport = this.reported.event;

  constructor(private readonly log: vscode.LogOutputChannel) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/*${SIDECAR_SUFFIX}`);
    const reloadFor = (uri: vscode.Uri) => {
      for (const document of vscode.workspace.textDocuments) {
        if (this.held.has(document.uri.toString()) && sidecarUri(document)?.toString() === uri.toString()) void this.load(document);
      }
    };
    this.disposables.push(
      watcher,
      watcher.onDidChange(reloadFor),
      watcher.onDidCreate(reloadFor),
      watcher.onDidDelete(reloadFor),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d)),
      vscode.workspace.onDidSaveTextDocument((d) => void this.saved(d)),
      vscode.workspace.onDidChangeTextDocument(({ document }) => {
        // Edited again after the save: not a Save As (which empties the untitled document, then closes it).
        if (this.savedAs.has(document.uri.toString()) && document.getText() !== '') this.savedAs.delete(document.uri.toString());
      }),
    );
  }

  /**
   * The seam: the engine's analysis of `document` with its corrections and the workspace
   * names applied. Plain data in and out, so it works on an analysis from any thread.
   */
  correct(document: vscode.TextDocument, analysis: Analysis): Analysis {
    const held = this.hold(document);
    const names = this.names(document);
    const corrections = held.state.kind === 'ok' ? held.state.file.corrections : [];
    const result = corrections.length === 0 && Object.keys(names).length === 0 ? analysis : applyCorrections(document.getText(), analysis, { corrections, names });
    for (const a of result.corrections?.applied ?? []) held.lastSeen.set(JSON.stringify(a.correction), a.range[0]);
    this.noteStale(document, held, result.corrections?.stale ?? []);
    return result;
  }

  /** Settles when the document's sidecar has been read (at once for an untitled document). */
  async ready(document: vscode.TextDocument): Promise<void> {
    await this.hold(document).ready;
  }

  /** The document's corrections file, or why it cannot be used. */
  stateOf(document: vscode.TextDocument): { file: CorrectionsFile } | { broken: string } {
    const { state } = this.hold(document);
    return state.kind === 'ok' ? { file: state.file } : { broken: state.reason };
  }

  /** The document's corrections that were not found in its current text. */
  staleOf(document: vscode.TextDocument): readonly NearStale[] {
    return this.held.get(document.uri.toString())?.stale ?? [];
  }

  /**
   * Changes the document's corrections: `change` gets the file as it is on disk now (or in
   * memory, for an untitled document) and the document's text. Refuses, saying so, when
   * the sidecar cannot be read. Resolves to whether the change was made.
   */
  async update(document: vscode.TextDocument, change: (file: CorrectionsFile, text: string) => CorrectionsFile): Promise<boolean> {
    const held = this.hold(document);
    await held.ready;
    const uri = sidecarUri(document);
    if (!uri) {
      const file = held.state.kind === 'ok' ? held.state.file : emptyFile();
      held.state = { kind: 'ok', file: change(file, document.getText()), json: null };
      this.changed.fire(document);
      return true;
    }
    const current = await readSidecar(uri);
    if (current.kind === 'broken') {
      held.state = current;
      this.changed.fire(document);
      void vscode.window.showErrorMessage(brokenMessage(uri, current.reason));
      return false;
    }
    const next = change(current.file, document.getText());
    const json = serializeSidecar(next);
    if (json !== current.json) {
      try {
        await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(json));
      } catch (error) {
        void vscode.window.showErrorMessage(`News Lens: cannot write ${baseName(uri)} (${error instanceof Error ? error.message : String(error)}).`);
        return false;
      }
      this.log.info(`${baseName(uri)}: ${next.corrections.length} correction${next.corrections.length === 1 ? '' : 's'} saved`);
    }
    held.state = { kind: 'ok', file: next, json };
    this.changed.fire(document);
    return true;
  }

  /** The workspace names (`newsLens.names`) that apply to `document`; an invalid setting is reported once and ignored. */
  names(document?: vscode.TextDocument): NamesList {
    const value = vscode.workspace.getConfiguration(CONFIG_SECTION, document?.uri).get<unknown>(NAMES_SETTING, {});
    const parsed = parseNames(value ?? {});
    if (parsed.ok) return parsed.names;
    if (this.badNames !== parsed.reason) {
      this.badNames = parsed.reason;
      this.log.warn(`setting newsLens.names is ignored: ${parsed.reason}`);
    }
    return {};
  }

  /** "Always treat X as …": adds `name` to `newsLens.names` (workspace settings; user settings without a workspace). */
  async treatAs(name: string, rule: NameRule, document?: vscode.TextDocument): Promise<boolean> {
    const config = vscode.workspace.getConfiguration(CONFIG_SECTION, document?.uri);
    const parsed = parseNames(config.get<unknown>(NAMES_SETTING, {}) ?? {});
    if (!parsed.ok) {
      void vscode.window.showErrorMessage(`News Lens: the setting newsLens.names is invalid (${parsed.reason}); fix it first, it was left unchanged.`);
      return false;
    }
    const target = vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
    await config.update(NAMES_SETTING, { ...parsed.names, [name]: rule }, target);
    this.log.info(`newsLens.names: "${name}" is now treated as ${rule}`);
    return true;
  }

  /**
   * The document's corrections, read from its sidecar the first time. A closed document's
   * are never kept: the entry would outlive the close, and (being keyed by URI) be taken
   * for the document that opens the same file next, which would then never read its sidecar.
   */
  private hold(document: vscode.TextDocument): Held {
    const key = document.uri.toString();
    let held = this.held.get(key);
    if (!held) {
      held = { state: { kind: 'ok', file: emptyFile(), json: null }, ready: Promise.resolve(), reportedStale: new Set(), stale: [], lastSeen: new Map() };
      if (document.isClosed) return held;
      this.held.set(key, held);
      held.ready = this.load(document);
    }
    return held;
  }

  /** (Re)reads the document's sidecar; tells listeners when what applies changed. */
  private async load(document: vscode.TextDocument): Promise<void> {
    const uri = sidecarUri(document);
    if (!uri) return;
    const loaded = await readSidecar(uri);
    const held = this.held.get(document.uri.toString());
    if (!held || document.isClosed) return;
    const before = held.state;
    if (loaded.kind === 'ok' && before.kind === 'ok' && loaded.json === before.json) return;
    held.state = loaded;
    if (loaded.kind === 'broken') {
      this.log.error(brokenMessage(uri, loaded.reason));
      void vscode.window.showWarningMessage(brokenMessage(uri, loaded.reason));
    } else if (loaded.file.corrections.length) {
      this.log.info(`${baseName(uri)}: ${loaded.file.corrections.length} correction${loaded.file.corrections.length === 1 ? '' : 's'} read`);
    }
    this.changed.fire(document);
  }

  /** Logs corrections that became stale (once each) and tells listeners. */
  private noteStale(document: vscode.TextDocument, held: Held, stale: StaleCorrection[]): void {
    const keys = new Set(stale.map((s) => JSON.stringify(s.correction)));
    for (const s of stale) {
      const key = JSON.stringify(s.correction);
      if (held.reportedStale.has(key)) continue;
      const where = sidecarUri(document);
      this.log.warn(`${baseName(document.uri)}: correction not found in the text any more, kept${where ? ` in ${baseName(where)}` : ''}: ${describeCorrection(s.correction)}`);
    }
    held.reportedStale = keys;
    held.stale = stale.map((s) => ({ ...s, near: held.lastSeen.get(JSON.stringify(s.correction)) ?? s.correction.offset }));
    this.reported.fire(document);
  }

  /**
   * Forgets a closed document. An untitled one closing right after a file was saved with its
   * text was saved as that file (Save As writes the file, then empties and closes the
   * untitled document): its corrections move to the file's sidecar. Otherwise they are dropped
   * with the document, as its text is.
   */
  private forget(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    const held = this.held.get(key);
    const target = this.savedAs.get(key);
    this.held.delete(key);
    this.savedAs.delete(key);
    if (target && held?.state.kind === 'ok' && held.state.file.corrections.length) void this.handOver(held.state.file, target);
  }

  /** After a save: notes the untitled documents it may be a Save As of, and re-anchors the file's corrections. */
  private async saved(document: vscode.TextDocument): Promise<void> {
    const corrected = (d: vscode.TextDocument) => {
      const held = d.isUntitled ? this.held.get(d.uri.toString()) : undefined;
      return held?.state.kind === 'ok' && held.state.file.corrections.length > 0;
    };
    const untitled = document.isUntitled || !sidecarUri(document) ? [] : vscode.workspace.textDocuments.filter(corrected);
    if (untitled.length) {
      const text = comparable(document.getText());
      for (const u of untitled) if (comparable(u.getText()) === text) this.savedAs.set(u.uri.toString(), document);
    }
    await this.reanchorOnSave(document);
  }

  /** Adds an untitled document's corrections to the sidecar of the file it was saved as (beside any it has). */
  private async handOver(from: CorrectionsFile, saved: vscode.TextDocument): Promise<void> {
    const moved = await this.update(saved, (file, text) => {
      const known = new Set(file.corrections.map((c) => JSON.stringify(c)));
      return reanchor({ ...file, corrections: [...file.corrections, ...from.corrections.filter((c) => !known.has(JSON.stringify(c)))] }, text);
    });
    if (moved) this.log.info(`${baseName(saved.uri)}: ${from.corrections.length} correction${from.corrections.length === 1 ? '' : 's'} kept from the untitled document it was saved from`);
  }

  /** On saving the article, corrections are re-anchored to where they are now (better context for later edits). */
  private async reanchorOnSave(document: vscode.TextDocument): Promise<void> {
    const held = this.held.get(document.uri.toString());
    if (held?.state.kind !== 'ok' || held.state.file.corrections.length === 0) return;
    const text = document.getText();
    if (serializeSidecar(reanchor(held.state.file, text)) === held.state.json) return;
    await this.update(document, (file) => reanchor(file, text));
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
    this.held.clear();
  }
}

/**
 * The sidecar of a document saved as a file (`DIR/NAME.newslens.json`); none (corrections
 * in memory) for untitled documents, read-only views such as a git diff, and sidecars themselves.
 */
export function sidecarUri(document: { uri: vscode.Uri; isUntitled: boolean }): vscode.Uri | undefined {
  const { uri } = document;
  if (document.isUntitled || uri.scheme === 'untitled' || vscode.workspace.fs.isWritableFileSystem(uri.scheme) !== true) return undefined;
  const name = baseName(uri);
  if (name === '' || name.endsWith(SIDECAR_SUFFIX)) return undefined;
  return uri.with({ path: uri.path.slice(0, uri.path.length - name.length) + sidecarName(name) });
}

/** Text as compared for a Save As: the save may trim trailing whitespace, add a final newline or change line ends. */
function comparable(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/[ \t]+$/gm, '').replace(/\n+$/, '');
}

function baseName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

/** Reads and parses a sidecar; a missing one is an empty file. */
async function readSidecar(uri: vscode.Uri): Promise<Loaded> {
  let bytes: Uint8Array;
  try {
    bytes = await vscode.workspace.fs.readFile(uri);
  } catch (error) {
    if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return { kind: 'ok', file: emptyFile(), json: null };
    return { kind: 'broken', reason: `cannot be read (${error instanceof Error ? error.message : String(error)})` };
  }
  const json = new TextDecoder().decode(bytes);
  const parsed = parseSidecar(json);
  return parsed.ok ? { kind: 'ok', file: parsed.file, json } : { kind: 'broken', reason: parsed.reason };
}

function brokenMessage(uri: vscode.Uri, reason: string): string {
  return `News Lens: ${baseName(uri)} is not a usable corrections file: ${reason}. It is left unchanged and no corrections are saved until it is fixed or removed.`;
}
