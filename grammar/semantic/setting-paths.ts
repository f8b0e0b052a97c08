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
import type { Settings } from './settings';
import { camelCase, defaultOf } from './statements';
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

/** What a setting path starts with: the part of the configuration that holds the setting. */
export type Holder = 'scenario' | 'internet' | 'locations' | 'defaults.relay' | 'defaults.client' | 'relays' | 'clients' | 'servers' | 'attacks';

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
 * Calls `each` with every settings object a holder path points at in a variant's configuration,
 * and the settings a group inherits. Each is replaced by a copy first: a variant's configuration
 * shares everything it does not change with the base.
 */
function eachSettings(config: ExplicitConfig, holder: Holder, member: string | undefined, each: (settings: Settings, inherited?: Settings) => void): void {
  switch (holder) {
    case 'scenario':
      return each((config.scenario = config.scenario.copy()));
    case 'internet':
      return each((config.internet = config.internet.copy()));
    case 'defaults.relay':
      config.defaults = { ...config.defaults, relay: config.defaults.relay.copy() };
      return each(config.defaults.relay);
    case 'defaults.client':
      config.defaults = { ...config.defaults, client: config.defaults.client.copy() };
      return each(config.defaults.client);
    case 'locations':
      return ownCopies(config.locations, member, (entry, settings) => ({ ...entry, settings }), each);
    case 'relays': {
      const inherited = config.defaults.relay;
      return ownCopies(config.relays, member, (group, settings) => ({ ...group, settings }), (settings) => each(settings, inherited));
    }
    case 'clients': {
      const inherited = config.defaults.client;
      return ownCopies(config.clients, member, (group, settings) => ({ ...group, settings }), (settings) => each(settings, inherited));
    }
    case 'servers':
      return ownCopies(config.servers, member, (group, settings) => ({ ...group, settings }), each);
    case 'attacks':
      return ownCopies(config.attacks, member, (attack, settings) => ({ ...attack, settings }), each);
  }
}

/**
 * Replaces the entries a path names (`*`: all) with copies owning their settings, and calls
 * `each` with each copy's settings. Each holder passes its own `copy`: one spread for every
 * holder's shape would go megamorphic (see ModelKind in statements.ts), and a sweep over
 * `relays.*` copies every relay group once per variant.
 */
function ownCopies<T extends { readonly name: string; readonly settings: Settings }>(
  list: T[],
  member: string | undefined,
  copy: (entry: T, settings: Settings) => T,
  each: (settings: Settings) => void,
): void {
  for (let index = 0; index < list.length; index++) {
    const entry = list[index]!;
    if (member !== '*' && entry.name !== member) continue;
    const settings = entry.settings.copy();
    list[index] = copy(entry, settings);
    each(settings);
  }
}

function memberNames(config: ExplicitConfig, holder: Holder): string[] {
  const list = { locations: config.locations, relays: config.relays, clients: config.clients, servers: config.servers, attacks: config.attacks }[holder as 'relays'];
  return list ? list.map((entry) => entry.name) : [];
}

/** What a setting path names in the schema, before any group names are checked. */
export type PathLookup =
  | {
      readonly ok: true;
      readonly holder: Holder;
      /** The group, location or attack name (`*` for all); undefined for scenario, internet, defaults and short names. */
      readonly member?: string;
      /** The setting of the holder's context (`socket-scheduler`), or `count`. */
      readonly keyword: string;
      /** The setting inside it (`interval`), if the path goes one level deeper. */
      readonly inner?: string;
      /** The spec of `keyword`. */
      readonly outer: SettingSpec;
      /** The spec of the setting the path sets (`inner`'s if there is one). */
      readonly spec: SettingSpec;
    }
  | {
      readonly ok: false;
      readonly message: string;
      /** Words the failing segment could have been, for did-you-mean. */
      readonly candidates: readonly string[];
      /** The failing segment. */
      readonly word?: string;
      /** The holder and member, when the path got that far (group names are checked first). */
      readonly holder?: Holder;
      readonly member?: string;
    };

const GROUP_HOLDERS = new Set<string>(['relays', 'clients', 'servers', 'locations', 'attacks']);
const COUNTED = new Set<string>(['relays', 'clients', 'servers']);
/** The first segment of a long path. */
const PATH_HEADS = ['scenario', 'internet', 'defaults', 'relays', 'clients', 'servers', 'locations', 'attacks'] as const;

/** The symbol kind of each group holder's members. */
const MEMBER_KINDS = { relays: 'relays', clients: 'clients', servers: 'servers', locations: 'location', attacks: 'attack' } as const;

/** The contexts a setting opens: a section's, or every option's of a mechanism. */
function innerContexts(spec: SettingSpec): ContextId[] {
  return spec.form === 'section' ? [spec.context] : spec.form === 'mechanism' ? Object.values(spec.options).flatMap((option) => (option.context ? [option.context] : [])) : [];
}

