import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createInternet } from '../../../simulator/internet';
import { startFileServer } from '../../../simulator/traffic/file-server';

test('the file server answers a request with exactly the asked-for bytes, then closes', () => {
  const internet = createInternet({
    locations: [{ name: 'x' }],
    paths: { kind: 'matrix', latencies: [{ from: 'x', to: 'x', latencyNs: 10e6 }] },
    hosts: [
      { name: 'server', location: 'x', uplinkBps: 10e6, downlinkBps: 10e6 },
      { name: 'client', location: 'x', uplinkBps: 10e6, downlinkBps: 10e6 },
    ],
  }, 1);
  startFileServer(internet.host('server'));
  let received = 0;
  let closed = false;
  const socket = internet.host('client').connect<number>('server', 80, {
    data: (_s, bytes) => (received += bytes),
    remoteClosed: (s) => {
      closed = true;
      s.close();
    },
  });
  socket.write(300, 3_000_000);
  internet.sim.run({ untilNs: 10e9 });
  assert.equal(received, 3_000_000);
  assert.ok(closed);
});
