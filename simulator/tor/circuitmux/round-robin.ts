// Round-robin over active circuits, one cell each in turn: Tor's behaviour before EWMA, kept as
// the "no circuit priority" baseline. Every channel has the same priority for global ordering.

import type { CircuitMux, CircuitQueue } from './circuitmux';

export class RoundRobinMux implements CircuitMux {
  private readonly ring: CircuitQueue[] = [];
  private next = 0;

  get activeCount(): number {
    return this.ring.length;
  }

  activate(queue: CircuitQueue): void {
    if (queue.active || queue.detached) return;
    queue.active = true;
    // Join at the end of the current round: just before the circuit that goes next.
    this.ring.splice(this.next, 0, queue);
    this.next++;
    if (this.next >= this.ring.length) this.next = 0;
  }

  bestPriority(): number {
    return 0;
  }

  popCell(): number {
    if (this.next >= this.ring.length) this.next = 0;
    const queue = this.ring[this.next]!;
    const cell = queue.cells.shift();
    if (queue.cells.length === 0) this.remove(this.next);
    else this.next = (this.next + 1) % this.ring.length;
    return cell;
  }

  detach(queue: CircuitQueue): void {
    queue.detached = true;
    const index = this.ring.indexOf(queue);
    if (index >= 0) this.remove(index);
  }

  private remove(index: number): void {
    this.ring[index]!.active = false;
    this.ring.splice(index, 1);
    if (index < this.next) this.next--;
    if (this.next >= this.ring.length) this.next = 0;
  }
}
