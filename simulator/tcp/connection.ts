// One end of a TCP connection: handshake, sender (windows; loss recovery by SACK scoreboard and
// PRR as Linux, or NewReno without SACK; RTO as Linux's loss state), receiver (reassembly, SACK
// blocks, delayed ACKs) and closing.
// Sequence numbers are plain stream offsets (no wrap-around): data byte i has sequence i and the
// FIN occupies the offset after the last byte. The SYN is marked by its flag only.

import { LazyTimer } from '../engine/timer';
import type { Simulation } from '../engine/simulation';
import type { Network } from '../network/network';
import { FLAG_ACK, FLAG_FIN, FLAG_RST, FLAG_SACK_PERMITTED, FLAG_SYN, MAX_SACK_BLOCKS } from '../network/packets';
import { createCongestionControl, type CongestionControl, type CongestionWindow } from './congestion/congestion-control';
import type { TcpOptions } from './options';
import { Reassembly } from './reassembly';
import { RttEstimator } from './rtt-estimator';
import { SackBlocks } from './sack-blocks';
import { SackScoreboard } from './sack-scoreboard';
import { SendBuffer, shadowInitialSendBuffer, shadowSendBufferTarget } from './send-buffer';
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

/** Wire bytes of a SACK option with n blocks: two NOPs for alignment, kind, length, 8 per block. */
const sackOptionBytes = (blocks: number): number => 4 + 8 * blocks;

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
  /** Both ends enabled SACK (decided by the handshake). */
  private sackEnabled = false;

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

  // Sender, SACK loss recovery (RFC 6675 with PRR, RFC 6937)
  private readonly scoreboard = new SackScoreboard();
  /** UnSACKed bytes below this are lost: RFC 6675 IsLost, or everything sent before an RTO. */
  private lostUntil = 0;
  /** Lost bytes below this have been retransmitted (RFC 6675 HighRxt). */
  private rtxNext = 0;
  /** PRR state, in segments: cwnd at the start of recovery, delivered and sent since. */
  private priorCwnd = 0;
  private prrDelivered = 0;
  private prrOut = 0;

  // Receiver
  private readonly reassembly = new Reassembly();
  private readonly sackBlocks = new SackBlocks();
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
    this.sendBuffer = new SendBuffer<M>(this.initialSendBuffer(), options.sendBufferMaxBytes, options.sendBufferAutotune);
    this.window = { cwnd: options.initialCwnd, ssthresh: Infinity, cwndCount: 0 };
    this.peerWindow = options.mss;
  }

  private initialSendBuffer(): number {
    const o = this.options;
    if (o.sendBufferSizing !== 'shadow') return o.sendBufferInitialBytes;
    const net = this.ctx.network;
    const up = net.hosts[this.localIndex]!.config.uplinkBps;
    const down = net.hosts[this.remoteIndex]!.config.downlinkBps;
    const latency = (a: number, b: number): number => net.latencyNs(a, b);
    return shadowInitialSendBuffer(latency(this.localIndex, this.remoteIndex), latency(this.remoteIndex, this.localIndex), Math.min(up, down) / 8, o.sendBufferInitialBytes, o.sendBufferMaxBytes);
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
    const p = this.ctx.network.packets;
    this.peer = peer;
    this.peerWindow = p.window[packet]!;
    this.tsRecent = p.tsVal[packet]!;
    this.sackEnabled = this.options.sack && (p.flags[packet]! & FLAG_SACK_PERMITTED) !== 0;
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
    if (this.options.sendBufferSizing !== 'shadow') this.sendBuffer.expand(this.window.cwnd, this.options.initialCwnd, this.mss);
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
        this.sackEnabled = this.options.sack && (flags & FLAG_SACK_PERMITTED) !== 0;
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
    if (flags & FLAG_ACK) this.onAck(packet);
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

  private onAck(packet: number): void {
    const p = this.ctx.network.packets;
    const ack = p.ack[packet]!;
    if (ack > this.sndMax) return; // acknowledges something never sent
    this.peerWindow = p.window[packet]!;
    if (this.sackEnabled) this.onAckWithSack(packet, ack);
    else this.onAckNewReno(ack, p.tsEcr[packet]!);
  }

  /** Loss recovery without SACK: fast retransmit on three duplicate ACKs, NewReno partial ACKs. */
  private onAckNewReno(ack: number, tsEcr: number): void {
    const mss = this.mss;
    const w = this.window;
    if (ack > this.sndUna) {
      const ackedSegments = Math.ceil((ack - this.sndUna) / mss);
      this.cumulativeAckAdvanced(ack, tsEcr);
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
        this.grow(ackedSegments);
      }
      this.afterCumulativeAck();
    } else if (ack === this.sndUna && this.sndMax > this.sndUna) {
      this.dupAcks++;
      if (this.inRecovery) {
        w.cwnd++; // window inflation: a segment has left the network
      } else if (this.dupAcks === 3 && ack >= this.recover) {
        // `recover` is one past the highest byte sent, so "the ACK covers more than recover" (RFC 6582) is ≥.
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

  /**
   * Loss recovery with SACK, as Linux: the scoreboard marks holes lost (RFC 6675 IsLost), recovery
   * starts when the first unacknowledged byte is lost, PRR paces what is sent during recovery, and
   * trySend() retransmits lost holes before new data, limited by the pipe.
   */
  private onAckWithSack(packet: number, ack: number): void {
    const p = this.ctx.network.packets;
    const board = this.scoreboard;
    const w = this.window;
    const sackedBefore = board.sackedBytes;
    const ackedBytes = ack > this.sndUna ? ack - this.sndUna : 0;
    if (ackedBytes > 0) {
      this.cumulativeAckAdvanced(ack, p.tsEcr[packet]!);
      board.advance(ack);
      if (this.rtxNext < ack) this.rtxNext = ack;
      if (this.lostUntil < ack) this.lostUntil = ack;
    }
    const blocks = p.sackCount[packet]!;
    for (let i = 0, base = packet * 2 * MAX_SACK_BLOCKS; i < blocks; i++, base += 2) {
      board.add(p.sack[base]!, p.sack[base + 1]!, this.sndUna, this.sndMax);
    }
    const lostBoundary = board.lossBoundary(this.sndUna, this.mss);
    if (lostBoundary > this.lostUntil) this.lostUntil = lostBoundary;
    if (this.inRecovery && this.sndUna >= this.recover) {
      this.inRecovery = false; // Linux tcp_end_cwnd_reduction
      w.cwnd = w.ssthresh;
      w.cwndCount = 0;
    }
    if (!this.inRecovery && this.sndUna >= this.recover && this.lostUntil > this.sndUna) {
      w.ssthresh = this.cc.ssthreshAfterLoss(w);
      w.cwndCount = 0;
      this.priorCwnd = w.cwnd;
      this.prrDelivered = 0;
      this.prrOut = 0;
      this.recover = this.sndMax;
      this.inRecovery = true;
    }
    if (this.inRecovery) this.reduceWindow(ackedBytes + board.sackedBytes - sackedBefore, ackedBytes > 0);
    else if (ackedBytes > 0) this.grow(Math.ceil(ackedBytes / this.mss));
    if (ackedBytes > 0) this.afterCumulativeAck();
  }

  /** Proportional rate reduction (RFC 6937) as Linux's tcp_cwnd_reduction, in segments. */
  private reduceWindow(deliveredBytes: number, unaAdvanced: boolean): void {
    if (deliveredBytes <= 0) return;
    const w = this.window;
    const delivered = Math.ceil(deliveredBytes / this.mss);
    const inFlight = Math.ceil(this.pipe() / this.mss);
    this.prrDelivered += delivered;
    const room = w.ssthresh - inFlight;
    let sendCount: number;
    if (room < 0) {
      sendCount = Math.ceil((w.ssthresh * this.prrDelivered) / this.priorCwnd) - this.prrOut;
    } else {
      // Slow-start reduction bound: grow back towards ssthresh, at most one segment faster than delivery.
      sendCount = Math.max(this.prrDelivered - this.prrOut, delivered) + (unaAdvanced ? 1 : 0);
      sendCount = Math.min(room, sendCount);
    }
    // The first ACK of recovery always lets the fast retransmission out.
    sendCount = Math.max(sendCount, this.prrOut > 0 ? 0 : 1);
    w.cwnd = Math.max(1, inFlight + sendCount);
  }

  /**
   * RFC 6675 pipe in bytes: sent and not cumulatively acknowledged, minus SACKed bytes, minus lost
   * bytes not yet retransmitted (retransmitted ones are in flight again).
   */
  private pipe(): number {
    const lostWaiting = this.rtxNext < this.lostUntil ? this.scoreboard.unsackedBetween(this.rtxNext, this.lostUntil) : 0;
    return this.sndMax - this.sndUna - this.scoreboard.sackedBytes - lostWaiting;
  }

  /** New data was cumulatively acknowledged up to `ack`. */
  private cumulativeAckAdvanced(ack: number, tsEcr: number): void {
    this.sndUna = ack;
    if (this.sndNxt < ack) this.sndNxt = ack;
    this.sampleRtt(tsEcr);
    this.rtt.resetBackoff();
    this.consecutiveTimeouts = 0;
  }

  /** Window growth outside recovery for `ackedSegments` newly acknowledged segments. */
  private grow(ackedSegments: number): void {
    const credit = this.options.windowGrowth === 'per-ack' ? 1 : ackedSegments;
    if (this.isCwndLimited()) this.cc.onAck(this.window, credit, this.ctx.sim.now, this.minRttNs);
  }

  /** Bookkeeping after the cumulative ACK moved: cwnd-limited window, timer, buffer, close. */
  private afterCumulativeAck(): void {
    if (this.sndUna >= this.flightWindowEnd) {
      this.flightPeakPrevious = this.flightPeak;
      this.flightPeak = Math.ceil((this.sndNxt - this.sndUna) / this.mss);
      this.flightWindowEnd = this.sndMax;
    }
    if (this.sndUna >= this.sndMax) this.retransmitTimer.disarm();
    else this.retransmitTimer.arm(this.ctx.sim.now + this.rtt.rtoNs);
    this.afterSendBufferFreed();
    if (this.closeRequested && this.sndUna > this.sendBuffer.writeEnd) this.maybeFinished();
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
    if (this.sackEnabled) {
      // Linux tcp_enter_loss: every unSACKed byte is lost; SACKed ones are not sent again.
      this.lostUntil = this.sndMax;
      this.rtxNext = this.sndUna;
    } else {
      this.sndNxt = this.sndUna; // go-back-N
    }
    this.trySend();
    this.retransmitTimer.arm(this.ctx.sim.now + this.rtt.rtoNs);
  }

  /**
   * Sends what the congestion and receive windows allow: with SACK, lost holes first and the
   * window measured by the pipe; then new data, then the FIN once all data is out.
   */
  private trySend(): void {
    if (this.state !== 'established' && this.state !== 'closing') return;
    const mss = this.mss;
    const dataEnd = this.sendBuffer.writeEnd;
    const cwndBytes = this.window.cwnd * mss;
    const receiveWindowEnd = this.sndUna + this.peerWindow;
    let inFlight = this.sackEnabled ? this.retransmitLost(this.pipe(), cwndBytes) : this.sndNxt - this.sndUna;
    while (this.sndNxt < dataEnd) {
      const remaining = dataEnd - this.sndNxt;
      const len = Math.min(mss, remaining, cwndBytes - inFlight, receiveWindowEnd - this.sndNxt);
      // Never send a runt just because the window is nearly full (sender silly-window avoidance).
      if (len <= 0 || (len < mss && len < remaining)) return;
      this.sendData(this.sndNxt, len);
      this.sndNxt += len;
      inFlight += len;
      if (this.inRecovery) this.prrOut++;
    }
    if (this.closeRequested && this.sndNxt === dataEnd) {
      this.emit(FLAG_FIN | FLAG_ACK, dataEnd, 0);
      this.sndNxt = dataEnd + 1;
      if (this.sndMax < this.sndNxt) this.sndMax = this.sndNxt;
      if (this.retransmitTimer.deadlineNs < 0) this.retransmitTimer.arm(this.ctx.sim.now + this.rtt.rtoNs);
    }
  }

  /** RFC 6675 NextSeg rule 1: retransmits lost holes in order while the pipe allows; returns the pipe. */
  private retransmitLost(pipe: number, cwndBytes: number): number {
    const board = this.scoreboard;
    const dataEnd = this.sendBuffer.writeEnd;
    while (this.rtxNext < this.lostUntil) {
      const hole = board.nextUnsacked(this.rtxNext);
      if (hole >= this.lostUntil) {
        this.rtxNext = this.lostUntil;
        break;
      }
      const end = Math.min(hole + this.mss, board.nextSackedStart(hole), this.lostUntil, Math.max(dataEnd, hole + 1));
      if (cwndBytes - pipe < end - hole) break;
      if (hole < dataEnd) {
        this.sendData(hole, end - hole);
      } else {
        this.retransmits++;
        this.emit(FLAG_FIN | FLAG_ACK, dataEnd, 0);
      }
      // Linux restarts the retransmission timer when it resends the first unacknowledged segment.
      if (hole === this.sndUna) this.retransmitTimer.arm(this.ctx.sim.now + this.rtt.rtoNs);
      this.rtxNext = end;
      pipe += end - hole;
      if (this.inRecovery) this.prrOut++;
    }
    return pipe;
  }

  private sendData(seq: number, len: number): void {
    const end = seq + len;
    if (seq < this.sndMax) this.retransmits++;
    this.emit(FLAG_ACK, seq, len);
    if (end > this.sndMax) {
      const from = Math.max(seq, this.sndMax);
      this.sendBuffer.transmitted(from, end, this.ctx.sim.now, this.handlers.kernelQueueTime, this as TcpSocket<M>);
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
    // Shadow grows the buffer on every ACK.
    if (this.options.sendBufferSizing === 'shadow') {
      const uplinkBytesPerS = this.ctx.network.hosts[this.localIndex]!.config.uplinkBps / 8;
      buffer.growTo(shadowSendBufferTarget(this.window.cwnd, uplinkBytesPerS, this.rtt.srttNs, this.options.sendBufferMaxBytes));
    }
    if (!this.blockedWriter) return;
    // Linux grows the buffer only while the application is blocked and cwnd is not full.
    if (this.options.sendBufferSizing !== 'shadow' && Math.ceil((this.sndNxt - this.sndUna) / this.mss) < this.window.cwnd) {
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
    if (this.sackEnabled && len > 0) {
      if (delivered > 0) this.sackBlocks.delivered(reassembly.next);
      else if (seq > reassembly.next) {
        const range = reassembly.rangeHolding(seq);
        this.sackBlocks.arrived(reassembly.rangeStart(range), reassembly.rangeEnd(range));
      }
    }
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
    // The SYN offers SACK if this end wants it; the SYN-ACK accepts if both do.
    const offerSack = flags & FLAG_SYN && (flags & FLAG_ACK ? this.sackEnabled : this.options.sack);
    p.flags[packet] = offerSack ? flags | FLAG_SACK_PERMITTED : flags;
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
    let wireBytes = len + this.wireOverhead;
    const blocks = this.sackEnabled ? this.sackBlocks.count : 0;
    if (blocks > 0) {
      p.sackCount[packet] = blocks;
      for (let i = 0, base = packet * 2 * MAX_SACK_BLOCKS; i < blocks; i++, base += 2) {
        p.sack[base] = this.sackBlocks.start(i);
        p.sack[base + 1] = this.sackBlocks.end(i);
      }
      wireBytes += sackOptionBytes(blocks);
    }
    p.wireBytes[packet] = wireBytes;
    if (flags & FLAG_ACK) {
      this.unackedBytes = 0;
      this.delayedAckTimer.disarm();
    }
    network.send(this.route, packet);
  }
}
