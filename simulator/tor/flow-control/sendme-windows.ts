// Tor's legacy SENDME windows (tor-spec §7.3–7.4): the sender may have at most `window` DATA
// cells unacknowledged per circuit (1000) and per stream (500); the receiver sends a SENDME
// each time its deliver window falls to window − increment, which adds `increment`.

import type { SendmeWindows as SendmeConfig } from '../../../grammar/model/scenario';
import { SEND_CIRCUIT_SENDME, SEND_STREAM_SENDME, type CircuitFlowControl, type FlowStream } from './flow-control';

export class SendmeWindows implements CircuitFlowControl {
  /** Circuit-level windows, exposed for tests and metrics. */
  circuitPackageWindow: number;
  circuitDeliverWindow: number;

  constructor(private readonly config: SendmeConfig) {
    this.circuitPackageWindow = config.circuitWindow;
    this.circuitDeliverWindow = config.circuitWindow;
  }

  openStream(): FlowStream {
    return { packageWindow: this.config.streamWindow, deliverWindow: this.config.streamWindow };
  }

  canPackage(stream: FlowStream): boolean {
    return this.circuitPackageWindow > 0 && stream.packageWindow > 0;
  }

  packaged(stream: FlowStream): void {
    if (!this.canPackage(stream)) throw new Error('packaged a DATA cell with a closed SENDME window');
    this.circuitPackageWindow--;
    stream.packageWindow--;
  }

  sendmeReceived(stream: FlowStream | null): void {
    if (stream === null) {
      this.circuitPackageWindow += this.config.circuitIncrement;
      if (this.circuitPackageWindow > this.config.circuitWindow) throw new Error(`circuit SENDME took the package window above ${this.config.circuitWindow}: protocol violation`);
    } else {
      stream.packageWindow += this.config.streamIncrement;
      if (stream.packageWindow > this.config.streamWindow) throw new Error(`stream SENDME took the package window above ${this.config.streamWindow}: protocol violation`);
    }
  }

  delivered(stream: FlowStream | null): number {
    let flags = 0;
    this.circuitDeliverWindow--;
    if (this.circuitDeliverWindow <= this.config.circuitWindow - this.config.circuitIncrement) {
      this.circuitDeliverWindow += this.config.circuitIncrement;
      flags |= SEND_CIRCUIT_SENDME;
    }
    if (stream === null) return flags;
    stream.deliverWindow--;
    if (stream.deliverWindow <= this.config.streamWindow - this.config.streamIncrement) {
      stream.deliverWindow += this.config.streamIncrement;
      flags |= SEND_STREAM_SENDME;
    }
    return flags;
  }
}
