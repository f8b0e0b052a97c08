// A FIFO of values keyed by increasing stream offsets (where a write or a message ends).
// Backed by arrays with a moving head and tail, compacted now and then, so pushes and pops are
// O(1). The arrays are never shrunk (resizing an array is slow in V8, and a queue that empties
// often fills again): entries at and after `tail` are free slots.

export class OffsetQueue<T> {
  private ends: number[] = [];
  private values: T[] = [];
  private head = 0;
  private tail = 0;

  get length(): number {
    return this.tail - this.head;
  }

  push(end: number, value: T): void {
    if (this.tail === this.ends.length) {
      this.ends.push(end);
      this.values.push(value);
    } else {
      this.ends[this.tail] = end;
      this.values[this.tail] = value;
    }
    this.tail++;
  }

  /** End offset of the oldest entry; Infinity when empty. */
  firstEnd(): number {
    return this.head < this.tail ? this.ends[this.head]! : Infinity;
  }

  firstValue(): T {
    return this.values[this.head]!;
  }

  /** End offset and value of the newest entry (the queue must not be empty). */
  lastEnd(): number {
    return this.ends[this.tail - 1]!;
  }

  lastValue(): T {
    return this.values[this.tail - 1]!;
  }

  /** Moves the newest entry's end (merging a write into the previous one). */
  extendLast(end: number): void {
    this.ends[this.tail - 1] = end;
  }

  shift(): void {
    this.values[this.head] = undefined as T; // let the value be collected
    this.head++;
    if (this.head === this.tail) {
      this.head = 0;
      this.tail = 0;
    } else if (this.head >= 1024 && this.head * 2 >= this.tail) {
      this.ends.copyWithin(0, this.head, this.tail);
      this.values.copyWithin(0, this.head, this.tail);
      this.values.fill(undefined as T, this.tail - this.head, this.tail);
      this.tail -= this.head;
      this.head = 0;
    }
  }
}
