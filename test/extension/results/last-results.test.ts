import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LastResults } from '../../../extension/results/last-results';
import { ResultsStore } from '../../../extension/results/results-store';
import { resultsOf } from '../../webview/charts/support';

const store = () => new ResultsStore(join(mkdtempSync(join(tmpdir(), 'tornet-last-')), 'results'));
const withPath = (path: string, ms: number[]) => {
  const results = resultsOf({ amap: ms });
  return { ...results, scenario: { ...results.scenario, path } };
};

test('after a restart the newest stored run of the same scenario path is found, not one of a namesake elsewhere', async () => {
  const s = store();
  const mine = await s.createRunFolder('tiny', new Date('2026-01-01T00:00:00Z'));
  const namesake = await s.createRunFolder('tiny', new Date('2026-01-02T00:00:00Z'));
  await s.writeResults(mine, withPath('a/tiny.tornet', [100]));
  await s.writeResults(namesake, withPath('b/tiny.tornet', [200]));
  const last = new LastResults();
  assert.equal((await last.find('a/tiny.tornet', 'tiny', s))?.folder, mine);
  assert.equal((await last.find('b/tiny.tornet', 'tiny', s))?.folder, namesake);
  assert.equal(await last.find('c/tiny.tornet', 'tiny', s), undefined);
});

test('a remembered run wins over the store and is the latest', async () => {
  const s = store();
  const stored = await s.createRunFolder('tiny', new Date('2026-01-01T00:00:00Z'));
  await s.writeResults(stored, withPath('tiny.tornet', [100]));
  const last = new LastResults();
  const entry = { folder: '/elsewhere', results: withPath('tiny.tornet', [300]) };
  last.remember(entry);
  assert.equal(await last.find('tiny.tornet', 'tiny', s), entry);
  assert.equal(last.latest(), entry);
});
