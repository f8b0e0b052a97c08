import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomic } from '../../../simulator/experiment/write-atomic';

const temporary = () => mkdtempSync(join(tmpdir(), 'tornet-atomic-'));

test('an atomic write leaves no temporary file and replaces the old content whole', async () => {
  const dir = temporary();
  const path = join(dir, 'results.json');
  writeFileSync(path, 'old');
  await writeFileAtomic(path, 'new content');
  assert.equal(readFileSync(path, 'utf8'), 'new content');
  assert.deepEqual(readdirSync(dir), ['results.json']);
});

test('writes of one file at once each land whole, the last one started wins', async () => {
  const dir = temporary();
  const path = join(dir, 'report.html');
  await Promise.all(['a'.repeat(100_000), 'b'.repeat(100_000)].map((content) => writeFileAtomic(path, content)));
  assert.match(readFileSync(path, 'utf8'), /^(a{100000}|b{100000})$/);
  assert.deepEqual(readdirSync(dir), ['report.html']);
});

test('a failed write leaves the old file and no temporary file', async () => {
  const dir = temporary();
  await assert.rejects(writeFileAtomic(join(dir, 'missing-folder', 'results.json'), 'x'), /ENOENT/);
  assert.deepEqual(readdirSync(dir), []);
});
