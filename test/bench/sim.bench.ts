// npm run bench:sim — speed of the simulator: the three TCP-core workloads of issue 3 and one
// variant of the scaled KIST example (Tor on top). Prints wall and CPU time, events/s, simulated
// seconds per wall second, goodput and peak memory per workload. Each workload runs in a fresh
// child process so peak RSS is its own.

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpuUsage, resourceUsage } from 'node:process';
import { checkDocument } from '../../grammar';
import { planRuns, withRunLength } from '../../simulator/experiment/plan';
import { createInternet } from '../../simulator/internet';
import type { HostConfig } from '../../simulator/network/config';
import { simulateConfiguration } from '../../simulator/run';
import { summariseRun } from '../../simulator/results/summarise-run';
import { dumbbell, MS, S, writeForever } from '../simulator/support/bulk';

// `npm run bench:sim -- c 300 10`: workload c with 300 connections for 10 simulated seconds.
const FLOWS = Number(process.argv[3] ?? 1000);
const DURATION = Number(process.argv[4] ?? 60) * S;

// The KIST workload: one variant of the example, shortened as `tornet run --duration 60 --warmup 20`
// would (the README's interactive example runs this and the AMAP variant).
const KIST_EXAMPLE = new URL('../../examples/kist-load-loss.tornet', import.meta.url);
const KIST_VARIANT = 'kist-normal-normal';
const KIST_LENGTH = { duration: 60, warmup: 20 };

interface Measured {
  readonly events: number;
  readonly simulatedSeconds: number;
  readonly goodput: Record<string, number>;
  readonly extra?: Record<string, number | string>;
}

/** Sets a workload up (untimed) and returns its timed run. */
type Workload = () => () => Measured;

function report(name: string, workload: Workload): void {
  const run = workload();
  const start = performance.now();
  const cpuStart = cpuUsage();
  const { events, simulatedSeconds, goodput, extra } = run();
  const wall = (performance.now() - start) / 1000;
  const cpu = cpuUsage(cpuStart);
  console.log(
    JSON.stringify({
      workload: name,
      wallSeconds: +wall.toFixed(2),
      cpuSeconds: +((cpu.user + cpu.system) / 1e6).toFixed(2),
      events,
      eventsPerSecond: Math.round(events / wall),
      // On a machine other jobs load, wall time stretches; CPU time much less so.
      eventsPerCpuSecond: Math.round(events / ((cpu.user + cpu.system) / 1e6)),
      simSecondsPerWallSecond: +(simulatedSeconds / wall).toFixed(2),
      ...goodput,
      ...extra,
      peakRssMiB: Math.round(resourceUsage().maxRSS / 1024),
    }),
  );
}

/** TCP workloads: payload goodput over the whole run. */
function tcp(events: number, payloadBytes: number, connections: number): Measured {
  return { events, simulatedSeconds: DURATION / S, goodput: { goodputMbps: +((payloadBytes * 8) / (DURATION / S) / 1e6).toFixed(3) }, extra: { connections } };
}

const workloads: Record<string, Workload> = {
  // (a) one 100 Mbit/s flow, 50 ms RTT, 60 s (ns-3 3.37: ≈ 28 s wall on this machine type).
  a: () => () => {
    const d = dumbbell({ flows: 1, rateBps: 100e6, oneWayNs: () => 25 * MS });
    d.internet.sim.run({ untilNs: DURATION });
    return tcp(d.internet.sim.eventCount, d.received[0]!, 1);
  },
  // (b) one 10 Mbit/s flow, 50 ms RTT, 1 % loss on every packet, 60 s.
  b: () => () => {
    const d = dumbbell({ flows: 1, rateBps: 10e6, oneWayNs: () => 25 * MS, loss: { kind: 'constant', rate: 0.01 } });
    d.internet.sim.run({ untilNs: DURATION });
    return tcp(d.internet.sim.eventCount, d.received[0]!, 1);
  },
  // (c) 1,000 concurrent bulk flows among 100 hosts (10 per host, to random other hosts),
  // 100 Mbit/s access links, 10 locations with 10–100 ms latencies, 60 s.
  c: () => () => {
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
    return tcp(internet.sim.eventCount, payloadBytes, 2 * FLOWS);
  },
  // (d) the scaled KIST example (examples/kist-load-loss.tornet), one variant, one seed,
  // shortened; the scenario is parsed and resolved before the clock starts.
  kist: () => {
    const checked = checkDocument(KIST_EXAMPLE.pathname, readFileSync(KIST_EXAMPLE, 'utf8'));
    if (!checked.model) throw new Error(`${KIST_EXAMPLE.pathname} does not resolve`);
    const [run] = planRuns(withRunLength(checked.model, KIST_LENGTH), { variants: [KIST_VARIANT], seeds: 1 });
    const config = run!.config;
    const clients = config.clients.reduce((sum, group) => sum + group.count, 0);
    const relays = config.relays.reduce((sum, group) => sum + group.count, 0);
    return () => {
      const metrics = simulateConfiguration(config, run!.seed);
      const summary = summariseRun(metrics, config);
      return {
        events: metrics.events,
        simulatedSeconds: metrics.simulatedNs / 1e9,
        goodput: { relayGoodputMiBps: summary.scalars.goodputMean },
        extra: { variant: KIST_VARIANT, relays, clients, downloadsCompleted: summary.scalars.downloadsCompleted, downloadsUnfinished: summary.scalars.downloadsUnfinished },
      };
    };
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
