// Gilbert–Elliott bursty loss: a two-state Markov chain stepped once per packet, with a loss
// probability in each state. Starts in the good state.

import type { Rng } from '../../engine/rng';
import type { LossModel } from './loss-model';

export class GilbertElliottLoss implements LossModel {
  private bad = false;
  readonly meanRate: number;

  constructor(
    private readonly pGoodToBad: number,
    private readonly pBadToGood: number,
    private readonly lossGood: number,
    private readonly lossBad: number,
    private readonly rng: Rng,
  ) {
    const total = pGoodToBad + pBadToGood;
    const badShare = total === 0 ? 0 : pGoodToBad / total;
    this.meanRate = (1 - badShare) * lossGood + badShare * lossBad;
  }

  drops(): boolean {
    const rng = this.rng;
    this.bad = this.bad ? rng.nextFloat() >= this.pBadToGood : rng.nextFloat() < this.pGoodToBad;
    return rng.nextFloat() < (this.bad ? this.lossBad : this.lossGood);
  }
}
