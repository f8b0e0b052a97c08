// The sender's SACK scoreboard (RFC 6675): which bytes above the cumulative ACK the receiver
// reported holding, and from that which holes count as lost. Byte ranges, not per-segment
// records: a window holds one range per loss burst, so a sorted flat array stays short.

/** RFC 6675 DupThresh: a hole is lost once this many segments' worth is SACKed above it. */
const DUP_THRESH = 3;

export class SackScoreboard {
  /** SACKed ranges above the cumulative ACK as [start0, end0, start1, end1, …], sorted, disjoint. */
  private ranges: number[] = [];
  /** Bytes inside `ranges`. */
  sackedBytes = 0;

  get empty(): boolean {
    return this.ranges.length === 0;
  }

  /** The cumulative ACK moved to `sndUna`: forget what it covers. */
  advance(sndUna: number): void {
    const ranges = this.ranges;
    let drop = 0;
    while (drop < ranges.length && ranges[drop + 1]! <= sndUna) {
      this.sackedBytes -= ranges[drop + 1]! - ranges[drop]!;
      drop += 2;
    }
    if (drop > 0) ranges.splice(0, drop);
    if (ranges.length > 0 && ranges[0]! < sndUna) {
      this.sackedBytes -= sndUna - ranges[0]!;
      ranges[0] = sndUna;
    }
  }

  /** Records the SACK block [start, end), clipped to [sndUna, sndMax). */
  add(start: number, end: number, sndUna: number, sndMax: number): void {
    if (start < sndUna) start = sndUna;
    if (end > sndMax) end = sndMax;
    if (end <= start) return;
    const ranges = this.ranges;
    let i = 0;
    while (i < ranges.length && ranges[i + 1]! < start) i += 2;
    let j = i;
    let covered = 0;
    while (j < ranges.length && ranges[j]! <= end) {
      covered += ranges[j + 1]! - ranges[j]!;
      if (ranges[j]! < start) start = ranges[j]!;
      if (ranges[j + 1]! > end) end = ranges[j + 1]!;
      j += 2;
    }
    ranges.splice(i, j - i, start, end);
    this.sackedBytes += end - start - covered;
  }

  /** Drops everything (the receiver may have reneged; RTO recovery starts from scratch). */
  clear(): void {
    this.ranges.length = 0;
    this.sackedBytes = 0;
  }

  /**
   * RFC 6675 IsLost as a boundary: every unSACKed byte below the returned offset is lost, because
   * more than (DupThresh − 1)·MSS bytes or DupThresh separate ranges are SACKed above it. A hole
   * is lost or not as a whole, so the boundary is always the start of a SACKed range (or `sndUna`).
   */
  lossBoundary(sndUna: number, mss: number): number {
    const ranges = this.ranges;
    let above = 0;
    for (let i = ranges.length - 2, count = 1; i >= 0; i -= 2, count++) {
      above += ranges[i + 1]! - ranges[i]!;
      if (above > (DUP_THRESH - 1) * mss || count >= DUP_THRESH) return ranges[i]!;
    }
    return sndUna;
  }

  /** First byte at or after `from` that is not SACKed. */
  nextUnsacked(from: number): number {
    const ranges = this.ranges;
    for (let i = 0; i < ranges.length; i += 2) {
      if (ranges[i + 1]! <= from) continue;
      if (ranges[i]! > from) return from;
      from = ranges[i + 1]!;
    }
    return from;
  }

  /** Start of the first SACKed range after `from`; Infinity when none. */
  nextSackedStart(from: number): number {
    const ranges = this.ranges;
    for (let i = 0; i < ranges.length; i += 2) if (ranges[i]! > from) return ranges[i]!;
    return Infinity;
  }

  /** UnSACKed bytes in [from, to). */
  unsackedBetween(from: number, to: number): number {
    if (to <= from) return 0;
    let bytes = to - from;
    const ranges = this.ranges;
    for (let i = 0; i < ranges.length && ranges[i]! < to; i += 2) {
      const overlap = Math.min(to, ranges[i + 1]!) - Math.max(from, ranges[i]!);
      if (overlap > 0) bytes -= overlap;
    }
    return bytes;
  }
}
