import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exists } from '../../extension/file-exists';

test('a file and a folder exist; a missing path does not', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tornet-exists-'));
  writeFileSync(join(dir, 'a.tornet'), '');
  assert.deepEqual(await Promise.all([exists(join(dir, 'a.tornet')), exists(dir), exists(join(dir, 'missing'))]), [true, true, false]);
});
