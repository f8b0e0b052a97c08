// CUBIC (RFC 9438) as Linux implements it (net/ipv4/tcp_cubic.c): window growth
// W(t) = C·(t − K)³ + W_max with C = 0.4 and β = 0.7, fast convergence, and the TCP-friendly
// region that never grows slower than Reno would. Not modelled: HyStart (Linux exits slow start
// early on delay increase) — noted in docs/validation.md.

import { additiveIncrease, slowStart, type CongestionControl, type CongestionWindow } from './congestion-control';

const C = 0.4;
const BETA = 717 / 1024; // Linux's fixed-point 0.7
/** ACKs per Reno-equivalent increment: Linux beta_scale = 8·(1024 + 717) / 3 / (1024 − 717) = 15 (integer). */
const FRIENDLY_SCALE = 15;

export class Cubic implements CongestionControl {
  readonly name = 'cubic';
  private lastMaxCwnd = 0;
  private epochStartNs = -1;
  private originPoint = 0;
  private k = 0;
  private renoCwnd = 0;
  private ackCount = 0;

  onAck(w: CongestionWindow, acked: number, nowNs: number, minRttNs: number): void {
    if (w.cwnd < w.ssthresh) {
      acked = slowStart(w, acked);
      if (acked === 0) return;
    }
    additiveIncrease(w, this.acksPerIncrement(w.cwnd, acked, nowNs, minRttNs), acked);
  }

  /** Linux bictcp_update: how many ACKed segments earn one more segment of cwnd. */
  private acksPerIncrement(cwnd: number, acked: number, nowNs: number, minRttNs: number): number {
    this.ackCount += acked;
    if (this.epochStartNs < 0) {
      this.epochStartNs = nowNs;
      this.ackCount = acked;
      this.renoCwnd = cwnd;
      if (this.lastMaxCwnd <= cwnd) {
        this.k = 0;
        this.originPoint = cwnd;
      } else {
        this.k = Math.cbrt((this.lastMaxCwnd - cwnd) / C);
        this.originPoint = this.lastMaxCwnd;
      }
    }
    const t = (nowNs - this.epochStartNs + minRttNs) / 1e9;
    const target = this.originPoint + C * (t - this.k) ** 3;
    let count = target > cwnd ? cwnd / (target - cwnd) : 100 * cwnd;
    if (this.lastMaxCwnd === 0 && count > 20) count = 20; // growth before the first loss
    // TCP-friendly region: track what Reno with β = 0.7 would have and never be slower.
    const delta = (cwnd * FRIENDLY_SCALE) / 8;
    while (this.ackCount > delta) {
      this.ackCount -= delta;
      this.renoCwnd++;
    }
    if (this.renoCwnd > cwnd) count = Math.min(count, cwnd / (this.renoCwnd - cwnd));
    return Math.max(Math.floor(count), 2);
  }

  ssthreshAfterLoss(w: CongestionWindow): number {
    this.epochStartNs = -1;
    // Fast convergence: release bandwidth to newer flows when the window keeps shrinking.
    this.lastMaxCwnd = w.cwnd < this.lastMaxCwnd ? (w.cwnd * (1 + BETA)) / 2 : w.cwnd;
    return Math.max(Math.floor(w.cwnd * BETA), 2);
  }

  onTimeout(): void {
    this.lastMaxCwnd = 0;
    this.epochStartNs = -1;
    this.ackCount = 0;
    this.renoCwnd = 0;
  }
}
