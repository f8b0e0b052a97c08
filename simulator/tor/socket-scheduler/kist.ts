// KIST (Jansen et al. 2014; Jansen & Traudt 2017, Algorithm 1; scheduler_kist.c): pending
// channels are collected for one run interval; each run reads TCP_INFO of the pending sockets
// only, then writes one cell at a time from the globally best circuit (lowest EWMA among all
// pending channels) until every channel is out of cells or at its per-socket limit. KIST-Lite
// is the same loop with the outbuf high-water mark as the limit and no TCP_INFO reads.

import { CELL_BYTES, KIST_CELL_BYTES } from '../cells';
import type { Channel } from '../channel/channel';
import type { SchedulerNode, SocketScheduler } from './socket-scheduler';

/** Inside a run, a channel's outbuf goes to the kernel when the loop moves on and it holds more than this. */
const SWITCH_FLUSH_BYTES = 8 * CELL_BYTES;

/** The TCP_INFO fields KIST reads. */
export interface KistTcpView {
  readonly cwnd: number;
  readonly unacked: number;
  readonly mss: number;
  readonly notsentBytes: number;
}

/**
 * KIST's per-socket write limit in bytes (scheduler_kist.c update_socket_info_impl):
 * max(0, (cwnd − unacked)·mss) + cwnd·mss·factor − notsent − outbuf, at least 0.
 */
export function kistSocketLimit(info: KistTcpView, socketBufferFactor: number, outbufBytes: number): number {
  const tcpSpace = Math.max(0, (info.cwnd - info.unacked) * info.mss);
  const extraSpace = Math.floor(info.cwnd * info.mss * socketBufferFactor) - info.notsentBytes - outbufBytes;
  return Math.max(0, tcpSpace + extraSpace);
}

export class KistScheduler implements SocketScheduler {
  private pending: Channel[] = [];
  private nextRunNs = -1;
  private lastRunNs = -Infinity;

  constructor(
    private readonly node: SchedulerNode,
    private readonly intervalNs: number,
    /** Bytes per run over all sockets, or null. */
    private readonly globalLimit: number | null,
    private readonly socketLimit: (channel: Channel) => number,
    /** True when the limit comes from TCP_INFO (counted as reads). */
    private readonly readsTcpInfo: boolean,
  ) {
    if (!(intervalNs > 0)) throw new RangeError(`the KIST run interval must be positive, got ${intervalNs} ns`);
  }

  channelPending(channel: Channel): void {
    if (channel.pending) return;
    channel.pending = true;
    this.pending.push(channel);
    this.ensureRun();
  }

  run(): void {
    const now = this.node.now;
    this.nextRunNs = -1;
    this.lastRunNs = now;
    const candidates: Channel[] = [];
    const keys: number[] = [];
    const later: Channel[] = [];
    let reads = 0;
    const pendingCount = this.pending.length;
    for (const channel of this.pending) {
      channel.pending = false;
      if (!channel.open || !channel.hasCells) continue; // re-announced when they open or get cells
      channel.limitBytes = this.socketLimit(channel);
      channel.writtenBytes = 0;
      if (this.readsTcpInfo) reads++;
      if (channel.limitBytes >= KIST_CELL_BYTES) {
        candidates.push(channel);
        keys.push(channel.mux.bestPriority(now));
      } else {
        later.push(channel);
      }
    }
    this.pending = [];
    this.node.recordRun(pendingCount, reads);
    const touched = new Set<Channel>();
    let total = 0;
    let previous: Channel | null = null;
    while (candidates.length > 0) {
      let best = 0;
      for (let i = 1; i < keys.length; i++) if (keys[i]! < keys[best]!) best = i;
      const channel = candidates[best]!;
      if (previous !== null && previous !== channel && previous.outbufBytes > SWITCH_FLUSH_BYTES) this.node.flushOutbuf(previous);
      this.node.moveCellToOutbuf(channel);
      touched.add(channel);
      previous = channel;
      channel.writtenBytes += KIST_CELL_BYTES;
      total += KIST_CELL_BYTES;
      const globalDone = this.globalLimit !== null && total >= this.globalLimit;
      if (channel.hasCells && channel.limitBytes - channel.writtenBytes >= KIST_CELL_BYTES && !globalDone) {
        keys[best] = channel.mux.bestPriority(now);
        continue;
      }
      candidates.splice(best, 1);
      keys.splice(best, 1);
      if (channel.hasCells) later.push(channel);
      if (globalDone) {
        later.push(...candidates);
        break;
      }
    }
    for (const channel of touched) this.node.flushOutbuf(channel);
    // Channels stopped by a limit try again next run.
    for (const channel of later) this.channelPending(channel);
  }

  private ensureRun(): void {
    if (this.nextRunNs >= 0) return;
    // Runs are never closer than the interval: the next one is at last run + interval.
    this.nextRunNs = Math.max(this.node.now, this.lastRunNs + this.intervalNs);
    this.node.scheduleRun(this.nextRunNs);
  }
}
