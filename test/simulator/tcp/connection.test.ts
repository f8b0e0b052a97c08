import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createInternet } from '../../../simulator/internet';
import type { NetworkConfig } from '../../../simulator/network/config';
import type { TcpSocket } from '../../../simulator/tcp/socket';
import { clientServer, dumbbell, MS, S } from '../support/bulk';

// 10 Mbit/s both ways, 40 ms RTT.
const config = (extra: Partial<NetworkConfig> = {}): NetworkConfig => clientServer({ oneWayNs: 20 * MS, clientBps: 10e6, serverBps: 10e6 }, extra);

test('handshake, messages in order, and an orderly close on both sides', () => {
  const internet = createInternet(config(), 1);
  const log: string[] = [];
  const at = (): string => `${Math.round(internet.sim.now / MS)}ms`;
  internet.host('server').listen<string>(443, (socket) => {
    log.push(`accept ${at()}`);
    socket.setHandlers({
      message: (s, record) => {
        log.push(`server got ${record} ${at()}`);
        if (record === 'request') assert.equal(s.write(20_000, 'response'), 20_000);
      },
      remoteClosed: (s) => {
        log.push('server saw FIN');
        s.close();
      },
      closed: () => log.push('server closed'),
    });
  });
  let received = 0;
  const client = internet.host('client').connect<string>('server', 443, {
    connected: () => log.push(`connected ${at()}`),
    data: (_s, bytes) => (received += bytes),
    message: (s, record) => {
      log.push(`client got ${record}`);
      s.close();
    },
    closed: () => log.push('client closed'),
  });
  assert.equal(client.write(500, 'request'), 500); // before the handshake: buffered
  internet.sim.run({ untilNs: 5 * S });
  assert.deepEqual(log, [
    'connected 40ms', // one RTT
    'accept 60ms', // the final ACK needs another half RTT
    'server got request 61ms', // right behind the ACK (plus 0.4 ms serialisation)
    'client got response',
    'server saw FIN',
    'client closed',
    'server closed',
  ]);
  assert.equal(received, 20_000);
  assert.equal(client.state, 'closed');
  assert.equal(internet.tcp.openConnections, 0);
  assert.throws(() => client.write(1), /write after close/);
});

test('connecting to a port nobody listens on fails with "refused"', () => {
  const internet = createInternet(config(), 1);
  let error = '';
  internet.host('client').connect('server', 9, { error: (_s, reason) => (error = reason) });
  internet.sim.run({ untilNs: S });
  assert.equal(error, 'refused');
});

test('an unreachable peer times out after the retransmission budget', () => {
  const internet = createInternet(config({ tcp: { maxRetransmissions: 3 } }), 1);
  let error = '';
  let failedAt = 0;
  internet.host('client').connect('server', 9, { error: (_s, reason) => ((error = reason), (failedAt = internet.sim.now)) });
  // Every packet vanishes on arrival, so the SYN is never answered.
  internet.network.setReceiver((packet) => internet.network.packets.release(packet));
  internet.sim.run({ untilNs: 100 * S });
  assert.equal(error, 'timeout');
  assert.equal(failedAt, (1 + 2 + 4 + 8) * S); // initial RTO 1 s, doubled each time
});

test('write() is limited by the send buffer and "writable" follows when it drains', () => {
  const internet = createInternet(config({ tcp: { sendBufferAutotune: false, sendBufferInitialBytes: 50_000 } }), 1);
  internet.host('server').listen(80, () => {});
  let writable = 0;
  const client = internet.host('client').connect('server', 80, { writable: () => writable++ });
  assert.equal(client.write(80_000), 50_000);
  assert.equal(client.writableBytes(), 0);
  assert.equal(client.write(10), 0);
  internet.sim.run({ untilNs: 2 * S });
  assert.equal(writable, 1);
  assert.equal(client.writableBytes(), 50_000);
  const info = client.tcpInfo();
  assert.equal(info.bytesAcked, 50_000);
  assert.equal(info.notsentBytes, 0);
  assert.equal(info.mss, 1448);
  assert.ok(info.srttNs >= 40 * MS && info.srttNs < 60 * MS, `srtt ${info.srttNs}`);
});

test('tcpInfo reports cwnd, unacked and notsent while a bulk sender is busy', () => {
  const d = dumbbell({ flows: 1, rateBps: 10e6, oneWayNs: () => 25 * MS });
  d.internet.sim.run({ untilNs: 130 * MS });
  const info = d.senders[0]!.tcpInfo();
  assert.equal(info.state, 'established');
  assert.equal(info.congestionControl, 'cubic');
  assert.ok(info.cwnd > 10 && info.unacked > 0 && info.unacked <= info.cwnd, JSON.stringify(info));
  assert.ok(info.notsentBytes > 0, 'an always-writing sender has unsent bytes queued');
  assert.equal(info.sendQueueBytes - info.notsentBytes, info.unacked * 1448); // full segments in flight
  assert.ok(info.sendBufferBytes > 16 * 1024, 'the send buffer was autotuned at the handshake');
});

test('the same seed gives byte-identical results; another seed differs', () => {
  const run = (seed: number): string => {
    const d = dumbbell({ flows: 3, rateBps: 5e6, oneWayNs: (i) => (10 + 15 * i) * MS, loss: { kind: 'constant', rate: 0.01 }, seed });
    const samples: number[] = [];
    const refill = (s: TcpSocket): void => {
      while (s.write(1 << 20) > 0);
    };
    d.senders.forEach((s) => s.setHandlers({ writable: refill, kernelQueueTime: (_s, b, t) => samples.push(b, t) }));
    d.internet.sim.run({ untilNs: 5 * S });
    return JSON.stringify({ received: d.received, info: d.senders.map((s) => s.tcpInfo()), samples, events: d.internet.sim.eventCount });
  };
  const first = run(11);
  assert.equal(run(11), first);
  assert.notEqual(run(12), first);
});
