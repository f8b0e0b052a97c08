// One end of a TCP connection: handshake, sender (windows, NewReno loss recovery, RTO with
// go-back-N as Linux's loss state), receiver (reassembly, delayed ACKs) and closing.
// Sequence numbers are plain stream offsets (no wrap-around): data byte i has sequence i and the
// FIN occupies the offset after the last byte. The SYN is marked by its flag only.

import { LazyTimer } from '../engine/timer';
import type { Simulation } from '../engine/simulation';
import type { Network } from '../network/network';
import { FLAG_ACK, FLAG_FIN, FLAG_RST, FLAG_SYN } from '../network/packets';
import { createCongestionControl, type CongestionControl, type CongestionWindow } from './congestion/congestion-control';
import type { TcpOptions } from './options';
import { Reassembly } from './reassembly';
import { RttEstimator } from './rtt-estimator';
import { SendBuffer } from './send-buffer';
import type { TcpError, TcpInfo, TcpSocket, TcpSocketHandlers, TcpState } from './socket';

/** What a connection needs from the stack that owns it. */
export interface TcpContext {
  readonly sim: Simulation;
  readonly network: Network;
  readonly timerKind: number;
  /** The connection is finished: forget it (packets for it are then answered or dropped). */
  remove(id: number): void;
  /** A listener's connection completed its handshake. */
  accepted(connection: Connection): void;
}

export const TIMER_RETRANSMIT = 0;
export const TIMER_DELAYED_ACK = 1;

export class Connection<M = unknown> implements TcpSocket<M> {
  state: TcpState;
  private handlers: TcpSocketHandlers<M>;
  /** Connection id of the other end; -1 until the handshake tells. */
  peer = -1;
  private peerMessages: SendBuffer<M>['messages'] | undefined;
  private readonly route: number;
  private readonly mss: number;
  private readonly cc: CongestionControl;
  private readonly rtt: RttEstimator;
  private readonly retransmitTimer: LazyTimer;
  private readonly delayedAckTimer: LazyTimer;
  private readonly wireOverhead: number;

  // Sender
  readonly sendBuffer: SendBuffer<M>;
  private sndUna = 0;
  private sndNxt = 0;
  /** One past the highest sequence ever sent (Linux snd_nxt; ours moves back after an RTO). */
  private sndMax = 0;
  private readonly window: CongestionWindow;
  private peerWindow: number;
  private dupAcks = 0;
  private inRecovery = false;
  /** RFC 6582 "recover": fast retransmit only for losses after this point. */
  private recover = -1;
  private minRttNs = Infinity;
  private consecutiveTimeouts = 0;
  private retransmits = 0;
  private closeRequested = false;
  private blockedWriter = false;
  /** Most segments in flight during the current window, for Linux's "is cwnd-limited" test. */
  private flightPeak = 0;
  private flightPeakPrevious = 0;
  private flightWindowEnd = 0;

  // Receiver
  private readonly reassembly = new Reassembly();
  private peerFinAt = -1;
  private peerFinReceived = false;
  private unackedBytes = 0;
  /** Timestamp to echo (RFC 7323 TS.Recent); -1 before any. */
  private tsRecent = -1;
  private bytesReceived = 0;

  constructor(
    private readonly ctx: TcpContext,
    readonly id: number,
    private readonly localIndex: number,
    private readonly remoteIndex: number,
    private readonly remotePort: number,
    private readonly options: TcpOptions,
    role: 'client' | 'server',
    handlers: TcpSocketHandlers<M>,
    /** Server side: the listener (host × 65536 + port) that accepts this connection. */
    readonly listenerKey = -1,
  ) {
    this.handlers = handlers;
    this.state = role === 'client' ? 'syn-sent' : 'syn-received';
    this.route = ctx.network.route(localIndex, remoteIndex);
    this.mss = options.mss;
    this.wireOverhead = options.headerBytes + ctx.network.framingBytes;
    this.cc = createCongestionControl(options.congestionControl);
    this.rtt = new RttEstimator(options.rtoMinNs, options.rtoMaxNs, options.rtoInitialNs);
    this.retransmitTimer = new LazyTimer(ctx.sim, ctx.timerKind, id, TIMER_RETRANSMIT);
    this.delayedAckTimer = new LazyTimer(ctx.sim, ctx.timerKind, id, TIMER_DELAYED_ACK);
    this.sendBuffer = new SendBuffer<M>(options.sendBufferInitialBytes, options.sendBufferMaxBytes, options.sendBufferAutotune);
    this.window = { cwnd: options.initialCwnd, ssthresh: Infinity, cwndCount: 0 };
    this.peerWindow = options.mss;
  }

