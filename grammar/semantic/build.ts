// Builds a complete model configuration from the explicit one: applies defaults (schema →
// `defaults relay|client` → group), inherits Internet-wide settings into locations and
// links, spreads hosts over all locations when none is given, and applies the load factor.

import type { Configuration, Distribution, Internet, LossModel, RunSettings } from '../model/scenario';
import type { Json } from '../schema/types';
import type { Here } from './analysis';
import type { ExplicitConfig } from './declarations';
import { resolveSettings, type Settings } from './statements';

type Model<T> = T & Record<string, Json>;

/**
 * Resolved groups by their explicit entry: a variant's configuration shares the entries it does
 * not change with the base (see setting-paths.ts), so it also shares their resolved models
 * instead of resolving 5,000 relay groups again per variant.
 */
export class GroupModels {
  private readonly byEntry = new WeakMap<object, { readonly inherited: Settings; readonly load: number; readonly model: Record<string, Json> }>();

  /** `shared`: whether any variant will be built; without one, remembering models is wasted work. */
  constructor(private readonly shared: boolean) {}

  resolve(entry: object, inherited: Settings, load: number, resolve: () => Record<string, Json>): Record<string, Json> {
    if (!this.shared) return resolve();
    const cached = this.byEntry.get(entry);
    if (cached && cached.inherited === inherited && cached.load === load) return cached.model;
    const model = resolve();
    this.byEntry.set(entry, { inherited, load, model });
    return model;
  }
}

const NO_SETTINGS: Settings = new Map();

export function buildConfiguration(here: Here | undefined, explicit: ExplicitConfig, models: GroupModels): Configuration {
  const run = resolveSettings(here, 'scenario', [explicit.scenario], undefined) as unknown as Omit<RunSettings, 'title'>;
  const internet = buildInternet(here, explicit);
  const everywhere: Distribution<string> = { type: 'choice', options: internet.locations.map((location) => ({ value: location.name, weight: 1 })) };
  // Groups are fresh objects from resolveSettings, so the default placement is written in place.
  const placed = (group: Record<string, Json>): Record<string, Json> => {
    if (group.location === null) group.location = everywhere as unknown as Json;
    return group;
  };

  const relays = explicit.relays.map((group) =>
    models.resolve(group, explicit.defaults.relay, 1, () =>
      placed({ name: group.name, count: group.count, single: group.single, ...resolveSettings(here, 'relay', [explicit.defaults.relay, group.settings], group.at) }),
    ),
  );
  const servers = explicit.servers.map((group) =>
    models.resolve(group, NO_SETTINGS, 1, () => placed({ name: group.name, count: group.count, ...resolveSettings(here, 'server', [group.settings], group.at) })),
  );
  const clients = explicit.clients.map((group) =>
    models.resolve(group, explicit.defaults.client, run.load, () =>
      placed({ name: group.name, count: Math.round(group.count * run.load), ...resolveSettings(here, 'client', [explicit.defaults.client, group.settings], group.at) }),
    ),
  );
  const attacks = explicit.attacks.map((attack) => ({ name: attack.name, type: attack.type, ...resolveSettings(here, 'socket-exhaustion', [attack.settings], attack.at) }));
  return {
    run: { title: explicit.title ?? '', ...run },
    internet,
    relays,
    servers,
    clients,
    attacks,
  } as unknown as Configuration;
}

function buildInternet(here: Here | undefined, explicit: ExplicitConfig): Internet {
  const base = resolveSettings(here, 'internet', [explicit.internet], undefined) as Model<{
    jitter: number;
    loss: LossModel;
    access: { up: number; down: number };
    latencyScale: number;
  }>;
  const { access, ...shared } = base;
  const locations = explicit.locations.map((location) => {
    const settings = resolveSettings(here, 'location', [location.settings], location.at) as Model<{ access: Json; loss: Json; latency: number }>;
    return { name: location.name, ...settings, latency: settings.latency * base.latencyScale, access: settings.access ?? access, loss: settings.loss ?? base.loss };
  });
  const links = explicit.links.map((link) => {
    const settings = resolveSettings(here, 'link', [link.settings], link.at) as Model<{ loss: Json; jitter: Json; latency?: number }>;
    return {
      from: link.from,
      to: link.to,
      bidirectional: link.bidirectional,
      ...settings,
      ...(settings.latency === undefined ? {} : { latency: settings.latency * base.latencyScale }),
      loss: settings.loss ?? base.loss,
      jitter: settings.jitter ?? base.jitter,
    };
  });
  return { ...shared, locations, links } as unknown as Internet;
}
