// Congestion control behind one interface, as Linux's tcp_congestion_ops: the connection owns
// cwnd and ssthresh (in segments); an algorithm grows cwnd on ACKs and picks ssthresh on loss.
// Loss recovery itself (fast retransmit, NewReno partial ACKs, RTO) is the connection's job.

import { Cubic } from './cubic';
import { Reno } from './reno';

export interface CongestionWindow {
  /** Congestion window, whole segments. */
  cwnd: number;
  /** Slow-start threshold, segments (Infinity until the first loss). */
  ssthresh: number;
  /** Fractional progress towards the next congestion-avoidance increment (Linux snd_cwnd_cnt). */
  cwndCount: number;
}

export interface CongestionControl {
  readonly name: 'cubic' | 'reno';
  /** `acked` segments were newly acknowledged, outside loss recovery, while cwnd-limited. */
  onAck(w: CongestionWindow, acked: number, nowNs: number, minRttNs: number): void;
  /** A loss was detected with the window at `w.cwnd`: returns the new ssthresh. */
  ssthreshAfterLoss(w: CongestionWindow): number;
  /** A retransmission timeout: forget the state built since the last loss (Linux CA_Loss). */
  onTimeout(): void;
}

export function createCongestionControl(name: 'cubic' | 'reno'): CongestionControl {
  return name === 'cubic' ? new Cubic() : new Reno();
}

/** Slow start (RFC 5681 with appropriate byte counting): returns the acks left over past ssthresh. */
export function slowStart(w: CongestionWindow, acked: number): number {
  const cwnd = Math.min(w.cwnd + acked, w.ssthresh);
  const left = acked - (cwnd - w.cwnd);
  w.cwnd = cwnd;
  return left;
}

/** Additive increase: one segment per `per` acknowledged segments (Linux tcp_cong_avoid_ai). */
export function additiveIncrease(w: CongestionWindow, per: number, acked: number): void {
  if (w.cwndCount >= per) {
    w.cwndCount = 0;
    w.cwnd++;
  }
  w.cwndCount += acked;
  if (w.cwndCount >= per) {
    const delta = Math.floor(w.cwndCount / per);
    w.cwndCount -= delta * per;
    w.cwnd += delta;
  }
}
