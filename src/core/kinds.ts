/**
 * The registry of annotation kinds: everything the editor, the CLI and the exports say
 * or draw about a person, an organization, a place, a date or a quotation comes from
 * here. Pure data (no `vscode`): the editor turns colour ids into theme colours, the CLI
 * turns terminal codes into ANSI escapes, and a unit test checks `package.json`'s
 * contributed colours and settings against this table. Adding a kind touches this file
 * (and `package.json`, which the test then says how to update).
 */

/** The kinds of annotation News Lens draws. */
export type KindId = 'person' | 'organization' | 'place' | 'date' | 'quote';

/** A colour per theme type, as `package.json` `contributes.colors[].defaults` spells it (#RRGGBBAA). */
export interface ThemeDefaults {
  dark: string;
  light: string;
  highContrast: string;
  highContrastLight: string;
}

/** One kind of annotation and every way News Lens shows it. */
export interface AnnotationKind {
  id: KindId;
  /** Singular, for legends and hover cards ("Person"). */
  label: string;
  /** Plural, for groups ("People"). */
  plural: string;
  /** The contributed theme colour of its highlight. */
  colorId: string;
  colorDescription: string;
  /** Key under `newsLens.` of the boolean setting that turns its highlight on and off. */
  setting: string;
  settingDescription: string;
  /** Codicon name, for the actors view, quick picks and the legend. */
  icon: string;
  /** brat standoff entity type. */
  brat: string;
  /** SGR parameters (open, close) of its colour on a terminal. */
  terminal: [open: number, close: number];
  /**
   * Default highlight colours, translucent so the text's own colour shows through. Chosen
   * (and checked by `test/unit/kinds.test.ts`) for text contrast, visibility against the
   * editor background and distinctness from each other in every theme type.
   */
  colours: ThemeDefaults;
}

/** Every kind, in the order legends and settings list them. */
export const KINDS: readonly AnnotationKind[] = [
  {
    id: 'person',
    label: 'Person',
    plural: 'People',
    colorId: 'newsLens.person',
    colorDescription: 'Highlight of people mentioned in a news article.',
    setting: 'highlight.person',
    settingDescription: 'Highlight mentions of people (colour: `newsLens.person`).',
    icon: 'person',
    brat: 'Person',
    terminal: [36, 39],
    colours: { dark: '#55B3F638', light: '#0A57C22E', highContrast: '#3DB8F573', highContrastLight: '#094CAA40' },
  },
  {
    id: 'organization',
    label: 'Organization',
    plural: 'Organizations',
    colorId: 'newsLens.organization',
    colorDescription: 'Highlight of organizations mentioned in a news article.',
    setting: 'highlight.organization',
    settingDescription: 'Highlight mentions of organizations (colour: `newsLens.organization`).',
    icon: 'organization',
    brat: 'Organization',
    terminal: [35, 39],
    colours: { dark: '#F655F659', light: '#A30AC238', highContrast: '#D63DF573', highContrastLight: '#9C09AA40' },
  },
  {
    id: 'place',
    label: 'Place',
    plural: 'Places',
    colorId: 'newsLens.place',
    colorDescription: 'Highlight of places mentioned in a news article.',
    setting: 'highlight.place',
    settingDescription: 'Highlight places (colour: `newsLens.place`).',
    icon: 'location',
    brat: 'Place',
    terminal: [32, 39],
    colours: { dark: '#55F68B38', light: '#0AC28538', highContrast: '#3DF55C66', highContrastLight: '#09AA6740' },
  },
  {
    id: 'date',
    label: 'Date',
    plural: 'Dates',
    colorId: 'newsLens.date',
    colorDescription: 'Highlight of dates and times in a news article.',
    setting: 'highlight.date',
    settingDescription: 'Highlight dates and times (colour: `newsLens.date`).',
    icon: 'calendar',
    brat: 'Date',
    terminal: [33, 39],
    colours: { dark: '#F6B35547', light: '#C2A30A38', highContrast: '#F5B83D73', highContrastLight: '#AA8F0940' },
  },
  {
    id: 'quote',
    label: 'Quote',
    plural: 'Quotes',
    colorId: 'newsLens.quote',
    colorDescription: 'Highlight of quotations in a news article (fainter than names: quotes are long and hold names).',
    setting: 'highlight.quote',
    settingDescription: 'Highlight quotations (colour: `newsLens.quote`).',
    icon: 'quote',
    brat: 'Quote',
    terminal: [3, 23],
    colours: { dark: '#F655551F', light: '#C2290A1F', highContrast: '#F53D3D4D', highContrastLight: '#AA160926' },
  },
];

/** The kinds by id. */
export const KIND: Readonly<Record<KindId, AnnotationKind>> = Object.fromEntries(KINDS.map((k) => [k.id, k])) as Record<KindId, AnnotationKind>;

/**
 * Below this `confidence` a quote's speaker is drawn as uncertain. The engine calibrates
 * confidence so that at least 95% of speakers given with 0.8 or more are right
 * (`annotation-format.md`); below that a reader should check.
 */
export const UNCERTAIN_BELOW = 0.8;
