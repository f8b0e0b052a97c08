import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runPool, type TaskOutcome } from '../../../simulator/worker/pool';
import type { ScriptedTask } from './fixtures/scripted-worker';

const entry = new URL('./fixtures/scripted-worker.ts', import.meta.url);
const strip = (outcomes: TaskOutcome<number>[]) => outcomes.map((o) => ('durationMs' in o ? { ...o, durationMs: 0 } : o));

test('tasks run in workers and come back in task order, with progress streamed', async () => {
  const tasks: ScriptedTask[] = [1, 2, 3, 4].map((value) => ({ value, behaviour: 'finish' }));
  const progress: number[] = [];
  const outcomes = await runPool<ScriptedTask, number>({ entry, tasks, jobs: 2, onProgress: (i) => progress.push(i) }).done;
  assert.deepEqual(
    outcomes.map((o) => (o.status === 'ok' ? o.result : o.status)),
    [2, 4, 6, 8],
  );
  assert.deepEqual([...progress].sort(), [0, 1, 2, 3]);
});

test('a task that throws or exits fails alone, with its error; the others finish', async () => {
  const tasks: ScriptedTask[] = [
    { value: 1, behaviour: 'finish' },
    { value: 2, behaviour: 'throw' },
    { value: 3, behaviour: 'exit' },
    { value: 4, behaviour: 'finish' },
  ];
  const outcomes = await runPool<ScriptedTask, number>({ entry, tasks, jobs: 2 }).done;
  assert.deepEqual(outcomes.map((o) => o.status), ['ok', 'failed', 'failed', 'ok']);
  const thrown = outcomes[1] as { error: string };
  assert.match(thrown.error, /boom in task 2/);
  assert.match((outcomes[2] as { error: string }).error, /exited with code 3/);
});

test('cancel keeps finished runs, stops running ones through the abort flag with their partial results, and skips queued ones', async () => {
  const tasks: ScriptedTask[] = [
    { value: 1, behaviour: 'finish' },
    { value: 2, behaviour: 'stop-on-abort' },
    { value: 3, behaviour: 'stop-on-abort' },
    { value: 4, behaviour: 'finish' },
  ];
  const partials: [number, number][] = [];
  let started = 0;
  const run = runPool<ScriptedTask, number>({
    entry,
    tasks,
    jobs: 2,
    onPartial: (i, partial) => partials.push([i, partial]),
    // cancel once both waiting tasks are running (task 0 finished, tasks 1 and 2 started)
    onProgress: (i) => {
      if (i === 2 && ++started === 1) run.cancel();
    },
  });
  const outcomes = await run.done;
  assert.deepEqual(strip(outcomes), [
    { status: 'ok', result: 2, durationMs: 0 },
    { status: 'cancelled', partial: 200, durationMs: 0 },
    { status: 'cancelled', partial: 300, durationMs: 0 },
    { status: 'not-run' },
  ]);
  assert.deepEqual(partials.sort(), [[1, 20], [2, 30]], 'partial results stream while the tasks run');
});

test('a worker that ignores the abort flag is terminated after the grace period, keeping its last partial result', async () => {
  const tasks: ScriptedTask[] = [{ value: 1, behaviour: 'ignore-abort' }];
  const run = runPool<ScriptedTask, number>({ entry, tasks, jobs: 1, graceMs: 100, onProgress: () => run.cancel() });
  const outcomes = await run.done;
  assert.deepEqual(strip(outcomes), [{ status: 'cancelled', partial: 10, durationMs: 0 }]);
});

test('no tasks: done at once', async () => {
  assert.deepEqual(await runPool<ScriptedTask, number>({ entry, tasks: [], jobs: 2 }).done, []);
});
