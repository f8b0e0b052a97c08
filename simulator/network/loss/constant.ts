// Independent (Bernoulli) loss with a fixed probability per packet.

import type { Rng } from '../../engine/rng';
import type { LossModel } from './loss-model';

export class ConstantLoss implements LossModel {
  constructor(
    readonly meanRate: number,
    private readonly rng: Rng,
  ) {}

  drops(): boolean {
    return this.rng.nextFloat() < this.meanRate;
  }
}
