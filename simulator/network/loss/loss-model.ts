// Per-packet loss on a host-to-host path. Each path gets its own model instance (Gilbert–Elliott
// keeps state) and its own random stream, so loss draws on one path never depend on traffic
// elsewhere.

import type { Rng } from '../../engine/rng';
import type { LossSpec } from '../config';
import { ConstantLoss } from './constant';
import { GilbertElliottLoss } from './gilbert-elliott';
import { latencyProportionalRate } from './latency-proportional';

export interface LossModel {
  /** Draws whether the next packet on this path is lost. */
  drops(): boolean;
  /** Long-run fraction of packets lost. */
  readonly meanRate: number;
}

/** The model for one path with one-way latency `pathLatencyNs`; null when nothing is ever lost. */
export function createLossModel(spec: LossSpec, pathLatencyNs: number, rng: Rng): LossModel | null {
  switch (spec.kind) {
    case 'none':
      return null;
    case 'constant': {
      const rate = spec.rate * (spec.scale ?? 1);
      return rate > 0 ? new ConstantLoss(rate, rng) : null;
    }
    case 'latency-proportional': {
      const rate = latencyProportionalRate(spec, pathLatencyNs);
      return rate > 0 ? new ConstantLoss(rate, rng) : null;
    }
    case 'gilbert-elliott': {
      const scale = spec.scale ?? 1;
      return new GilbertElliottLoss(spec.pGoodToBad, spec.pBadToGood, spec.lossGood * scale, spec.lossBad * scale, rng);
    }
  }
}

/** Problems with a loss spec, as messages naming the field (`where` prefixes them). */
export function lossSpecProblems(spec: LossSpec, where: string): string[] {
  const problems: string[] = [];
  const probability = (value: number, field: string, allowOne: boolean): void => {
    const ok = Number.isFinite(value) && value >= 0 && (allowOne ? value <= 1 : value < 1);
    if (!ok) problems.push(`${where}.${field} must be a probability in [0, 1${allowOne ? ']' : ')'}, got ${value}`);
  };
  const scale = spec.kind === 'none' ? 1 : (spec.scale ?? 1);
  if (!(Number.isFinite(scale) && scale >= 0)) problems.push(`${where}.scale must be a finite number ≥ 0, got ${scale}`);
  switch (spec.kind) {
    case 'none':
      break;
    case 'constant':
      probability(spec.rate, 'rate', false);
      if (spec.rate * scale >= 1) problems.push(`${where}: a loss of ${spec.rate * scale * 100} % drops every packet`);
      break;
    case 'latency-proportional':
      probability(spec.rate, 'rate', false);
      if (!(spec.referenceLatencyNs > 0)) problems.push(`${where}.referenceLatencyNs must be > 0`);
      if (!(spec.capLatencyNs > 0)) problems.push(`${where}.capLatencyNs must be > 0`);
      if (spec.maxRate !== undefined) probability(spec.maxRate, 'maxRate', false);
      if (problems.length === 0 && latencyProportionalRate(spec, spec.capLatencyNs) >= 1) {
        problems.push(`${where}: the loss reaches 100 % at the cap latency; lower the rate or set maxRate below 1`);
      }
      break;
    case 'gilbert-elliott':
      probability(spec.pGoodToBad, 'pGoodToBad', true);
      probability(spec.pBadToGood, 'pBadToGood', true);
      probability(spec.lossGood * scale, 'lossGood (scaled)', false);
      probability(spec.lossBad * scale, 'lossBad (scaled)', true);
      if (spec.pBadToGood === 0 && spec.pGoodToBad > 0 && spec.lossBad * scale >= 1) {
        problems.push(`${where}: the bad state is absorbing and loses every packet (100 % loss)`);
      }
      break;
  }
  return problems;
}
