// Vanilla Tor: one channel per pair of nodes, whichever side opened it; every circuit between
// the two shares it.

import type { Channel } from './channel';
import type { ChannelManager, ChannelOpener } from './channel-manager';

export class SingleConnection implements ChannelManager {
  private readonly byRemote = new Map<number, Channel>();

  constructor(private readonly opener: ChannelOpener) {}

  channelFor(remote: number): Channel {
    let channel = this.byRemote.get(remote);
    if (!channel || channel.state === 'closed') {
      channel = this.opener.openChannel(remote);
      this.byRemote.set(remote, channel);
    }
    return channel;
  }

  accepted(channel: Channel): void {
    const known = this.byRemote.get(channel.remote);
    // Keep an existing live channel; the accepted one still serves circuits the peer puts on it.
    if (!known || known.state === 'closed') this.byRemote.set(channel.remote, channel);
  }

  closed(channel: Channel): void {
    if (this.byRemote.get(channel.remote) === channel) this.byRemote.delete(channel.remote);
  }

  channels(): Iterable<Channel> {
    return this.byRemote.values();
  }
}
