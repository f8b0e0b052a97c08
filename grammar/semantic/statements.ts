// Interprets a block of statements against its schema context — properties, mechanisms and
// sections generically, special statements through handlers — and resolves the explicit
// settings of a block into a model object with every default applied.

import type { Block, Call, Expression, Range, Statement } from '../syntax/ast';
import { context, keywords, statement as statementSpec } from '../schema';
import type { ContextId, Json, MechanismOption, MechanismSpec, PropertySpec, SectionSpec, StatementSpec } from '../schema/types';
import { at, lazyAt, type Here } from './analysis';
import { Diagnostics, type Location } from './diagnostics';
import { propertyValue } from './property-values';
import { Settings } from './settings';
import { closest, didYouMean } from './suggest';
import { enumOf, wrongForm } from './values';

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

const NO_SPECIALS: Readonly<Record<string, SpecialHandler>> = {};

export function interpretBlock(
  here: Here,
  contextId: ContextId,
  statements: readonly Statement[],
  specials: Readonly<Record<string, SpecialHandler>> = NO_SPECIALS,
): Settings {
  const settings = new Settings(statements.length);
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
    // Keyed by the schema's own string: one string object, so comparing keys compares no characters.
    const previous = settings.locationOf(spec.keyword);
    if (previous) {
      here.diagnostics.report('TN202', at(here, statement.keyword.range), `'${keyword}' is already set in this block.`, {
        related: [{ uri: previous.uri, range: previous.range, message: 'first set here' }],
      });
      continue;
    }
    if (statement.assignment) {
      wrongForm(here, statement.keyword, `'${keyword} VALUE' without '='`);
      continue;
    }
    const value = settingValue(here, spec, statement);
    if (value !== undefined) settings.set(spec.keyword, value, statement, here.uri);
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
      return propertyValue(where, spec, source.args, source);
    case 'section': {
      if (source.args.length > 0) return wrongForm(where, source.args[0]!, `'{' after '${spec.keyword}'`);
      const settings = interpretBlock(here, spec.context, source.block?.statements ?? []);
      return resolveSettings(here, spec.context, settings, lazyAt(here, source));
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
  const choice = source.args[0];
  if (!choice) {
    where.diagnostics.report('TN304', at(where, source.range), `'${spec.keyword}' needs one of: ${Object.keys(spec.options).join(', ')}.`, {
      data: { expected: Object.keys(spec.options) },
    });
    return undefined;
  }
  if (source.args.length > 1) return wrongForm(where, source.args[1]!, `'{' or the end of the line after '${spec.keyword} ${describeChoice(choice)}'`);
  // `vegas(profile prop324)`: the call form of `vegas { profile prop324 }`, for places a block cannot go (sweep items).
  const called = choice.kind === 'call' ? choice : undefined;
  const name = enumOf(where, called ? called.callee : choice, spec.options, spec.keyword);
  if (name === undefined) return undefined;
  const option = spec.options[name]!;
  if (option.deprecated) deprecated(where, option, choice.range, name);
  if (called && source.block) return wrongForm(where, { kind: 'block', range: source.block.open }, `either '${name}(…)' or '${name} { … }', not both`);
  const statements = called ? settingStatements(where, called) : source.block?.statements;
  if (statements === undefined) return optionObject(option);
  if (!option.context) {
    return statements.length === 0 && called ? optionObject(option) : wrongForm(where, called ?? { kind: 'block', range: source.block!.open }, `no settings: '${name}' has none`);
  }
  const settings = interpretBlock(here, option.context, statements);
  return { type: option.type, ...resolveSettings(here, option.context, settings, lazyAt(here, source), undefined, option.presets) };
}

/** The arguments of `vegas(profile prop324, cwnd-min 31)` as the statements of a block. */
function settingStatements(here: Here, call: Call): Statement[] {
  const statements: Statement[] = [];
  for (const argument of call.args) {
    const keyword = argument.values[0];
    if (keyword?.kind !== 'identifier') {
      wrongForm(here, keyword ?? argument, 'a setting name, then its value');
      continue;
    }
    statements.push({ kind: 'statement', keyword, args: argument.values.slice(1), range: argument.range, recovered: false });
  }
  return statements;
}

function describeChoice(choice: Expression): string {
  return choice.kind === 'identifier' ? choice.name : '…';
}

const optionObjects = new WeakMap<MechanismOption, Json>();

/** An option with no settings given: its type with its defaults, computed once and shared read-only. */
function optionObject(option: MechanismOption): Json {
  let value = optionObjects.get(option);
  if (value === undefined) {
    value = option.context ? { type: option.type, ...resolveSettings(undefined, option.context, undefined, undefined, undefined, option.presets) } : { type: option.type };
    optionObjects.set(option, value);
  }
  return value;
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
      return resolveSettings(undefined, spec.context, undefined, undefined);
    case 'mechanism':
      return optionObject(spec.options[spec.default]!);
  }
}

