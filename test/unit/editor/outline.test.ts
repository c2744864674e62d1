import * as assert from 'node:assert/strict';
import { buildOutline } from '../../../src/editor/outline';
import { ANALYSIS } from './analysisFixture';

describe('buildOutline', () => {
  it('puts each article under its headline with its sections', () => {
    const [article] = buildOutline(ANALYSIS);
    assert.equal(article?.name, 'Harbour strike ends after talks');
    assert.equal(article?.detail, 'PORTSMOUTH');
    assert.deepEqual(article?.children.map((c) => c.name), ['Body']);
  });

  it('nests quotes in their section, named by speaker', () => {
    const body = buildOutline(ANALYSIS)[0]!.children[0]!;
    assert.deepEqual(body.children.map((c) => c.name), ['Maria Okafor', 'Maria Okafor', 'Daniel Okafor']);
    assert.equal(body.children[0]!.detail, '“We have a deal,”');
  });

  it('keeps every child range inside its parent', () => {
    const check = (node: ReturnType<typeof buildOutline>[number]) => {
      for (const child of node.children) {
        assert.ok(child.range[0] >= node.range[0] && child.range[1] <= node.range[1], `${child.name} inside ${node.name}`);
        assert.ok(child.selectionRange[0] >= child.range[0] && child.selectionRange[1] <= child.range[1]);
        check(child);
      }
    };
    buildOutline(ANALYSIS).forEach(check);
  });

  it('leaves out quotes of kind other and names unattributed ones', () => {
    const quotes = [{ ...ANALYSIS.quotes[0]!, kind: 'other' as const }, { ...ANALYSIS.quotes[1]!, speaker: null }];
    const body = buildOutline({ ...ANALYSIS, quotes })[0]!.children[0]!;
    assert.deepEqual(body.children.map((c) => c.name), ['Unattributed']);
  });
});
