import { deepStrictEqual, equal, ok, strictEqual } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../../src/core/analyze';
import * as engine from '../../../src/core/incremental';
import { AnalysisScheduler, type DocumentVersion } from '../../../src/editor/analysisScheduler';
import { assertInvariants } from '../core/invariants';

const FIXTURES = join(__dirname, '../../../../test/fixtures');
const article = readFileSync(join(FIXTURES, 'harbour-strike.article.txt'), 'utf8').trim();
const PORTS = ['Portsmouth', 'Southampton', 'Plymouth', 'Dover', 'Harwich', 'Felixstowe', 'Tilbury', 'Falmouth', 'Poole', 'Weymouth', 'Newhaven', 'Fowey'];
/** Twelve articles (one per port, people renamed): long enough to be analysed in slices. */
const long = PORTS.map((port, k) => article.replace(/Portsmouth/g, port).replace(/Okafor/g, `Okafor${k}`)).join('\n\n\n') + '\n';

const version = (v: number, text: string): DocumentVersion => ({ uri: 'file:///a.txt', version: v, getText: () => text });

describe('analysis scheduler (the engine on the host thread, where no worker runs)', () => {
  it('analyses a short document in one slice, exactly as analyze does', async () => {
    const scheduler = new AnalysisScheduler(() => engine);
    deepStrictEqual(await scheduler.request(version(1, article)), analyze(article));
  });

  it('analyses a long document in slices, to an analysis of exactly its text', async () => {
    const scheduler = new AnalysisScheduler(() => engine);
    const analysis = await scheduler.request(version(1, long));
    ok(analysis);
    equal(analysis.length, long.length);
    for (const m of analysis.mentions) equal(long.slice(m.range[0], m.range[1]), m.text);
    equal(analysis.articles.length, 12);
    assertInvariants(long, analysis);
  });

  it('joins the run already going for the same version', () => {
    const scheduler = new AnalysisScheduler(() => engine);
    strictEqual(scheduler.request(version(1, long)), scheduler.request(version(1, long)));
  });

  it('cancels the run of an older version: it resolves to nothing, the newer one to its own text', async () => {
    const scheduler = new AnalysisScheduler(() => engine);
    const edited = long.replace('strike', 'walkout');
    const older = scheduler.request(version(1, long));
    const newer = scheduler.request(version(2, edited));
    strictEqual(await older, undefined);
    const analysis = await newer;
    ok(analysis);
    equal(analysis.length, edited.length);
    for (const q of analysis.quotes) equal(edited.slice(q.range[0], q.range[1]), q.text);
  });

  it('cancels a run when the document is forgotten or a newer version requested', async () => {
    const scheduler = new AnalysisScheduler(() => engine);
    const run = scheduler.request(version(1, long));
    scheduler.forget('file:///a.txt');
    strictEqual(await run, undefined);
    const again = scheduler.request(version(2, long));
    const short = scheduler.request(version(3, article));
    strictEqual(await again, undefined);
    ok(await short);
    ok(!scheduler.isRunning('file:///a.txt'));
  });

  it('yields with the function it is given (a web worker has no setImmediate)', async () => {
    let turns = 0;
    const scheduler = new AnalysisScheduler(() => engine, undefined, () => new Promise<void>((resolve) => setTimeout(() => { turns++; resolve(); }, 0)));
    ok(await scheduler.request(version(1, long)));
    ok(turns >= 12, `${turns} turns`);
  });

  it('hands out the visible part of a long document first, for that version only', async () => {
    const previews: { version: number; text: string; analysis: import('../../../src/core/types').Analysis }[] = [];
    const scheduler = new AnalysisScheduler(() => engine, (_uri, v, analysis) => previews.push({ version: v, text: long, analysis }));
    const middle = Math.floor(long.length / 2);
    const full = await scheduler.request({ ...version(1, long), visible: [middle, middle + 200] });
    ok(full);
    equal(previews.length, 1);
    const { analysis } = previews[0]!;
    equal(previews[0]!.version, 1);
    ok(analysis.mentions.length > 0 && analysis.mentions.length < full.mentions.length, 'a part of the mentions');
    ok(analysis.mentions.some((m) => m.range[0] <= middle + 200 && m.range[1] >= middle - 2000), 'mentions around the visible range');
    for (const m of analysis.mentions) equal(long.slice(m.range[0], m.range[1]), m.text);
  });

  it('loads the engine only when a document is first analysed', async () => {
    let loads = 0;
    const scheduler = new AnalysisScheduler(() => {
      loads++;
      return engine;
    });
    equal(loads, 0);
    await scheduler.request(version(1, article));
    await scheduler.request(version(2, article + ' '));
    equal(loads, 1);
  });
});
