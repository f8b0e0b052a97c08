// Hover: documentation of keywords, mechanism options, enum values and functions from the
// schema; the normalised form of a quantity (`10 MiB/s` → 83.89 Mbit/s); a summary of
// what a reference points to.

import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import { FUNCTIONS, UNITS, type Identifier, type NumberLiteral, type Statement } from '../../grammar';
import { sourceText, type Analysis } from '../documents/analysis';
import { toRange } from '../convert';
import { describeFunction, describeOption, describeStatement } from '../schema/describe';
import { normalisedForm } from '../schema/normalise';
import { declarationAt } from '../syntax/declarations';
import { specsOf } from '../syntax/contexts';
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
  const markdown = identifierDocs(analysis, path, node, parent);
  return markdown === undefined ? null : { contents: { kind: MarkupKind.Markdown, value: markdown }, range: toRange(node.range) };
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
  if (declaration) {
    const text = sourceText(analysis, declaration.uri);
    const header = text?.slice(declaration.statementRange.start.offset, declaration.statementRange.end.offset).split(/\r?\n/)[0]?.replace(/\{.*$/, '').trim();
    const where = declaration.uri === analysis.uri ? `line ${declaration.range.start.line + 1}` : `${declaration.uri.slice(declaration.uri.lastIndexOf('/') + 1)}:${declaration.range.start.line + 1}`;
    const uses = declaration.references.length;
    return [`**${declaration.kind}** \`${declaration.name}\`${declaration.container ? ` in \`${declaration.container}\`` : ''}`, '', header ? `\`\`\`tornet\n${header}\n\`\`\`` : '', `Declared at ${where}; used ${uses} time${uses === 1 ? '' : 's'}.`]
      .filter((line, index) => index !== 2 || line !== '')
      .join('\n');
  }
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