  get localHost(): string {
    return this.ctx.network.hosts[this.localIndex]!.config.name;
  }

  get remoteHost(): string {
    return this.ctx.network.hosts[this.remoteIndex]!.config.name;
  }

  setHandlers(handlers: TcpSocketHandlers<M>): void {
    this.handlers = handlers;
  }

  // ---- Application interface -------------------------------------------------------------

  write(bytes: number, message?: M): number {
    if (this.closeRequested || this.state === 'closed') throw new Error(`socket ${this.id}: write after close`);
    if (!(Number.isSafeInteger(bytes) && bytes >= 0)) throw new RangeError(`socket ${this.id}: cannot write ${bytes} bytes`);
    const accepted = this.sendBuffer.write(bytes, this.ctx.sim.now, this.sndUna, message);
    if (accepted < bytes) this.blockedWriter = true;
    if (accepted > 0) this.trySend();
    return accepted;
  }

  writableBytes(): number {
    return this.closeRequested || this.state === 'closed' ? 0 : this.sendBuffer.free(this.sndUna);
  }

  close(): void {
    if (this.closeRequested || this.state === 'closed') return;
    this.closeRequested = true;
    if (this.state === 'established') {
      this.state = 'closing';
      this.trySend();
    }
  }

  tcpInfo(): TcpInfo {
    return {
      state: this.state,
      congestionControl: this.cc.name,
      cwnd: this.window.cwnd,
      ssthresh: this.window.ssthresh,
      unacked: Math.ceil((this.sndMax - this.sndUna) / this.mss),
      mss: this.mss,
      notsentBytes: Math.max(0, this.sendBuffer.writeEnd - this.sndMax),
      sendQueueBytes: Math.max(0, this.sendBuffer.writeEnd - this.sndUna),
      sendBufferBytes: this.sendBuffer.capacity,
      srttNs: this.rtt.srttNs,
      rttvarNs: this.rtt.rttvarNs,
      rtoNs: this.rtt.rtoNs,
      peerWindowBytes: this.peerWindow,
      totalRetransmits: this.retransmits,
      bytesAcked: Math.min(this.sndUna, this.sendBuffer.writeEnd),
      bytesReceived: this.bytesReceived,
      kernelQueue: this.sendBuffer.summary(),
    };
  }

  // ---- Handshake ---------------------------------------------------------------------------

  /** Client: send the SYN. */
  open(): void {
    this.emit(FLAG_SYN, 0, 0);
    this.retransmitTimer.arm(this.ctx.sim.now + this.rtt.rtoNs);
  }

  /** Server: a SYN arrived from connection `peer` (again, if our SYN-ACK was lost). */
  answerSyn(peer: number, packet: number): void {
    this.peer = peer;
    this.peerWindow = this.ctx.network.packets.window[packet]!;
    this.tsRecent = this.ctx.network.packets.tsVal[packet]!;
    if (this.state !== 'syn-received') return;
    this.emit(FLAG_SYN | FLAG_ACK, 0, 0);
    this.retransmitTimer.arm(this.ctx.sim.now + this.rtt.rtoNs);
  }

  /** Links the peer's message queue so this end can report completed messages. */
  linkPeerMessages(peer: Connection<M>): void {
    this.peerMessages = peer.sendBuffer.messages;
  }

  private establish(): void {
    this.state = this.closeRequested ? 'closing' : 'established';
    this.retransmitTimer.disarm();
    this.rtt.resetBackoff();
    this.consecutiveTimeouts = 0;
    this.sendBuffer.expand(this.window.cwnd, this.options.initialCwnd, this.mss);
  }

  // ---- Packets -----------------------------------------------------------------------------

