// The receiver's SACK option (RFC 2018 §4): the first block holds the segment that arrived
// last, the others repeat the most recently reported blocks, so a lost ACK costs little.

import { MAX_SACK_BLOCKS } from '../network/packets';

export class SackBlocks {
  /** Blocks to report, most recent first, as [start0, end0, start1, end1, …]. */
  private blocks: number[] = [];

  get count(): number {
    return this.blocks.length >> 1;
  }

  start(i: number): number {
    return this.blocks[2 * i]!;
  }

  end(i: number): number {
    return this.blocks[2 * i + 1]!;
  }

  /** An out-of-order segment landed in the held range [start, end): report that range first. */
  arrived(start: number, end: number): void {
    const next = [start, end];
    const old = this.blocks;
    for (let i = 0; i < old.length && next.length < 2 * MAX_SACK_BLOCKS; i += 2) {
      // A range merged into the new one is reported by it.
      if (old[i + 1]! < start || old[i]! > end) next.push(old[i]!, old[i + 1]!);
    }
    this.blocks = next;
  }

  /** In-order data moved RCV.NXT to `rcvNext`: blocks below it are acknowledged cumulatively. */
  delivered(rcvNext: number): void {
    const blocks = this.blocks;
    if (blocks.length === 0) return;
    this.blocks = blocks.filter((_, i) => blocks[i - (i & 1) + 1]! > rcvNext);
  }
}
