// Tor's path selection (path-spec §2.2, node_select.c): the exit first, then the guard, then
// the middle(s); bandwidth-weighted per position; no relay twice. Families and /16 subnets are
// not modelled (relays in the simulator have neither).

import type { Rng } from '../../engine/rng';
import { positionWeights, type PositionWeights } from './position-weights';

export interface PathRelay {
  /** Consensus bandwidth (any unit; only ratios matter). */
  readonly bandwidth: number;
  readonly guard: boolean;
  readonly exit: boolean;
}

type Position = 'guard' | 'middle' | 'exit';

export class PathSelector {
  readonly weights: PositionWeights | null;
  private readonly byPosition: Record<Position, Float64Array>;

  /** `mode` 'dir-spec' weights by position as the consensus does; 'bandwidth' by bandwidth alone. */
  constructor(relays: readonly PathRelay[], mode: 'dir-spec' | 'bandwidth') {
    let G = 0, M = 0, E = 0, D = 0;
    for (const r of relays) {
      if (r.guard && r.exit) D += r.bandwidth;
      else if (r.guard) G += r.bandwidth;
      else if (r.exit) E += r.bandwidth;
      else M += r.bandwidth;
    }
    this.weights = mode === 'dir-spec' ? positionWeights({ G, M, E, D }) : null;
    const w = this.weights;
    const make = (position: Position): Float64Array =>
      Float64Array.from(relays, (r) => r.bandwidth * positionWeight(w, position, r));
    this.byPosition = { guard: make('guard'), middle: make('middle'), exit: make('exit') };
  }

  /** Why circuits of `hops` hops cannot be built from these relays, or null if they can. */
  problem(hops: number, useGuards: boolean): string | null {
    const eligible = (position: Position): number => this.byPosition[position].filter((w) => w > 0).length;
    if (!(Number.isInteger(hops) && hops >= 2)) return `a circuit needs at least 2 hops, got ${hops}`;
    if (eligible('exit') === 0) return 'no relay can be an exit: give some relays the exit flag (and bandwidth)';
    if (useGuards && eligible('guard') === 0) return 'no relay can be a guard: give some relays the guard flag (and bandwidth)';
    if (this.byPosition.middle.length < hops) return `not enough relays for a ${hops}-hop circuit (${this.byPosition.middle.length} relays)`;
    return null;
  }

  /** `count` distinct guards for a client, guard-weighted. */
  chooseGuards(rng: Rng, count: number): number[] {
    const chosen: number[] = [];
    for (let i = 0; i < count; i++) {
      const relay = this.pick(rng, 'guard', chosen);
      if (relay < 0) break;
      chosen.push(relay);
    }
    if (chosen.length === 0) throw new Error('no relay can be a guard: give some relays the guard flag');
    return chosen;
  }

  /**
   * Relay indices from the first hop to the exit. `guards` restricts the first hop to the
   * client's guards (null: any guard-flagged relay, guard-weighted).
   */
  choosePath(rng: Rng, hops: number, guards: readonly number[] | null): number[] {
    if (!(Number.isInteger(hops) && hops >= 2)) throw new Error(`a circuit needs at least 2 hops, got ${hops}`);
    const exit = this.pick(rng, 'exit', []);
    if (exit < 0) throw new Error('no relay can be an exit: give some relays the exit flag');
    let guard: number;
    if (guards) {
      const usable = guards.filter((g) => g !== exit);
      if (usable.length === 0) throw new Error('the client has no guard other than the chosen exit');
      guard = usable[rng.nextInt(usable.length)]!;
    } else {
      guard = this.pick(rng, 'guard', [exit]);
      if (guard < 0) throw new Error('no relay other than the exit can be a guard');
    }
    const path = [guard];
    const used = [exit, guard];
    for (let i = 0; i < hops - 2; i++) {
      const middle = this.pick(rng, 'middle', used);
      if (middle < 0) throw new Error(`not enough relays for a ${hops}-hop circuit`);
      path.push(middle);
      used.push(middle);
    }
    path.push(exit);
    return path;
  }

  /** A relay drawn with probability ∝ its weight for `position`, skipping `exclude`; −1 if none. */
  private pick(rng: Rng, position: Position, exclude: readonly number[]): number {
    const weights = this.byPosition[position];
    let total = 0;
    for (let i = 0; i < weights.length; i++) if (!exclude.includes(i)) total += weights[i]!;
    if (!(total > 0)) return -1;
    let x = rng.nextFloat() * total;
    let last = -1;
    for (let i = 0; i < weights.length; i++) {
      if (exclude.includes(i) || weights[i] === 0) continue;
      last = i;
      x -= weights[i]!;
      if (x < 0) return i;
    }
    return last;
  }
}

/** The position weight (fraction) of a relay, per node_select.c's table. */
function positionWeight(w: PositionWeights | null, position: Position, r: PathRelay): number {
  if (position === 'guard' && !r.guard) return 0;
  if (position === 'exit' && !r.exit) return 0;
  if (w === null) return 1;
  const scale = 10000;
  if (position === 'guard') return (r.exit ? w.Wgd : w.Wgg) / scale;
  if (position === 'exit') return (r.guard ? w.Wed : w.Wee) / scale;
  if (r.guard && r.exit) return w.Wmd / scale;
  if (r.guard) return w.Wmg / scale;
  if (r.exit) return w.Wme / scale;
  return w.Wmm / scale;
}
