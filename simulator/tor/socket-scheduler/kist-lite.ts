// KIST-Lite (scheduler_kist.c without kernel support, e.g. off Linux): KIST's batching and global
// circuit priority, but the per-socket limit is the room below the 32 KiB outbuf high-water
// mark, counted at KIST's 543 B per cell, so it never reads TCP_INFO.

import { KIST_CELL_BYTES } from '../cells';
import type { Channel } from '../channel/channel';
import { KistScheduler } from './kist';
import { cellsWriteable, type SchedulerNode, type SocketScheduler } from './socket-scheduler';

export function kistLiteLimit(channel: Channel): number {
  return cellsWriteable(channel) * KIST_CELL_BYTES;
}

export function createKistLite(node: SchedulerNode, intervalNs: number): SocketScheduler {
  return new KistScheduler(node, intervalNs, null, kistLiteLimit, false);
}
