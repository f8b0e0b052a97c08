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
  /**
   * How ACKs grow cwnd: 'per-segment' counts acknowledged segments (Linux, RFC 3465 byte
   * counting: delayed ACKs do not slow growth); 'per-ack' grows once per ACK (RFC 5681's
   * formula, ns-3's NewReno, the Padhye model with b = 2).
   */
  readonly windowGrowth: 'per-segment' | 'per-ack';
  /**
   * Selective acknowledgements (RFC 2018), used only when both ends enable them (negotiated on
   * the SYN). Loss recovery is then RFC 6675's scoreboard with PRR (RFC 6937), as Linux and ns-3;
   * false gives NewReno recovery (RFC 6582), one hole per RTT (Shadow 2.x).
   */
  readonly sack: boolean;
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
  /**
   * How the send buffer is sized: 'linux' starts at sendBufferInitialBytes and grows to about
   * 2 × cwnd while the writer is blocked; 'shadow' follows Shadow's TCP (tcp.c), the simulator of
   * the KIST papers: it starts at 1.25 × path RTT × the slower of the sender's uplink and the
   * receiver's downlink (clamped to [sendBufferInitialBytes, sendBufferMaxBytes]) and grows to
   * 2 × 2404 B per cwnd segment on every ACK, up to max(sendBufferMaxBytes, uplink × SRTT).
   */
  readonly sendBufferSizing: 'linux' | 'shadow';
  /** Receive buffer = largest advertised window, bytes (tcp_rmem max 6 MiB; applications read at once). */
  readonly receiveBufferBytes: number;
}

export const defaultTcpOptions: TcpOptions = {
  mss: 1448,
  headerBytes: 52,
  congestionControl: 'cubic',
  windowGrowth: 'per-segment',
  sack: true,
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
  sendBufferSizing: 'linux',
  receiveBufferBytes: 6 * 1024 * 1024,
};

/** Problems with (partial) TCP options, as messages naming the field (`where` prefixes them). */
export function tcpOptionsProblems(options: Partial<TcpOptions>, where: string): string[] {
  const problems: string[] = [];
  const integers: (keyof TcpOptions)[] = [
    'mss', 'initialCwnd', 'rtoInitialNs', 'rtoMinNs', 'rtoMaxNs', 'maxRetransmissions',
    'ackEverySegments', 'delayedAckNs', 'sendBufferInitialBytes', 'sendBufferMaxBytes', 'receiveBufferBytes',
  ];
  for (const key of integers) {
    const value = options[key];
    if (value !== undefined && !(Number.isSafeInteger(value) && (value as number) > 0)) {
      problems.push(`${where}.${key} must be a positive integer, got ${String(value)}`);
    }
  }
  if (options.headerBytes !== undefined && !(Number.isSafeInteger(options.headerBytes) && options.headerBytes >= 0)) {
    problems.push(`${where}.headerBytes must be an integer ≥ 0, got ${options.headerBytes}`);
  }
  const cc = options.congestionControl;
  if (cc !== undefined && cc !== 'cubic' && cc !== 'reno') {
    problems.push(`${where}.congestionControl must be 'cubic' or 'reno', got '${String(cc)}'`);
  }
  const growth = options.windowGrowth;
  if (growth !== undefined && growth !== 'per-segment' && growth !== 'per-ack') {
    problems.push(`${where}.windowGrowth must be 'per-segment' or 'per-ack', got '${String(growth)}'`);
  }
  if (options.sack !== undefined && typeof options.sack !== 'boolean') {
    problems.push(`${where}.sack must be true or false, got ${String(options.sack)}`);
  }
  if (options.sendBufferAutotune !== undefined && typeof options.sendBufferAutotune !== 'boolean') {
    problems.push(`${where}.sendBufferAutotune must be true or false, got ${String(options.sendBufferAutotune)}`);
  }
  const sizing = options.sendBufferSizing;
  if (sizing !== undefined && sizing !== 'linux' && sizing !== 'shadow') {
    problems.push(`${where}.sendBufferSizing must be 'linux' or 'shadow', got '${String(sizing)}'`);
  }
  const merged = { ...defaultTcpOptions, ...options };
  if (merged.sendBufferInitialBytes > merged.sendBufferMaxBytes) {
    problems.push(`${where}: sendBufferInitialBytes (${merged.sendBufferInitialBytes}) exceeds sendBufferMaxBytes (${merged.sendBufferMaxBytes})`);
  }
  if (merged.rtoMinNs > merged.rtoMaxNs) problems.push(`${where}: rtoMinNs exceeds rtoMaxNs`);
  if (merged.receiveBufferBytes < merged.mss) problems.push(`${where}: receiveBufferBytes must hold at least one MSS`);
  return problems;
}
