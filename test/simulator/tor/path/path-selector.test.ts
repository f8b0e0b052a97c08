import assert from 'node:assert/strict';
import { test } from 'node:test';
import { streamFor } from '../../../../simulator/engine/rng';
import { PathSelector, type PathRelay } from '../../../../simulator/tor/path/path-selector';

const relays: PathRelay[] = [
  { bandwidth: 100, guard: true, exit: false }, // 0
  { bandwidth: 300, guard: true, exit: false }, // 1
  { bandwidth: 200, guard: false, exit: false }, // 2
  { bandwidth: 200, guard: false, exit: false }, // 3
  { bandwidth: 100, guard: false, exit: true }, // 4
  { bandwidth: 100, guard: false, exit: true }, // 5
];

test('paths run guard → middle → exit, with flags respected and no relay twice', () => {
  const selector = new PathSelector(relays, 'dir-spec');
  const rng = streamFor(1, 'paths');
  for (let i = 0; i < 2000; i++) {
    const path = selector.choosePath(rng, 3, null);
    assert.equal(path.length, 3);
    assert.equal(new Set(path).size, 3);
    assert.ok(relays[path[0]!]!.guard);
    assert.ok(relays[path[2]!]!.exit);
  }
});

test('choices follow bandwidth × position weight', () => {
  const selector = new PathSelector(relays, 'bandwidth');
  const rng = streamFor(2, 'paths');
  const guardCounts = [0, 0];
  const n = 20000;
  for (let i = 0; i < n; i++) guardCounts[selector.choosePath(rng, 3, null)[0]!]!++;
  // Guard 1 has 3× the bandwidth of guard 0.
  assert.ok(Math.abs(guardCounts[1]! / n - 0.75) < 0.02, `guard 1 share ${guardCounts[1]! / n}`);
});

test('clients with guards use only their guards for the first hop, and never the exit as guard', () => {
  const selector = new PathSelector(relays, 'dir-spec');
  const rng = streamFor(3, 'paths');
  for (let i = 0; i < 500; i++) assert.equal(selector.choosePath(rng, 3, [1])[0], 1);
  const guards = selector.chooseGuards(streamFor(3, 'guards'), 2);
  assert.deepEqual([...guards].sort(), [0, 1]);
});

test('the same stream gives the same paths (determinism)', () => {
  const a = new PathSelector(relays, 'dir-spec');
  const draw = (): number[][] => {
    const rng = streamFor(9, 'p');
    return Array.from({ length: 50 }, () => a.choosePath(rng, 3, null));
  };
  assert.deepEqual(draw(), draw());
});

test('impossible paths are refused with a reason', () => {
  const noExit = new PathSelector(relays.map((r) => ({ ...r, exit: false })), 'bandwidth');
  assert.throws(() => noExit.choosePath(streamFor(1, 'x'), 3, null), /no relay can be an exit/);
  const selector = new PathSelector(relays, 'bandwidth');
  assert.throws(() => selector.choosePath(streamFor(1, 'x'), 7, null), /not enough relays for a 7-hop circuit/);
  assert.throws(() => selector.choosePath(streamFor(1, 'x'), 1, null), /at least 2 hops/);
});
