// Bandwidth weights per path position, computed from the relay population as the directory
// authorities do (dir-spec §3.8.3, consensus method < 26 totals): G, M, E, D are the total
// bandwidths of Guard-only, neither, Exit-only and Guard+Exit relays. Integer maths scaled by
// 10000, as the consensus publishes them.

export const WEIGHT_SCALE = 10000;

export interface PositionWeights {
  readonly Wgg: number;
  readonly Wgd: number;
  readonly Wmg: number;
  readonly Wmm: number;
  readonly Wme: number;
  readonly Wmd: number;
  readonly Wee: number;
  readonly Wed: number;
  /** Which dir-spec case produced them (for documentation and tests). */
  readonly case: '1' | '2a' | '2b' | '3a' | '3b';
}

export interface BandwidthTotals {
  readonly G: number;
  readonly M: number;
  readonly E: number;
  readonly D: number;
}

const scaled = (numerator: number, denominator: number): number => Math.floor((WEIGHT_SCALE * numerator) / denominator);
const clamp = (w: number): number => Math.min(WEIGHT_SCALE, Math.max(0, w));

export function positionWeights({ G, M, E, D }: BandwidthTotals): PositionWeights {
  const T = G + M + E + D;
  if (!(T > 0)) throw new Error('cannot compute bandwidth weights: the relays have no bandwidth');
  const third = T / 3;
  const common = { Wmm: WEIGHT_SCALE };
  if (E >= third && G >= third) {
    // Case 1: neither guards nor exits scarce.
    const Wee = scaled(E + G + M, 3 * E);
    const Wmg = clamp(scaled(2 * G - E - M, 3 * G));
    const d = Math.floor(WEIGHT_SCALE / 3);
    return { ...common, case: '1', Wgd: d, Wed: d, Wmd: d, Wee: clamp(Wee), Wme: WEIGHT_SCALE - clamp(Wee), Wmg, Wgg: WEIGHT_SCALE - Wmg };
  }
  if (E < third && G < third) {
    // Case 2: both scarce; D goes where it balances best.
    const R = Math.min(E, G);
    const S = Math.max(E, G);
    const base = { ...common, Wgg: WEIGHT_SCALE, Wee: WEIGHT_SCALE, Wmg: 0, Wme: 0 };
    if (R + D < S) {
      return E < G
        ? { ...base, case: '2a', Wed: WEIGHT_SCALE, Wgd: 0, Wmd: 0 }
        : { ...base, case: '2a', Wed: 0, Wgd: WEIGHT_SCALE, Wmd: 0 };
    }
    // Subcase b: split D so guard, middle and exit bandwidth are equal (each T/3); if the
    // middle already has more than T/3, give D to guard and exit only, balancing those two.
    if (D === 0) return { ...base, case: '2b', Wgd: 0, Wed: 0, Wmd: 0 }; // E = G: nothing to split
    let Wgd = clamp(scaled(D - 2 * G + E + M, 3 * D));
    let Wed = clamp(scaled(D - 2 * E + G + M, 3 * D));
    let Wmd = WEIGHT_SCALE - Wgd - Wed;
    if (Wmd < 0) {
      Wmd = 0;
      Wgd = clamp(scaled(D + E - G, 2 * D));
      Wed = WEIGHT_SCALE - Wgd;
    }
    return { ...base, case: '2b', Wgd, Wed, Wmd };
  }
  // Case 3: exactly one class scarce; it gets all of its own bandwidth and part of D.
  const exitScarce = E < third;
  const scarce = exitScarce ? E : G;
  const plentiful = exitScarce ? G : E;
  const plentifulWeight = clamp(scaled(plentiful + M, 2 * plentiful));
  let scarceShare: number;
  let otherShare: number;
  let kind: '3a' | '3b';
  if (scarce + D < third) {
    scarceShare = WEIGHT_SCALE;
    otherShare = 0;
    kind = '3a';
  } else {
    scarceShare = clamp(scaled(D - 2 * scarce + plentiful + M, 3 * D));
    otherShare = Math.floor((WEIGHT_SCALE - scarceShare) / 2);
    kind = '3b';
  }
  return exitScarce
    ? { ...common, case: kind, Wee: WEIGHT_SCALE, Wme: 0, Wgg: plentifulWeight, Wmg: WEIGHT_SCALE - plentifulWeight, Wed: scarceShare, Wgd: otherShare, Wmd: otherShare }
    : { ...common, case: kind, Wgg: WEIGHT_SCALE, Wmg: 0, Wee: plentifulWeight, Wme: WEIGHT_SCALE - plentifulWeight, Wgd: scarceShare, Wed: otherShare, Wmd: otherShare };
}
