import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isStale } from '../../../extension/inline/stale';
import { resultsOf } from '../../webview/charts/support';
import { TINY_SCENARIO } from '../../simulator/results/support';

test('results are stale once the document text differs from the text that was run, by a single character', () => {
  const results = resultsOf({ amap: [100] });
  assert.equal(isStale(results, TINY_SCENARIO), false);
  assert.equal(isStale(results, TINY_SCENARIO.replace('duration 20 s', 'duration 21 s')), true);
  assert.equal(isStale(results, `${TINY_SCENARIO} `), true);
});
