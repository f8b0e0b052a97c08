// Vanilla ("as much as possible", AMAP) socket scheduling, scheduler_vanilla.c: every pending
// channel is served at once (no batching), in circuit-priority order, by filling its outbuf up
// to the 32 KiB high-water mark and writing the outbuf into the kernel as far as it goes.

import type { Channel } from '../channel/channel';
import { cellsWriteable, MAX_FLUSH_CELLS, type SchedulerNode, type SocketScheduler } from './socket-scheduler';

export class VanillaScheduler implements SocketScheduler {
  private pending: Channel[] = [];
  private runScheduled = false;

  constructor(private readonly node: SchedulerNode) {}

  channelPending(channel: Channel): void {
    if (channel.pending) return;
    channel.pending = true;
    this.pending.push(channel);
    if (!this.runScheduled) {
      this.runScheduled = true;
      this.node.scheduleRun(this.node.now);
    }
  }

  run(): void {
    this.runScheduled = false;
    const now = this.node.now;
    const channels = this.pending;
    this.pending = [];
    // The pending heap in Tor is ordered by each channel's best circuit priority (a stable sort:
    // ties keep the order in which the channels became pending).
    if (channels.length > 1) {
      const priority = channels.map((channel) => (channel.hasCells ? channel.mux.bestPriority(now) : Infinity));
      const order = channels.map((_, i) => i).sort((a, b) => priority[a]! - priority[b]!);
      const sorted = order.map((i) => channels[i]!);
      for (let i = 0; i < sorted.length; i++) channels[i] = sorted[i]!;
    }
    for (const channel of channels) {
      channel.pending = false;
      if (!channel.open) continue; // the channel asks again once its handshake completes
      this.serve(channel);
    }
  }

  private serve(channel: Channel): void {
    for (;;) {
      const room = Math.min(cellsWriteable(channel), MAX_FLUSH_CELLS);
      let moved = 0;
      while (moved < room && channel.hasCells) {
        this.node.moveCellToOutbuf(channel);
        moved++;
      }
      const before = channel.outbuf.length;
      this.node.flushOutbuf(channel);
      // Stop when nothing is left to move or the kernel (or token bucket) took nothing: the
      // socket's writable callback or the bucket's refill brings the channel back.
      if (!channel.hasCells || channel.outbuf.length === before) return;
    }
  }
}
