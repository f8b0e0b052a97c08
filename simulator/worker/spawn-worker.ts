// Starts a worker from a bundled .cjs/.js entry directly, or from a TypeScript source entry
// through tsx's loader (registered inside the worker: Node 20 does not apply the parent's
// `--import tsx` hooks to a worker's entry module).

import { Worker } from 'node:worker_threads';

export function spawnWorker(entry: URL, workerData: unknown): Worker {
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry, { workerData });
  const tsxApi = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((api) => { api.register(); return import(${JSON.stringify(entry.href)}); })`;
  return new Worker(bootstrap, { eval: true, workerData });
}
