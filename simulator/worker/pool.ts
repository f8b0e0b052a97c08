// Runs tasks in worker threads, at most `jobs` at a time, one worker per task. A worker that
// throws or exits fails only its own task. cancel() raises every running task's abort flag,
// lets the workers stop on their own for a grace period, then terminates the rest; tasks not
// yet started are reported 'not-run'. Finished tasks always keep their results; a cancelled task
// keeps the partial result it stopped with (or, if it had to be terminated, the last one it posted).

import { abortSignal, type WorkerInput, type WorkerMessage } from './protocol';
import { spawnWorker } from './spawn-worker';

export type TaskOutcome<Result> =
  | { readonly status: 'ok'; readonly result: Result; readonly durationMs: number }
  | { readonly status: 'failed'; readonly error: string; readonly durationMs: number }
  | { readonly status: 'cancelled'; readonly partial: Result | null; readonly durationMs: number }
  | { readonly status: 'not-run' };

export interface PoolProgress {
  readonly simulatedNs: number;
  readonly durationNs: number;
  readonly events: number;
}

export interface PoolOptions<Task, Result> {
  /** Worker entry module (see spawnWorker). */
  readonly entry: URL;
  readonly tasks: readonly Task[];
  readonly jobs: number;
  /** How long cancelled workers may take to stop on their own before they are terminated. */
  readonly graceMs?: number;
  readonly onStart?: (index: number) => void;
  readonly onProgress?: (index: number, progress: PoolProgress) => void;
  /** A running task's partial result (what it has measured so far). */
  readonly onPartial?: (index: number, partial: Result) => void;
  readonly onSettled?: (index: number, outcome: TaskOutcome<Result>) => void;
  /** Wall-clock milliseconds; injectable so tests of timing-free logic stay deterministic. */
  readonly now?: () => number;
}

export interface PoolRun<Result> {
  /** Resolves with one outcome per task, in task order, once every task has settled. */
  readonly done: Promise<TaskOutcome<Result>[]>;
  cancel(): void;
}

const DEFAULT_GRACE_MS = 2000;

export function runPool<Task, Result>(options: PoolOptions<Task, Result>): PoolRun<Result> {
  const now = options.now ?? Date.now;
  const outcomes: (TaskOutcome<Result> | undefined)[] = new Array(options.tasks.length).fill(undefined);
  const running = new Map<number, { flag: Int32Array; terminate: () => void }>();
  let next = 0;
  let cancelled = false;
  let resolveDone!: (outcomes: TaskOutcome<Result>[]) => void;
  const done = new Promise<TaskOutcome<Result>[]>((resolve) => (resolveDone = resolve));

  const settle = (index: number, outcome: TaskOutcome<Result>) => {
    if (outcomes[index]) return;
    outcomes[index] = outcome;
    running.delete(index);
    options.onSettled?.(index, outcome);
    if (!cancelled) fill();
    if (outcomes.every((o) => o !== undefined)) resolveDone(outcomes as TaskOutcome<Result>[]);
  };

  const start = (index: number) => {
    const abort = new SharedArrayBuffer(4);
    const input: WorkerInput<Task> = { task: options.tasks[index]!, abort };
    const startedAt = now();
    const elapsed = () => now() - startedAt;
    const worker = spawnWorker(options.entry, input);
    let lastPartial: Result | null = null;
    running.set(index, { flag: new Int32Array(abort), terminate: () => void worker.terminate() });
    options.onStart?.(index);
    worker.on('message', (message: WorkerMessage<Result>) => {
      switch (message.type) {
        case 'progress':
          options.onProgress?.(index, message);
          break;
        case 'partial':
          lastPartial = message.result;
          options.onPartial?.(index, message.result);
          break;
        case 'done':
          settle(index, { status: 'ok', result: message.result, durationMs: elapsed() });
          break;
        case 'cancelled':
          settle(index, { status: 'cancelled', partial: message.partial ?? lastPartial, durationMs: elapsed() });
      }
    });
    worker.on('error', (error) => settle(index, { status: 'failed', error: describe(error), durationMs: elapsed() }));
    worker.on('exit', (code) => {
      if (abortSignal(abort).aborted) settle(index, { status: 'cancelled', partial: lastPartial, durationMs: elapsed() });
      else settle(index, { status: 'failed', error: `worker exited with code ${code} before reporting a result`, durationMs: elapsed() });
    });
  };

  const fill = () => {
    while (running.size < options.jobs && next < options.tasks.length) start(next++);
  };

  if (options.tasks.length === 0) resolveDone([]);
  fill();

  return {
    done,
    cancel() {
      if (cancelled) return;
      cancelled = true;
      for (let index = next; index < options.tasks.length; index++) settle(index, { status: 'not-run' });
      next = options.tasks.length;
      for (const { flag } of running.values()) Atomics.store(flag, 0, 1);
      const timer = setTimeout(() => {
        for (const { terminate } of running.values()) terminate();
      }, options.graceMs ?? DEFAULT_GRACE_MS);
      void done.then(() => clearTimeout(timer));
    },
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
}
