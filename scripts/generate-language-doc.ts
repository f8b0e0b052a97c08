// Generates docs/language.md from the language schema (grammar/schema/) and the diagnostic
// code registry. `npm run docs:language` rewrites the file; a test checks it is up to date.

import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { CONTEXTS, FUNCTIONS } from '../grammar/schema';
import type { Json, PropertySpec, StatementSpec, ValueSpec } from '../grammar/schema/types';
import { DIAGNOSTIC_CODES } from '../grammar/semantic/codes';
import { DIMENSIONS, formatQuantity, UNITS, unitsOf, type Dimension } from '../grammar/semantic/units';

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function dimensionOf(value: ValueSpec): Dimension | undefined {
  return value.kind === 'quantity' && value.dimension !== 'none' ? value.dimension : undefined;
}

function describeValue(value: ValueSpec): string {
  switch (value.kind) {
    case 'quantity': {
      const base = value.dimension === 'none' ? (value.integer ? 'count' : 'number') : `${DIMENSIONS[value.dimension].noun.replace(/^an? /, '')} (${unitsOf(value.dimension).join(', ')})`;
      return `${base}${value.distribution ? ' or distribution' : ''}${value.optional ? ' or `none`' : ''}`;
    }
    case 'boolean':
      return 'on / off';
    case 'enum':
      return `${value.list ? 'any of' : 'one of'}: ${Object.keys(value.values).map((name) => `\`${name}\``).join(', ')}`;
    case 'reference':
      return `name of a ${value.to}${value.distribution ? ' or `choice(…)` of them' : ''}${value.optional ? ' or `none`' : ''}`;
    case 'string':
      return 'string';
    case 'loss-model':
      return 'loss model';
    case 'access':
      return 'rate, or `up RATE down RATE`';
    case 'seeds':
      return 'count or list of seeds';
    case 'metrics':
      return 'metrics';
  }
}

function formatJson(value: Json | undefined, dimension: Dimension | undefined): string {
  if (value === undefined) return '**required**';
  if (value === null) return '`none`';
  if (typeof value === 'number') return `\`${formatQuantity(value, dimension)}\``;
  if (typeof value === 'boolean') return value ? '`on`' : '`off`';
  if (typeof value === 'string') return `\`${value}\``;
  if (Array.isArray(value)) return value.length === 0 ? 'none' : `\`${value.map((item) => String(item)).join(', ')}\``;
  const object = value as Record<string, Json>;
  if (object.type === 'constant') return formatJson(object.value, dimension);
  if (object.type === 'uniform') return `\`uniform(${formatQuantity(object.min as number, dimension)}, ${formatQuantity(object.max as number, dimension)})\``;
  if ('up' in object) return `\`${formatQuantity(object.up as number, 'rate')}\` both ways`;
  if (object.type === 'none') return '`none`';
  return `\`${JSON.stringify(value)}\``;
}

function rangeOf(value: ValueSpec): string {
  if (value.kind !== 'quantity' || !value.bounds) return '';
  const dimension = dimensionOf(value);
  const { min, max, minExclusive, maxExclusive } = value.bounds;
  const parts: string[] = [];
  if (min !== undefined) parts.push(`${minExclusive ? '>' : '≥'} ${formatQuantity(min, dimension)}`);
  if (max !== undefined) parts.push(`${maxExclusive ? '<' : '≤'} ${formatQuantity(max, dimension)}`);
  return parts.join(', ');
}