/** Computed once: the schema is constant. */
let shortNames: readonly { keyword: string; holder: Holder; spec: SettingSpec }[] | undefined;

/** Settings written as short names (`load`, `socket-scheduler`): the first holder that has the keyword wins. */
function shortNameSpecs(): readonly { keyword: string; holder: Holder; spec: SettingSpec }[] {
  if (shortNames) return shortNames;
  const seen = new Set<string>();
  const out: { keyword: string; holder: Holder; spec: SettingSpec }[] = [];
  for (const holder of SHORT_NAME_ORDER) {
    for (const spec of context(HOLDER_CONTEXT[holder]).statements) {
      if (spec.form === 'special' || seen.has(spec.keyword)) continue;
      seen.add(spec.keyword);
      out.push({ keyword: spec.keyword, holder, spec });
    }
  }
  return (shortNames = out);
}

/** The settings of a holder's context (with `count` for groups). */
function holderSettings(holder: Holder): SettingSpec[] {
  const specs = context(HOLDER_CONTEXT[holder]).statements.filter((spec): spec is SettingSpec => spec.form !== 'special');
  return COUNTED.has(holder) ? [...specs, COUNT_SPEC] : specs;
}

/** The holder a long path starts with, its member (for groups) and the segments after them. */
function holderOf(parts: readonly string[]): { holder: Holder; member?: string; rest: readonly string[] } | undefined {
  const [head, second] = parts;
  if (head === 'scenario' || head === 'internet') return { holder: head, rest: parts.slice(1) };
  if (head === 'defaults' && (second === 'relay' || second === 'client')) return { holder: `defaults.${second}`, rest: parts.slice(2) };
  if (GROUP_HOLDERS.has(head!)) return { holder: head as Holder, ...(second === undefined ? {} : { member: second }), rest: parts.slice(2) };
  return undefined;
}

/** What may come next in a setting path whose first segments are `before` (for completion). */
export type SegmentChoices =
  /** The first segment: a holder, or a short name. */
  | { readonly kind: 'first'; readonly heads: readonly string[]; readonly shortNames: readonly SettingSpec[] }
  | { readonly kind: 'words'; readonly words: readonly string[] }
  /** The name of a declared group, location or attack, or `*`. */
  | { readonly kind: 'member'; readonly memberKind: (typeof MEMBER_KINDS)[keyof typeof MEMBER_KINDS] }
  | { readonly kind: 'settings'; readonly settings: readonly SettingSpec[] }
  | { readonly kind: 'none' };

export function segmentChoices(before: readonly string[]): SegmentChoices {
  if (before.length === 0) return { kind: 'first', heads: PATH_HEADS, shortNames: shortNameSpecs().map((entry) => entry.spec) };
  if (before.length === 1 && before[0] === 'defaults') return { kind: 'words', words: ['relay', 'client'] };
  const held = holderOf([...before, '']);
  if (!held) return { kind: 'none' };
  if (held.member === '' && GROUP_HOLDERS.has(held.holder)) return { kind: 'member', memberKind: MEMBER_KINDS[held.holder as keyof typeof MEMBER_KINDS] };
  const written = held.rest.slice(0, -1);
  if (written.length === 0) return { kind: 'settings', settings: holderSettings(held.holder) };
  if (written.length > 1) return { kind: 'none' };
  const outer = holderSettings(held.holder).find((spec) => spec.keyword === written[0]);
  if (!outer) return { kind: 'none' };
  const inner = new Map<string, SettingSpec>();
  for (const id of innerContexts(outer)) for (const spec of context(id).statements) if (spec.form !== 'special' && !inner.has(spec.keyword)) inner.set(spec.keyword, spec);
  return inner.size === 0 ? { kind: 'none' } : { kind: 'settings', settings: [...inner.values()] };
}

