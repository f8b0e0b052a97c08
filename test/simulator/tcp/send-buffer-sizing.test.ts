import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createInternet } from '../../../simulator/internet';
import type { NetworkConfig } from '../../../simulator/network/config';
import type { TcpOptions } from '../../../simulator/tcp/options';
import { shadowInitialSendBuffer, shadowSendBufferTarget } from '../../../simulator/tcp/send-buffer';
import { clientServer, MS, S, writeForever } from '../support/bulk';

// Client uplink 10 Mbit/s, server downlink 80 Mbit/s, 50 ms each way (100 ms RTT).
const config = (tcp: Partial<TcpOptions>): NetworkConfig => clientServer({ oneWayNs: 50 * MS, clientBps: 10e6, serverBps: 80e6 }, { tcp });

test("shadow sizing: Shadow tcp.c's initial buffer and autotuning target", () => {
  // 1.25 × (50 + 50 ms) × min(1.25 MB/s, 10 MB/s) = 156,250 B
  assert.equal(shadowInitialSendBuffer(50 * MS, 50 * MS, 1.25e6, 16_384, 4_194_304), 156_250);
  // whole milliseconds each way, rounded up as Shadow does
  assert.equal(shadowInitialSendBuffer(0.2 * MS, 0.2 * MS, 1e6, 1, 4_194_304), 2_500);
  // clamped to [min, max]
  assert.equal(shadowInitialSendBuffer(1 * MS, 1 * MS, 1e6, 16_384, 4_194_304), 16_384);
  assert.equal(shadowInitialSendBuffer(300 * MS, 300 * MS, 125e6, 16_384, 4_194_304), 4_194_304);
  // 2 × 2404 B per segment, capped at max(4 MiB, uplink × SRTT)
  assert.equal(shadowSendBufferTarget(100, 1.25e6, 100 * MS, 4_194_304), 480_800);
  assert.equal(shadowSendBufferTarget(10_000, 1.25e6, 100 * MS, 4_194_304), 4_194_304);
  assert.equal(shadowSendBufferTarget(10_000, 125e6, 100 * MS, 4_194_304), 12_500_000);
});

test('a connection starts with the BDP-sized buffer under shadow sizing and 16 KiB under linux', () => {
  for (const [sizing, expected] of [['shadow', 156_250], ['linux', 16_384]] as const) {
    const internet = createInternet(config({ sendBufferSizing: sizing }), 1);
    internet.host('server').listen(80, () => {});
    const client = internet.host('client').connect('server', 80);
    assert.equal(client.tcpInfo().sendBufferBytes, expected, sizing);
    assert.equal(client.write(1_000_000), expected, `${sizing}: write() accepts what the buffer holds`);
  }
});

test('an always-writing application keeps the BDP-sized buffer full: its bytes wait longer in the kernel', () => {
  const meanQueueMs = (sizing: 'linux' | 'shadow'): number => {
    const internet = createInternet(config({ sendBufferSizing: sizing, receiveBufferBytes: 64 * 1024 }), 1);
    internet.host('server').listen(80, () => {});
    const client = internet.host('client').connect('server', 80, { connected: writeForever });
    internet.sim.run({ untilNs: 5 * S });
    const q = client.tcpInfo().kernelQueue;
    return q.byteNs / q.bytes / MS;
  };
  const linux = meanQueueMs('linux');
  const shadow = meanQueueMs('shadow');
  console.log(`mean kernel queue time, 64 KiB receive window: linux ${linux.toFixed(1)} ms, shadow ${shadow.toFixed(1)} ms`);
  assert.ok(shadow > 1.5 * linux, `shadow ${shadow} ms, linux ${linux} ms`);
});
