// The kernel send buffer of one socket: how much the application may write (with Linux-like
// autotuning of the capacity), the message records attached to writes, and per-byte kernel queue
// time — from the application's write to the first transmission of each byte — kept as a queue
// of write ranges rather than per-byte state.

import type { KernelQueueSummary } from './socket';
import { OffsetQueue } from './offset-queue';

export class SendBuffer<M> {
  /** Capacity in payload bytes (SO_SNDBUF). */
  capacity: number;
  /** Stream offset one past the last byte the application wrote. */
  writeEnd = 0;
  /** Messages by the stream offset of their last byte + 1; the peer's receiver pops them. */
  readonly messages = new OffsetQueue<M>();
  /** Write ranges not yet fully transmitted: end offset → write time. */
  private readonly writes = new OffsetQueue<number>();
  private readonly queueTime = { bytes: 0, byteNs: 0, maxNs: 0 };

  constructor(
    initialBytes: number,
    private readonly maxBytes: number,
    private readonly autotune: boolean,
  ) {
    this.capacity = initialBytes;
  }

  /** Bytes the application may still write while the peer has acknowledged up to `sndUna`. */
  free(sndUna: number): number {
    return Math.max(0, this.capacity - (this.writeEnd - sndUna));
  }

  /** Accepts up to `bytes` at `now`; the message is attached only if everything fits. */
  write(bytes: number, nowNs: number, sndUna: number, message: M | undefined): number {
    const accepted = Math.min(bytes, this.free(sndUna));
    if (accepted <= 0) return 0;
    this.writeEnd += accepted;
    if (this.writes.length > 0 && this.writes.lastValue() === nowNs) this.writes.extendLast(this.writeEnd);
    else this.writes.push(this.writeEnd, nowNs);
    if (message !== undefined && accepted === bytes) this.messages.push(this.writeEnd, message);
    return accepted;
  }

  /**
   * Linux tcp_sndbuf_expand: keep room for about two congestion windows (at least two initial
   * windows), never shrinking and never above the maximum. Counted in payload bytes, not the
   * kernel's skb truesize.
   */
  expand(cwndSegments: number, initialCwnd: number, mss: number): void {
    if (!this.autotune) return;
    const wanted = Math.min(this.maxBytes, 2 * Math.max(cwndSegments, initialCwnd) * mss);
    if (wanted > this.capacity) this.capacity = wanted;
  }

  /** Grows the capacity to `bytes` if autotuning is on and it is larger (never shrinks). */
  growTo(bytes: number): void {
    if (this.autotune && bytes > this.capacity) this.capacity = Math.floor(bytes);
  }

  /**
   * Bytes [from, to) leave for the first time at `now`: one sample per write range they span.
   * `from` must be where the previous first transmission ended. `sample` gets `owner` back, so
   * callers need no closure per packet.
   */
  transmitted<S>(from: number, to: number, nowNs: number, sample: ((owner: S, bytes: number, delayNs: number) => void) | undefined, owner: S): void {
    const writes = this.writes;
    while (from < to && writes.length > 0) {
      const end = writes.firstEnd();
      const bytes = Math.min(end, to) - from;
      const delay = nowNs - writes.firstValue();
      this.queueTime.bytes += bytes;
      this.queueTime.byteNs += bytes * delay;
      if (delay > this.queueTime.maxNs) this.queueTime.maxNs = delay;
      sample?.(owner, bytes, delay);
      from += bytes;
      if (end <= to) writes.shift();
    }
  }

  summary(): KernelQueueSummary {
    return { ...this.queueTime };
  }
}

/** Shadow's per-segment send-buffer charge (tcp.c `_tcp_autotuneSendBuffer`: sndmem = 2404). */
const SHADOW_SNDMEM_PER_SEGMENT = 2404;

/**
 * Shadow's initial send buffer (tcp.c `_tcp_tuneInitialBufferSizes`): 1.25 × the path RTT (whole
 * milliseconds each way) × the slower of the sender's uplink and the receiver's downlink.
 */
export function shadowInitialSendBuffer(oneWayNs: number, returnNs: number, bottleneckBytesPerS: number, minBytes: number, maxBytes: number): number {
  const rttS = (Math.ceil(oneWayNs / 1e6) + Math.ceil(returnNs / 1e6)) / 1000;
  return Math.min(maxBytes, Math.max(minBytes, Math.floor(1.25 * rttS * bottleneckBytesPerS)));
}

/** Shadow's send-buffer autotuning target: 2 × 2404 B per cwnd segment, capped at max(maxBytes, uplink × SRTT) (at most 10 × maxBytes). */
export function shadowSendBufferTarget(cwndSegments: number, uplinkBytesPerS: number, srttNs: number, maxBytes: number): number {
  const ceiling = Math.min(10 * maxBytes, Math.max(maxBytes, uplinkBytesPerS * (srttNs / 1e9)));
  return Math.min(2 * SHADOW_SNDMEM_PER_SEGMENT * cwndSegments, ceiling);
}
