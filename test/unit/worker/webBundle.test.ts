import { deepStrictEqual, equal, ok } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { analyze } from '../../../src/core/analyze';
import { AnalysisAssembler, type FromWorker, type ToWorker } from '../../../src/worker/protocol';

const ROOT = join(__dirname, '../../../..');
const article = readFileSync(join(ROOT, 'test/fixtures/harbour-strike.article.txt'), 'utf8').trim();

/** Plain JSON data, so values made in another realm compare with this one's. */
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('the web build (dist/web, what VS Code for the Web loads)', () => {
  it('the extension bundle requires nothing but vscode (no Node built-ins in the web host)', () => {
    const bundle = readFileSync(join(ROOT, 'dist/web/extension.js'), 'utf8');
    const required = new Set([...bundle.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]));
    deepStrictEqual([...required], ['vscode']);
  });

  it('the worker bundle answers analyze requests in a global scope with no Node API', async () => {
    const messages: FromWorker[] = [];
    let finished: () => void = () => undefined;
    const done = new Promise<void>((resolve) => (finished = resolve));
    const scope: { postMessage(m: FromWorker): void; setTimeout: typeof setTimeout; onmessage: ((e: { data: ToWorker }) => void) | null } = {
      postMessage: (m) => {
        messages.push(m);
        if (m.type === 'done' || m.type === 'failed') finished();
      },
      setTimeout,
      onmessage: null,
    };
    runInNewContext(readFileSync(join(ROOT, 'dist/web/worker.js'), 'utf8'), scope);
    ok(scope.onmessage, 'the worker listens for messages');
    scope.onmessage({ data: { type: 'analyze', id: 1, uri: 'untitled:1', version: 1, text: article } });
    await done;
    const assembler = new AnalysisAssembler();
    for (const m of messages) if (m.type === 'part') assembler.add(m.key, m.items);
    const last = messages[messages.length - 1]!;
    equal(last.type, 'done');
    if (last.type === 'done') deepStrictEqual(plain(assembler.finish(last.head)), plain(analyze(article)));
  });
});
