import * as vscode from 'vscode';
import { KINDS, type KindId } from '../core/kinds';
import { CONFIG_SECTION, type NewsLensSettings } from './ids';
import { parseShowSpeakers } from './speakerLabels';

/** Reads the `newsLens.*` settings for a document (resource-scoped, so folder settings apply). */
export function readSettings(scope?: vscode.ConfigurationScope): NewsLensSettings {
  const c = vscode.workspace.getConfiguration(CONFIG_SECTION, scope);
  return {
    enable: c.get<boolean>('enable', true),
    languages: c.get<string[]>('languages', ['plaintext', 'news-article']),
    highlight: Object.fromEntries(KINDS.map((k) => [k.id, c.get<unknown>(k.setting, true) !== false])) as Record<KindId, boolean>,
    showSpeakers: parseShowSpeakers(c.get<unknown>('showSpeakers')),
    maxFileSizeKB: c.get<number>('maxFileSizeKB', 2048),
    debounceMs: c.get<number>('debounceMs', 300),
  };
}
