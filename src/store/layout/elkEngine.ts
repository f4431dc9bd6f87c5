// The layout engine in the browser: elkjs, loaded on first use (its ~1.5 MB of compiled Java stays out of the
// first load) and run in a Web Worker, so laying out a thousand brokers never freezes the page. If the worker
// cannot start, ELK runs on the main thread instead.

import type { ELK } from 'elkjs/lib/elk-api';

let engine: Promise<ELK> | undefined;

async function load(): Promise<ELK> {
  try {
    const [{ default: ElkApi }, { default: workerUrl }] = await Promise.all([
      import('elkjs/lib/elk-api.js'),
      import('elkjs/lib/elk-worker.min.js?url'),
    ]);
    const elk = new ElkApi({ workerFactory: () => new Worker(workerUrl) });
    // A worker that fails to load only says so when asked: ask once now, with an empty graph.
    await elk.layout({ id: 'probe' });
    return elk;
  } catch {
    const { default: Bundled } = await import('elkjs/lib/elk.bundled.js');
    return new Bundled();
  }
}

export function elkEngine(): Promise<ELK> {
  engine ??= load().catch((e) => { engine = undefined; throw e; });
  return engine;
}
