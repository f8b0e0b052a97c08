// npm run bench:sim — speed of the simulation core on the three workloads of issue 3.
// Prints events/s, simulated seconds per wall second, goodput and peak memory per workload.
// Each workload runs in a fresh child process so peak RSS is its own.

import { spawnSync } from 'node:child_process';
import { resourceUsage } from 'node:process';
import { createInternet } from '../../simulator/internet';
import type { HostConfig } from '../../simulator/network/config';
import { dumbbell, MS, S, writeForever } from '../simulator/support/bulk';

// `npm run bench:sim -- c 300 10`: workload c with 300 connections for 10 simulated seconds.
const FLOWS = Number(process.argv[3] ?? 1000);
const DURATION = Number(process.argv[4] ?? 60) * S;

function report(name: string, run: () => { events: number; payloadBytes: number; connections: number }): void {
  const start = performance.now();
  const { events, payloadBytes, connections } = run();
  const wall = (performance.now() - start) / 1000;
  console.log(
    JSON.stringify({
      workload: name,
      wallSeconds: +wall.toFixed(2),
      events,
      eventsPerSecond: Math.round(events / wall),
      simSecondsPerWallSecond: +(DURATION / S / wall).toFixed(1),
      goodputMbps: +((payloadBytes * 8) / (DURATION / S) / 1e6).toFixed(3),
      connections,
      peakRssMiB: Math.round(resourceUsage().maxRSS / 1024),
    }),
  );
}

const workloads: Record<string, () => { events: number; payloadBytes: number; connections: number }> = {
  // (a) one 100 Mbit/s flow, 50 ms RTT, 60 s (ns-3 3.37: ≈ 28 s wall on this machine type).
  a: () => {
    const d = dumbbell({ flows: 1, rateBps: 100e6, oneWayNs: () => 25 * MS });
    d.internet.sim.run({ untilNs: DURATION });
    return { events: d.internet.sim.eventCount, payloadBytes: d.received[0]!, connections: 1 };
  },
  // (b) one 10 Mbit/s flow, 50 ms RTT, 1 % loss on every packet, 60 s.
  b: () => {
    const d = dumbbell({ flows: 1, rateBps: 10e6, oneWayNs: () => 25 * MS, loss: { kind: 'constant', rate: 0.01 } });
    d.internet.sim.run({ untilNs: DURATION });
    return { events: d.internet.sim.eventCount, payloadBytes: d.received[0]!, connections: 1 };
  },
  // (c) 1,000 concurrent bulk flows among 100 hosts (10 per host, to random other hosts),
  // 100 Mbit/s access links, 10 locations with 10–100 ms latencies, 60 s.
  c: () => {
    const locations = Array.from({ length: 10 }, (_, i) => ({ name: `loc${i}` }));
    const latencies = [];
    for (let i = 0; i < 10; i++) for (let j = i; j < 10; j++) latencies.push({ from: `loc${i}`, to: `loc${j}`, latencyNs: (5 + 5 * ((i * 7 + j * 3) % 10)) * MS });
    const hosts: HostConfig[] = Array.from({ length: 100 }, (_, i) => ({ name: `h${i}`, location: `loc${i % 10}`, uplinkBps: 100e6, downlinkBps: 100e6, downlinkQueueLimitBytes: 1000 * 1502 }));
    const internet = createInternet({ locations, paths: { kind: 'matrix', latencies }, hosts }, 1);
    let payloadBytes = 0;
    for (const h of hosts) internet.host(h.name).listen(80, (s) => s.setHandlers({ data: (_s, b) => (payloadBytes += b) }));
    for (let i = 0; i < FLOWS; i++) {
      const from = i % 100;
      const to = (from + 1 + ((i * 37) % 99)) % 100;
      writeForever(internet.host(`h${from}`).connect(`h${to}`, 80));
    }
    internet.sim.run({ untilNs: DURATION });
    return { events: internet.sim.eventCount, payloadBytes, connections: 2 * FLOWS };
  },
};

const which = process.argv[2];
if (which) {
  if (!workloads[which]) throw new Error(`unknown workload "${which}"; choose one of ${Object.keys(workloads).join(', ')}`);
  report(which, workloads[which]);
} else {
  for (const name of Object.keys(workloads)) {
    const child = spawnSync(process.execPath, ['--import', 'tsx', new URL(import.meta.url).pathname, name], { stdio: 'inherit' });
    if (child.status !== 0) process.exit(child.status ?? 1);
  }
}