interface ContextSettings {
  readonly specs: readonly (PropertySpec | MechanismSpec | SectionSpec)[];
  /** The property whose value selects presets, if the context has one. */
  readonly presetSpec: PropertySpec | undefined;
  /** Settings without a default, which some layer must set. */
  readonly required: readonly (PropertySpec | MechanismSpec | SectionSpec)[];
  /** Every setting at its default (or preset) in schema order, by option presets and preset name. */
  readonly templates: Map<Readonly<Record<string, Json>> | undefined, Map<string | undefined, Record<string, Json>>>;
}

const contextSettings = new Map<ContextId, ContextSettings>();

function settingsOfContext(contextId: ContextId): ContextSettings {
  let found = contextSettings.get(contextId);
  if (!found) {
    const specs = context(contextId).statements.filter((spec): spec is PropertySpec | MechanismSpec | SectionSpec => spec.form !== 'special');
    found = {
      specs,
      presetSpec: specs.find((spec): spec is PropertySpec => spec.form === 'property' && spec.presets !== undefined),
      required: specs.filter((spec) => defaultOf(spec) === undefined),
      templates: new Map(),
    };
    contextSettings.set(contextId, found);
  }
  return found;
}

/**
 * The resolved settings of a context when no layer sets anything: option presets, else the
 * named preset, else the schema default. Required settings hold `undefined`, so that every
 * resolved object has its keys in schema order whichever layer sets them.
 */
function templateOf(settings: ContextSettings, optionPresets: Readonly<Record<string, Json>> | undefined, presetName: string | undefined): Record<string, Json> {
  let byPreset = settings.templates.get(optionPresets);
  if (!byPreset) settings.templates.set(optionPresets, (byPreset = new Map()));
  let template = byPreset.get(presetName);
  if (!template) {
    const presets = presetName === undefined ? undefined : settings.presetSpec?.presets?.[presetName];
    template = {};
    for (const spec of settings.specs) {
      const keyword = spec.keyword;
      const value =
        optionPresets && Object.hasOwn(optionPresets, keyword) ? optionPresets[keyword] : presets && Object.hasOwn(presets, keyword) ? presets[keyword] : defaultOf(spec);
      template[camelCase(keyword)] = value as Json;
    }
    byPreset.set(presetName, template);
  }
  return template;
}

/**
 * Every property of a context with its value: from `own` settings, else the `inherited` ones
 * (`defaults relay` under a relay group), else the mechanism option's presets, else the preset
 * selected by the context's preset property, else the schema default. Keys in camelCase, in
 * schema order (after the `kind`'s leading keys, if given). A required setting that no layer
 * sets is reported at `where`.
 */
export function resolveSettings(
  here: Here | undefined,
  contextId: ContextId,
  own: Settings | undefined,
  where: Location | undefined,
  inherited?: Settings,
  optionPresets?: Readonly<Record<string, Json>>,
  kind?: ModelKind,
): Record<string, Json> {
  const settings = settingsOfContext(contextId);
  const presetSpec = settings.presetSpec;
  const presetName =
    presetSpec && ((explicitValue(own, inherited, presetSpec.keyword) ?? optionPresets?.[presetSpec.keyword] ?? presetSpec.default) as string);
  const template = templateOf(settings, optionPresets, presetName);
  const out = kind ? kind.copy(leadingTemplateOf(template, kind)) : { ...template };
  inherited?.forEach(assignSetting, out);
  own?.forEach(assignSetting, out);
  for (const spec of settings.required) {
    const key = camelCase(spec.keyword);
    if (out[key] !== undefined) continue;
    delete out[key];
    if (here && where) {
      here.diagnostics.report('TN410', where, `'${spec.keyword}' is required here: ${spec.summary}`, { data: { missing: spec.keyword } });
    }
  }
  return out;
}

/** Writes a setting into the object `forEach` is given: no closure per call. */
function assignSetting(this: Record<string, Json>, value: Json, keyword: string): void {
  this[camelCase(keyword)] = value;
}

/**
 * A kind of group model, one constant per kind: the keys its caller writes before the settings
 * (`name`, `count`…), which the resolved object starts with, holding `undefined` until the caller
 * sets them (one copy instead of a second one behind them); and a copy of the template written
 * in the kind's own function. A `{ ...template }` that sees every context's shape goes
 * megamorphic and adds the properties one by one, regrowing the object's property store
 * (≈ 520 instead of ≈ 170 bytes for a relay group); one that sees one shape copies it whole.
 */
export interface ModelKind {
  readonly leading: readonly string[];
  readonly copy: (template: Record<string, Json>) => Record<string, Json>;
}

const leadingTemplates = new WeakMap<Record<string, Json>, Map<ModelKind, Record<string, Json>>>();

function leadingTemplateOf(template: Record<string, Json>, kind: ModelKind): Record<string, Json> {
  let byKind = leadingTemplates.get(template);
  if (!byKind) leadingTemplates.set(template, (byKind = new Map()));
  let found = byKind.get(kind);
  if (!found) {
    found = {};
    for (const key of kind.leading) found[key] = undefined as unknown as Json;
    byKind.set(kind, Object.assign(found, template));
  }
  return found;
}

/** The value `own`, else `inherited`, gives `keyword`. */
function explicitValue(own: Settings | undefined, inherited: Settings | undefined, keyword: string): Json | undefined {
  return own?.has(keyword) ? own.valueOf(keyword) : inherited?.valueOf(keyword);
}
