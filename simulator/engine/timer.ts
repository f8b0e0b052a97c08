// A re-armable deadline that keeps at most one live event in the queue. TCP moves its
// retransmission deadline forward on nearly every ACK; rescheduling each time would flood the
// queue, so the timer schedules only when the deadline moves earlier and, when an event fires
// before a deadline that moved later, schedules once more for the new deadline.

import type { Simulation } from './simulation';

export class LazyTimer {
  private deadline = -1;
  private scheduledAt = -1;

  constructor(
    private readonly sim: Simulation,
    private readonly kind: number,
    private readonly target: number,
    private readonly arg: number,
  ) {}

  /** The armed deadline, or -1 when disarmed. */
  get deadlineNs(): number {
    return this.deadline;
  }

  arm(deadlineNs: number): void {
    this.deadline = deadlineNs;
    if (this.scheduledAt < 0 || this.scheduledAt > deadlineNs) {
      this.scheduledAt = deadlineNs;
      this.sim.schedule(deadlineNs, this.kind, this.target, this.arg);
    }
  }

  disarm(): void {
    this.deadline = -1;
  }

  /** Call from the event handler: true when the deadline has been reached (and is now disarmed). */
  expired(): boolean {
    const now = this.sim.now;
    if (now !== this.scheduledAt) return false; // superseded by an earlier event
    this.scheduledAt = -1;
    if (this.deadline < 0) return false;
    if (this.deadline > now) {
      this.scheduledAt = this.deadline;
      this.sim.schedule(this.deadline, this.kind, this.target, this.arg);
      return false;
    }
    this.deadline = -1;
    return true;
  }
}
