// TN414: relay groups that no client can reach. "Reach" follows the model's path-selection
// rules (path-spec §2.2 as simulator/tor/path/path-selector.ts implements them), by position:
//
//   - an exit circuit of h hops (a client group without `onion`) has a first hop, drawn only
//     from relays with the guard flag; a last hop, drawn only from relays with the exit flag;
//     and h − 2 middle hops, drawn from every relay;
//   - a rendezvous circuit (an `onion` client group, and the onion service at the other end)
//     has a guard-flagged first hop and middle hops, and no exit;
//   - an enabled attack's sybil circuits reach its `target` group and leave through its
//     `through` group (any exit-flagged group when it names none).
//
// A group is reachable in a configuration when it has relays and a client group with clients
// (or an attack) uses a position its flags admit. It is reported when no configuration — the
// base nor any variant of any experiment — reaches it. Position weights (dir-spec bandwidth
// weights) are not considered: they depend on the drawn bandwidths, and they never remove a
// guard from the first hop or an exit from the last; they can only shrink a scarce class's
// share of middle hops, so such a group counts as reachable. A file that declares no client
// group at all (a fragment meant to be included) is not checked, nor is one with errors (its
// values are partly defaults, so the answer would be wrong). A group declared in an included
// file is reported at the include of the checked document (with the group as related
// information): whether it is reached depends on the document that includes it.

import type { Configuration, RelayGroup } from '../model/scenario';
import type { Analysis } from './analysis';
import { includeOf } from './included-errors';
import type { Include } from './sources';

type Position = 'guard' | 'middle' | 'exit';

export function reportUnreachableRelays(analysis: Analysis, uri: string, includes: readonly Include[], configurations: readonly Configuration[]): void {
  if (analysis.diagnostics.errorCount > 0) return;
  if (!configurations.some((config) => config.clients.length > 0)) return;
  const reached = new Set<string>();
  const populated = new Set<string>();
  const used = new Set<Position>();
  for (const config of configurations) {
    const positions = positionsUsed(config);
    positions.forEach((position) => used.add(position));
    for (const group of config.relays) {
      if (group.count <= 0 || reached.has(group.name)) continue;
      populated.add(group.name);
      if (usable(group, positions) || attacked(config, group)) reached.add(group.name);
    }
  }
  for (const name of populated) {
    if (reached.has(name)) continue;
    const declaration = analysis.symbols.find('relays', name);
    if (!declaration) continue;
    const include = declaration.uri === uri ? undefined : includeOf(uri, includes, declaration.uri);
    const where = include ? ` (declared in "${include.path}"${include.target === declaration.uri ? '' : ' through its includes'})` : '';
    analysis.diagnostics.report('TN414', include?.at ?? declaration, `No client can reach relay group '${name}'${where}: ${why(used)}`, {
      // Faded text marks the unused group itself, not the include that brings it in.
      ...(include ? {} : { tags: ['unnecessary' as const] }),
      data: { name, positions: [...used].sort() },
      ...(include ? { related: [{ uri: declaration.uri, range: declaration.range, message: `relay group '${name}'` }] } : {}),
    });
  }
}

/** The circuit positions the configuration's clients use. */
function positionsUsed(config: Configuration): Set<Position> {
  const positions = new Set<Position>();
  for (const clients of config.clients) {
    if (clients.count <= 0) continue;
    positions.add('guard');
    if (clients.onion) positions.add('middle');
    else {
      positions.add('exit');
      if (clients.pathSelection.hops >= 3) positions.add('middle');
    }
  }
  return positions;
}

/** Whether a circuit position the clients use admits the group: middles admit every relay. */
function usable(group: RelayGroup, positions: ReadonlySet<Position>): boolean {
  return positions.has('middle') || (positions.has('guard') && group.flags.includes('guard')) || (positions.has('exit') && group.flags.includes('exit'));
}

function attacked(config: Configuration, group: RelayGroup): boolean {
  return config.attacks.some(
    (attack) => attack.enabled && (attack.target === group.name || attack.through === group.name || (attack.through === null && group.flags.includes('exit'))),
  );
}

function why(used: ReadonlySet<Position>): string {
  if (used.size === 0) return 'no client group has clients, in the base or in any variant.';
  // Every client circuit has a guard and an exit or middle hop, so only a group without either flag is missed.
  return (
    'its relays have neither the guard nor the exit flag, so they can only be middle hops, and no client builds a circuit with one ' +
    '(a 2-hop exit circuit is a guard and an exit). Give the group the guard or exit flag, or use 3-hop circuits.'
  );
}
