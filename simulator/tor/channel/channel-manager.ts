// Which channel (TCP connection) carries a circuit between two nodes. One file per policy:
// single-connection.ts now; Torchestra (light/heavy pair), PCTCP (one per circuit) and IMUX
// (a managed pool) plug in here later, since nodes only ever ask "which channel for this circuit".

import type { ConnectionManagement } from '../../../grammar/model/scenario';
import type { Channel } from './channel';
import { SingleConnection } from './single-connection';

/** What a manager needs from its node: opening channels and closing idle ones. */
export interface ChannelOpener {
  /** Starts a new connection to node `remote`. */
  openChannel(remote: number): Channel;
  closeChannel(channel: Channel): void;
}

export interface ChannelManager {
  /** The channel that will carry `circuit` to node `remote`, opened on demand. */
  channelFor(remote: number, circuit: number): Channel;
  /** The remote node opened a connection to us. */
  accepted(channel: Channel): void;
  /** A channel closed (either end); forget it. */
  closed(channel: Channel): void;
  /** Every open or opening channel (for idle checks). */
  channels(): Iterable<Channel>;
}

export function createChannelManager(config: ConnectionManagement, opener: ChannelOpener): ChannelManager {
  switch (config.type) {
    case 'single':
      return new SingleConnection(opener);
    default:
      throw new Error(`connection management '${config.type}' is not implemented yet`);
  }
}
