// Hover: documentation of keywords, mechanism options, enum values and functions from the
// schema; the normalised form of a quantity (`10 MiB/s` → 83.89 Mbit/s); a summary of
// what a reference points to; in a setting path (a variant line's head, `vary`'s first value),
// what the path sets, with the documentation of the segment under the cursor.

import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import { FUNCTIONS, UNITS, type Declaration, type Identifier, type NumberLiteral, type Statement } from '../../grammar';
import { sourceText, type Analysis } from '../documents/analysis';
import { toRange } from '../convert';
import { describeFunction, describeOption, describeStatement } from '../schema/describe';
import { normalisedForm } from '../schema/normalise';
import { declarationAt } from '../syntax/declarations';
import { lookupSettingPath, type Holder } from '../../grammar/semantic/setting-paths';
import { contextOf, specsOf } from '../syntax/contexts';
import { pathAt, type Node } from '../syntax/nodes';

export function hover(analysis: Analysis, position: Position): Hover | null {
  const offset = analysis.lines.offsetAt(position);
  const path = pathAt(analysis.check.syntax.file, offset);
  const node = path[path.length - 1]!;
  const parent = path[path.length - 2];
  if (node.kind === 'number' || (node.kind === 'unit' && parent?.kind === 'number')) {
    return quantityHover(node.kind === 'number' ? node : (parent as NumberLiteral));
  }
  if (node.kind !== 'identifier') return null;
  const statements = path.filter((entry): entry is Statement => entry.kind === 'statement');
  if (isSettingPath(statements, node)) return pathHover(analysis, node, offset);
  const markdown = identifierDocs(analysis, path, node, parent);
  return markdown === undefined ? null : { contents: { kind: MarkupKind.Markdown, value: markdown }, range: toRange(node.range) };
}

function declarationDocs(analysis: Analysis, declaration: Declaration): string {
  const text = sourceText(analysis, declaration.uri);
  const header = text?.slice(declaration.statementRange.start.offset, declaration.statementRange.end.offset).split(/\r?\n/)[0]?.replace(/\{.*$/, '').trim();
  const where = declaration.uri === analysis.uri ? `line ${declaration.range.start.line + 1}` : `${declaration.uri.slice(declaration.uri.lastIndexOf('/') + 1)}:${declaration.range.start.line + 1}`;
  const uses = declaration.references.length;
  return [`**${declaration.kind}** \`${declaration.name}\`${declaration.container ? ` in \`${declaration.container}\`` : ''}`, '', header ? `\`\`\`tornet\n${header}\n\`\`\`` : '', `Declared at ${where}; used ${uses} time${uses === 1 ? '' : 's'}.`]
    .filter((line, index) => index !== 2 || line !== '')
    .join('\n');
}

/** The head of a statement in a variant, or the first value of `vary`. */
function isSettingPath(statements: readonly Statement[], node: Identifier): boolean {
  const statement = statements[statements.length - 1];
  if (!statement) return false;
  const where = contextOf(statements.slice(0, -1));
  return (statement.keyword === node && where === 'variant') || (where === 'experiment' && statement.keyword.name === 'vary' && statement.args[0] === node);
}

/**
 * A setting path: a group name is a reference (its declaration is summarised); any other
 * segment says what the whole path sets, then documents the setting it names (the path's
 * target for the holder and group segments).
 */
function pathHover(analysis: Analysis, path: Identifier, offset: number): Hover | null {
  const segment = segmentAt(analysis.text, path, offset);
  const range = toRange(analysis.lines.range(segment.start, segment.end));
  const declaration = segment.index === 1 ? declarationAt(analysis, analysis.uri, offset) : undefined;
  if (declaration) return { contents: { kind: MarkupKind.Markdown, value: declarationDocs(analysis, declaration) }, range };
  const found = lookupSettingPath(path.parts);
  if (!found.ok) return null;
  const keywordIndex = path.parts.length - (found.inner === undefined ? 1 : 2);
  const documented = segment.index === keywordIndex ? found.outer : found.spec;
  const sets = found.inner === undefined ? `\`${found.keyword}\`` : `\`${found.inner}\` of \`${found.keyword}\``;
  const value = `\`${path.name}\` sets ${sets} in ${holderPhrase(found.holder, found.member)}.\n\n${describeStatement(documented)}`;
  return { contents: { kind: MarkupKind.Markdown, value }, range };
}

/** The dot-separated segment of `path` at `offset`, as offsets (the whole path if it was written with spaces). */
function segmentAt(text: string, path: Identifier, offset: number): { index: number; start: number; end: number } {
  const { start, end } = { start: path.range.start.offset, end: path.range.end.offset };
  if (text.slice(start, end) !== path.name) return { index: path.parts.length - 1, start, end };
  let segmentStart = start;
  for (const [index, part] of path.parts.entries()) {
    const segmentEnd = segmentStart + part.length;
    if (offset <= segmentEnd || index === path.parts.length - 1) return { index, start: segmentStart, end: segmentEnd };
    segmentStart = segmentEnd + 1;
  }
  return { index: 0, start, end };
}

const HOLDER_NOUNS: Readonly<Record<Holder, string>> = {
  scenario: 'the scenario',
  internet: 'the Internet model',
  'defaults.relay': 'the relay defaults',
  'defaults.client': 'the client defaults',
  relays: 'relay group',
  clients: 'client group',
  servers: 'server group',
  locations: 'location',
  attacks: 'attack',
};

function holderPhrase(holder: Holder, member: string | undefined): string {
  const noun = HOLDER_NOUNS[holder];
  if (member === undefined) return noun;
  return member === '*' ? `every ${noun}` : `${noun} \`${member}\``;
}

function quantityHover(number: NumberLiteral): Hover | null {
  const unit = number.unit && Object.hasOwn(UNITS, number.unit.text) ? UNITS[number.unit.text] : undefined;
  if (!number.unit || !unit) return null;
  const written = `${number.text} ${number.unit.text}`;
  return {
    contents: { kind: MarkupKind.Markdown, value: `\`${written}\` = **${normalisedForm(number.value * unit.factor, unit.dimension)}**` },
    range: toRange(number.range),
  };
}

function identifierDocs(analysis: Analysis, path: readonly Node[], node: Identifier, parent: Node | undefined): string | undefined {
  const statements = path.filter((entry): entry is Statement => entry.kind === 'statement');
  const statement = statements[statements.length - 1];
  const spec = specsOf(statements)[statements.length - 1];
  if (statement && statement.keyword === node) return spec ? describeStatement(spec) : undefined;
  if (parent?.kind === 'call' && parent.callee === node) {
    const fn = FUNCTIONS.find((candidate) => candidate.name === node.name);
    return fn ? describeFunction(fn) : undefined;
  }
  const declaration = declarationAt(analysis, analysis.uri, node.range.start.offset);
  if (declaration) return declarationDocs(analysis, declaration);
  if (statement && spec && statement.args.includes(node)) {
    if (spec.form === 'mechanism' && statement.args[0] === node) {
      const option = Object.hasOwn(spec.options, node.name) ? spec.options[node.name] : undefined;
      return option ? describeOption(spec.keyword, node.name, option) : undefined;
    }
    if (spec.form === 'property' && spec.value.kind === 'enum' && Object.hasOwn(spec.value.values, node.name)) {
      return `**${node.name}** (${spec.keyword}) — ${spec.value.values[node.name]}`;
    }
    if (spec.form === 'special' && spec.keyword === 'defaults') return `Defaults of every ${node.name} group.`;
  }
  return undefined;
}
