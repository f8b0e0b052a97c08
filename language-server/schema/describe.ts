// Markdown documentation of schema entries, shared by hover and completion: the same data
// that docs/language.md is generated from (meaning, unit, default, range, source).

import { UNITS } from '../../grammar';
import type { Bounds, FunctionSpec, Json, MechanismOption, StatementSpec, ValueSpec } from '../../grammar/schema';
import { formatQuantity, type Dimension } from '../../grammar/semantic/units';

/** One line naming the kind of value a statement takes: `duration (time)`, `flags guard|exit|…`. */
export function valueLabel(spec: StatementSpec): string {
  switch (spec.form) {
    case 'property':
      return describeValue(spec.value);
    case 'mechanism':
      return Object.keys(spec.options).join(' | ');
    case 'section':
      return '{ … }';
    case 'special':
      return spec.syntax;
  }
}

export function describeValue(value: ValueSpec): string {
  switch (value.kind) {
    case 'quantity': {
      const unit = value.dimension === 'none' ? (value.integer ? 'whole number' : 'number') : `${value.dimension}: ${unitsOf(value.dimension).join(', ')}`;
      return `${unit}${value.distribution ? ', or a distribution' : ''}${value.optional ? ', or none' : ''}`;
    }
    case 'boolean':
      return 'on | off';
    case 'enum':
      return `${Object.keys(value.values).join(' | ')}${value.list ? ' (several)' : ''}`;
    case 'reference':
      return `name of a ${value.to}${value.distribution ? ', or choice(…)' : ''}${value.optional ? ', or none' : ''}`;
    case 'string':
      return 'text in double quotes';
    case 'loss-model':
      return 'loss model: a name, none, or a loss function';
    case 'access':
      return 'rate, or up RATE down RATE';
    case 'seeds':
      return 'count, or [seed, …]';
    case 'metrics':
      return 'metrics: ttfb(GROUP), goodput, …';
  }
}

export function dimensionOf(value: ValueSpec): Dimension | undefined {
  if (value.kind === 'quantity' && value.dimension !== 'none') return value.dimension;
  if (value.kind === 'access') return 'rate';
  return undefined;
}

export function unitsOf(dimension: Dimension): string[] {
  return Object.keys(UNITS).filter((unit) => UNITS[unit]!.dimension === dimension && unit !== 'us');
}

export function formatJson(value: Json | undefined, dimension: Dimension | undefined): string {
  if (value === undefined) return 'required';
  if (value === null) return 'none';
  if (typeof value === 'number') return formatQuantity(value, dimension);
  if (typeof value === 'boolean') return value ? 'on' : 'off';
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return `[${value.map((item) => formatJson(item, dimension)).join(', ')}]`;
  if (value.type === 'constant' && typeof value.value === 'number') return formatQuantity(value.value, dimension);
  return typeof value.type === 'string' ? value.type : JSON.stringify(value);
}

function formatBounds(bounds: Bounds | undefined, dimension: Dimension | undefined): string | undefined {
  if (!bounds || (bounds.min === undefined && bounds.max === undefined)) return undefined;
  const low = bounds.min === undefined ? '' : `${bounds.minExclusive ? '>' : '≥'} ${formatQuantity(bounds.min, dimension)}`;
  const high = bounds.max === undefined ? '' : `${bounds.maxExclusive ? '<' : '≤'} ${formatQuantity(bounds.max, dimension)}`;
  return [low, high].filter(Boolean).join(' and ');
}

/** Markdown for a statement keyword. */
export function describeStatement(spec: StatementSpec): string {
  const lines = [`**${spec.keyword}** — ${spec.summary}`, ''];
  if (spec.deprecated) lines.push(`**Deprecated:** ${spec.deprecated.reason}${spec.deprecated.replacement ? ` Use \`${spec.deprecated.replacement}\`.` : ''}`, '');
  if (spec.form === 'property') {
    const dimension = dimensionOf(spec.value);
    lines.push(`- Value: ${describeValue(spec.value)}`, `- Default: ${formatJson(spec.default, dimension)}`);
    const range = spec.value.kind === 'quantity' ? formatBounds(spec.value.bounds, dimension) : undefined;
    if (range) lines.push(`- Valid: ${range}`);
  } else if (spec.form === 'mechanism') {
    lines.push(`- Default: ${spec.default}`, ...Object.entries(spec.options).map(([name, option]) => `- \`${name}\`: ${option.summary}`));
  } else if (spec.form === 'special') {
    lines.push(`\`${spec.syntax}\``);
  } else {
    lines.push(`\`${spec.keyword} { … }\``);
  }
  if (spec.defaultNote) lines.push('', spec.defaultNote);
  lines.push('', `*Source:* ${spec.source}`);
  return lines.join('\n');
}

export function describeOption(keyword: string, name: string, option: MechanismOption): string {
  const lines = [`**${keyword} ${name}** — ${option.summary}`];
  if (option.deprecated) lines.push('', `**Deprecated:** ${option.deprecated.reason}${option.deprecated.replacement ? ` Use \`${option.deprecated.replacement}\`.` : ''}`);
  lines.push('', `*Source:* ${option.source}`);
  return lines.join('\n');
}

export function signatureOf(fn: FunctionSpec): string {
  return `${fn.name}(${fn.params.map((param) => (param.positional ? param.name : `${param.name} VALUE`)).join(', ')})`;
}

export function describeFunction(fn: FunctionSpec): string {
  return [
    `\`${signatureOf(fn)}\` — ${fn.summary}`,
    '',
    ...fn.params.map((param) => `- \`${param.name}\`${param.default !== undefined ? ` (default ${param.default})` : ''}: ${param.summary}`),
    '',
    `*Source:* ${fn.source}`,
  ].join('\n');
}
