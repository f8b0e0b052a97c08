// Tor cells as indices into a pool of typed arrays: a cell is a number, so queues, sockets
// (as TCP message records) and schedulers move cells without allocating per cell.

/** A cell on the wire with 4-byte circuit IDs (link protocol ≥ 4; or.h CELL_MAX_NETWORK_SIZE). */
export const CELL_BYTES = 514;
/** Relay payload per cell (RELAY_PAYLOAD_SIZE = 509 − 11). */
export const RELAY_PAYLOAD_BYTES = 498;
/** What KIST charges per cell: cell plus TLS_PER_CELL_OVERHEAD (29 B), channeltls.h. */
export const KIST_CELL_BYTES = 543;

export const enum Command {
  Create = 1,
  Created = 2,
  Destroy = 3,
  Extend = 4,
  Extended = 5,
  Begin = 6,
  Connected = 7,
  Data = 8,
  End = 9,
  Sendme = 10,
}

/** Direction of travel: forward goes from the client toward the exit. */
export const FORWARD = 0;
export const BACKWARD = 1;

export class CellPool {
  circuit = new Int32Array(0);
  command = new Uint8Array(0);
  direction = new Uint8Array(0);
  /** Forward relay cells: the hop index that handles the cell (0 = guard). */
  hop = new Int8Array(0);
  /** Stream the relay cell belongs to (0 for circuit-level cells). */
  stream = new Int32Array(0);
  /** Relay payload bytes (DATA cells). */
  length = new Int32Array(0);
  /** When the cell entered the current node (Tor application queue time starts here). */
  enteredNs = new Float64Array(0);
  private readonly free: number[] = [];
  private capacity = 0;
  private used = 0;

  constructor(initial = 1024) {
    this.grow(initial);
  }

  alloc(circuit: number, command: Command, direction: number, hop: number, stream: number, length: number, nowNs: number): number {
    let cell = this.free.pop();
    if (cell === undefined) {
      if (this.used === this.capacity) this.grow(this.capacity * 2);
      cell = this.used++;
    }
    this.circuit[cell] = circuit;
    this.command[cell] = command;
    this.direction[cell] = direction;
    this.hop[cell] = hop;
    this.stream[cell] = stream;
    this.length[cell] = length;
    this.enteredNs[cell] = nowNs;
    return cell;
  }

  release(cell: number): void {
    this.free.push(cell);
  }

  private grow(capacity: number): void {
    const copy = <T extends Int32Array | Uint8Array | Int8Array | Float64Array>(old: T, make: (n: number) => T): T => {
      const next = make(capacity);
      next.set(old as never);
      return next;
    };
    this.circuit = copy(this.circuit, (n) => new Int32Array(n));
    this.command = copy(this.command, (n) => new Uint8Array(n));
    this.direction = copy(this.direction, (n) => new Uint8Array(n));
    this.hop = copy(this.hop, (n) => new Int8Array(n));
    this.stream = copy(this.stream, (n) => new Int32Array(n));
    this.length = copy(this.length, (n) => new Int32Array(n));
    this.enteredNs = copy(this.enteredNs, (n) => new Float64Array(n));
    this.capacity = capacity;
  }
}
