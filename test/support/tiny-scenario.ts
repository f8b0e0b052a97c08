// The smallest network that runs a real experiment (two relays per position, one server, a few
// web clients, all on one location): tests that plan, run or store experiments write their
// scenario from this instead of spelling the network out again.

import { checkDocument, MemoryFileSystem, type Scenario } from '../../grammar';

export interface TinyScenarioParts {
  readonly name: string;
  /** e.g. `5 s`, `30 min` */
  readonly duration: string;
  readonly warmup: string;
  readonly seeds: number;
  /** Client groups; two web clients by default (no circuit-build-timeout learning, so short runs measure downloads). */
  readonly clients?: string;
  /** Experiment blocks; by default `cmp`, vanilla (amap, the baseline) against KIST. */
  readonly experiments?: string;
}

export const TINY_NETWORK = `internet {
  location here { access 100 Mbit/s }
}
relays guard x 2 { bandwidth 2 MiB/s; flags guard fast stable; location here }
relays exit x 2 { bandwidth 2 MiB/s; flags exit fast; location here }
relays middle x 2 { bandwidth 2 MiB/s; location here }
servers files x 1 { bandwidth 100 Mbit/s; location here }
`;

export const WEB_CLIENTS = 'clients web x 2 { fetch 320 KiB; think 1 s; location here; path-selection { cbt off } }\n';

export const SCHEDULER_EXPERIMENT = `experiment cmp {
  baseline amap
  vary socket-scheduler [amap: vanilla, kist: kist]
}
`;

export function tinyScenarioText(parts: TinyScenarioParts): string {
  const header = `scenario "${parts.name}" {\n  duration ${parts.duration}\n  warmup ${parts.warmup}\n  seeds ${parts.seeds}\n}\n`;
  return `${header}${TINY_NETWORK}${parts.clients ?? WEB_CLIENTS}${parts.experiments ?? SCHEDULER_EXPERIMENT}`;
}

/** The model of a scenario text, resolved by the real language; throws with the diagnostics if it has errors. */
export function resolveScenario(path: string, text: string): Scenario {
  const result = checkDocument(path, text, { fileSystem: new MemoryFileSystem({}) });
  if (!result.model) throw new Error(`${path} does not resolve: ${JSON.stringify(result.diagnostics)}`);
  return result.model;
}
