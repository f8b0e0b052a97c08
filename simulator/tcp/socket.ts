// The application-facing TCP socket API: the contract that Tor relays, clients and servers are
// built on. Everything here is plain data and callbacks; no payload bytes are simulated. An
// application moves byte *counts* and may attach opaque message records to the end of a write,
// so the receiver learns which application message (a Tor cell, an HTTP response) completed.
//
// Time is always an integer number of nanoseconds of simulated time.

/** Connection states, a subset of RFC 793's that the simulator distinguishes. */
export type TcpState =
  | 'syn-sent' // connect() called, waiting for SYN-ACK
  | 'syn-received' // listener answered a SYN, waiting for the final ACK
  | 'established'
  | 'closing' // close() called or FIN received; not both directions finished yet
  | 'closed'; // both FINs acknowledged, or the connection failed

/** Why a connection failed. */
export type TcpError =
  | 'refused' // no listener on the remote port (the remote answered with RST)
  | 'timeout'; // the handshake or a retransmission gave up (too many RTO back-offs)

/** What Linux's TCP_INFO (plus SIOCOUTQNSD) reports; what KIST reads. */
export interface TcpInfo {
  readonly state: TcpState;
  /** Congestion control algorithm in use ('cubic' as Linux, or 'reno' as Shadow 2.x). */
  readonly congestionControl: 'cubic' | 'reno';
  /** Congestion window in segments (tcpi_snd_cwnd). */
  readonly cwnd: number;
  /** Slow-start threshold in segments (tcpi_snd_ssthresh); Infinity before the first loss. */
  readonly ssthresh: number;
  /** Segments sent and not yet acknowledged (tcpi_unacked). */
  readonly unacked: number;
  /** Sender maximum segment size in bytes (tcpi_snd_mss). */
  readonly mss: number;
  /** Bytes written by the application and never sent yet (tcpi_notsent_bytes / SIOCOUTQNSD). */
  readonly notsentBytes: number;
  /** Bytes in the send buffer: unacknowledged plus not yet sent (SIOCOUTQ). */
  readonly sendQueueBytes: number;
  /** Current send-buffer capacity in payload bytes (SO_SNDBUF after autotuning). */
  readonly sendBufferBytes: number;
  /** Smoothed RTT (tcpi_rtt), 0 before the first sample. */
  readonly srttNs: number;
  /** RTT variation (tcpi_rttvar). */
  readonly rttvarNs: number;
  /** Current retransmission timeout including back-off (tcpi_rto). */
  readonly rtoNs: number;
  /** Receive window the peer last advertised, in bytes. */
  readonly peerWindowBytes: number;
  /** Segments retransmitted so far (tcpi_total_retrans). */
  readonly totalRetransmits: number;
  /** Payload bytes the peer has acknowledged (tcpi_bytes_acked). */
  readonly bytesAcked: number;
  /** In-order payload bytes delivered to this socket's application (tcpi_bytes_received). */
  readonly bytesReceived: number;
  /** Payload bytes that have been transmitted at least once and their byte-weighted kernel queue time. */
  readonly kernelQueue: KernelQueueSummary;
}

/** Byte-weighted kernel queue time: from the application's write to the first transmission. */
export interface KernelQueueSummary {
  readonly bytes: number;
  /** Sum over bytes of their queue time (ns·bytes); divide by `bytes` for the byte-weighted mean. */
  readonly byteNs: number;
  readonly maxNs: number;
}

/** Callbacks an application installs on a socket; all are optional. */
export interface TcpSocketHandlers<M = unknown> {
  /** Client side: the 3-way handshake completed; writes are now transmitted. */
  connected?(socket: TcpSocket<M>): void;
  /** `bytes` more payload bytes arrived in order (the application reads them immediately). */
  data?(socket: TcpSocket<M>, bytes: number): void;
  /** The last byte of a message the peer attached to a write arrived; called after `data`. */
  message?(socket: TcpSocket<M>, record: M): void;
  /**
   * After a short write (write() accepted fewer bytes than offered), the send buffer drained
   * far enough to accept more (Linux: free space ≥ half of what is queued, as for EPOLLOUT).
   */
  writable?(socket: TcpSocket<M>): void;
  /** The peer closed its direction (its FIN arrived after all its data). */
  remoteClosed?(socket: TcpSocket<M>): void;
  /** Both directions finished; the socket is gone. */
  closed?(socket: TcpSocket<M>): void;
  /** The connection failed; the socket is closed. */
  error?(socket: TcpSocket<M>, reason: TcpError): void;
  /**
   * Kernel queue time samples: `bytes` payload bytes were transmitted for the first time,
   * `delayNs` after the application wrote them. Called once per written range per segment.
   */
  kernelQueueTime?(socket: TcpSocket<M>, bytes: number, delayNs: number): void;
}

/** One end of a simulated TCP connection. */
export interface TcpSocket<M = unknown> {
  /** Unique within one simulation; never reused. */
  readonly id: number;
  readonly localHost: string;
  readonly remoteHost: string;
  readonly state: TcpState;
  /** Replace the callbacks (accepted sockets start with none: set them in the accept callback). */
  setHandlers(handlers: TcpSocketHandlers<M>): void;
  /**
   * Offer `bytes` payload bytes to the kernel. Returns how many it accepted, limited by free
   * send-buffer space (0 when full; the `writable` callback follows later). Writing before the
   * handshake completes is allowed and fills the buffer. `message`, if given, is attached to the
   * last byte only if *all* bytes were accepted; otherwise re-offer the rest with the message.
   * Throws if the socket was closed by the application.
   */
  write(bytes: number, message?: M): number;
  /** Free send-buffer space in bytes: what write() would accept now. */
  writableBytes(): number;
  /** Stop writing; a FIN follows the data already written. Reading continues until the peer closes. */
  close(): void;
  /** The TCP_INFO view of this socket, at the current simulated time. */
  tcpInfo(): TcpInfo;
}

/** A simulated machine's TCP entry points. */
export interface TcpHost {
  readonly name: string;
  /** Open a connection to `remoteHost`:`port`; the SYN leaves at the current simulated time. */
  connect<M = unknown>(remoteHost: string, port: number, handlers?: TcpSocketHandlers<M>): TcpSocket<M>;
  /** Accept connections on `port`; `accept` runs when a handshake completes. */
  listen<M = unknown>(port: number, accept: (socket: TcpSocket<M>) => void): void;
}
