import * as vscode from 'vscode';
import { CONFIG_SECTION, type NewsLensSettings } from './ids';

/** Reads the `newsLens.*` settings for a document (resource-scoped, so folder settings apply). */
export function readSettings(scope?: vscode.ConfigurationScope): NewsLensSettings {
  const c = vscode.workspace.getConfiguration(CONFIG_SECTION, scope);
  return {
    enable: c.get<boolean>('enable', true),
    languages: c.get<string[]>('languages', ['plaintext', 'news-article']),
    highlight: {
      person: c.get<boolean>('highlight.person', true),
      organization: c.get<boolean>('highlight.organization', true),
      place: c.get<boolean>('highlight.place', true),
      date: c.get<boolean>('highlight.date', true),
      quote: c.get<boolean>('highlight.quote', true),
    },
    showSpeakers: c.get<boolean>('showSpeakers', true),
    maxFileSizeKB: c.get<number>('maxFileSizeKB', 2048),
    debounceMs: c.get<number>('debounceMs', 300),
  };
}
