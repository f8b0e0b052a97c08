// The socket scheduler of one Tor node: when and how much to move from circuit queues into
// outbufs and the kernel. One file per policy: vanilla.ts (AMAP), kist.ts, kist-lite.ts.

import type { SocketScheduler as SocketSchedulerConfig } from '../../../grammar/model/scenario';
import { CELL_BYTES } from '../cells';
import type { Channel } from '../channel/channel';
import { KistScheduler, kistSocketLimit } from './kist';
import { createKistLite } from './kist-lite';
import { VanillaScheduler } from './vanilla';

/** Tor's orconn_high: the outbuf high-water mark vanilla and KIST-Lite fill up to. */
export const OUTBUF_HIGH_WATER_BYTES = 32 * 1024;
/** Vanilla flushes at most this many cells per channel per pass (MAX_FLUSH_CELLS). */
export const MAX_FLUSH_CELLS = 1000;

/** What a scheduler needs from its node. */
export interface SchedulerNode {
  readonly now: number;
  /** Moves the next cell chosen by the channel's circuit mux into its outbuf. */
  moveCellToOutbuf(channel: Channel): void;
  /** Writes outbuf cells into the kernel as far as socket space and the token bucket allow. */
  flushOutbuf(channel: Channel): void;
  /** Calls the scheduler's run() at `timeNs` (once, however often asked for the same time). */
  scheduleRun(timeNs: number): void;
  recordRun(pendingSockets: number, tcpInfoReads: number): void;
}

export interface SocketScheduler {
  /** The channel has cells waiting, or its socket can take more. */
  channelPending(channel: Channel): void;
  /** The run the scheduler asked for with scheduleRun. */
  run(): void;
}

/** Cells that fit below the outbuf high-water mark (channel_num_cells_writeable). */
export function cellsWriteable(channel: Channel): number {
  return Math.max(0, Math.ceil((OUTBUF_HIGH_WATER_BYTES - channel.outbufBytes) / CELL_BYTES));
}

export function createSocketScheduler(config: SocketSchedulerConfig, node: SchedulerNode): SocketScheduler {
  switch (config.type) {
    case 'vanilla':
      return new VanillaScheduler(node);
    case 'kist':
      return new KistScheduler(node, Math.round(config.interval * 1e9), config.globalWriteLimit, (channel) => {
        const info = channel.socket!.tcpInfo();
        return kistSocketLimit(info, config.socketBufferFactor, channel.outbufBytes);
      }, true);
    case 'kist-lite':
      return createKistLite(node, Math.round(config.interval * 1e9));
  }
}
