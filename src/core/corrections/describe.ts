import type { Correction } from './types';

/** A correction in words, for hover cards, menus and reports: `“Kingsmead” is a place`. */
export function describeCorrection(c: Correction): string {
  const what = `“${c.text.length > 40 ? `${c.text.slice(0, 39)}…` : c.text}”`;
  switch (c.action) {
    case 'notEntity':
      return `${what} is not a name`;
    case 'type':
      return `${what} is ${c.type === 'organization' ? 'an organization' : `a ${c.type}`}`;
    case 'sameActor':
      return `${what} is the same actor as ${c.actor}`;
    case 'differentActor':
      return `${what} is a different actor`;
    case 'speaker':
      return c.speaker === null ? `${what} has no named speaker` : `${what} was said by ${c.speaker}`;
    case 'notQuote':
      return `${what} is not a quote`;
    case 'quote':
      return `${what} is a quote`;
  }
}
