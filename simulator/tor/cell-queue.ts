// A FIFO of cell indices in a growable ring buffer (no allocation per push once grown).

export class CellQueue {
  private items = new Int32Array(8);
  private head = 0;
  private count = 0;

  get length(): number {
    return this.count;
  }

  push(cell: number): void {
    if (this.count === this.items.length) {
      const next = new Int32Array(this.items.length * 2);
      for (let i = 0; i < this.count; i++) next[i] = this.items[(this.head + i) % this.items.length]!;
      this.items = next;
      this.head = 0;
    }
    this.items[(this.head + this.count) % this.items.length] = cell;
    this.count++;
  }

  /** Removes and returns the oldest cell; the queue must not be empty. */
  shift(): number {
    const cell = this.items[this.head]!;
    this.head = (this.head + 1) % this.items.length;
    this.count--;
    return cell;
  }

  peek(): number {
    return this.items[this.head]!;
  }
}
