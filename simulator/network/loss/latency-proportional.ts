// "Never Been KIST" loss: proportional to a path's latency up to a cap,
// rate = min(latency, cap) / reference × rate × scale, at most maxRate.
// Applied per packet as a constant rate for the path (ConstantLoss).

import type { LossSpec } from '../config';

type LatencyProportional = Extract<LossSpec, { kind: 'latency-proportional' }>;

export function latencyProportionalRate(spec: LatencyProportional, pathLatencyNs: number): number {
  const latency = Math.min(pathLatencyNs, spec.capLatencyNs);
  const rate = (latency / spec.referenceLatencyNs) * spec.rate * (spec.scale ?? 1);
  return Math.min(rate, spec.maxRate ?? 1);
}
