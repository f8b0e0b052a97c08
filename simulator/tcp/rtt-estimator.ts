// RFC 6298 round-trip estimation (SRTT, RTTVAR, K = 4) with Linux's reading of the minimum:
// the minimum bounds the variance term, RTO = SRTT + max(4·RTTVAR, rtoMin), so the timeout stays
// above the RTT even on long paths (Linux tcp_set_rto with rttvar ≥ tcp_rto_min).

export class RttEstimator {
  srttNs = 0;
  rttvarNs = 0;
  private baseRtoNs: number;
  private backoff = 0;

  constructor(
    private readonly minNs: number,
    private readonly maxNs: number,
    initialNs: number,
  ) {
    this.baseRtoNs = initialNs;
  }

  /** Current timeout including exponential back-off, an integer number of ns. */
  get rtoNs(): number {
    return Math.min(this.baseRtoNs * 2 ** this.backoff, this.maxNs);
  }

  sample(rttNs: number): void {
    if (this.srttNs === 0) {
      this.srttNs = rttNs;
      this.rttvarNs = rttNs / 2;
    } else {
      this.rttvarNs = 0.75 * this.rttvarNs + 0.25 * Math.abs(this.srttNs - rttNs);
      this.srttNs = 0.875 * this.srttNs + 0.125 * rttNs;
    }
    this.baseRtoNs = Math.min(Math.ceil(this.srttNs + Math.max(4 * this.rttvarNs, this.minNs)), this.maxNs);
  }

  /** A retransmission timeout expired: double the timeout (RFC 6298 §5.5). */
  backOff(): void {
    if (this.rtoNs < this.maxNs) this.backoff++;
  }

  /** New data was acknowledged: the back-off ends (RFC 6298 §5.7 via a fresh sample). */
  resetBackoff(): void {
    this.backoff = 0;
  }
}
