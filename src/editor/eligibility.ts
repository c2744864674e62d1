import type { NewsLensSettings } from './ids';

/** Why a document is not analysed; `setting` names what the user can change. */
export interface SkipReason {
  code: 'disabled' | 'language' | 'tooLarge' | 'binary' | 'failed' | 'closed';
  /** A few words for the status bar ("file over 2048 KB"). */
  short: string;
  message: string;
  setting?: string;
}

/** What the eligibility check needs to know of a document (a `TextDocument` satisfies it). */
export interface DocumentFacts {
  languageId: string;
  /** Length in UTF-16 code units. */
  length: number;
  /** The first few kilobytes, for the binary check. */
  head: string;
}

/** How much of a document's start the binary check reads. */
export const BINARY_SNIFF_LENGTH = 8192;

/**
 * Decides whether a document is analysed. Pure, so the rules are unit-tested: off when
 * disabled or another language; skipped when larger than `maxFileSizeKB` (unless the
 * user chose to analyse it anyway) or when it looks binary (NUL characters, or mostly
 * control characters / replacement characters from a failed decode).
 */
export function skipReason(doc: DocumentFacts, settings: NewsLensSettings, sizeOverride = false): SkipReason | undefined {
  if (!settings.enable) {
    return { code: 'disabled', short: 'off', message: 'News Lens is turned off', setting: 'newsLens.enable' };
  }
  if (!settings.languages.includes(doc.languageId)) {
    return { code: 'language', short: `not for ${doc.languageId}`, message: `News Lens does not analyse ${doc.languageId} documents`, setting: 'newsLens.languages' };
  }
  if (looksBinary(doc.head)) {
    return { code: 'binary', short: 'binary file', message: 'This file looks binary, so News Lens skipped it' };
  }
  const kb = Math.ceil(doc.length / 1024);
  if (!sizeOverride && kb > settings.maxFileSizeKB) {
    return {
      code: 'tooLarge',
      short: `file over ${settings.maxFileSizeKB} KB`,
      message: `This file is ${kb} KB, over the ${settings.maxFileSizeKB} KB limit, so News Lens skipped it`,
      setting: 'newsLens.maxFileSizeKB',
    };
  }
  return undefined;
}

/** True for text that is not prose: NUL characters, or over 10% control or U+FFFD characters. */
export function looksBinary(head: string): boolean {
  if (head.includes('\0')) return true;
  if (head.length === 0) return false;
  let odd = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) odd++;
  }
  return odd / head.length > 0.1;
}
