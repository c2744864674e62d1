import { deepStrictEqual, equal, ok, rejects, strictEqual } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../../src/core/analyze';
import * as engine from '../../../src/core/incremental';
import type { Analysis } from '../../../src/core/types';
import { AnalysisScheduler, type DocumentVersion } from '../../../src/editor/analysisScheduler';
import { WorkerScheduler, type StartWorker } from '../../../src/worker/client';
import { AnalysisAssembler, analysisMessages, PART_ITEMS, type FromWorker } from '../../../src/worker/protocol';
import { EngineServer } from '../../../src/worker/server';
import { nodeWorker } from '../../../src/worker/startNode';

const ROOT = join(__dirname, '../../../..');
const article = readFileSync(join(ROOT, 'test/fixtures/harbour-strike.article.txt'), 'utf8').trim();
const PORTS = ['Portsmouth', 'Southampton', 'Plymouth', 'Dover', 'Harwich', 'Felixstowe', 'Tilbury'];
/** Seven articles (over 16 KB) about one port dispute each, the same people in all of them. */
const long = PORTS.map((port) => article.replace(/Portsmouth/g, port)).join('\n\n\n') + '\n';

const doc = (version: number, text: string, visible?: [number, number]): DocumentVersion => ({ uri: 'file:///long.txt', version, getText: () => text, visible });
const turn = (fn: () => void) => setImmediate(fn);

/** An engine server whose answers are collected, with the analysis of each `done` joined back. */
function server() {
  const messages: FromWorker[] = [];
  const results = new Map<number, Analysis>();
  const assemblers = new Map<number, AnalysisAssembler>();
  let settled: () => void = () => undefined;
  const s = new EngineServer((m) => {
    messages.push(m);
    if (m.type === 'part') {
      if (!assemblers.has(m.id)) assemblers.set(m.id, new AnalysisAssembler());
      assemblers.get(m.id)!.add(m.key, m.items);
    }
    if (m.type === 'done') results.set(m.id, (assemblers.get(m.id) ?? new AnalysisAssembler()).finish(m.head));
    if (m.type !== 'part' && m.type !== 'preview') settled();
  }, turn);
  const answered = (n: number) =>
    new Promise<void>((resolve) => {
      settled = () => {
        if (messages.filter((m) => m.type !== 'part' && m.type !== 'preview').length >= n) resolve();
      };
      settled();
    });
  return { s, messages, results, answered };
}

describe('engine worker protocol', () => {
  it('sends an analysis as small parts that join back to exactly the same analysis', () => {
    const analysis = analyze(long);
    const assembler = new AnalysisAssembler();
    let head: Partial<Analysis> | undefined;
    for (const m of analysisMessages(7, analysis)) {
      equal(m.id, 7);
      if (m.type === 'part') {
        ok(m.items.length <= PART_ITEMS);
        assembler.add(m.key, m.items);
      } else if (m.type === 'done') head = m.head;
    }
    ok(head);
    deepStrictEqual(assembler.finish(head), analysis);
  });
});

