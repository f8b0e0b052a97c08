// Setting paths used by variants and sweeps: `relays.guard.bandwidth`, `relays.*.socket-scheduler`,
// `relays.*.socket-scheduler.interval`, `clients.web.count`, `scenario.load`, `internet.loss`,
// `defaults.relay.congestion-control`, `locations.us-east.access`, `attacks.NAME.start`, and short
// names: a scenario or internet setting (`load`, `loss`), else a setting of every relay group
// (`socket-scheduler`), client group or server group, in that order.

import type { Identifier } from '../syntax/ast';
import { context, statement as statementSpec } from '../schema';
import type { ContextId, Json, MechanismSpec, PropertySpec, SectionSpec } from '../schema/types';
import { count } from '../schema/build';
import { at, type Here } from './analysis';
import type { ExplicitConfig } from './declarations';
import { camelCase, defaultOf, type Settings } from './statements';
import { closest, didYouMean } from './suggest';

export type SettingSpec = PropertySpec | MechanismSpec | SectionSpec;

export interface SettingTarget {
  /** The schema entry whose value the path sets (for a deep path, the inner setting). */
  readonly spec: SettingSpec;
  /** Writes an interpreted value into a copy of the explicit configuration. */
  readonly apply: (config: ExplicitConfig, value: Json) => void;
}

const COUNT_SPEC: PropertySpec = {
  form: 'property',
  keyword: 'count',
  value: count(),
  default: 1,
  summary: 'Number of members of the group.',
  source: 'Language design.',
};

type Holder = 'scenario' | 'internet' | 'locations' | 'defaults.relay' | 'defaults.client' | 'relays' | 'clients' | 'servers' | 'attacks';

const HOLDER_CONTEXT: Record<Holder, ContextId> = {
  scenario: 'scenario',
  internet: 'internet',
  locations: 'location',
  'defaults.relay': 'relay',
  'defaults.client': 'client',
  relays: 'relay',
  clients: 'client',
  servers: 'server',
  attacks: 'socket-exhaustion',
};

const SHORT_NAME_ORDER: Holder[] = ['scenario', 'internet', 'relays', 'clients', 'servers'];

function settingSpec(contextId: ContextId, keyword: string): SettingSpec | undefined {
  const spec = statementSpec(contextId, keyword);
  return spec && spec.form !== 'special' ? spec : undefined;
}

/**
 * Settings objects a holder path points at in a variant's configuration. Each is replaced by a
 * copy first: a variant's configuration shares everything it does not change with the base.
 */
function settingsOf(config: ExplicitConfig, holder: Holder, member: string | undefined): { settings: Settings; inherited?: Settings }[] {
  switch (holder) {
    case 'scenario':
      return [{ settings: (config.scenario = new Map(config.scenario)) }];
    case 'internet':
      return [{ settings: (config.internet = new Map(config.internet)) }];
    case 'defaults.relay':
      config.defaults = { ...config.defaults, relay: new Map(config.defaults.relay) };
      return [{ settings: config.defaults.relay }];
    case 'defaults.client':
      config.defaults = { ...config.defaults, client: new Map(config.defaults.client) };
      return [{ settings: config.defaults.client }];
    case 'locations':
      return ownCopies(config.locations, member).map((entry) => ({ settings: entry.settings }));
    case 'relays':
      return ownCopies(config.relays, member).map((group) => ({ settings: group.settings, inherited: config.defaults.relay }));
    case 'clients':
      return ownCopies(config.clients, member).map((group) => ({ settings: group.settings, inherited: config.defaults.client }));
    case 'servers':
      return ownCopies(config.servers, member).map((group) => ({ settings: group.settings }));
    case 'attacks':
      return ownCopies(config.attacks, member).map((attack) => ({ settings: attack.settings }));
  }
}

/** Replaces the entries a path names (`*`: all) with copies owning their settings, and returns them. */
function ownCopies<T extends { readonly name: string; readonly settings: Settings }>(list: T[], member: string | undefined): T[] {
  const copies: T[] = [];
  list.forEach((entry, index) => {
    if (member !== '*' && entry.name !== member) return;
    const copy = { ...entry, settings: new Map(entry.settings) };
    list[index] = copy;
    copies.push(copy);
  });
  return copies;
}

function memberNames(config: ExplicitConfig, holder: Holder): string[] {
  const list = { locations: config.locations, relays: config.relays, clients: config.clients, servers: config.servers, attacks: config.attacks }[holder as 'relays'];
  return list ? list.map((entry) => entry.name) : [];
}

