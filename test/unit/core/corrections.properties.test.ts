import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze } from '../../../src/core/analyze';
import { anchorAt, applyCorrections, CONTEXT, locate, type Correction } from '../../../src/core/corrections';

/**
 * Property tests: random edits around an anchored correction never move it onto other
 * text. Each document repeats a few names in distinct sentences; one occurrence is
 * anchored; edits insert lower-case text (which cannot spell a name) or delete a few
 * characters anywhere. The occurrence is followed through the edits: the anchor must
 * find exactly it, or be stale; it must never land on another occurrence.
 */
const SEED = 20261205;
const NAMES = ['Ann Lee', 'Bo Ruiz', 'Kestrel Mills'];
const FILLER = ['said the plan', 'would wait for', 'met the board of', 'walked past', 'in the rain', 'on the quay', 'after the vote'];

interface Doc {
  text: string;
  /** Range of every name occurrence, in order. */
  names: Array<{ name: string; range: [number, number] }>;
}

/** Sentences "Line N: filler NAME filler." — names at least 30 characters apart. */
const doc: fc.Arbitrary<Doc> = fc
  .array(fc.tuple(fc.constantFrom(...NAMES), fc.constantFrom(...FILLER), fc.constantFrom(...FILLER)), { minLength: 2, maxLength: 12 })
  .map((lines) => {
    let text = 'Harbour notes\n\n';
    const names: Doc['names'] = [];
    lines.forEach(([name, a, b], i) => {
      text += `Line ${i + 1}: people ${a} `;
      names.push({ name, range: [text.length, text.length + name.length] });
      text += `${name} ${b} today.${i % 3 === 2 ? '\n\n' : ' '}`;
    });
    return { text, names };
  });

interface Edit {
  /** Where, as a fraction of the current length. */
  at: number;
  remove: number;
  insert: string;
}

const edit: fc.Arbitrary<Edit> = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.integer({ min: 0, max: 5 }),
  insert: fc.stringMatching(/^[a-z ,.\n]{0,12}$/),
});

/** Applies an edit and follows `target` through it (null once the edit touched its inside). */
function applyEdit(text: string, target: [number, number] | null, e: Edit): { text: string; target: [number, number] | null } {
  const start = Math.min(text.length, Math.floor(e.at * (text.length + 1)));
  const end = Math.min(text.length, start + e.remove);
  const next = text.slice(0, start) + e.insert + text.slice(end);
  if (!target) return { text: next, target };
  const [s, t] = target;
  const delta = e.insert.length - (end - start);
  if (end <= s) return { text: next, target: [s + delta, t + delta] };
  if (start >= t) return { text: next, target };
  return { text: next, target: null };
}

describe('corrections: anchors under random edits (property-based)', () => {
  it('find the anchored occurrence, or nothing; never another occurrence', () => {
    fc.assert(
      fc.property(doc, fc.nat(), fc.array(edit, { maxLength: 5 }), ({ text, names }, pick, edits) => {
        const chosen = names[pick % names.length]!;
        const anchor = anchorAt(text, ...chosen.range);
        let state: { text: string; target: [number, number] | null } = { text, target: chosen.range };
        for (const e of edits) state = applyEdit(state.text, state.target, e);
        const found = locate(state.text, anchor);
        if (found === null) return;
        assert.equal(state.text.slice(...found), chosen.name, 'lands on the same text');
        assert.deepEqual(found, state.target, 'lands on the anchored occurrence, not another one');
      }),
      { seed: SEED, numRuns: 600 },
    );
  });

  it('always find the occurrence when the edits stay outside its context', () => {
    fc.assert(
      fc.property(doc, fc.nat(), fc.array(edit, { maxLength: 5 }), ({ text, names }, pick, edits) => {
        const chosen = names[pick % names.length]!;
        const anchor = anchorAt(text, ...chosen.range);
        let state: { text: string; target: [number, number] | null } = { text, target: chosen.range };
        for (const e of edits) {
          const [s, t] = state.target!;
          const start = Math.min(state.text.length, Math.floor(e.at * (state.text.length + 1)));
          const end = Math.min(state.text.length, start + e.remove);
          if (end > s - CONTEXT && start < t + CONTEXT) continue;
          state = applyEdit(state.text, state.target, e);
        }
        assert.deepEqual(locate(state.text, anchor), state.target);
      }),
      { seed: SEED, numRuns: 600 },
    );
  });

  it('a corrected mention, re-applied after edits, is on its own text or reported stale', () => {
    fc.assert(
      fc.property(doc, fc.nat(), fc.array(edit, { maxLength: 4 }), ({ text, names }, pick, edits) => {
        const chosen = names[pick % names.length]!;
        const correction = { action: 'type', type: 'place', ...anchorAt(text, ...chosen.range) } as Correction;
        let state: { text: string; target: [number, number] | null } = { text, target: chosen.range };
        for (const e of edits) state = applyEdit(state.text, state.target, e);
        const report = applyCorrections(state.text, analyze(state.text), { corrections: [correction], names: {} }).corrections!;
        if (report.stale.length) return;
        assert.deepEqual(report.applied[0]!.range, state.target);
      }),
      { seed: SEED, numRuns: 120 },
    );
  });
});
