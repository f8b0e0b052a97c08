// Worker-thread entry: runs one (configuration, seed), streams progress and, when the task asks,
// partial summaries, and posts the run's summary (reduced here, in parallel, rather than shipping
// raw metrics to the main thread) — or, when cancelled, the summary of what it measured so far.
// An exception propagates as the worker's 'error' event, which the pool reports with the task.

import { parentPort, workerData } from 'node:worker_threads';
import { simulateConfiguration } from '../run';
import { summariseRun } from '../results/summarise-run';
import { abortSignal, type WorkerInput, type WorkerMessage } from './protocol';
import type { SimulateResult, SimulateTask } from './simulate-task';

const { task, abort } = workerData as WorkerInput<SimulateTask>;
const post = (message: WorkerMessage<SimulateResult>) => parentPort!.postMessage(message);

const metrics = simulateConfiguration(task.config, task.seed, {
  signal: abortSignal(abort),
  progressEveryNs: task.progressEveryNs,
  onProgress: (progress) => post({ type: 'progress', ...progress }),
  ...(task.partialEveryNs !== undefined
    ? { partialEveryNs: task.partialEveryNs, onPartial: (partial) => post({ type: 'partial', result: summariseRun(partial, task.config) }) }
    : {}),
});
const summary = summariseRun(metrics, task.config);
post(metrics.cancelled ? { type: 'cancelled', partial: summary } : { type: 'done', result: summary });
