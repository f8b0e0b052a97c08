// Messages between a simulation worker and the pool that runs it. The worker receives
// `WorkerInput` as workerData and posts `WorkerMessage`s; an uncaught exception in the worker
// arrives as the Worker's 'error' event instead.

/** workerData of every pool worker: its task, and a shared flag the pool sets to stop it. */
export interface WorkerInput<Task> {
  readonly task: Task;
  /** Int32Array over this buffer: element 0 becomes 1 when the run must stop. */
  readonly abort: SharedArrayBuffer;
}

export type WorkerMessage<Result> =
  | { readonly type: 'progress'; readonly simulatedNs: number; readonly durationNs: number; readonly events: number }
  /** What the run has measured so far (posted every `partialEveryNs` of simulated time when asked). */
  | { readonly type: 'partial'; readonly result: Result }
  | { readonly type: 'done'; readonly result: Result }
  /** The run saw the abort flag and stopped early, with what it had measured by then. */
  | { readonly type: 'cancelled'; readonly partial: Result | null };

/** A reader of the abort flag in the shape the simulator's `signal` option takes. */
export function abortSignal(buffer: SharedArrayBuffer): { readonly aborted: boolean } {
  const flag = new Int32Array(buffer);
  return {
    get aborted() {
      return Atomics.load(flag, 0) !== 0;
    },
  };
}
