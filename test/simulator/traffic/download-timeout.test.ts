import assert from 'node:assert/strict';
import { test } from 'node:test';
import { downloadTimeoutNs } from '../../../simulator/traffic/download-timeout';

test('tornettools perf timeouts by size: 15 s to 50 KiB, 60 s to 1 MiB, 120 s above', () => {
  assert.equal(downloadTimeoutNs(50 * 1024), 15e9);
  assert.equal(downloadTimeoutNs(320 * 1024), 60e9);
  assert.equal(downloadTimeoutNs(1024 * 1024), 60e9);
  assert.equal(downloadTimeoutNs(5 * 1024 * 1024), 120e9);
});
