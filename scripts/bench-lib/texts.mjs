// Texts the benchmark measures on: the corpus articles when present (else the fictional
// fixtures), a ~1 MB file of them with names varied per copy, and one-word edits.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';

/** The articles to measure on, and where they came from. */
export function loadArticles(corpusDir, root) {
  const read = (dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => ({ name: basename(f, '.txt'), text: readFileSync(join(dir, f), 'utf8').replace(/^\uFEFF/, '') }));
  if (existsSync(corpusDir) && statSync(corpusDir).isDirectory() && read(corpusDir).length > 0) {
    return { articles: read(corpusDir), source: corpusDir, fictional: false };
  }
  const dirs = ['test/fixtures', 'test/fixtures/heldout', 'test/fixtures/blind', 'samples'].map((d) => join(root, d)).filter(existsSync);
  return { articles: dirs.flatMap(read), source: 'fictional fixtures (test/fixtures, samples)', fictional: true };
}

/** The article whose size is nearest `size`, skipping `exclude`. */
export function pickNear(articles, size, exclude = []) {
  const pool = articles.filter((a) => !exclude.includes(a));
  return pool.reduce((a, b) => (Math.abs(b.text.length - size) < Math.abs(a.text.length - size) ? b : a));
}

const SEPARATOR = '\n\n\n';
const NOT_NAMES = new Set([
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'The', 'And', 'But',
]);
const SYLLABLES = ['ar', 'en', 'ov', 'is', 'ul', 'et', 'an', 'or', 'ik', 'em'];

/** Copy `k` of an article with every capitalised mid-sentence word (the names) changed. */
function varied(text, k) {
  if (k === 0) return text;
  const names = new Set();
  for (const m of text.matchAll(/(?<=[a-z,;] )[A-Z][a-z]{2,}\b/g)) if (!NOT_NAMES.has(m[0])) names.add(m[0]);
  let suffix = '';
  for (let x = k; x > 0; x = Math.floor(x / SYLLABLES.length)) suffix += SYLLABLES[x % SYLLABLES.length];
  return names.size === 0 ? text : text.replace(new RegExp(`\\b(?:${[...names].join('|')})\\b`, 'g'), (w) => w + suffix);
}

/**
 * A file of about `size` characters: every article in turn, copy after copy, each copy's
 * names changed so that no per-paragraph cache can reuse another copy's work.
 */
export function megabyteFile(articles, size) {
  const parts = [];
  let length = 0;
  for (let k = 0; length < size; k++) {
    for (const a of articles) {
      const t = varied(a.text.trim(), k);
      parts.push(t);
      length += t.length + SEPARATOR.length;
      if (length >= size) break;
    }
  }
  return { text: parts.join(SEPARATOR) + '\n', articles: parts.length };
}

/** The whole articles of `text` up to the first article boundary at or after `size`. */
export function prefixOf(text, size) {
  const at = text.indexOf(SEPARATOR, size);
  return at < 0 ? text : text.slice(0, at) + '\n';
}

/**
 * `n` versions of `text`, each the original with one word of one body paragraph (in the
 * middle of the article) replaced by a different made-up word: a typing edit whose result
 * no cache has seen.
 */
export function oneWordEdits(text, n) {
  const lines = [...text.matchAll(/[^\n]{120,}/g)];
  const line = lines[Math.floor(lines.length / 2)];
  if (!line) throw new Error('bench: no body paragraph to edit');
  const words = [...line[0].matchAll(/\b[a-z]{4,}\b/g)];
  const word = words[Math.floor(words.length / 2)];
  const at = line.index + word.index;
  const out = [];
  for (let i = 0; i < n; i++) {
    let w = '';
    for (let x = i + 1; x > 0; x = Math.floor(x / 26)) w += String.fromCharCode(97 + (x % 26));
    out.push(text.slice(0, at) + word[0] + w + text.slice(at + word[0].length));
  }
  return out;
}