  receive(packet: number): void {
    const p = this.ctx.network.packets;
    const flags = p.flags[packet]!;
    if (flags & FLAG_RST) {
      this.fail('refused');
      return;
    }
    if (this.state === 'syn-sent') {
      if (flags & FLAG_SYN && flags & FLAG_ACK) {
        this.peer = p.srcConn[packet]!;
        this.peerWindow = p.window[packet]!;
        this.tsRecent = p.tsVal[packet]!;
        this.sampleRtt(p.tsEcr[packet]!);
        this.establish();
        this.emit(FLAG_ACK, this.sndNxt, 0);
        this.handlers.connected?.(this);
        this.trySend();
      }
      return;
    }
    if (flags & FLAG_SYN) {
      // Our ACK of the SYN-ACK was lost; acknowledge again.
      if (flags & FLAG_ACK) this.emit(FLAG_ACK, this.sndNxt, 0);
      return;
    }
    if (this.state === 'syn-received') {
      if (!(flags & FLAG_ACK)) return;
      this.establish();
      this.ctx.accepted(this as Connection);
      if ((this.state as TcpState) === 'closed') return;
    }
    const len = p.len[packet]!;
    const seq = p.seq[packet]!;
    if (flags & FLAG_ACK) this.onAck(p.ack[packet]!, p.window[packet]!, p.tsEcr[packet]!);
    if (this.state === 'closed') return;
    if (len > 0 || flags & FLAG_FIN) this.onData(seq, len, (flags & FLAG_FIN) !== 0, p.tsVal[packet]!);
    this.trySend();
  }

  onTimer(which: number): void {
    if (which === TIMER_DELAYED_ACK) {
      if (this.delayedAckTimer.expired() && this.unackedBytes > 0) this.sendAck();
    } else if (this.retransmitTimer.expired()) {
      this.onRetransmitTimeout();
    }
  }

  // ---- Sender ------------------------------------------------------------------------------

  private onAck(ack: number, window: number, tsEcr: number): void {
    if (ack > this.sndMax) return; // acknowledges something never sent
    this.peerWindow = window;
    const mss = this.mss;
    const w = this.window;
    if (ack > this.sndUna) {
      const ackedSegments = Math.ceil((ack - this.sndUna) / mss);
      this.sndUna = ack;
      if (this.sndNxt < ack) this.sndNxt = ack;
      this.sampleRtt(tsEcr);
      this.rtt.resetBackoff();
      this.consecutiveTimeouts = 0;
      if (this.inRecovery) {
        if (ack >= this.recover) {
          // Full ACK (RFC 6582): leave recovery with the window at ssthresh, or less if little is in flight.
          this.inRecovery = false;
          this.dupAcks = 0;
          w.cwnd = Math.max(1, Math.min(w.ssthresh, Math.ceil((this.sndMax - this.sndUna) / mss) + 1));
        } else {
          // Partial ACK: the next hole is lost too; deflate by what was acknowledged.
          this.retransmitHead();
          w.cwnd = Math.max(w.cwnd - ackedSegments, 0) + 1;
        }
      } else {
        this.dupAcks = 0;
        const credit = this.options.windowGrowth === 'per-ack' ? 1 : ackedSegments;
        if (this.isCwndLimited()) this.cc.onAck(w, credit, this.ctx.sim.now, this.minRttNs);
      }
      if (this.sndUna >= this.flightWindowEnd) {
        this.flightPeakPrevious = this.flightPeak;
        this.flightPeak = Math.ceil((this.sndNxt - this.sndUna) / mss);
        this.flightWindowEnd = this.sndMax;
      }
      if (this.sndUna >= this.sndMax) this.retransmitTimer.disarm();
      else this.retransmitTimer.arm(this.ctx.sim.now + this.rtt.rtoNs);
      this.afterSendBufferFreed();
      if (this.closeRequested && this.sndUna > this.sendBuffer.writeEnd) this.maybeFinished();
    } else if (ack === this.sndUna && this.sndMax > this.sndUna) {
      this.dupAcks++;
      if (this.inRecovery) {
        w.cwnd++; // window inflation: a segment has left the network
      } else if (this.dupAcks === 3 && ack > this.recover) {
        w.ssthresh = this.cc.ssthreshAfterLoss(w);
        w.cwnd = w.ssthresh + 3;
        w.cwndCount = 0;
        this.recover = this.sndMax;
        this.inRecovery = true;
        this.retransmitHead();
        this.retransmitTimer.arm(this.ctx.sim.now + this.rtt.rtoNs);
      }
    }
  }

