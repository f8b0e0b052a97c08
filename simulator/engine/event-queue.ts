// A 4-ary min-heap of events kept in parallel typed arrays, ordered by (time, sequence). Four
// children per node halve the depth of a binary heap, and with it the five-array moves that
// dominate a sift; (time, sequence) is a total order, so the order of events is the same.
// The sequence number is the order of scheduling, so events at the same nanosecond run in the
// order they were scheduled: a stable tie-break that makes runs reproducible. An event is three
// integers (kind, target, arg), never an object or closure, so scheduling allocates nothing.

export class EventQueue {
  private times: Float64Array;
  private seqs: Float64Array;
  private kinds: Int32Array;
  private targets: Int32Array;
  private args: Int32Array;
  private count = 0;
  private nextSeq = 0;

  /** Fields of the event last returned by pop(). */
  time = 0;
  kind = 0;
  target = 0;
  arg = 0;

  constructor(initialCapacity = 1024) {
    this.times = new Float64Array(initialCapacity);
    this.seqs = new Float64Array(initialCapacity);
    this.kinds = new Int32Array(initialCapacity);
    this.targets = new Int32Array(initialCapacity);
    this.args = new Int32Array(initialCapacity);
  }

  get size(): number {
    return this.count;
  }

  /** Time of the earliest event; Infinity when empty. */
  peekTime(): number {
    return this.count > 0 ? this.times[0]! : Infinity;
  }

  push(time: number, kind: number, target: number, arg: number): void {
    if (this.count === this.times.length) this.grow();
    const seq = this.nextSeq++;
    const times = this.times;
    const seqs = this.seqs;
    let i = this.count++;
    // Sift up: move parents down until the new event's place is found.
    while (i > 0) {
      const parent = (i - 1) >> 2;
      const pt = times[parent]!;
      if (pt < time || (pt === time && seqs[parent]! < seq)) break;
      this.move(parent, i);
      i = parent;
    }
    times[i] = time;
    seqs[i] = seq;
    this.kinds[i] = kind;
    this.targets[i] = target;
    this.args[i] = arg;
  }

  /** Removes the earliest event into (time, kind, target, arg). Returns false when empty. */
  pop(): boolean {
    if (this.count === 0) return false;
    this.time = this.times[0]!;
    this.kind = this.kinds[0]!;
    this.target = this.targets[0]!;
    this.arg = this.args[0]!;
    const last = --this.count;
    if (last > 0) this.siftDownLast(last);
    return true;
  }

  /** Places the last element, now outside the heap, starting from the root. */
  private siftDownLast(last: number): void {
    const times = this.times;
    const seqs = this.seqs;
    const time = times[last]!;
    const seq = seqs[last]!;
    const kind = this.kinds[last]!;
    const target = this.targets[last]!;
    const arg = this.args[last]!;
    let i = 0;
    for (;;) {
      const first = 4 * i + 1;
      if (first >= last) break;
      // The earliest of up to four children.
      let child = first;
      let ct = times[first]!;
      const end = first + 4 < last ? first + 4 : last;
      for (let c = first + 1; c < end; c++) {
        const t = times[c]!;
        if (t < ct || (t === ct && seqs[c]! < seqs[child]!)) {
          child = c;
          ct = t;
        }
      }
      if (time < ct || (time === ct && seq < seqs[child]!)) break;
      this.move(child, i);
      i = child;
    }
    times[i] = time;
    seqs[i] = seq;
    this.kinds[i] = kind;
    this.targets[i] = target;
    this.args[i] = arg;
  }

  private move(from: number, to: number): void {
    this.times[to] = this.times[from]!;
    this.seqs[to] = this.seqs[from]!;
    this.kinds[to] = this.kinds[from]!;
    this.targets[to] = this.targets[from]!;
    this.args[to] = this.args[from]!;
  }

  private grow(): void {
    const capacity = this.times.length * 2;
    const grown = <T extends Float64Array | Int32Array>(old: T, make: (n: number) => T): T => {
      const next = make(capacity);
      next.set(old);
      return next;
    };
    this.times = grown(this.times, (n) => new Float64Array(n));
    this.seqs = grown(this.seqs, (n) => new Float64Array(n));
    this.kinds = grown(this.kinds, (n) => new Int32Array(n));
    this.targets = grown(this.targets, (n) => new Int32Array(n));
    this.args = grown(this.args, (n) => new Int32Array(n));
  }
}
