// Lets an action through at most once per interval; the last call in a burst is remembered so
// that a final `flush` delivers it (live results must end on the newest state).

export class Throttle<T> {
  private lastAt = -Infinity;
  private pending: T | undefined;

  constructor(
    private readonly intervalMs: number,
    private readonly deliver: (value: T) => void,
  ) {}

  offer(value: T, nowMs: number): void {
    if (nowMs - this.lastAt >= this.intervalMs) {
      this.lastAt = nowMs;
      this.pending = undefined;
      this.deliver(value);
    } else {
      this.pending = value;
    }
  }

  /** Delivers the value held back by the last `offer`, if any. */
  flush(): void {
    if (this.pending === undefined) return;
    const value = this.pending;
    this.pending = undefined;
    this.deliver(value);
  }
}