/** Looks a setting path up in the schema (pure: group names are not checked here). */
export function lookupSettingPath(parts: readonly string[]): PathLookup {
  const name = parts.join('.');
  const fail = (message: string, candidates: readonly string[] = [], word?: string, holder?: Holder, member?: string): PathLookup => ({
    ok: false,
    message,
    candidates,
    ...(word === undefined ? {} : { word }),
    ...(holder === undefined ? {} : { holder }),
    ...(member === undefined ? {} : { member }),
  });

  if (parts.length === 1) {
    const keyword = parts[0]!;
    const short = shortNameSpecs().find((entry) => entry.keyword === keyword);
    if (short) {
      const member = short.holder === 'scenario' || short.holder === 'internet' ? undefined : '*';
      return { ok: true, holder: short.holder, ...(member ? { member } : {}), keyword, outer: short.spec, spec: short.spec };
    }
    return fail(`No setting is called '${keyword}'.`, shortNameSpecs().map((entry) => entry.keyword), keyword);
  }

  const held = holderOf(parts);
  if (!held) {
    return fail(
      `'${parts[0]}' does not start a setting path; paths start with scenario, internet, defaults.relay, defaults.client, relays, clients, servers, locations or attacks.`,
      [],
      parts[0],
    );
  }
  const { holder, member, rest } = held;
  const [keyword, inner, ...tooDeep] = rest;
  if (!keyword || (member === undefined && GROUP_HOLDERS.has(holder))) return fail(`'${name}' names no setting.`, [], undefined, holder, member);
  if (tooDeep.length > 0) return fail(`'${name}' goes deeper than any setting.`, [], undefined, holder, member);
  if (keyword === 'count' && COUNTED.has(holder)) {
    if (inner) return fail(`'count' has no settings inside it.`, [], inner, holder, member);
    return { ok: true, holder, ...(member === undefined ? {} : { member }), keyword, outer: COUNT_SPEC, spec: COUNT_SPEC };
  }
  const contextId = HOLDER_CONTEXT[holder];
  const outer = settingSpec(contextId, keyword);
  if (!outer) return fail(`${context(contextId).title} has no setting '${keyword}'.`, context(contextId).statements.map((s) => s.keyword), keyword, holder, member);
  const base = { ok: true as const, holder, ...(member === undefined ? {} : { member }), keyword, outer };
  if (inner === undefined) return { ...base, spec: outer };
  const contexts = innerContexts(outer);
  const spec = contexts.map((id) => settingSpec(id, inner)).find(Boolean);
  if (!spec) return fail(`'${keyword}' has no setting '${inner}'.`, contexts.flatMap((id) => context(id).statements.map((s) => s.keyword)), inner, holder, member);
  return { ...base, inner, spec };
}

/** Resolves a setting path against the base configuration; reports TN403 (or TN203 for an unknown group). */
export function resolvePath(here: Here, path: Identifier, base: ExplicitConfig): SettingTarget | undefined {
  const found = lookupSettingPath(path.parts);
  if (found.holder && found.member !== undefined && found.member !== '*' && GROUP_HOLDERS.has(found.holder)) {
    const names = memberNames(base, found.holder);
    if (!names.includes(found.member)) {
      const suggestion = closest(found.member, names);
      here.diagnostics.report('TN203', at(here, path.range), `No ${found.holder} entry is called '${found.member}'.${didYouMean(suggestion)}`, {
        data: { replacement: suggestion, path: path.name, segment: 1 },
      });
      return undefined;
    }
    recordMemberReference(here, path, found.holder);
  }
  if (!found.ok) {
    const suggestion = found.word === undefined ? undefined : closest(found.word, found.candidates);
    const segment = found.word === undefined ? undefined : path.parts.lastIndexOf(found.word);
    here.diagnostics.report('TN403', at(here, path.range), `${found.message}${didYouMean(suggestion)}`, { data: { path: path.name, replacement: suggestion, segment } });
    return undefined;
  }
  if (found.keyword === 'count' && found.outer === COUNT_SPEC) return countTarget(found.holder as 'relays' | 'clients' | 'servers', found.member!);
  return target(found.holder, found.member, found.keyword, found.inner, found.outer, found.spec, path, here);
}

/**
 * `relays.guard.bandwidth` refers to the relay group `guard`: the segment is a reference, so that
 * rename, find-references and go-to-definition see it. Paths are one token, so the segment's
 * range is an offset into the path's range.
 */
function recordMemberReference(here: Here, path: Identifier, holder: Holder): void {
  const kind = MEMBER_KINDS[holder as keyof typeof MEMBER_KINDS];
  const member = path.parts[1]!;
  const declaration = here.analysis.symbols.find(kind, member);
  if (!declaration || path.range.end.offset - path.range.start.offset !== path.name.length) return;
  const skip = path.parts[0]!.length + 1;
  const shift = (by: number) => ({ offset: path.range.start.offset + by, line: path.range.start.line, character: path.range.start.character + by });
  declaration.references.push(at(here, { start: shift(skip), end: shift(skip + member.length) }));
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
  outer: SettingSpec,
  spec: SettingSpec,
  path: Identifier,
  here: Here,
): SettingTarget {
  const where = at(here, path.range);
  if (inner === undefined) {
    return {
      spec,
      apply: (config, value) => {
        eachSettings(config, holder, member, (settings) => settings.set(keyword, value, where));
      },
    };
  }
  return {
    spec,
    apply: (config, value) => {
      eachSettings(config, holder, member, (settings, inherited) => {
        const current = (settings.valueOf(keyword) ?? inherited?.valueOf(keyword) ?? defaultOf(outer)) as Record<string, Json>;
        if (!(camelCase(inner) in current)) {
          here.diagnostics.report('TN403', where, `'${keyword} ${String(current.type)}' has no setting '${inner}'.`, { data: { path: path.name } });
          return;
        }
        settings.set(keyword, { ...current, [camelCase(inner)]: value }, where);
      });
    },
  };
}
