// SACK (RFC 2018) and scoreboard loss recovery (RFC 6675 with PRR), against NewReno without SACK.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createInternet } from '../../../simulator/internet';
import type { TcpOptions } from '../../../simulator/tcp/options';
import type { TcpSocket } from '../../../simulator/tcp/socket';
import { clientServer, dumbbell, MS, S, writeForever } from '../support/bulk';

const MBIT = 1e6;

/** 100 Mbit/s, 100 ms RTT, a 1000-packet drop-tail queue at the receiver: slow start overflows it. */
function overflowInSlowStart(tcp: Partial<TcpOptions>, seconds: number): { goodputMbps: number; retransmits: number; timeouts: boolean } {
  const d = dumbbell({ flows: 1, rateBps: 100 * MBIT, accessBps: 1000 * MBIT, oneWayNs: () => 50 * MS, queueLimitBytes: 1000 * 1502, tcp });
  d.internet.sim.run({ untilNs: seconds * S });
  const info = d.senders[0]!.tcpInfo();
  return { goodputMbps: (d.received[0]! * 8) / seconds / MBIT, retransmits: info.totalRetransmits, timeouts: info.ssthresh <= 2 };
}

test('after a queue overflow in slow start, SACK recovery repairs hundreds of losses within a few RTTs', (t) => {
  const sack = overflowInSlowStart({}, 5);
  const newReno = overflowInSlowStart({ sack: false }, 5);
  t.diagnostic(`SACK: ${sack.goodputMbps.toFixed(1)} Mbit/s, ${sack.retransmits} retransmissions; NewReno: ${newReno.goodputMbps.toFixed(1)} Mbit/s`);
  assert.ok(sack.retransmits > 100, `the overflow lost many segments (${sack.retransmits} retransmitted)`);
  // Slow start takes ≈ 1 s and recovery a few 100 ms RTTs; the remaining seconds run near the link rate.
  assert.ok(sack.goodputMbps > 60, `SACK goodput ${sack.goodputMbps}`);
  assert.ok(newReno.goodputMbps < sack.goodputMbps / 3, `NewReno repairs one hole per RTT: ${newReno.goodputMbps}`);
});

/**
 * Client → server over 10 Mbit/s, 40 ms RTT; the first transmissions of the `dropped` data
 * segments (by index) vanish. Reports when the receiver had every byte up to the last hole.
 */
function transferWithDrops(dropped: number[], tcp: Partial<TcpOptions>) {
  const internet = createInternet(clientServer({ oneWayNs: 20 * MS, clientBps: 10e6, serverBps: 10e6 }, { tcp }), 1);
  const net = internet.network;
  const p = net.packets;
  let received = 0;
  let repairedAt = -1;
  const total = 300 * 1448;
  const lastHoleEnd = (Math.max(...dropped) + 1) * 1448;
  internet.host('server').listen(80, (s) =>
    s.setHandlers({ data: (_s, b) => ((received += b), received >= lastHoleEnd && repairedAt < 0 && (repairedAt = internet.sim.now)) }),
  );
  let written = 0;
  const fill = (socket: TcpSocket): void => {
    while (written < total) {
      const accepted = socket.write(total - written);
      if (accepted === 0) return;
      written += accepted;
    }
  };
  const client = internet.host('client').connect('server', 80, { writable: fill });
  fill(client);
  // Wrap the stack's receiver: drop chosen first transmissions of data segments.
  const seen = new Set<number>();
  const original = (net as unknown as { receiver: (packet: number) => void }).receiver;
  net.setReceiver((packet) => {
    const seq = p.seq[packet]!;
    if (p.len[packet]! > 0 && dropped.includes(seq / 1448) && !seen.has(seq)) {
      seen.add(seq);
      p.release(packet);
      return;
    }
    original(packet);
  });
  internet.sim.run({ untilNs: 30 * S });
  const info = client.tcpInfo();
  return { repairedAt, received, retransmits: info.totalRetransmits, cwnd: info.cwnd, ssthresh: info.ssthresh };
}

test('several losses in one window are repaired in one recovery episode; without SACK, one per RTT', (t) => {
  const drops = [40, 44, 48, 52, 56, 60];
  const sack = transferWithDrops(drops, {});
  const newReno = transferWithDrops(drops, { sack: false });
  t.diagnostic(`SACK: holes repaired at ${(sack.repairedAt / MS).toFixed(0)} ms, ${sack.retransmits} retransmissions, ssthresh ${sack.ssthresh}`);
  t.diagnostic(`NewReno: holes repaired at ${(newReno.repairedAt / MS).toFixed(0)} ms, ${newReno.retransmits} retransmissions, ssthresh ${newReno.ssthresh}`);
  assert.equal(sack.received, 300 * 1448);
  assert.equal(newReno.received, 300 * 1448);
  assert.equal(sack.retransmits, drops.length, 'exactly the lost segments are resent');
  // One window reduction: cwnd was halved once (initial window 10 grown by slow start to > 40).
  assert.ok(sack.ssthresh >= 20, `one reduction, ssthresh ${sack.ssthresh}`);
  // NewReno learns of one hole per partial ACK: one RTT (≥ 40 ms) per hole after the first.
  assert.ok(newReno.repairedAt - sack.repairedAt >= (drops.length - 2) * 40 * MS, `SACK ${sack.repairedAt} vs NewReno ${newReno.repairedAt}`);
  assert.equal(newReno.retransmits, drops.length);
});

test('SACK is used only when both ends enable it', () => {
  const run = (server: boolean): number => {
    const config = clientServer({ oneWayNs: 20 * MS, clientBps: 100e6, serverBps: 10e6, server: { downlinkQueueLimitBytes: 50 * 1502, tcp: { sack: server } } });
    const internet = createInternet(config, 1);
    let received = 0;
    internet.host('server').listen(80, (s) => s.setHandlers({ data: (_s, b) => (received += b) }));
    writeForever(internet.host('client').connect('server', 80));
    let sackBlocks = 0;
    const p = internet.network.packets;
    const net = internet.network as unknown as { receiver: (packet: number) => void };
    const original = net.receiver;
    internet.network.setReceiver((packet) => {
      if (p.sackCount[packet]! > 0) sackBlocks++;
      original(packet);
    });
    internet.sim.run({ untilNs: 3 * S });
    assert.ok(received > 0);
    return sackBlocks;
  };
  assert.ok(run(true) > 0, 'both ends on: ACKs carry SACK blocks');
  assert.equal(run(false), 0, 'the server declined SACK: no blocks on the wire');
});
