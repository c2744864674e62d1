import type { Analysis, Mention, Range } from '../../../src/core/types';

/**
 * A hand-built analysis of a short fictional article, for testing the editor layer's
 * pure logic without depending on the engine's current output.
 */
export const ARTICLE = [
  'Harbour strike ends after talks', // 0..31
  '',
  'PORTSMOUTH: Dock workers ended a strike on Monday, the Harbour Workers Union said.',
  '“We have a deal,” said Maria Okafor, the union’s general secretary.',
  '“It protects every job,” Okafor added. Port chief Daniel Okafor said: “I am relieved.”',
].join('\n');

function at(text: string, occurrence = 0): Range {
  let from = -1;
  for (let i = 0; i <= occurrence; i++) from = ARTICLE.indexOf(text, from + 1);
  if (from < 0) throw new Error(`fixture text not found: ${text}`);
  return [from, from + text.length];
}

function mention(type: Mention['type'], text: string, actor: string | null, occurrence = 0): Mention {
  return { type, range: at(text, occurrence), text, title: null, actor };
}

const mentions: Mention[] = [
  mention('place', 'PORTSMOUTH', null),
  mention('date', 'Monday', null),
  mention('organization', 'Harbour Workers Union', 'harbour-workers-union'),
  mention('person', 'Maria Okafor', 'maria-okafor'),
  mention('person', 'Okafor', 'maria-okafor', 1),
  mention('person', 'Daniel Okafor', 'daniel-okafor'),
];

const quote = (text: string, speaker: string | null, cue: string | null, kind: 'direct' | 'partial' | 'other' = 'direct') => {
  const range = at(text);
  return { text, range, outerRange: [range[0] - 1, range[1] + 1] as Range, kind, speaker, cue, cueRange: null, article: 0 };
};

export const ANALYSIS: Analysis = {
  length: ARTICLE.length,
  articles: [
    {
      headline: 'Harbour strike ends after talks',
      headlineRange: [0, 31],
      range: [0, ARTICLE.length],
      dateline: 'PORTSMOUTH',
      datelineRange: at('PORTSMOUTH'),
      published: null,
      sections: [
        { kind: 'headline', title: 'Harbour strike ends after talks', range: [0, 31] },
        { kind: 'body', title: 'PORTSMOUTH: Dock workers ended a strike', range: [33, ARTICLE.length] },
      ],
    },
  ],
  paragraphs: [],
  actors: [
    { id: 'harbour-workers-union', name: 'Harbour Workers Union', type: 'organization', aliases: ['Harbour Workers Union'], role: null, affiliation: null, mentions: [at('Harbour Workers Union')] },
    { id: 'maria-okafor', name: 'Maria Okafor', type: 'person', aliases: ['Maria Okafor', 'Okafor'], role: 'general secretary', affiliation: 'harbour-workers-union', mentions: [at('Maria Okafor'), at('Okafor', 1)] },
    { id: 'daniel-okafor', name: 'Daniel Okafor', type: 'person', aliases: ['Daniel Okafor'], role: 'Port chief', affiliation: null, mentions: [at('Daniel Okafor')] },
  ],
  places: [{ name: 'PORTSMOUTH', mentions: [at('PORTSMOUTH')] }],
  dates: [{ text: 'Monday', range: at('Monday'), value: '2026-03-09' }],
  quotes: [
    quote('We have a deal,', 'maria-okafor', 'said'),
    quote('It protects every job,', 'maria-okafor', 'added'),
    quote('I am relieved.', 'daniel-okafor', 'said'),
  ],
  mentions,
};
