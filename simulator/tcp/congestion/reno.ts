// Reno: slow start, then one segment per window of ACKs; halve on loss (Linux tcp_reno_*).
// Recovery (NewReno partial ACKs) lives in the connection.

import { additiveIncrease, slowStart, type CongestionControl, type CongestionWindow } from './congestion-control';

export class Reno implements CongestionControl {
  readonly name = 'reno';

  onAck(w: CongestionWindow, acked: number): void {
    if (w.cwnd < w.ssthresh) {
      acked = slowStart(w, acked);
      if (acked === 0) return;
    }
    additiveIncrease(w, w.cwnd, acked);
  }

  ssthreshAfterLoss(w: CongestionWindow): number {
    return Math.max(w.cwnd >> 1, 2);
  }

  onTimeout(): void {}
}
