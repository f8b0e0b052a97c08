// Tor's relay bandwidth limit: a token bucket of BandwidthBurst bytes refilled with
// BandwidthRate × TokenBucketRefillInterval at every interval boundary (default 100 ms).
// Refills are computed lazily from the clock, so an idle bucket costs no events.

export const REFILL_INTERVAL_NS = 100_000_000;

export class TokenBucket {
  private tokens: number;
  private refilledAt = 0;

  /** `rateBytesPerSecond` and `burstBytes` as BandwidthRate/BandwidthBurst; the bucket starts full. */
  constructor(
    readonly rateBytesPerSecond: number,
    readonly burstBytes: number,
    private readonly intervalNs = REFILL_INTERVAL_NS,
  ) {
    if (!(rateBytesPerSecond > 0) || !(burstBytes > 0)) throw new RangeError(`token bucket needs a positive rate and burst, got ${rateBytesPerSecond} B/s and ${burstBytes} B`);
    this.tokens = burstBytes;
  }

  /** Tokens available at `nowNs` (after every refill boundary up to now). */
  available(nowNs: number): number {
    const boundary = Math.floor(nowNs / this.intervalNs) * this.intervalNs;
    if (boundary > this.refilledAt) {
      const refills = (boundary - this.refilledAt) / this.intervalNs;
      this.tokens = Math.min(this.burstBytes, this.tokens + (refills * this.rateBytesPerSecond * this.intervalNs) / 1e9);
      this.refilledAt = boundary;
    }
    return this.tokens;
  }

  take(bytes: number): void {
    this.tokens -= bytes;
  }

  /** The next refill boundary after `nowNs`. */
  nextRefillNs(nowNs: number): number {
    return (Math.floor(nowNs / this.intervalNs) + 1) * this.intervalNs;
  }
}