  /** Linux tcp_is_cwnd_limited: in slow start, cwnd < 2 × the flight; otherwise the flight filled cwnd. */
  private isCwndLimited(): boolean {
    const peak = Math.max(this.flightPeak, this.flightPeakPrevious);
    const w = this.window;
    return w.cwnd < w.ssthresh ? w.cwnd < 2 * peak : peak >= w.cwnd;
  }

  private onRetransmitTimeout(): void {
    if (this.state === 'closed') return;
    if (++this.consecutiveTimeouts > this.options.maxRetransmissions) {
      this.fail('timeout');
      return;
    }
    this.rtt.backOff();
    if (this.state === 'syn-sent' || this.state === 'syn-received') {
      this.retransmits++;
      this.emit(this.state === 'syn-sent' ? FLAG_SYN : FLAG_SYN | FLAG_ACK, 0, 0);
      this.retransmitTimer.arm(this.ctx.sim.now + this.rtt.rtoNs);
      return;
    }
    // Linux CA_Loss: everything in flight is presumed lost; restart from one segment.
    const w = this.window;
    w.ssthresh = this.cc.ssthreshAfterLoss(w);
    this.cc.onTimeout();
    w.cwnd = 1;
    w.cwndCount = 0;
    this.inRecovery = false;
    this.dupAcks = 0;
    this.recover = this.sndMax;
    this.sndNxt = this.sndUna;
    this.trySend();
    this.retransmitTimer.arm(this.ctx.sim.now + this.rtt.rtoNs);
  }

  /** Sends what the congestion and receive windows allow, then the FIN once all data is out. */
  private trySend(): void {
    if (this.state !== 'established' && this.state !== 'closing') return;
    const mss = this.mss;
    const dataEnd = this.sendBuffer.writeEnd;
    const windowEnd = this.sndUna + Math.min(this.window.cwnd * mss, this.peerWindow);
    while (this.sndNxt < dataEnd) {
      const remaining = dataEnd - this.sndNxt;
      const len = Math.min(mss, remaining, windowEnd - this.sndNxt);
      // Never send a runt just because the window is nearly full (sender silly-window avoidance).
      if (len <= 0 || (len < mss && len < remaining)) return;
      this.sendData(this.sndNxt, len);
      this.sndNxt += len;
    }
    if (this.closeRequested && this.sndNxt === dataEnd) {
      this.emit(FLAG_FIN | FLAG_ACK, dataEnd, 0);
      this.sndNxt = dataEnd + 1;
      if (this.sndMax < this.sndNxt) this.sndMax = this.sndNxt;
      if (this.retransmitTimer.deadlineNs < 0) this.retransmitTimer.arm(this.ctx.sim.now + this.rtt.rtoNs);
    }
  }

  private sendData(seq: number, len: number): void {
    const end = seq + len;
    if (seq < this.sndMax) this.retransmits++;
    this.emit(FLAG_ACK, seq, len);
    if (end > this.sndMax) {
      const from = Math.max(seq, this.sndMax);
      const sample = this.handlers.kernelQueueTime;
      this.sendBuffer.transmitted(from, end, this.ctx.sim.now, sample && ((bytes, delay) => sample(this, bytes, delay)));
      this.sndMax = end;
    }
    const flight = Math.ceil((end - this.sndUna) / this.mss);
    if (flight > this.flightPeak) this.flightPeak = flight;
    if (this.retransmitTimer.deadlineNs < 0) this.retransmitTimer.arm(this.ctx.sim.now + this.rtt.rtoNs);
  }

  /** Retransmits the first unacknowledged segment (or the FIN) without moving sndNxt. */
  private retransmitHead(): void {
    this.retransmits++;
    const dataEnd = this.sendBuffer.writeEnd;
    if (this.sndUna < dataEnd) this.emit(FLAG_ACK, this.sndUna, Math.min(this.mss, dataEnd - this.sndUna, this.sndMax - this.sndUna));
    else this.emit(FLAG_FIN | FLAG_ACK, dataEnd, 0);
  }

