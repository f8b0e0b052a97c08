// Completion that knows where the cursor is: the keywords valid in the enclosing block (with
// their documentation and snippets for blocks), units of the expected kind after a number,
// values of the setting being written (enum values, mechanism options, declared names,
// functions), parameter names inside a call, and each segment of a setting path in a variant
// or sweep (holders, group names, settings from the schema) followed by that setting's values.

import {
  CompletionItemKind,
  CompletionItemTag,
  InsertTextFormat,
  MarkupKind,
  type CompletionItem,
  type Position,
  type Range,
} from 'vscode-languageserver';
import { context as contextSpec, FUNCTIONS } from '../../grammar';
import type { FunctionSpec, StatementSpec, SymbolKind, ValueSpec } from '../../grammar/schema';
import type { Dimension } from '../../grammar/semantic/units';
import type { Analysis } from '../documents/analysis';
import { describeFunction, describeStatement, dimensionOf, signatureOf, unitsOf, valueLabel } from '../schema/describe';
import { snippetOf } from '../schema/snippets';
import { combinationName } from '../../grammar/semantic/experiments';
import { segmentChoices, type SettingSpec } from '../../grammar/semantic/setting-paths';
import { completionSite, type CompletionSite, type EnclosingCall } from '../syntax/completion-site';

export function completion(analysis: Analysis, position: Position): CompletionItem[] {
  const offset = analysis.lines.offsetAt(position);
  const site = completionSite(analysis.check.syntax.file, analysis.text, offset);
  const start = analysis.lines.position(site.replace.start);
  const range: Range = { start: { line: start.line, character: start.character }, end: position };
  const items = itemsFor(analysis, site);
  return items.map((item, index) => ({ ...item, sortText: String(index).padStart(4, '0'), textEdit: { range, newText: item.insertText ?? item.label } }));
}

function itemsFor(analysis: Analysis, site: CompletionSite): CompletionItem[] {
  switch (site.kind) {
    case 'path':
      return pathItems(analysis, site.written);
    case 'keyword':
      return site.context === undefined ? [] : keywordItems(site.context, site.siblings);
    case 'unit': {
      const dimension = site.call ? parameterDimension(site.call, site.spec) : site.spec && expectedDimension(site.spec);
      return dimension === undefined ? [] : unitsOf(dimension).map((unit) => ({ label: unit, kind: CompletionItemKind.Unit, detail: dimension }));
    }
    case 'value':
      return valueItems(analysis, site);
  }
}

function keywordItems(contextId: string, siblings: readonly string[]): CompletionItem[] {
  const written = new Set(siblings);
  return contextSpec(contextId)
    .statements.filter((spec) => spec.form === 'special' || !written.has(spec.keyword))
    .map((spec): CompletionItem => {
      const snippet = spec.form === 'special' ? snippetOf(spec.syntax) : spec.form === 'section' ? `${spec.keyword} {\n\t$0\n}` : undefined;
      return { ...settingItem(spec), ...(snippet ? { insertText: snippet, insertTextFormat: InsertTextFormat.Snippet } : {}) };
    });
}

function settingItem(spec: StatementSpec): CompletionItem {
  return {
    label: spec.keyword,
    kind: spec.form === 'property' ? CompletionItemKind.Property : spec.form === 'special' ? CompletionItemKind.Keyword : CompletionItemKind.Module,
    detail: valueLabel(spec),
    documentation: { kind: MarkupKind.Markdown, value: describeStatement(spec) },
    ...(spec.deprecated ? { tags: [CompletionItemTag.Deprecated] } : {}),
  };
}

/** The next segment of a setting path, after the segments `written`. */
function pathItems(analysis: Analysis, written: readonly string[]): CompletionItem[] {
  const choices = segmentChoices(written);
  const settings = (specs: readonly SettingSpec[]) => specs.map(settingItem);
  switch (choices.kind) {
    case 'first':
      return [
        ...choices.heads.map((head) => ({ label: head, kind: CompletionItemKind.Module, detail: HEAD_DETAILS[head] })),
        ...settings(choices.shortNames).map((item) => ({ ...item, detail: `${item.detail} (short name)` })),
      ];
    case 'words':
      return choices.words.map((label) => ({ label, kind: CompletionItemKind.EnumMember, detail: `defaults ${label}` }));
    case 'member':
      return [
        { label: '*', kind: CompletionItemKind.Operator, detail: `every ${MEMBER_NOUNS[choices.memberKind]}` },
        ...analysis.check.declarations
          .filter((declaration) => declaration.kind === choices.memberKind)
          .map((declaration) => ({ label: declaration.name, kind: CompletionItemKind.Reference, detail: declaration.kind })),
      ];
    case 'settings':
      return settings(choices.settings);
    case 'none':
      return [];
  }
}

