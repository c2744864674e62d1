import type { Analysis, Range, SectionKind } from '../core/types';
import { excerpt } from './hoverContent';

/**
 * The article outline as plain data: each article under its headline; inside, its
 * sections (standfirst, body, subheads…); quotes as children of the section they are
 * in, named by speaker. The symbol provider maps it to `DocumentSymbol`s.
 */
export interface OutlineNode {
  name: string;
  detail: string;
  kind: 'article' | SectionKind | 'quote';
  range: Range;
  selectionRange: Range;
  children: OutlineNode[];
}

const SECTION_NAMES: Record<SectionKind, string> = {
  headline: 'Headline',
  caption: 'Photo caption',
  meta: 'Meta',
  byline: 'Byline',
  standfirst: 'Standfirst',
  body: 'Body',
  subhead: 'Subhead',
};

export function buildOutline(analysis: Analysis): OutlineNode[] {
  const nodes: OutlineNode[] = [];
  const speakers = new Map(analysis.actors.map((a) => [a.id, a.name]));
  const quotes = [...analysis.quotes].sort((a, b) => a.outerRange[0] - b.outerRange[0]);
  let q = 0;
  for (const article of analysis.articles) {
    const articleNode: OutlineNode = {
      name: article.headline || 'Untitled article',
      detail: [article.dateline, article.published].filter(Boolean).join(' · '),
      kind: 'article',
      range: article.range,
      selectionRange: article.headlineRange,
      children: [],
    };
    for (const section of article.sections) {
      if (section.kind === 'headline') continue;
      const node: OutlineNode = {
        name: section.kind === 'subhead' ? section.title : SECTION_NAMES[section.kind],
        detail: section.kind === 'subhead' ? '' : excerpt(section.title, 60),
        kind: section.kind,
        range: section.range,
        selectionRange: section.range,
        children: [],
      };
      while (q < quotes.length && quotes[q]!.outerRange[0] < section.range[0]) q++;
      for (; q < quotes.length && quotes[q]!.outerRange[0] < section.range[1]; q++) {
        const quote = quotes[q]!;
        if (quote.kind === 'other') continue;
        node.children.push({
          name: (quote.speaker && speakers.get(quote.speaker)) || 'Unattributed',
          detail: `“${excerpt(quote.text, 60)}”`,
          kind: 'quote',
          range: clamp(quote.outerRange, section.range),
          selectionRange: clamp(quote.range, section.range),
          children: [],
        });
      }
      articleNode.children.push(node);
    }
    nodes.push(articleNode);
  }
  return nodes;
}

/** VS Code requires a child's range inside its parent's. */
function clamp([s, e]: Range, [ps, pe]: Range): Range {
  const start = Math.min(Math.max(s, ps), pe);
  return [start, Math.max(start, Math.min(e, pe))];
}
