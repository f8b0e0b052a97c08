// The receive side's sequence space: the next expected byte and out-of-order ranges held until
// the gap before them fills. Ranges are few (one per loss burst), so a sorted flat array suffices.

export class Reassembly {
  /** Next in-order byte expected (RCV.NXT, excluding the FIN). */
  next = 0;
  /** Out-of-order ranges as [start0, end0, start1, end1, …], sorted and disjoint. */
  private ranges: number[] = [];

  get hasGap(): boolean {
    return this.ranges.length > 0;
  }

  /**
   * Adds bytes [seq, end); returns how many bytes became deliverable in order
   * (0 for an out-of-order or duplicate segment).
   */
  add(seq: number, end: number): number {
    if (end <= this.next) return 0;
    if (seq > this.next) {
      this.insert(seq, end);
      return 0;
    }
    const before = this.next;
    this.next = end;
    const ranges = this.ranges;
    let drop = 0;
    while (drop < ranges.length && ranges[drop]! <= this.next) {
      if (ranges[drop + 1]! > this.next) this.next = ranges[drop + 1]!;
      drop += 2;
    }
    if (drop > 0) ranges.splice(0, drop);
    return this.next - before;
  }

  /** Index of the out-of-order range holding byte `seq`, or -1; read it with rangeStart/rangeEnd. */
  rangeHolding(seq: number): number {
    const ranges = this.ranges;
    for (let i = 0; i < ranges.length; i += 2) if (ranges[i]! <= seq && seq < ranges[i + 1]!) return i;
    return -1;
  }

  rangeStart(index: number): number {
    return this.ranges[index]!;
  }

  rangeEnd(index: number): number {
    return this.ranges[index + 1]!;
  }

  private insert(seq: number, end: number): void {
    const ranges = this.ranges;
    let i = 0;
    while (i < ranges.length && ranges[i + 1]! < seq) i += 2;
    // Merge with every range that overlaps or touches [seq, end).
    let j = i;
    while (j < ranges.length && ranges[j]! <= end) {
      seq = Math.min(seq, ranges[j]!);
      end = Math.max(end, ranges[j + 1]!);
      j += 2;
    }
    ranges.splice(i, j - i, seq, end);
  }
}
