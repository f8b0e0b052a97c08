// Interprets a block of statements against its schema context — properties, mechanisms and
// sections generically, special statements through handlers — and resolves the explicit
// settings of a block into a model object with every default applied.

import type { Block, Expression, Range, Statement } from '../syntax/ast';
import { context, keywords, statement as statementSpec } from '../schema';
import type { ContextId, Json, MechanismSpec, PropertySpec, SectionSpec, StatementSpec } from '../schema/types';
import { at, type Here } from './analysis';
import { Diagnostics, type Location } from './diagnostics';
import { propertyValue } from './property-values';
import { closest, didYouMean } from './suggest';
import { enumOf, wrongForm } from './values';

export interface Setting {
  readonly value: Json;
  /** The statement that set it. */
  readonly at: Location;
}

/** Settings written explicitly in one block, by keyword. */
export type Settings = Map<string, Setting>;

export type SpecialHandler = (here: Here, statement: Statement) => void;

/** The parts of a statement that carry a setting's value (a vary item has no keyword of its own). */
export interface ValueSource {
  readonly args: Expression[];
  readonly block?: Block;
  readonly range: Range;
  readonly recovered?: boolean;
}

const camelCases = new Map<string, string>();

/** `socket-buffer-factor` → `socketBufferFactor`, the model's field name; cached (keywords are few). */
export function camelCase(keyword: string): string {
  let name = camelCases.get(keyword);
  if (name === undefined) {
    name = keyword.replace(/-([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
    camelCases.set(keyword, name);
  }
  return name;
}

/** A statement already reported by the parser writes its value diagnostics nowhere. */
function forStatement(here: Here, source: ValueSource): Here {
  return source.recovered ? { ...here, diagnostics: new Diagnostics() } : here;
}

export function interpretBlock(
  here: Here,
  contextId: ContextId,
  statements: readonly Statement[],
  specials: Readonly<Record<string, SpecialHandler>> = {},
): Settings {
  const settings: Settings = new Map();
  for (const statement of statements) {
    const keyword = statement.keyword.name;
    const spec = statementSpec(contextId, keyword);
    if (!spec) {
      unknownKeyword(here, contextId, statement);
      continue;
    }
    if (spec.form === 'special') {
      const handler = specials[keyword];
      if (!handler) throw new Error(`no handler for special statement '${keyword}' in context '${contextId}'`);
      handler(here, statement);
      continue;
    }
    const previous = settings.get(keyword);
    if (previous) {
      here.diagnostics.report('TN202', at(here, statement.keyword.range), `'${keyword}' is already set in this block.`, {
        related: [{ ...previous.at, message: 'first set here' }],
      });
      continue;
    }
    if (statement.assignment) {
      wrongForm(here, statement.keyword, `'${keyword} VALUE' without '='`);
      continue;
    }
    const value = settingValue(here, spec, statement);
    if (value !== undefined) settings.set(keyword, { value, at: at(here, statement.range) });
  }
  return settings;
}

function unknownKeyword(here: Here, contextId: ContextId, statement: Statement): void {
  const keyword = statement.keyword.name;
  const range = at(here, statement.keyword.range);
  if (keyword === 'include') {
    here.diagnostics.report('TN413', range, 'include is only allowed at the top level of a file.');
    return;
  }
  const candidates = keywords(contextId);
  const suggestion = closest(keyword, candidates);
  here.diagnostics.report('TN201', range, `Unknown keyword '${keyword}' in ${context(contextId).title}.${didYouMean(suggestion)}`, {
    data: { replacement: suggestion, expected: candidates },
  });
}

/** The value a property, mechanism or section statement sets. */
export function settingValue(here: Here, spec: PropertySpec | MechanismSpec | SectionSpec, source: ValueSource): Json | undefined {
  const where = forStatement(here, source);
  if (spec.deprecated && spec.form !== 'mechanism') deprecated(where, spec, source.range);
  switch (spec.form) {
    case 'property':
      if (source.block) return wrongForm(where, { kind: 'block', range: source.block.open }, `no block after '${spec.keyword}'`);
      return propertyValue(where, spec, source.args, source.range);
    case 'section': {
      if (source.args.length > 0) return wrongForm(where, source.args[0]!, `'{' after '${spec.keyword}'`);
      const settings = interpretBlock(here, spec.context, source.block?.statements ?? []);
      return resolveSettings(here, spec.context, [settings], at(here, source.range));
    }
    case 'mechanism':
      return mechanismValue(here, where, spec, source);
  }
}

function deprecated(here: Here, spec: { deprecated?: StatementSpec['deprecated'] }, range: Range, name?: string): void {
  const info = spec.deprecated!;
  here.diagnostics.report(
    'TN207',
    at(here, range),
    `${name ? `'${name}'` : 'This setting'} is deprecated: ${info.reason}${info.replacement ? ` Use '${info.replacement}' instead.` : ''}`,
    { tags: ['deprecated'], data: { replacement: info.replacement } },
  );
}

function mechanismValue(here: Here, where: Here, spec: MechanismSpec, source: ValueSource): Json | undefined {
  const [choice, ...extra] = source.args;
  if (!choice) {
    where.diagnostics.report('TN304', at(where, source.range), `'${spec.keyword}' needs one of: ${Object.keys(spec.options).join(', ')}.`, {
      data: { expected: Object.keys(spec.options) },
    });
    return undefined;
  }
  if (extra.length > 0) return wrongForm(where, extra[0]!, `'{' or the end of the line after '${spec.keyword} ${describeChoice(choice)}'`);
  const name = enumOf(where, choice, Object.fromEntries(Object.entries(spec.options).map(([key, option]) => [key, option.summary])), `${spec.keyword}`);
  if (name === undefined) return undefined;
  const option = spec.options[name]!;
  if (option.deprecated) deprecated(where, option, choice.range, name);
  if (source.block && !option.context) return wrongForm(where, { kind: 'block', range: source.block.open }, `no block: '${name}' has no settings`);
  const settings = option.context ? interpretBlock(here, option.context, source.block?.statements ?? []) : new Map();
  return mechanismObject(here, option.type, option.context, option.presets, settings, at(here, source.range));
}

function describeChoice(choice: Expression): string {
  return choice.kind === 'identifier' ? choice.name : '…';
}

function mechanismObject(
  here: Here | undefined,
  type: string,
  contextId: ContextId | undefined,
  presets: Readonly<Record<string, Json>> | undefined,
  settings: Settings,
  where: Location | undefined,
): Json {
  if (!contextId) return { type };
  const presetLayer: Settings = new Map(Object.entries(presets ?? {}).map(([key, value]) => [key, { value, at: where! }]));
  return { type, ...resolveSettings(here, contextId, [presetLayer, settings], where) };
}

const defaults = new WeakMap<PropertySpec | MechanismSpec | SectionSpec, Json | undefined>();

/**
 * The default of a setting, resolved (a mechanism's default option with its defaults, a
 * section's defaults). Computed once per schema entry; the model shares these read-only values.
 */
export function defaultOf(spec: PropertySpec | MechanismSpec | SectionSpec): Json | undefined {
  if (!defaults.has(spec)) defaults.set(spec, computeDefault(spec));
  return defaults.get(spec);
}

function computeDefault(spec: PropertySpec | MechanismSpec | SectionSpec): Json | undefined {
  switch (spec.form) {
    case 'property':
      return spec.default;
    case 'section':
      return resolveSettings(undefined, spec.context, [], undefined);
    case 'mechanism': {
      const option = spec.options[spec.default]!;
      return mechanismObject(undefined, option.type, option.context, option.presets, new Map(), undefined);
    }
  }
}

interface ContextSettings {
  readonly specs: readonly (PropertySpec | MechanismSpec | SectionSpec)[];
  /** The property whose value selects presets, if the context has one. */
  readonly presetSpec: PropertySpec | undefined;
}

const contextSettings = new Map<ContextId, ContextSettings>();

function settingsOfContext(contextId: ContextId): ContextSettings {
  let found = contextSettings.get(contextId);
  if (!found) {
    const specs = context(contextId).statements.filter((spec): spec is PropertySpec | MechanismSpec | SectionSpec => spec.form !== 'special');
    found = { specs, presetSpec: specs.find((spec): spec is PropertySpec => spec.form === 'property' && spec.presets !== undefined) };
    contextSettings.set(contextId, found);
  }
  return found;
}

/**
 * Every property of a context with its value: from the last layer that sets it, else the
 * preset selected by the context's preset property, else the schema default. Keys in camelCase.
 * A required setting that no layer sets is reported at `where`.
 */
export function resolveSettings(here: Here | undefined, contextId: ContextId, layers: readonly (Settings | undefined)[], where: Location | undefined): Record<string, Json> {
  const explicit = (keyword: string): Setting | undefined => {
    for (let index = layers.length - 1; index >= 0; index--) {
      const found = layers[index]?.get(keyword);
      if (found) return found;
    }
    return undefined;
  };
  const { specs, presetSpec } = settingsOfContext(contextId);
  const presetName = presetSpec && ((explicit(presetSpec.keyword)?.value ?? presetSpec.default) as string);
  const presets = presetSpec?.presets?.[presetName!] ?? {};
  const out: Record<string, Json> = {};
  for (const spec of specs) {
    const value = explicit(spec.keyword)?.value ?? (Object.hasOwn(presets, spec.keyword) ? presets[spec.keyword] : defaultOf(spec));
    if (value === undefined) {
      if (here && where) {
        here.diagnostics.report('TN410', where, `'${spec.keyword}' is required here: ${spec.summary}`, { data: { missing: spec.keyword } });
      }
      continue;
    }
    out[camelCase(spec.keyword)] = value;
  }
  return out;
}
