// Retained heap of what the editor keeps per analysed document (the incremental analyser's
// caches, the analysis and its index), divided by the text's size. Run with --expose-gc.
// The engine's one-time state (compromise's lexicon, compiled code) is created first by a
// few throwaway analyses of the same text, so only what each document costs is counted; a
// small text is held in several copies so that the figure rises above the heap's noise.
const { readFileSync } = require('node:fs');

const lib = require(require('node:path').resolve(process.argv[2]));
const texts = JSON.parse(readFileSync(process.argv[3], 'utf8'));
if (typeof global.gc !== 'function') throw new Error('memory.cjs needs node --expose-gc');

function heap() {
  global.gc();
  global.gc();
  return process.memoryUsage().heapUsed;
}

/**
 * Throwaway analyses whose results leave no reference behind (not even on the stack). One
 * is not enough: the optimising compiler keeps compiling hot functions over the next few,
 * and that code (about 4× the text, once per process) would be counted as the document's.
 */
async function warmUp(text) {
  let n = 0;
  for (let i = 0; i < WARM_UP_RUNS; i++) if (await lib.keepDocument(text)) n++;
  return n;
}

const WARM_UP_RUNS = 8;

async function retained(text) {
  await warmUp(text);
  const copies = Math.max(1, Math.min(20, Math.floor((256 * 1024) / text.length)));
  const before = heap();
  const held = [];
  for (let i = 0; i < copies; i++) held.push(await lib.keepDocument(text));
  const after = heap();
  if (held.length !== copies) throw new Error('nothing held');
  return (after - before) / copies / Buffer.byteLength(text, 'utf8');
}

(async () => {
  const article = await retained(texts.article);
  const big = await retained(texts.big);
  process.stdout.write(JSON.stringify({ article, big }) + '\n');
})();
