import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MetricsRecorder } from '../../../simulator/metrics/recorder';
import { buildWorld } from '../../../simulator/scenario/build-world';
import { KIST, smallNetwork, VANILLA } from '../tor/small-network';

test('variants that differ only in the scheduler get the same hosts and relay population (common random numbers)', () => {
  const hostsOf = (config: ReturnType<typeof smallNetwork>) =>
    buildWorld(config, 5, (clock) => new MetricsRecorder(0, clock)).internet.network.hosts.map((h) => h.config);
  const kist = hostsOf(smallNetwork({ scheduler: KIST }));
  const amap = hostsOf(smallNetwork({ scheduler: VANILLA }));
  assert.deepEqual(kist, amap);
  // More clients of one group do not move the others.
  const more = hostsOf(smallNetwork({ scheduler: KIST, web: 25 }));
  const byName = new Map(more.map((h) => [h.name, h]));
  for (const h of kist) assert.deepEqual(byName.get(h.name), h);
});
