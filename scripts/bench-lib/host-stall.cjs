// One extension-host session start, in a fresh process: a probe on the event loop notes
// the longest gap between its turns (the longest time the host could not respond) while
// the extension bundle loads and activates and the first article of the session is
// analysed. Prints {"maxGapMs", "totalMs"}.
//   node host-stall.cjs MODE BENCH_DIR ARTICLE_FILE
// MODE: `trivial` (a do-nothing extension, the floor of this machine), `worker` (News
// Lens as shipped: the engine in a worker thread), `inThread` (the engine on the host's
// thread, as before the worker and as the fallback).
const { readFileSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { context } = require('./activate.cjs');

const [mode, benchDir, articleFile] = process.argv.slice(2);
const dir = require('node:path').resolve(benchDir);
const text = readFileSync(articleFile, 'utf8');

let last = performance.now();
let maxGap = 0;
let probing = true;
const probe = () => {
  const now = performance.now();
  maxGap = Math.max(maxGap, now - last);
  last = now;
  if (probing) setImmediate(probe);
};

async function session() {
  if (mode === 'trivial') {
    const file = join(dir, 'trivial-extension.js');
    writeFileSync(file, 'exports.activate = (context) => { context.subscriptions.push({ dispose() {} }); };\n');
    require(file).activate(context);
    await new Promise((resolve) => setTimeout(resolve, 20));
    return;
  }
  require(join(dir, 'extension.js')).activate(context);
  await new Promise((resolve) => setImmediate(resolve));
  const host = require(join(dir, 'host.js'));
  const doc = { uri: 'file:///first.txt', version: 1, getText: () => text };
  const inThread = () => new host.AnalysisScheduler(() => host.engineIn(join(dir, 'worker.js')));
  const scheduler = mode === 'worker' ? new host.WorkerScheduler(host.nodeWorker(join(dir, 'worker.js')), inThread) : inThread();
  const analysis = await scheduler.request(doc);
  if (!analysis) throw new Error('no analysis');
  scheduler.dispose();
}

setImmediate(probe);
const t0 = performance.now();
session().then(() => {
  probing = false;
  const totalMs = performance.now() - t0;
  setImmediate(() => {
    process.stdout.write(JSON.stringify({ maxGapMs: Math.max(maxGap, performance.now() - last), totalMs }) + '\n');
    process.exit(0);
  });
});
