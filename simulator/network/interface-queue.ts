// A FIFO interface queue with a fixed serialisation rate (Shadow's per-host up/down model, and
// optional link capacities). The queue is virtual: it remembers when the transmitter becomes
// free, so enqueueing computes a packet's departure time directly and costs no events.

export class InterfaceQueue {
  /** Time the last queued bit leaves, kept unrounded so rounding never accumulates. */
  private busyUntil = 0;
  private readonly nsPerByte: number;
  /** Packets dropped because the queue was full. */
  drops = 0;

  constructor(
    readonly rateBps: number,
    /** Drop-tail limit on queued bytes (including the packet being transmitted). */
    readonly limitBytes = Infinity,
  ) {
    this.nsPerByte = 8e9 / rateBps;
  }

  /** Queued bytes not yet transmitted at `now`. */
  backlogBytes(now: number): number {
    return this.busyUntil > now ? (this.busyUntil - now) / this.nsPerByte : 0;
  }

  /** Enqueues a packet at `now`; returns the integer time its last bit leaves, or -1 if dropped. */
  enqueue(now: number, bytes: number): number {
    const start = this.busyUntil > now ? this.busyUntil : now;
    if (this.limitBytes !== Infinity && (start - now) / this.nsPerByte + bytes > this.limitBytes) {
      this.drops++;
      return -1;
    }
    this.busyUntil = start + bytes * this.nsPerByte;
    return Math.ceil(this.busyUntil);
  }
}
