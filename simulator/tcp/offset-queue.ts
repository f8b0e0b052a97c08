// A FIFO of values keyed by increasing stream offsets (where a write or a message ends).
// Backed by arrays with a moving head, compacted now and then, so pushes and pops are O(1).

export class OffsetQueue<T> {
  private ends: number[] = [];
  private values: T[] = [];
  private head = 0;

  get length(): number {
    return this.ends.length - this.head;
  }

  push(end: number, value: T): void {
    this.ends.push(end);
    this.values.push(value);
  }

  /** End offset of the oldest entry; Infinity when empty. */
  firstEnd(): number {
    return this.head < this.ends.length ? this.ends[this.head]! : Infinity;
  }

  firstValue(): T {
    return this.values[this.head]!;
  }

  /** End offset and value of the newest entry (the queue must not be empty). */
  lastEnd(): number {
    return this.ends[this.ends.length - 1]!;
  }

  lastValue(): T {
    return this.values[this.values.length - 1]!;
  }

  /** Moves the newest entry's end (merging a write into the previous one). */
  extendLast(end: number): void {
    this.ends[this.ends.length - 1] = end;
  }

  shift(): void {
    this.values[this.head] = undefined as T; // let the value be collected
    this.head++;
    if (this.head === this.ends.length) {
      this.ends.length = 0;
      this.values.length = 0;
      this.head = 0;
    } else if (this.head >= 1024 && this.head * 2 >= this.ends.length) {
      this.ends = this.ends.slice(this.head);
      this.values = this.values.slice(this.head);
      this.head = 0;
    }
  }
}