describe('engine server (the worker side)', () => {
  it('answers with exactly analyze(text), a long file as a whole: actors linked across its articles', async () => {
    const { s, results, answered } = server();
    s.handle({ type: 'analyze', id: 1, uri: 'a', version: 1, text: long });
    await answered(1);
    const analysis = results.get(1)!;
    deepStrictEqual(analysis, analyze(long));
    equal(analysis.articles.length, PORTS.length);
    const okafor = analysis.actors.filter((a) => a.name === 'Maria Okafor');
    equal(okafor.length, 1, 'one actor for the person every article quotes');
    ok(okafor[0]!.mentions.some((r) => r[0] > long.length / 2) && okafor[0]!.mentions.some((r) => r[0] < long.length / 7));
  });

  it('of a burst of versions of one document analyses only the newest, the others answered cancelled', async () => {
    const { s, messages, results, answered } = server();
    s.handle({ type: 'analyze', id: 1, uri: 'a', version: 1, text: article });
    s.handle({ type: 'analyze', id: 2, uri: 'a', version: 2, text: article + ' x' });
    s.handle({ type: 'analyze', id: 3, uri: 'b', version: 1, text: article });
    s.handle({ type: 'analyze', id: 4, uri: 'a', version: 3, text: article + ' y' });
    await answered(4);
    deepStrictEqual(messages.filter((m) => m.type === 'cancelled').map((m) => m.id), [1, 2]);
    deepStrictEqual([...results.keys()].sort(), [3, 4]);
    equal(results.get(4)!.length, article.length + 2);
  });

  it('sends the articles the user sees first, then the whole file', async () => {
    const { s, messages, results, answered } = server();
    const middle = Math.floor(long.length / 2);
    s.handle({ type: 'analyze', id: 1, uri: 'a', version: 1, text: long, visible: [middle, middle + 300] });
    await answered(1);
    const kinds = messages.map((m) => m.type);
    equal(kinds[0], 'preview');
    equal(kinds[kinds.length - 1], 'done');
    const preview = (messages[0] as Extract<FromWorker, { type: 'preview' }>).analysis;
    ok(preview.mentions.length > 0 && preview.mentions.length < results.get(1)!.mentions.length);
    for (const m of preview.mentions) equal(long.slice(m.range[0], m.range[1]), m.text);
    ok(preview.mentions.some((m) => m.range[0] <= middle + 300 && m.range[1] >= middle - 4000));
    deepStrictEqual(results.get(1), analyze(long));
  });

  it('drops a version superseded between its preview and the whole analysis', async () => {
    const { s, messages, answered } = server();
    s.handle({ type: 'analyze', id: 1, uri: 'a', version: 1, text: long, visible: [0, 100] });
    await new Promise<void>((resolve) => {
      const wait = () => (messages.length > 0 ? resolve() : setImmediate(wait));
      wait();
    });
    s.handle({ type: 'analyze', id: 2, uri: 'a', version: 2, text: long + 'More.\n' });
    await answered(2);
    deepStrictEqual(messages.filter((m) => m.type === 'cancelled').map((m) => m.id), [1]);
    ok(messages.some((m) => m.type === 'done' && m.id === 2));
  });

  it('forgets a document: its queued request is cancelled', async () => {
    const { s, messages, answered } = server();
    s.handle({ type: 'analyze', id: 1, uri: 'a', version: 1, text: article });
    s.handle({ type: 'forget', uri: 'a' });
    await answered(1);
    deepStrictEqual(messages, [{ type: 'cancelled', id: 1 }]);
  });
});

describe('worker scheduler (the host side) with a real worker thread', () => {
  const script = join(ROOT, 'dist/worker.js');
  const inThread = () => new AnalysisScheduler(() => engine);
  let scheduler: WorkerScheduler | undefined;
  afterEach(() => scheduler?.dispose());

  it('analyses in the worker: the same analysis as analyze, a long file whole', async () => {
    let fallbacks = 0;
    scheduler = new WorkerScheduler(nodeWorker(script), () => (fallbacks++, inThread()));
    deepStrictEqual(await scheduler.request(doc(1, long)), analyze(long));
    deepStrictEqual(await scheduler.request({ ...doc(1, article), uri: 'file:///b.txt' }), analyze(article));
    equal(fallbacks, 0);
  });

  it('joins the request for the same version; a newer version resolves the older to nothing', async () => {
    scheduler = new WorkerScheduler(nodeWorker(script), inThread);
    const first = scheduler.request(doc(1, long));
    strictEqual(scheduler.request(doc(1, long)), first);
    const edited = long.replace('strike', 'walkout');
    const newer = scheduler.request(doc(2, edited));
    strictEqual(await first, undefined);
    const analysis = await newer;
    ok(analysis);
    equal(analysis.length, edited.length);
    for (const q of analysis.quotes) equal(edited.slice(q.range[0], q.range[1]), q.text);
  });

  it('hands the preview of the visible articles to its listener, for that version', async () => {
    const previews: { uri: string; version: number }[] = [];
    scheduler = new WorkerScheduler(nodeWorker(script), inThread, (uri, version) => previews.push({ uri, version }));
    ok(await scheduler.request(doc(5, long, [0, 200])));
    deepStrictEqual(previews, [{ uri: 'file:///long.txt', version: 5 }]);
  });

  it('falls back to this thread where no worker can start', async () => {
    const logged: string[] = [];
    const unavailable: StartWorker = () => Promise.reject(new Error('no workers here'));
    scheduler = new WorkerScheduler(unavailable, inThread, undefined, (m) => logged.push(m));
    deepStrictEqual(await scheduler.request(doc(1, article)), analyze(article));
    ok(logged.some((m) => m.includes('no workers here')));
  });

  it('falls back to this thread when the worker dies, answering the requests it held', async () => {
    scheduler = new WorkerScheduler(nodeWorker(join(ROOT, 'test/fixtures/does-not-exist.js')), inThread);
    deepStrictEqual(await scheduler.request(doc(1, article)), analyze(article));
  });

  it('rejects when the engine fails in the worker', async () => {
    let send: ((m: FromWorker) => void) | undefined;
    const failing: StartWorker = async (onMessage) => {
      send = onMessage;
      return { post: (m) => m.type === 'analyze' && setImmediate(() => send!({ type: 'failed', id: m.id, message: 'boom' })), terminate: () => undefined };
    };
    scheduler = new WorkerScheduler(failing, inThread);
    await rejects(scheduler.request(doc(1, article)), /boom/);
  });
});
