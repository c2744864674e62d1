// Retained heap of what the editor keeps per analysed document (the incremental analyser's
// caches, the analysis and its index), divided by the text's size. Run with --expose-gc.
const { readFileSync } = require('node:fs');

const lib = require(process.argv[2]);
const texts = JSON.parse(readFileSync(process.argv[3], 'utf8'));
if (typeof global.gc !== 'function') throw new Error('memory.cjs needs node --expose-gc');

async function retained(text) {
  // Warm the shared lexicon first: it is held once per process, not per document.
  lib.analyze('Warm Up said on Monday.');
  global.gc();
  global.gc();
  const before = process.memoryUsage().heapUsed;
  const held = await lib.keepDocument(text);
  global.gc();
  global.gc();
  const after = process.memoryUsage().heapUsed;
  if (!held) throw new Error('nothing held');
  return (after - before) / Buffer.byteLength(text, 'utf8');
}

(async () => {
  const article = await retained(texts.article);
  const big = await retained(texts.big);
  process.stdout.write(JSON.stringify({ article, big }) + '\n');
})();
