// Builds a complete model configuration from the explicit one: applies defaults (schema →
// `defaults relay|client` → group), inherits Internet-wide settings into locations and
// links, spreads hosts over all locations when none is given, and applies the load factor.

import type { Configuration, Distribution, Internet, LossModel, RunSettings } from '../model/scenario';
import type { Json } from '../schema/types';
import type { Here } from './analysis';
import type { ExplicitConfig, Group } from './declarations';
import type { Location } from './diagnostics';
import { Settings } from './settings';
import { resolveSettings, type ModelKind } from './statements';

type Model<T> = T & Record<string, Json>;

interface Resolved {
  readonly group: Group;
  readonly inherited: Settings;
  readonly load: number;
  readonly model: Record<string, Json>;
}

/**
 * Resolved groups, shared between the base and the variants: a variant's configuration shares
 * the entries it does not change with the base (see setting-paths.ts), so it also shares their
 * resolved models instead of resolving 5,000 relay groups again per variant. A variant that
 * changes every group (`relays.*.socket-scheduler`) copies them; variants that set the same
 * value (9 of 18 in a sweep crossed with two others) share the models of their equal copies,
 * found through the declaration the copies come from.
 */
export class GroupModels {
  /** By the declaration's location (one per declaration; a Map, as it lives for one analysis). */
  private readonly byDeclaration = new Map<Location, Resolved[]>();

  /** `shared`: whether any variant will be built; without one, remembering models is wasted work. */
  constructor(private readonly shared: boolean) {}

  resolve(group: Group, inherited: Settings, load: number, resolve: (group: Group) => Record<string, Json>): Record<string, Json> {
    if (!this.shared) return resolve(group);
    let resolved = this.byDeclaration.get(group.at);
    if (!resolved) this.byDeclaration.set(group.at, (resolved = []));
    for (const other of resolved) {
      if (other.load === load && sameGroup(other.group, group) && sameSettings(other.inherited, inherited)) return other.model;
    }
    const model = resolve(group);
    resolved.push({ group, inherited, load, model });
    return model;
  }
}

function sameGroup(a: Group, b: Group): boolean {
  return a === b || (a.name === b.name && a.count === b.count && a.single === b.single && sameSettings(a.settings, b.settings));
}

function sameSettings(a: Settings, b: Settings): boolean {
  return a === b || a.sameValues(b);
}

const NO_SETTINGS = new Settings();
// Each kind copies its template in its own function (see ModelKind).
const RELAY: ModelKind = { leading: ['name', 'count', 'single'], copy: (template) => ({ ...template }) };
const SERVER: ModelKind = { leading: ['name', 'count'], copy: (template) => ({ ...template }) };
const CLIENT: ModelKind = { leading: ['name', 'count'], copy: (template) => ({ ...template }) };

export function buildConfiguration(here: Here | undefined, explicit: ExplicitConfig, models: GroupModels): Configuration {
  const run = resolveSettings(here, 'scenario', explicit.scenario, undefined) as unknown as Omit<RunSettings, 'title'>;
  const internet = buildInternet(here, explicit);
  const everywhere: Distribution<string> = { type: 'choice', options: internet.locations.map((location) => ({ value: location.name, weight: 1 })) };
  // Groups are fresh objects from resolveSettings, so the default placement is written in place.
  const placed = (group: Record<string, Json>): Record<string, Json> => {
    if (group.location === null) group.location = everywhere as unknown as Json;
    return group;
  };

  // Each group model is `{ name, count, (single,) ...settings }`, built in one copy (ModelKind),
  // by one function per kind (not a closure per group).
  const relayModel = (group: Group): Record<string, Json> => {
    const model = resolveSettings(here, 'relay', group.settings, group.at, explicit.defaults.relay, undefined, RELAY);
    model.name = group.name;
    model.count = group.count;
    model.single = group.single;
    return placed(model);
  };
  const serverModel = (group: Group): Record<string, Json> => {
    const model = resolveSettings(here, 'server', group.settings, group.at, undefined, undefined, SERVER);
    model.name = group.name;
    model.count = group.count;
    return placed(model);
  };
  const clientModel = (group: Group): Record<string, Json> => {
    const model = resolveSettings(here, 'client', group.settings, group.at, explicit.defaults.client, undefined, CLIENT);
    model.name = group.name;
    model.count = Math.round(group.count * run.load);
    return placed(model);
  };
  const relays = explicit.relays.map((group) => models.resolve(group, explicit.defaults.relay, 1, relayModel));
  const servers = explicit.servers.map((group) => models.resolve(group, NO_SETTINGS, 1, serverModel));
  const clients = explicit.clients.map((group) => models.resolve(group, explicit.defaults.client, run.load, clientModel));
  const attacks = explicit.attacks.map((attack) => ({ name: attack.name, type: attack.type, ...resolveSettings(here, 'socket-exhaustion', attack.settings, attack.at) }));
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
  const base = resolveSettings(here, 'internet', explicit.internet, undefined) as Model<{
    jitter: number;
    loss: LossModel;
    access: { up: number; down: number };
    latencyScale: number;
  }>;
  const { access, ...shared } = base;
  const locations = explicit.locations.map((location) => {
    const settings = resolveSettings(here, 'location', location.settings, location.at) as Model<{ access: Json; loss: Json; latency: number }>;
    return { name: location.name, ...settings, latency: settings.latency * base.latencyScale, access: settings.access ?? access, loss: settings.loss ?? base.loss };
  });
  const links = explicit.links.map((link) => {
    const settings = resolveSettings(here, 'link', link.settings, link.at) as Model<{ loss: Json; jitter: Json; latency?: number }>;
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
