// TCP tunables and their defaults. Defaults follow Linux (tcp-reference.md "Linux facts");
// where Shadow or ns-3 differ the comment says so.

const MILLISECOND = 1_000_000;

export interface TcpOptions {
  /** Maximum segment size, payload bytes. 1448 = 1500 − 20 IP − 20 TCP − 12 timestamps. */
  readonly mss: number;
  /** TCP/IP header bytes per segment on the wire (with the timestamp option). */
  readonly headerBytes: number;
  /** 'cubic' (Linux default) or 'reno' (NewReno recovery; Shadow 2.x and the ns-3 reference). */
  readonly congestionControl: 'cubic' | 'reno';
  /** Initial congestion window in segments (RFC 6928). */
  readonly initialCwnd: number;
  readonly rtoInitialNs: number;
  /** Minimum RTO; as Linux, it bounds the variance term: RTO = SRTT + max(4·RTTVAR, rtoMin). */
  readonly rtoMinNs: number;
  readonly rtoMaxNs: number;
  /** Consecutive RTO expiries after which the connection fails with 'timeout' (Linux tcp_retries2 = 15). */
  readonly maxRetransmissions: number;
  /** Acknowledge every n-th full segment at once (2 as Linux and ns-3); 1 disables delayed ACKs. */
  readonly ackEverySegments: number;
  /** Delayed-ACK timeout (Linux TCP_DELACK_MIN 40 ms; ns-3 uses 200 ms). */
  readonly delayedAckNs: number;
  /** Initial send buffer in payload bytes (tcp_wmem default 16 KiB; Shadow starts at 128 KiB). */
  readonly sendBufferInitialBytes: number;
  /** Autotuning ceiling (tcp_wmem max 4 MiB). */
  readonly sendBufferMaxBytes: number;
  /** Grow the send buffer with cwnd as Linux's tcp_sndbuf_expand does; false keeps it fixed. */
  readonly sendBufferAutotune: boolean;
  /** Receive buffer = largest advertised window, bytes (tcp_rmem max 6 MiB; applications read at once). */
  readonly receiveBufferBytes: number;
}

export const defaultTcpOptions: TcpOptions = {
  mss: 1448,
  headerBytes: 52,
  congestionControl: 'cubic',
  initialCwnd: 10,
  rtoInitialNs: 1000 * MILLISECOND,
  rtoMinNs: 200 * MILLISECOND,
  rtoMaxNs: 120_000 * MILLISECOND,
  maxRetransmissions: 15,
  ackEverySegments: 2,
  delayedAckNs: 40 * MILLISECOND,
  sendBufferInitialBytes: 16 * 1024,
  sendBufferMaxBytes: 4 * 1024 * 1024,
  sendBufferAutotune: true,
  receiveBufferBytes: 6 * 1024 * 1024,
};