const MEMBER_NOUNS = { relays: 'relay group', clients: 'client group', servers: 'server group', location: 'location', attack: 'attack' } as const;

/** What each first segment of a long setting path holds. */
const HEAD_DETAILS: Readonly<Record<string, string>> = {
  scenario: 'scenario.SETTING: run settings',
  internet: 'internet.SETTING: the Internet model',
  defaults: 'defaults.relay|client.SETTING: what every group starts from',
  relays: 'relays.NAME|*.SETTING: a relay group, or every one',
  clients: 'clients.NAME|*.SETTING: a client group, or every one',
  servers: 'servers.NAME|*.SETTING: a server group, or every one',
  locations: 'locations.NAME|*.SETTING: a location, or every one',
  attacks: 'attacks.NAME|*.SETTING: an attack, or every one',
};

function expectedDimension(spec: StatementSpec): Dimension | undefined {
  if (spec.form === 'property') return dimensionOf(spec.value);
  if (spec.keyword === 'latency') return 'time';
  return undefined;
}

function parameterDimension(call: EnclosingCall, spec: StatementSpec | undefined): Dimension | undefined {
  const fn = FUNCTIONS.find((candidate) => candidate.name === call.name);
  if (!fn) return undefined;
  const named = fn.params.find((param) => call.words.includes(param.name));
  const param = named ?? fn.params.filter((candidate) => candidate.positional)[call.argument];
  if (!param) return undefined;
  if (param.dimension === 'value') return spec && expectedDimension(spec);
  return param.dimension === 'none' ? undefined : param.dimension;
}

function valueItems(analysis: Analysis, site: Extract<CompletionSite, { kind: 'value' }>): CompletionItem[] {
  const names = (kind: SymbolKind): CompletionItem[] =>
    analysis.check.declarations
      .filter((declaration) => declaration.kind === kind && (kind !== 'variant' || declaration.container === site.container))
      .map((declaration) => ({ label: declaration.name, kind: CompletionItemKind.Reference, detail: kind }));
  if (site.call) return callItems(site.call, site.spec, names);
  const spec = site.spec;
  const position = site.tokens.length; // 1: first value after the keyword
  if (!spec) return [];
  switch (spec.form) {
    case 'mechanism':
      return position === 1
        ? Object.entries(spec.options).map(([name, option]) => ({
            label: name,
            kind: CompletionItemKind.EnumMember,
            detail: option.type === name ? spec.keyword : `${spec.keyword} (${option.type})`,
            documentation: { kind: MarkupKind.Markdown, value: `${option.summary}\n\n*Source:* ${option.source}` },
            ...(option.deprecated ? { tags: [CompletionItemTag.Deprecated] } : {}),
          }))
        : [];
    case 'property':
      return valuesOf(spec.value, names);
    case 'section':
      return [];
    case 'special':
      return specialItems(spec.keyword, position, site, names);
  }
}

function valuesOf(value: ValueSpec, names: (kind: SymbolKind) => CompletionItem[]): CompletionItem[] {
  const none: CompletionItem[] = 'optional' in value && value.optional ? [{ label: 'none', kind: CompletionItemKind.Keyword }] : [];
  switch (value.kind) {
    case 'enum':
      return Object.entries(value.values).map(([label, summary]) => ({ label, kind: CompletionItemKind.EnumMember, detail: summary }));
    case 'boolean':
      return ['on', 'off'].map((label) => ({ label, kind: CompletionItemKind.Keyword }));
    case 'reference':
      return [...names(value.to), ...(value.distribution ? functionItems('distribution').filter((item) => item.label === 'choice') : []), ...none];
    case 'loss-model':
      return [...names('loss-model'), ...functionItems('loss'), { label: 'none', kind: CompletionItemKind.Keyword }];
    case 'quantity':
      return [...(value.distribution ? functionItems('distribution') : []), ...names('const'), ...none];
    case 'metrics':
      return functionItems('metric');
    case 'access':
      return [...['up', 'down'].map((label) => ({ label, kind: CompletionItemKind.Keyword })), ...none];
    case 'string':
    case 'seeds':
      return [];
  }
}

