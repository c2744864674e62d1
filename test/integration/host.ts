import * as vscode from 'vscode';
import type { NewsLensApi } from '../../src/extension';
import { waitFor } from './waitFor';

/**
 * What the suites use of their surroundings, the same in both extension hosts they run
 * in: Node (desktop, code-server) and the web worker (VS Code for the Web). Files are
 * reached through `vscode.Uri` and `workspace.fs`, never Node's `fs` and `path`, because
 * the web worker has neither.
 */

export const EXTENSION_ID = 'newslens.news-lens';

/** True in the web-worker extension host (a worker has `importScripts`; Node has not). */
export const inWebHost = typeof (globalThis as { importScripts?: unknown }).importScripts === 'function';

/** The extension under test: its folder is this repository's root. */
export function extension(): vscode.Extension<NewsLensApi> {
  const found = vscode.extensions.getExtension<NewsLensApi>(EXTENSION_ID);
  if (!found) throw new Error(`${EXTENSION_ID} is not loaded in this extension host`);
  return found;
}

/** A file or folder of this repository, as the extension host addresses it. */
export function repoFile(...segments: string[]): vscode.Uri {
  return vscode.Uri.joinPath(extension().extensionUri, ...segments);
}

/** A file under test/fixtures (the workspace folder the runners open). */
export function fixture(...segments: string[]): vscode.Uri {
  return repoFile('test/fixtures', ...segments);
}

export async function readText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

export async function writeText(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
}

export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** Deletes a file or folder (recursively) if it is there. */
export async function remove(uri: vscode.Uri): Promise<void> {
  if (await exists(uri)) await vscode.workspace.fs.delete(uri, { recursive: true, useTrash: false });
}

/** A name no other run or test uses (the web worker has no process id). */
export function uniqueName(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/**
 * A new empty folder for a suite's temporary files, under the git-ignored .vscode-test/
 * (the web worker cannot ask for the machine's temporary folder). Remove it when done.
 */
export async function scratchFolder(): Promise<vscode.Uri> {
  const folder = repoFile('.vscode-test', 'scratch', uniqueName('suite'));
  await vscode.workspace.fs.createDirectory(folder);
  return folder;
}

/**
 * Skips the running test in the web-worker host, for the few that need Node itself
 * (`why` says what for). Call from a `function ()` test, not an arrow function.
 */
export function nodeHostOnly(test: Mocha.Context, why: string): void {
  if (!inWebHost) return;
  console.log(`      (skipped in the web host: ${why})`);
  test.skip();
}

/** Waits until the extension is active, without activating it, and returns its API. */
export function activeApi(): Promise<NewsLensApi> {
  const ext = extension();
  return waitFor(() => ext.isActive && ext.exports, 'News Lens to activate');
}

