/**
 * One article from text to the bytes `annotate` writes: the engine, the corrections, then
 * the chosen format. It runs wherever the analysis runs (on a pool worker with `--jobs`),
 * so only the text goes in and only a string comes out: the main thread never clones a
 * whole analysis or serialises an export, and the workers really share the work.
 */
import { analyze } from '../core/analyze';
import { applyCorrections, type Correction, type NamesList } from '../core/corrections';
import { toBrat, toExport } from '../core/export';
import type { Format } from './args';
import { COLOUR, PLAIN, renderSummary } from './summary';

/** How to render one article. */
export interface RenderRequest {
  text: string;
  /**
   * `json`, `brat`, `text` as `--format`; `jsonl` is one compact export line carrying `id`
   * (`annotate --jsonl`).
   */
  format: Format | 'jsonl';
  /** The export's `source` (a file name; null for stdin or a JSON line). */
  source: string | null;
  /** The name the text summary shows (null for stdin). */
  label: string | null;
  /** The JSON line's `id` (`jsonl` only). */
  id?: string | number;
  explain: boolean;
  colour: boolean;
  corrections: readonly Correction[];
  names: NamesList;
}

/** The rendered article, and how many of its corrections no longer match its text. */
export interface Rendered {
  output: string;
  stale: number;
}

export function renderArticle(request: RenderRequest): Rendered {
  const analysis = applyCorrections(request.text, analyze(request.text), { corrections: request.corrections, names: request.names });
  const stale = analysis.corrections?.stale.length ?? 0;
  const options = { explain: request.explain };
  switch (request.format) {
    case 'json':
      return { output: `${JSON.stringify(toExport(analysis, request.source, options), null, 2)}\n`, stale };
    case 'jsonl':
      return { output: JSON.stringify({ id: request.id, ...toExport(analysis, request.source, options) }), stale };
    case 'brat':
      return { output: toBrat(analysis, request.text), stale };
    case 'text':
      return { output: renderSummary(analysis, request.label, request.colour ? COLOUR : PLAIN, options), stale };
  }
}

/**
 * Several `json` renderings (each `JSON.stringify(x, null, 2)` plus a newline) as one
 * array, byte for byte what `JSON.stringify([x, y, …], null, 2)` gives: every line of a
 * member is indented one level more (JSON strings hold no raw newline).
 */
export function jsonArray(members: readonly string[]): string {
  if (members.length === 0) return '[]\n';
  return `[\n${members.map((m) => `  ${m.replace(/\n$/, '').replace(/\n/g, '\n  ')}`).join(',\n')}\n]\n`;
}
