// Tang & Goldberg's EWMA circuit scheduling as circuitmux_ewma.c does it: each circuit keeps a
// decayed count of cells sent; a cell sent N ticks ago weighs F^N with F = 0.5^(tick/half-life).
// Counts are kept relative to a tick: a cell sent a fraction f into the current tick adds
// F^(−f), and a count last touched k ticks ago is worth F^k of its value now (lazy rescale).
// The tick origin is t = 0 (Tor randomises it per process; with one origin per simulation all
// relays tick together, which changes no ordering within a relay).

import type { CircuitMux, CircuitQueue } from './circuitmux';

export class EwmaMux implements CircuitMux {
  private readonly active: CircuitQueue[] = [];
  /** Per-tick scale factor F. */
  readonly factor: number;
  /** F^(−f) of the last popCell time: a scheduler run pops many cells at one instant. */
  private incrementAtNs = -1;
  private increment = 0;

  constructor(
    halfLifeNs: number,
    private readonly tickNs: number,
  ) {
    if (!(halfLifeNs > 0 && tickNs > 0)) throw new RangeError(`EWMA needs a positive half-life and tick, got ${halfLifeNs} ns and ${tickNs} ns`);
    this.factor = Math.pow(0.5, tickNs / halfLifeNs);
  }

  get activeCount(): number {
    return this.active.length;
  }

  activate(queue: CircuitQueue): void {
    if (queue.active || queue.detached) return;
    queue.active = true;
    this.active.push(queue);
  }

  /** The decayed cell count of `queue` expressed at the start of tick `tick`. */
  valueAt(queue: CircuitQueue, tick: number): number {
    // Same tick: F^0 is exactly 1, so skip the pow (the hot case while a relay is busy).
    if (queue.ewma === 0 || queue.ewmaTick === tick) return queue.ewma;
    return queue.ewma * Math.pow(this.factor, tick - queue.ewmaTick);
  }

  bestPriority(nowNs: number): number {
    const tick = Math.floor(nowNs / this.tickNs);
    let best = Infinity;
    for (const queue of this.active) best = Math.min(best, this.valueAt(queue, tick));
    return best;
  }

  popCell(nowNs: number): number {
    const tick = Math.floor(nowNs / this.tickNs);
    let bestIndex = 0;
    let bestValue = Infinity;
    for (let i = 0; i < this.active.length; i++) {
      const value = this.valueAt(this.active[i]!, tick);
      if (value < bestValue) {
        bestValue = value;
        bestIndex = i;
      }
    }
    const queue = this.active[bestIndex]!;
    if (nowNs !== this.incrementAtNs) {
      const intoTick = (nowNs - tick * this.tickNs) / this.tickNs;
      this.increment = Math.pow(this.factor, -intoTick);
      this.incrementAtNs = nowNs;
    }
    queue.ewma = bestValue + this.increment;
    queue.ewmaTick = tick;
    const cell = queue.cells.shift();
    if (queue.cells.length === 0) this.deactivate(bestIndex);
    return cell;
  }

  detach(queue: CircuitQueue): void {
    queue.detached = true;
    const index = this.active.indexOf(queue);
    if (index >= 0) this.deactivate(index);
  }

  private deactivate(index: number): void {
    // Keep the order of the others: ties go to the circuit that became active first.
    this.active[index]!.active = false;
    this.active.splice(index, 1);
  }
}
