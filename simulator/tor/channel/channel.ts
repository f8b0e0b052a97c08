// One end of a channel: a TLS connection between two Tor nodes carrying many circuits. It owns
// the circuit multiplexer (per-circuit cell queues), the outbuf (cells handed to "libevent" and
// not yet in the kernel) and the socket-scheduler bookkeeping for that connection.

import type { TcpSocket } from '../../tcp/socket';
import { CellQueue } from '../cell-queue';
import { CELL_BYTES } from '../cells';
import type { CircuitMux } from '../circuitmux/circuitmux';

export type ChannelState = 'connecting' | 'handshaking' | 'open' | 'closed';

export class Channel {
  state: ChannelState = 'connecting';
  socket: TcpSocket<number> | null = null;
  readonly outbuf = new CellQueue();
  /** Bytes of the outbuf's first cell not yet accepted by the kernel (0: none written yet). */
  partialBytes = 0;
  /** Circuits using this channel; 0 starts the idle timer. */
  circuits = 0;
  /** When the channel last lost its last circuit (for the idle timeout). */
  idleSinceNs = 0;
  /** Listed in its socket scheduler's pending set. */
  pending = false;
  /** Waiting for the node's token bucket to refill. */
  waitingForTokens = false;
  /** KIST: per-run write limit and bytes written this run. */
  limitBytes = 0;
  writtenBytes = 0;

  constructor(
    readonly id: number,
    /** Index of the remote node (TorNetwork.nodes). */
    readonly remote: number,
    readonly mux: CircuitMux,
  ) {}

  get outbufBytes(): number {
    return this.outbuf.length === 0 ? 0 : (this.outbuf.length - 1) * CELL_BYTES + (this.partialBytes || CELL_BYTES);
  }

  get open(): boolean {
    return this.state === 'open';
  }

  get hasCells(): boolean {
    return this.mux.activeCount > 0;
  }
}
