import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { resultsRoot } from '../../../extension/results/results-location';

test('the results folder is relative to the workspace folder, else to the scenario\'s folder; absolute settings stay', () => {
  assert.equal(resultsRoot('.tornet/results', '/w', '/w/sub/a.tornet'), join('/w', '.tornet/results'));
  assert.equal(resultsRoot('.tornet/results', undefined, '/loose/a.tornet'), join('/loose', '.tornet/results'));
  assert.equal(resultsRoot('/data/runs', undefined, undefined), '/data/runs');
  assert.equal(resultsRoot('.tornet/results', undefined, undefined), undefined, 'an untitled scenario outside a workspace has nowhere to go');
});
