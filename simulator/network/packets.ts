// Packet state as a struct of arrays: a packet is an index into parallel typed arrays, recycled
// through a free list, so the packet path allocates no objects. The network reads only the
// routing fields; the TCP fields ride along untouched until delivery.

export const FLAG_SYN = 1;
export const FLAG_ACK = 2;
export const FLAG_FIN = 4;
export const FLAG_RST = 8;

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
  }

  /** Packets currently allocated (in flight or being handled). */
  get inUse(): number {
    return this.live;
  }

  alloc(): number {
    this.live++;
    const id = this.free.pop();
    if (id !== undefined) return id;
    if (this.allocated === this.flags.length) this.grow();
    return this.allocated++;
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
  }
}
