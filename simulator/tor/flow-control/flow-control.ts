// End-to-end flow control of one circuit: whether the exit may package another DATA cell, and
// when the client acknowledges with SENDMEs. One object per circuit, so a congestion-control
// algorithm (Vegas, Westwood, NOLA) can replace the legacy windows circuit by circuit.

import type { CongestionControl } from '../../../grammar/model/scenario';
import { SendmeWindows } from './sendme-windows';

/** Per-stream state the flow control keeps (opaque to callers). */
export interface FlowStream {
  packageWindow: number;
  deliverWindow: number;
}

/** Flags returned by `delivered`: which SENDMEs the receiver must send now. */
export const SEND_CIRCUIT_SENDME = 1;
export const SEND_STREAM_SENDME = 2;

export interface CircuitFlowControl {
  openStream(): FlowStream;
  /** Sender side: may one more DATA cell of `stream` be packaged now? */
  canPackage(stream: FlowStream): boolean;
  packaged(stream: FlowStream): void;
  /** Sender side: a SENDME arrived, for the circuit (stream null) or for one stream. */
  sendmeReceived(stream: FlowStream | null): void;
  /**
   * Receiver side: a DATA cell arrived; returns SEND_*_SENDME flags. `stream` is null when the
   * stream is already closed: the cell still counts for the circuit window.
   */
  delivered(stream: FlowStream | null): number;
}

/** Refuses mechanisms not built yet rather than running something else. */
export function createFlowControl(config: CongestionControl): CircuitFlowControl {
  switch (config.type) {
    case 'sendme':
      return new SendmeWindows(config);
    default:
      throw new Error(`congestion control '${config.type}' is not implemented yet`);
  }
}
