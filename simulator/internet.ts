// Entry point of the simulation core: one simulated Internet (event loop, network, TCP) built
// from a validated network configuration and an experiment seed.

import { Simulation } from './engine/simulation';
import type { NetworkConfig } from './network/config';
import { Network } from './network/network';
import { TcpStack } from './tcp/stack';
import type { TcpHost } from './tcp/socket';

export interface Internet {
  readonly sim: Simulation;
  readonly network: Network;
  readonly tcp: TcpStack;
  /** The TCP entry points of a host. */
  host(name: string): TcpHost;
}

/** Builds the Internet of `config`; throws ConfigError listing every problem of an impossible config. */
export function createInternet(config: NetworkConfig, seed: number): Internet {
  const sim = new Simulation();
  const network = new Network(sim, config, seed);
  const tcp = new TcpStack(sim, network);
  return { sim, network, tcp, host: (name) => tcp.host(name) };
}