function specialItems(keyword: string, position: number, site: Extract<CompletionSite, { kind: 'value' }>, names: (kind: SymbolKind) => CompletionItem[]): CompletionItem[] {
  const afterEquals = site.tokens.some((token) => token.text === '=');
  switch (keyword) {
    case 'defaults':
      return position === 1 ? ['relay', 'client'].map((label) => ({ label, kind: CompletionItemKind.EnumMember })) : [];
    case 'baseline':
      return position === 1 ? [...names('variant'), ...combinationItems(site.sweeps ?? [])] : [];
    case 'latency':
    case 'link':
      return position === 1 || position === 3 ? names('location') : [];
    case 'loss':
      return afterEquals ? [...names('loss-model'), ...functionItems('loss')] : [];
    case 'attack':
      return position === 2 ? [{ label: 'socket-exhaustion', kind: CompletionItemKind.EnumMember }] : [];
    case 'chart':
      return position === 1 ? ['cdf', 'timeseries', 'box'].map((label) => ({ label, kind: CompletionItemKind.EnumMember })) : functionItems('metric');
    default:
      return afterEquals ? names('const') : [];
  }
}

/** The variants the sweeps of an experiment make (each a list of item labels), up to a readable number. */
function combinationItems(sweeps: readonly (readonly string[])[]): CompletionItem[] {
  const MAX = 200;
  let combinations: string[][] = sweeps.length === 0 ? [] : [[]];
  for (const labels of sweeps) combinations = combinations.flatMap((combination) => labels.map((label) => [...combination, label])).slice(0, MAX);
  return combinations.map((combination) => ({ label: combinationName(combination), kind: CompletionItemKind.Reference, detail: 'sweep combination' }));
}

function callItems(call: EnclosingCall, spec: StatementSpec | undefined, names: (kind: SymbolKind) => CompletionItem[]): CompletionItem[] {
  const option = spec?.form === 'mechanism' && Object.hasOwn(spec.options, call.name) ? spec.options[call.name] : undefined;
  if (option) return optionCallItems(option.context, call, names);
  const fn = FUNCTIONS.find((candidate) => candidate.name === call.name);
  if (!fn) return [];
  if (fn.category === 'metric') return fn.groups?.includes('relays') ? [...names('clients'), ...names('relays')] : names('clients');
  if (fn.name === 'choice' && spec?.form === 'property' && spec.value.kind === 'reference') return names(spec.value.to);
  const written = call.words.length > 1 ? [] : fn.params.filter((param) => !param.positional || call.words.length === 0);
  return written.map((param) => ({
    label: param.name,
    kind: CompletionItemKind.Field,
    detail: `${fn.name} parameter`,
    documentation: { kind: MarkupKind.Markdown, value: param.summary },
  }));
}

/** The call form of a mechanism option, `vegas(profile prop324, cwnd-init 200)`: its settings, then the chosen setting's values. */
function optionCallItems(contextId: string | undefined, call: EnclosingCall, names: (kind: SymbolKind) => CompletionItem[]): CompletionItem[] {
  if (contextId === undefined) return [];
  const [setting, ...values] = call.words;
  if (setting === undefined || (call.typing && values.length === 0)) return contextSpec(contextId).statements.map(settingItem);
  const spec = contextSpec(contextId).statements.find((candidate) => candidate.keyword === setting);
  const valueWords = call.typing ? values.slice(0, -1) : values;
  return valueWords.length === 0 && spec?.form === 'property' ? valuesOf(spec.value, names) : [];
}

function functionItems(category: FunctionSpec['category']): CompletionItem[] {
  return FUNCTIONS.filter((fn) => fn.category === category).map((fn) => ({
    label: fn.name,
    kind: CompletionItemKind.Function,
    detail: signatureOf(fn),
    documentation: { kind: MarkupKind.Markdown, value: describeFunction(fn) },
    insertText: `${fn.name}($1)`,
    insertTextFormat: InsertTextFormat.Snippet,
  }));
}
