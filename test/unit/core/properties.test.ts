import fc from 'fast-check';
import { analyze } from '../../../src/core/analyze';
import { assertInvariants } from './invariants';

/**
 * Property tests: whatever string comes in, `analyze` returns a consistent analysis.
 * Fixed seed and bounded runs so CI is stable; a failure prints the shrunk input.
 */
const SEED = 20261126;

const newsToken = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('the', 'said', 'told', 'minister', 'on', 'Monday', 'of', 'and', 'he', 'she', 'according', 'to', 'a', 'spokesman', 'for', 'added', 'last', 'week') },
  { weight: 4, arbitrary: fc.stringMatching(/^[A-Z][a-z]{1,8}$/) },
  { weight: 2, arbitrary: fc.constantFrom('Mr', 'Lt. Gen.', 'Prime Minister', 'Dr', 'President', 'former prime minister') },
  { weight: 4, arbitrary: fc.constantFrom('“', '”', '‘', '’', '"', "'", '’s', "'s") },
  { weight: 3, arbitrary: fc.constantFrom('.', ',', ':', ';', '?', '!', ' - ', ' — ', '(', ')', '(PTI)', 'ISPR') },
  { weight: 3, arbitrary: fc.constantFrom('\n', '\n\n', '\r\n', '\r\n\r\n', '\r', '\u2028', '  • ', '- ', '\t') },
  { weight: 1, arbitrary: fc.constantFrom('LONDON (Reuters) -', 'ISLAMABAD:', 'Updated 20 August 2024', 'Short Url', 'By Jane Doe', 'CHANGED FACES') },
  { weight: 1, arbitrary: fc.constantFrom('August 19, 2024', '2007', 'since November 2022', 'yesterday', '10:30') },
  { weight: 1, arbitrary: fc.constantFrom('قال الوزير', 'אמר השר', 'وزیر اعظم', '🙂', '👩‍👩‍👧', 'Ngātiwai', 'Tehreek-e-Insaf', 'al-Boushi') },
  { weight: 1, arbitrary: fc.constantFrom('\u0000', '\u0007', '\u001b[31m', '\ufeff', '\u200b', '\ud800', '\udc00', '\ufffd') },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
);

const newsText = fc.array(newsToken, { maxLength: 120 }).chain((tokens) =>
  fc.constantFrom(' ', '', ' ').map((sep) => tokens.join(sep)),
);

const loneSurrogates = fc.array(fc.integer({ min: 0xd800, max: 0xdfff }), { maxLength: 20 }).map((codes) => String.fromCharCode(...codes));

describe('analyze on any input (property-based)', () => {
  const check = (name: string, arbitrary: fc.Arbitrary<string>, numRuns: number) =>
    it(name, () => {
      fc.assert(
        fc.property(arbitrary, (text) => {
          assertInvariants(text, analyze(text));
        }),
        { seed: SEED, numRuns },
      );
    });

  check('keeps its invariants on news-like text with quotes, titles, line endings and scripts', newsText, 300);
  check('keeps its invariants on arbitrary Unicode', fc.string({ unit: 'binary', maxLength: 300 }), 200);
  check('keeps its invariants on lone surrogates mixed with text', fc.tuple(newsText, loneSurrogates).map(([a, b]) => a + b + a), 100);
});