function sourceText(spec: { source: string; defaultNote?: string; deprecated?: { reason: string; replacement?: string } }): string {
  const notes = [spec.source];
  if (spec.defaultNote) notes.push(`Default: ${spec.defaultNote}`);
  if (spec.deprecated) notes.push(`**Deprecated**: ${spec.deprecated.reason}${spec.deprecated.replacement ? ` Use \`${spec.deprecated.replacement}\`.` : ''}`);
  return notes.join(' ');
}

function statementRow(spec: StatementSpec): string {
  switch (spec.form) {
    case 'property': {
      const property = spec as PropertySpec;
      const presets = property.presets ? ` Presets: ${Object.keys(property.presets).map((name) => `\`${name}\``).join(', ')}.` : '';
      return `| \`${spec.keyword}\` | ${cell(describeValue(property.value))} | ${formatJson(property.default, dimensionOf(property.value))} | ${rangeOf(property.value)} | ${cell(property.summary + presets)} | ${cell(sourceText(property))} |`;
    }
    case 'mechanism': {
      const options = Object.entries(spec.options)
        .map(([name, option]) => `\`${name}\`${option.context ? ` { ${option.context} }` : ''}${option.deprecated ? ' (deprecated)' : ''}`)
        .join(', ');
      return `| \`${spec.keyword}\` | mechanism: ${options} | \`${spec.default}\` | | ${cell(spec.summary)} | ${cell(sourceText(spec))} |`;
    }
    case 'section':
      return `| \`${spec.keyword}\` | block { ${spec.context} } | | | ${cell(spec.summary)} | ${cell(sourceText(spec))} |`;
    case 'special':
      return `| \`${spec.keyword}\` | \`${cell(spec.syntax)}\` | | | ${cell(spec.summary)} | ${cell(sourceText(spec))} |`;
  }
}

function mechanismOptions(): string[] {
  const lines: string[] = [];
  for (const context of CONTEXTS) {
    for (const spec of context.statements) {
      if (spec.form !== 'mechanism') continue;
      lines.push(`### \`${spec.keyword}\` options`, '', '| option | settings | meaning | source |', '|---|---|---|---|');
      for (const [name, option] of Object.entries(spec.options)) {
        const presets = option.presets ? ` Presets: ${Object.entries(option.presets).map(([key, value]) => `${key} ${JSON.stringify(value)}`).join(', ')}.` : '';
        lines.push(`| \`${name}\` | ${option.context ? `{ ${option.context} }` : '—'} | ${cell(option.summary + presets)} | ${cell(sourceText(option))} |`);
      }
      lines.push('');
    }
  }
  return lines;
}

export function renderLanguageDoc(): string {
  const lines: string[] = [
    '# `.tornet` language reference',
    '',
    '<!-- Generated by `npm run docs:language` from grammar/schema/ and grammar/semantic/codes.ts. Do not edit by hand. -->',
    '',
    'Surface syntax is in [syntax.md](syntax.md). This page lists every statement valid in each block,',
    'with its value kind, default, valid range and source. Values are normalised in the model:',
    'durations to seconds, sizes to bytes, rates to bits per second, percentages to fractions.',
    'Where papers and current Tor disagree, the default follows current Tor code unless noted.',
    '',
    '## Units',
    '',
    '| unit | kind | in normalised units |',
    '|---|---|---|',
    ...Object.entries(UNITS).map(([unit, info]) => `| \`${unit}\` | ${info.dimension} | ${info.factor} ${DIMENSIONS[info.dimension].normalised} |`),
    '',
    '`cells` is the wire size of a cell with 4-byte circuit IDs (514 B). Settings that count cells (windows, Vegas thresholds) are plain counts.',
    '',
    '## Blocks',
    '',
  ];
  for (const context of CONTEXTS) {
    lines.push(`### ${context.title}`, '', context.summary, '');
    if (context.statements.length === 0) continue;
    lines.push('| keyword | value | default | range | meaning | source |', '|---|---|---|---|---|---|');
    lines.push(...context.statements.map(statementRow), '');
  }
  lines.push('## Mechanisms', '', ...mechanismOptions());
  lines.push('## Functions', '', '| function | kind | arguments | meaning | source |', '|---|---|---|---|---|');
  for (const fn of FUNCTIONS) {
    const params = fn.params.map((param) => `${param.positional ? '' : '`' + param.name + '` '}${param.positional ? '`' + param.name + '`' : ''}${param.default !== undefined ? ` (default ${param.default})` : ''}`).join(', ');
    lines.push(`| \`${fn.name}\` | ${fn.category} | ${params || '—'} | ${cell(fn.summary)} | ${cell(fn.source)} |`);
  }
  lines.push('', '## Diagnostic codes', '', '| code | severity | meaning |', '|---|---|---|');
  for (const [code, info] of Object.entries(DIAGNOSTIC_CODES)) lines.push(`| ${code} | ${info.severity} | ${cell(info.description)} |`);
  lines.push('');
  return lines.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  writeFileSync(new URL('../docs/language.md', import.meta.url), renderLanguageDoc());
  console.log('wrote docs/language.md');
}
