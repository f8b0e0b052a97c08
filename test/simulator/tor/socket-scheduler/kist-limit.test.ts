import assert from 'node:assert/strict';
import { test } from 'node:test';
import { kistSocketLimit } from '../../../../simulator/tor/socket-scheduler/kist';

test('KIST limit = (cwnd − unacked)·mss + cwnd·mss·factor − notsent − outbuf', () => {
  // cwnd 10, 4 unacked, mss 1448: tcp_space 8688; extra 14480 − 1000 − 2056 = 11424.
  assert.equal(kistSocketLimit({ cwnd: 10, unacked: 4, mss: 1448, notsentBytes: 1000 }, 1, 2056), 8688 + 11424);
});

test('the socket-buffer factor scales only the extra space', () => {
  assert.equal(kistSocketLimit({ cwnd: 10, unacked: 10, mss: 1000, notsentBytes: 0 }, 2, 0), 20000);
  assert.equal(kistSocketLimit({ cwnd: 10, unacked: 10, mss: 1000, notsentBytes: 0 }, 0.5, 0), 5000);
});

test('more unacked segments than cwnd give no TCP space (not negative), and the limit never goes below 0', () => {
  assert.equal(kistSocketLimit({ cwnd: 10, unacked: 14, mss: 1000, notsentBytes: 0 }, 1, 0), 10000);
  assert.equal(kistSocketLimit({ cwnd: 10, unacked: 14, mss: 1000, notsentBytes: 50000 }, 1, 0), 0);
});
