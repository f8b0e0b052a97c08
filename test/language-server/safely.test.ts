import { test } from 'node:test';
import assert from 'node:assert/strict';
import { safely } from '../../language-server/safely';

test('safely answers with the result of a working handler', () => {
  const logged: string[] = [];
  const double = safely({ error: (message) => logged.push(message) }, 'double', 0, (n: number) => n * 2);
  assert.equal(double(21), 42);
  assert.deepEqual(logged, []);
});

test('safely logs an exception with the feature name and answers the empty result', () => {
  const logged: string[] = [];
  const broken = safely({ error: (message) => logged.push(message) }, 'hover', null, (): string | null => {
    throw new Error('boom');
  });
  assert.equal(broken(undefined), null);
  assert.equal(logged.length, 1);
  assert.match(logged[0]!, /^hover failed: Error: boom/);
});