  private afterSendBufferFreed(): void {
    const buffer = this.sendBuffer;
    if (!this.blockedWriter) return;
    // Linux grows the buffer only while the application is blocked and cwnd is not full.
    if (Math.ceil((this.sndNxt - this.sndUna) / this.mss) < this.window.cwnd) {
      buffer.expand(this.window.cwnd, this.options.initialCwnd, this.mss);
    }
    const queued = buffer.writeEnd - this.sndUna;
    if (buffer.free(this.sndUna) >= queued / 2 && !this.closeRequested) {
      this.blockedWriter = false;
      this.handlers.writable?.(this);
    }
  }

  private sampleRtt(tsEcr: number): void {
    if (tsEcr < 0) return;
    const rtt = this.ctx.sim.now - tsEcr;
    if (rtt <= 0) return;
    this.rtt.sample(rtt);
    if (rtt < this.minRttNs) this.minRttNs = rtt;
  }

  // ---- Receiver ----------------------------------------------------------------------------

  private onData(seq: number, len: number, fin: boolean, tsVal: number): void {
    const reassembly = this.reassembly;
    const hadGap = reassembly.hasGap;
    if (fin) this.peerFinAt = seq + len;
    if (seq <= reassembly.next && this.unackedBytes === 0) this.tsRecent = tsVal;
    const delivered = len > 0 ? reassembly.add(seq, seq + len) : 0;
    if (delivered > 0) {
      this.bytesReceived += delivered;
      this.unackedBytes += delivered;
      this.handlers.data?.(this, delivered);
      this.deliverMessages();
      if (this.state === 'closed') return;
    }
    if (!this.peerFinReceived && this.peerFinAt >= 0 && reassembly.next === this.peerFinAt) {
      this.peerFinReceived = true;
      this.sendAck();
      this.handlers.remoteClosed?.(this);
      this.maybeFinished();
      return;
    }
    // ACK at once for out-of-order, duplicate or gap-filling segments (fast retransmit needs
    // them) and for every `ackEverySegments` full segments; otherwise delay.
    if (delivered === 0 || hadGap || this.unackedBytes >= this.options.ackEverySegments * this.mss) {
      this.sendAck();
    } else if (this.delayedAckTimer.deadlineNs < 0) {
      this.delayedAckTimer.arm(this.ctx.sim.now + this.options.delayedAckNs);
    }
  }

  private deliverMessages(): void {
    const queue = this.peerMessages;
    if (!queue) return;
    const next = this.reassembly.next;
    while (queue.firstEnd() <= next) {
      const record = queue.firstValue();
      queue.shift();
      this.handlers.message?.(this, record);
    }
  }

  private sendAck(): void {
    this.emit(FLAG_ACK, this.sndNxt, 0);
  }

  // ---- Closing -----------------------------------------------------------------------------

  private maybeFinished(): void {
    const ourFinAcked = this.closeRequested && this.sndUna > this.sendBuffer.writeEnd;
    if (!ourFinAcked || !this.peerFinReceived || this.state === 'closed') return;
    this.shutdown();
    this.handlers.closed?.(this);
  }

  private fail(reason: TcpError): void {
    if (this.state === 'closed') return;
    this.shutdown();
    this.handlers.error?.(this, reason);
  }

  private shutdown(): void {
    this.state = 'closed';
    this.retransmitTimer.disarm();
    this.delayedAckTimer.disarm();
    this.ctx.remove(this.id);
  }

  // ---- Wire --------------------------------------------------------------------------------

  private emit(flags: number, seq: number, len: number): void {
    const network = this.ctx.network;
    const p = network.packets;
    const packet = p.alloc();
    p.flags[packet] = flags;
    p.dstConn[packet] = flags === FLAG_SYN ? -1 : this.peer;
    p.srcConn[packet] = this.id;
    p.srcHost[packet] = this.localIndex;
    p.dstHost[packet] = this.remoteIndex;
    p.dstPort[packet] = this.remotePort;
    p.len[packet] = len;
    p.seq[packet] = seq;
    p.ack[packet] = this.reassembly.next + (this.peerFinReceived ? 1 : 0);
    p.window[packet] = this.options.receiveBufferBytes;
    p.tsVal[packet] = this.ctx.sim.now;
    p.tsEcr[packet] = this.tsRecent;
    p.wireBytes[packet] = len + this.wireOverhead;
    if (flags & FLAG_ACK) {
      this.unackedBytes = 0;
      this.delayedAckTimer.disarm();
    }
    network.send(this.route, packet);
  }
}
