import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';

/** The repository root: the nearest folder above this file holding News Lens' package.json. */
export const repoRoot = findRepoRoot(__dirname);

function findRepoRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest) && JSON.parse(fs.readFileSync(manifest, 'utf8')).name === 'news-lens') return dir;
    if (path.dirname(dir) === dir) throw new Error(`No news-lens package.json above ${start}`);
  }
}

/** The grammar contribution for `news-article` as package.json declares it. */
export function grammarContribution(): { language: string; scopeName: string; path: string } {
  const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
  const contribution = manifest.contributes.grammars.find((g: { language?: string }) => g.language === 'news-article');
  if (!contribution) throw new Error('package.json contributes no grammar for news-article');
  return contribution;
}

/** Absolute path of the contributed grammar file. */
export function grammarPath(): string {
  return path.join(repoRoot, grammarContribution().path);
}

let grammarPromise: Promise<vsctm.IGrammar> | undefined;

/**
 * The contributed grammar, loaded as VS Code loads it: vscode-textmate on the Oniguruma WASM
 * build. Cached, because the WASM module can be initialised only once per process.
 */
export function loadNewsGrammar(): Promise<vsctm.IGrammar> {
  grammarPromise ??= (async () => {
    await oniguruma.loadWASM(fs.readFileSync(path.join(repoRoot, 'node_modules/vscode-oniguruma/release/onig.wasm')));
    const { scopeName } = grammarContribution();
    const registry = new vsctm.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
        createOnigString: (text: string) => new oniguruma.OnigString(text),
      }),
      loadGrammar: async (name: string) =>
        name === scopeName ? vsctm.parseRawGrammar(fs.readFileSync(grammarPath(), 'utf8'), grammarPath()) : null,
    });
    const grammar = await registry.loadGrammar(scopeName);
    if (!grammar) throw new Error(`Grammar ${scopeName} did not load`);
    return grammar;
  })();
  return grammarPromise;
}

/** Compiles one Oniguruma pattern; throws if it is not valid. Only after `loadNewsGrammar()`. */
export function compileOniguruma(pattern: string): void {
  new oniguruma.OnigScanner([pattern]).dispose();
}

/** A token as stored in a snapshot (VS Code's colorize-results shape): its text and its scopes, outermost first. */
export interface SnapshotToken {
  c: string;
  t: string;
}

/** The tokens of one line (1-based); a blank line has none. */
export interface SnapshotLine {
  line: number;
  tokens: SnapshotToken[];
}

/** Line breaks as the VS Code text model knows them. */
const LINE_BREAK = /\r\n|\r|\n/;

/**
 * Tokenizes `text` line by line as the editor does (CRLF, CR and LF all end a line; each line
 * starts from the previous line's state). Adjacent tokens with the same scopes are merged and
 * empty ones dropped, so a snapshot changes only when what a theme would colour changes.
 */
export function tokenizeText(grammar: vsctm.IGrammar, text: string): SnapshotLine[] {
  let state = vsctm.INITIAL;
  return text.split(LINE_BREAK).map((line, index) => {
    const result = grammar.tokenizeLine(line, state);
    state = result.ruleStack;
    const tokens: SnapshotToken[] = [];
    for (const token of result.tokens) {
      const c = line.slice(token.startIndex, token.endIndex);
      if (c === '') continue;
      const t = token.scopes.join(' ');
      const last = tokens[tokens.length - 1];
      if (last && last.t === t) last.c += c;
      else tokens.push({ c, t });
    }
    return { line: index + 1, tokens };
  });
}

/** Snapshot file text: one token per line, so a diff shows exactly which token changed. */
export function formatSnapshot(lines: SnapshotLine[]): string {
  const entries = lines.map(({ line, tokens }) =>
    tokens.length === 0
      ? `  { "line": ${line}, "tokens": [] }`
      : `  { "line": ${line}, "tokens": [\n${tokens
          .map((t) => `    { "c": ${JSON.stringify(t.c)}, "t": ${JSON.stringify(t.t)} }`)
          .join(',\n')}\n  ] }`,
  );
  return `[\n${entries.join(',\n')}\n]\n`;
}

/**
 * The scopes of each character of the `occurrence`-th (1-based) `needle` in `text`, for focused
 * assertions such as "this apostrophe is not inside a string".
 */
export function scopesOf(grammar: vsctm.IGrammar, text: string, needle: string, occurrence = 1): string[][] {
  let offset = -1;
  for (let i = 0; i < occurrence; i++) {
    offset = text.indexOf(needle, offset + 1);
    if (offset < 0) throw new Error(`${JSON.stringify(needle)} occurs fewer than ${occurrence} times in ${JSON.stringify(text)}`);
  }
  const scopes: string[][] = [];
  let lineStart = 0;
  let state = vsctm.INITIAL;
  for (const line of text.split(LINE_BREAK)) {
    const { tokens, ruleStack } = grammar.tokenizeLine(line, state);
    state = ruleStack;
    for (let col = 0; col < line.length; col++) {
      const at = lineStart + col;
      if (at < offset || at >= offset + needle.length) continue;
      const token = tokens.find((t) => t.startIndex <= col && col < t.endIndex);
      scopes.push(token ? token.scopes : []);
    }
    lineStart += line.length + (/^(?:\r\n|\r|\n)/.exec(text.slice(lineStart + line.length))?.[0].length ?? 0);
    if (lineStart > offset + needle.length) break;
  }
  if (scopes.length !== needle.length) throw new Error(`needle ${JSON.stringify(needle)} must not span a line break`);
  return scopes;
}
