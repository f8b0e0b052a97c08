// Packet state as a struct of arrays: a packet is an index into parallel typed arrays, recycled
// through a free list, so the packet path allocates no objects. The network reads only the
// routing fields; the TCP fields ride along untouched until delivery.

export const FLAG_SYN = 1;
export const FLAG_ACK = 2;
export const FLAG_FIN = 4;
export const FLAG_RST = 8;
/** On a SYN or SYN-ACK: the sender accepts SACK blocks (RFC 2018 SACK-permitted option). */
export const FLAG_SACK_PERMITTED = 16;

/** SACK blocks per segment: 3 fit beside the timestamp option in 40 option bytes (as Linux). */
export const MAX_SACK_BLOCKS = 3;

export class PacketPool {
  // Routing
  route: Int32Array;
  stage: Int32Array;
  wireBytes: Int32Array;
  srcHost: Int32Array;
  dstHost: Int32Array;
  // TCP segment
  flags: Int32Array;
  /** Connection id of the receiving socket; -1 for a SYN (the listener is found by port). */
  dstConn: Int32Array;
  srcConn: Int32Array;
  dstPort: Int32Array;
  len: Int32Array;
  seq: Float64Array;
  ack: Float64Array;
  window: Float64Array;
  tsVal: Float64Array;
  tsEcr: Float64Array;
  /** SACK blocks carried: 0 … MAX_SACK_BLOCKS. */
  sackCount: Int32Array;
  /** SACK block i of packet p: [sack[p·6 + 2i], sack[p·6 + 2i + 1]). */
  sack: Float64Array;

  private free: number[] = [];
  private allocated = 0;
  private live = 0;

  constructor(capacity = 1024) {
    this.route = new Int32Array(capacity);
    this.stage = new Int32Array(capacity);
    this.wireBytes = new Int32Array(capacity);
    this.srcHost = new Int32Array(capacity);
    this.dstHost = new Int32Array(capacity);
    this.flags = new Int32Array(capacity);
    this.dstConn = new Int32Array(capacity);
    this.srcConn = new Int32Array(capacity);
    this.dstPort = new Int32Array(capacity);
    this.len = new Int32Array(capacity);
    this.seq = new Float64Array(capacity);
    this.ack = new Float64Array(capacity);
    this.window = new Float64Array(capacity);
    this.tsVal = new Float64Array(capacity);
    this.tsEcr = new Float64Array(capacity);
    this.sackCount = new Int32Array(capacity);
    this.sack = new Float64Array(capacity * 2 * MAX_SACK_BLOCKS);
  }

  /** Packets currently allocated (in flight or being handled). */
  get inUse(): number {
    return this.live;
  }

  /** A packet index; its fields hold stale values except sackCount, which starts at 0. */
  alloc(): number {
    this.live++;
    let id = this.free.pop();
    if (id === undefined) {
      if (this.allocated === this.flags.length) this.grow();
      id = this.allocated++;
    }
    this.sackCount[id] = 0;
    return id;
  }

  release(id: number): void {
    this.live--;
    this.free.push(id);
  }

  private grow(): void {
    const n = this.flags.length * 2;
    const int = (a: Int32Array): Int32Array => {
      const b = new Int32Array(n);
      b.set(a);
      return b;
    };
    const float = (a: Float64Array): Float64Array => {
      const b = new Float64Array(n);
      b.set(a);
      return b;
    };
    this.route = int(this.route);
    this.stage = int(this.stage);
    this.wireBytes = int(this.wireBytes);
    this.srcHost = int(this.srcHost);
    this.dstHost = int(this.dstHost);
    this.flags = int(this.flags);
    this.dstConn = int(this.dstConn);
    this.srcConn = int(this.srcConn);
    this.dstPort = int(this.dstPort);
    this.len = int(this.len);
    this.seq = float(this.seq);
    this.ack = float(this.ack);
    this.window = float(this.window);
    this.tsVal = float(this.tsVal);
    this.tsEcr = float(this.tsEcr);
    this.sackCount = int(this.sackCount);
    const sack = new Float64Array(n * 2 * MAX_SACK_BLOCKS);
    sack.set(this.sack);
    this.sack = sack;
  }
}
