import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { KIND, KINDS, type ThemeDefaults } from '../../src/core/kinds';
import { contrast, deltaE2000, deltaE2000Lab, over, parseHex, type Rgba } from './colour';

const manifest = JSON.parse(readFileSync(path.resolve(__dirname, '../../../package.json'), 'utf8')) as {
  contributes: {
    colors: Array<{ id: string; description: string; defaults: ThemeDefaults }>;
    configuration: { properties: Record<string, { type: string; default: unknown; markdownDescription?: string }> };
  };
};

describe('the registry of annotation kinds', () => {
  it('has unique ids, colour ids, setting keys and brat labels', () => {
    for (const field of ['id', 'colorId', 'setting', 'brat', 'label', 'plural'] as const) {
      const values = KINDS.map((k) => k[field]);
      assert.equal(new Set(values).size, values.length, `${field} unique: ${values.join(', ')}`);
    }
    for (const kind of KINDS) assert.equal(KIND[kind.id], kind);
  });

  it('is what package.json contributes as theme colours', () => {
    const contributed = manifest.contributes.colors.filter((c) => KINDS.some((k) => k.colorId === c.id));
    const expected = KINDS.map((k) => ({ id: k.colorId, description: k.colorDescription, defaults: k.colours }));
    assert.deepEqual(contributed, expected, `package.json contributes.colors should hold:\n${JSON.stringify(expected, null, 2)}`);
  });

  it('is what package.json contributes as highlight settings, and there are no others', () => {
    const properties = manifest.contributes.configuration.properties;
    const highlightKeys = Object.keys(properties).filter((key) => key.startsWith('newsLens.highlight.'));
    assert.deepEqual(highlightKeys.sort(), KINDS.map((k) => `newsLens.${k.setting}`).sort());
    for (const kind of KINDS) {
      assert.deepEqual(
        properties[`newsLens.${kind.setting}`],
        { type: 'boolean', default: true, markdownDescription: kind.settingDescription, scope: 'resource' },
        `newsLens.${kind.setting}`,
      );
    }
  });
});

/**
 * The editor background and foreground of the default themes of each theme type
 * (VS Code 1.100: Dark Modern and Dark+, Light Modern and Light+, the two high-contrast
 * themes). A highlight is drawn over the background, so each colour is checked composited
 * over it.
 */
const EDITORS: Record<keyof ThemeDefaults, Array<{ theme: string; background: string; foreground: string }>> = {
  dark: [
    { theme: 'Dark Modern', background: '#1F1F1F', foreground: '#CCCCCC' },
    { theme: 'Dark+', background: '#1E1E1E', foreground: '#D4D4D4' },
  ],
  light: [
    { theme: 'Light Modern', background: '#FFFFFF', foreground: '#3B3B3B' },
    { theme: 'Light+', background: '#FFFFFF', foreground: '#000000' },
  ],
  highContrast: [{ theme: 'Dark High Contrast', background: '#000000', foreground: '#FFFFFF' }],
  highContrastLight: [{ theme: 'Light High Contrast', background: '#FFFFFF', foreground: '#292929' }],
};

/**
 * Thresholds, and why:
 * - text on a highlight keeps WCAG AA contrast for body text (4.5:1);
 * - a name's highlight differs from the bare background by ΔE2000 >= 10 (2.3 is just
 *   noticeable side by side; a highlight must be seen at a glance, on a few letters);
 *   a quote's, deliberately fainter because quotes are long runs, by >= 7;
 * - any two kinds differ by ΔE2000 >= 15, so they read as different categories rather
 *   than shades of one (the old organization and quote colours in Dark Modern: 9.5);
 * - a name inside a quote still stands out from the quote around it (>= 10).
 */
const MIN_TEXT_CONTRAST = 4.5;
const MIN_NAME_VS_BACKGROUND = 10;
const MIN_QUOTE_VS_BACKGROUND = 7;
const MIN_BETWEEN_KINDS = 15;
const MIN_NAME_IN_QUOTE = 10;

describe('highlight colours in every theme type', () => {
  it('computes CIEDE2000 as published (Sharma, Wu & Dalal test pairs)', () => {
    const pairs: Array<[number[], number[], number]> = [
      [[50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
      [[50, -1.3802, -84.2814], [50, 0, -82.7485], 1.0000],
      [[50, 2.5, 0], [73, 25, -18], 27.1492],
      [[60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387], 1.2644],
      [[22.7233, 20.0904, -46.694], [23.0331, 14.973, -42.5619], 2.0373],
    ];
    for (const [a, b, expected] of pairs) assert.ok(Math.abs(deltaE2000Lab(a, b) - expected) < 1e-4, `${a} / ${b}: ${deltaE2000Lab(a, b)}`);
  });

  for (const [type, editors] of Object.entries(EDITORS) as Array<[keyof ThemeDefaults, (typeof EDITORS)['dark']]>) {
    for (const editor of editors) {
      describe(`${editor.theme} (${type})`, () => {
        const background = parseHex(editor.background);
        const foreground = parseHex(editor.foreground);
        const drawn = new Map<string, Rgba>(KINDS.map((k) => [k.id, over(parseHex(k.colours[type]), background)]));

        it(`keeps text readable on every highlight (>= ${MIN_TEXT_CONTRAST}:1)`, () => {
          for (const [id, colour] of drawn) {
            const ratio = contrast(foreground, colour);
            assert.ok(ratio >= MIN_TEXT_CONTRAST, `${id}: ${ratio.toFixed(2)}:1`);
          }
        });

        it('makes every highlight visible against the editor background', () => {
          for (const [id, colour] of drawn) {
            const min = id === 'quote' ? MIN_QUOTE_VS_BACKGROUND : MIN_NAME_VS_BACKGROUND;
            const delta = deltaE2000(colour, background);
            assert.ok(delta >= min, `${id}: ΔE ${delta.toFixed(1)} < ${min}`);
          }
        });

        it(`tells every two kinds apart (ΔE >= ${MIN_BETWEEN_KINDS})`, () => {
          const ids = [...drawn.keys()];
          for (const [i, a] of ids.entries()) {
            for (const b of ids.slice(i + 1)) {
              const delta = deltaE2000(drawn.get(a)!, drawn.get(b)!);
              assert.ok(delta >= MIN_BETWEEN_KINDS, `${a} / ${b}: ΔE ${delta.toFixed(1)}`);
            }
          }
        });

        it('shows a name inside a quote apart from the quote around it', () => {
          const quote = drawn.get('quote')!;
          for (const kind of KINDS.filter((k) => k.id !== 'quote')) {
            const nested = over(parseHex(kind.colours[type]), quote);
            const delta = deltaE2000(nested, quote);
            assert.ok(delta >= MIN_NAME_IN_QUOTE, `${kind.id} in a quote: ΔE ${delta.toFixed(1)}`);
            assert.ok(contrast(foreground, nested) >= MIN_TEXT_CONTRAST, `${kind.id} in a quote: text ${contrast(foreground, nested).toFixed(2)}:1`);
          }
        });
      });
    }
  }
});