/** Resolves a setting path against the base configuration; reports TN403 (or TN203 for an unknown group). */
export function resolvePath(here: Here, path: Identifier, base: ExplicitConfig): SettingTarget | undefined {
  const parts = path.parts;
  const fail = (message: string, suggestion?: string): undefined => {
    here.diagnostics.report('TN403', at(here, path.range), `${message}${didYouMean(suggestion)}`, { data: { path: path.name, replacement: suggestion } });
    return undefined;
  };

  if (parts.length === 1) {
    const keyword = parts[0]!;
    for (const holder of SHORT_NAME_ORDER) {
      const spec = settingSpec(HOLDER_CONTEXT[holder], keyword);
      if (spec) return target(holder, holder === 'scenario' || holder === 'internet' ? undefined : '*', keyword, undefined, spec, path, here);
    }
    const candidates = SHORT_NAME_ORDER.flatMap((holder) => context(HOLDER_CONTEXT[holder]).statements.filter((s) => s.form !== 'special').map((s) => s.keyword));
    return fail(`No setting is called '${keyword}'.`, closest(keyword, candidates));
  }

  let holder: Holder;
  let member: string | undefined;
  let rest: readonly string[];
  const [head, second] = parts;
  if (head === 'scenario' || head === 'internet') {
    holder = head;
    rest = parts.slice(1);
  } else if (head === 'defaults' && (second === 'relay' || second === 'client')) {
    holder = `defaults.${second}`;
    rest = parts.slice(2);
  } else if (head === 'relays' || head === 'clients' || head === 'servers' || head === 'locations' || head === 'attacks') {
    holder = head;
    member = second;
    rest = parts.slice(2);
    if (member !== '*' && member !== undefined && !memberNames(base, holder).includes(member)) {
      here.diagnostics.report('TN203', at(here, path.range), `No ${head} entry is called '${member}'.${didYouMean(closest(member, memberNames(base, holder)))}`, {
        data: { replacement: closest(member, memberNames(base, holder)) },
      });
      return undefined;
    }
  } else {
    return fail(`'${head}' does not start a setting path; paths start with scenario, internet, defaults.relay, defaults.client, relays, clients, servers, locations or attacks.`);
  }
  const [keyword, inner, ...tooDeep] = rest;
  if (!keyword || (member === undefined && holder !== 'scenario' && holder !== 'internet' && !holder.startsWith('defaults'))) {
    return fail(`'${path.name}' names no setting.`);
  }
  if (tooDeep.length > 0) return fail(`'${path.name}' goes deeper than any setting.`);
  if (keyword === 'count' && (holder === 'relays' || holder === 'clients' || holder === 'servers')) {
    if (inner) return fail(`'count' has no settings inside it.`);
    return countTarget(holder, member!);
  }
  const contextId = HOLDER_CONTEXT[holder];
  const spec = settingSpec(contextId, keyword);
  if (!spec) return fail(`${context(contextId).title} has no setting '${keyword}'.`, closest(keyword, context(contextId).statements.map((s) => s.keyword)));
  return target(holder, member, keyword, inner, spec, path, here);
}

function countTarget(holder: 'relays' | 'clients' | 'servers', member: string): SettingTarget {
  return {
    spec: COUNT_SPEC,
    apply: (config, value) => {
      const list = config[holder];
      list.forEach((group, index) => {
        if (member === '*' || group.name === member) list[index] = { ...group, count: value as number };
      });
    },
  };
}

function target(
  holder: Holder,
  member: string | undefined,
  keyword: string,
  inner: string | undefined,
  spec: SettingSpec,
  path: Identifier,
  here: Here,
): SettingTarget | undefined {
  const where = at(here, path.range);
  if (inner === undefined) {
    return {
      spec,
      apply: (config, value) => {
        for (const { settings } of settingsOf(config, holder, member)) settings.set(keyword, { value, at: where });
      },
    };
  }
  const innerContexts = spec.form === 'section' ? [spec.context] : spec.form === 'mechanism' ? Object.values(spec.options).flatMap((option) => (option.context ? [option.context] : [])) : [];
  const innerSpec = innerContexts.map((id) => settingSpec(id, inner)).find(Boolean);
  if (!innerSpec) {
    const candidates = innerContexts.flatMap((id) => context(id).statements.map((s) => s.keyword));
    here.diagnostics.report('TN403', where, `'${keyword}' has no setting '${inner}'.${didYouMean(closest(inner, candidates))}`, {
      data: { path: path.name, replacement: closest(inner, candidates) },
    });
    return undefined;
  }
  return {
    spec: innerSpec,
    apply: (config, value) => {
      for (const { settings, inherited } of settingsOf(config, holder, member)) {
        const current = (settings.get(keyword)?.value ?? inherited?.get(keyword)?.value ?? defaultOf(spec)) as Record<string, Json>;
        if (!(camelCase(inner) in current)) {
          here.diagnostics.report('TN403', where, `'${keyword} ${String(current.type)}' has no setting '${inner}'.`, { data: { path: path.name } });
          continue;
        }
        settings.set(keyword, { value: { ...current, [camelCase(inner)]: value }, at: where });
      }
    },
  };
}
