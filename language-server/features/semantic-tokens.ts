// Semantic tokens (full document). Lexical classes come from the token stream (numbers,
// units, strings, comments, operators); identifiers are classified by what the schema and
// the symbol table say they are in their context:
//
//   statement head known in its context   keyword (section, mechanism, special) or property
//   (in a variant, the setting it names)
//   a setting path (`relays.guard.x`)     property
//   mechanism option, enum value          enumMember
//   declared name                         variable (+declaration where declared, +readonly for const)
//   function name / named argument        function / parameter
//
// Units are reported as `type` (the legend has no unit type). Deprecated settings and
// options carry the `deprecated` modifier. Unknown words get no token (the TextMate
// grammar colours them).

import { SemanticTokensBuilder, type SemanticTokens } from 'vscode-languageserver';
import { FUNCTIONS, tokenize, type Expression, type Statement } from '../../grammar';
import type { ContextId } from '../../grammar/schema';
import type { Analysis } from '../documents/analysis';
import { SEMANTIC_TOKEN_MODIFIERS, SEMANTIC_TOKEN_TYPES } from '../protocol';
import { blockContext, specOf } from '../syntax/contexts';
import { forEachNode } from '../syntax/nodes';

type TokenType = (typeof SEMANTIC_TOKEN_TYPES)[number];
type TokenModifier = (typeof SEMANTIC_TOKEN_MODIFIERS)[number];

interface Classification {
  readonly type: TokenType;
  readonly modifiers: readonly TokenModifier[];
}

const LEXICAL: Readonly<Record<string, TokenType | undefined>> = {
  comment: 'comment',
  number: 'number',
  unit: 'type',
  string: 'string',
  operator: 'operator',
};

export const SEMANTIC_TOKENS_LEGEND = { tokenTypes: [...SEMANTIC_TOKEN_TYPES], tokenModifiers: [...SEMANTIC_TOKEN_MODIFIERS] };

export function semanticTokens(analysis: Analysis): SemanticTokens {
  const identifiers = classifyIdentifiers(analysis);
  const builder = new SemanticTokensBuilder();
  for (const token of tokenize(analysis.text)) {
    const classification: Classification | undefined =
      token.kind === 'identifier' ? identifiers.get(token.range.start.offset) : LEXICAL[token.kind] ? { type: LEXICAL[token.kind]!, modifiers: [] } : undefined;
    if (!classification) continue;
    const type = SEMANTIC_TOKEN_TYPES.indexOf(classification.type);
    const modifiers = classification.modifiers.reduce((bits, modifier) => bits | (1 << SEMANTIC_TOKEN_MODIFIERS.indexOf(modifier)), 0);
    // Tokens may not span lines: a block comment is reported line by line.
    const lines = token.text.split(/\r\n|\r|\n/);
    lines.forEach((line, index) => {
      if (line.length === 0) return;
      builder.push(token.range.start.line + index, index === 0 ? token.range.start.character : 0, line.length, type, modifiers);
    });
  }
  return builder.build();
}

/** Identifier classifications by start offset. */
function classifyIdentifiers(analysis: Analysis): Map<number, Classification> {
  const classes = new Map<number, Classification>();
  const set = (offset: number, type: TokenType, ...modifiers: TokenModifier[]) => classes.set(offset, { type, modifiers });
  const file = analysis.check.syntax.file;

  forEachNode(file, (node) => {
    if (node.kind === 'identifier' && node.parts.length > 1) set(node.range.start.offset, 'property');
    if (node.kind !== 'call') return;
    const fn = FUNCTIONS.find((candidate) => candidate.name === node.callee.name);
    if (!fn) return;
    set(node.callee.range.start.offset, 'function');
    for (const argument of node.args) {
      const first = argument.values[0];
      if (argument.values.length > 1 && first?.kind === 'identifier' && fn.params.some((param) => param.name === first.name)) set(first.range.start.offset, 'parameter');
    }
  });

  const walk = (statements: readonly Statement[], context: ContextId | undefined): void => {
    for (const statement of statements) {
      const spec = context === undefined ? undefined : specOf(context, statement.keyword.name);
      if (spec) {
        const deprecated: TokenModifier[] = spec.deprecated ? ['deprecated'] : [];
        const path = statement.keyword.parts.length > 1; // a setting path in a variant stays a property
        set(statement.keyword.range.start.offset, spec.form === 'property' || path ? 'property' : 'keyword', ...deprecated);
        const first = statement.args[0];
        if (spec.form === 'mechanism' && first?.kind === 'identifier' && Object.hasOwn(spec.options, first.name)) {
          set(first.range.start.offset, 'enumMember', ...(spec.options[first.name]!.deprecated ? (['deprecated'] as const) : []));
        }
        if (spec.form === 'property' && spec.value.kind === 'enum') {
          const values = spec.value.values;
          for (const identifier of identifiersIn(statement.args)) if (Object.hasOwn(values, identifier.name)) set(identifier.range.start.offset, 'enumMember');
        }
      }
      if (statement.block) walk(statement.block.statements, blockContext(context, statement));
    }
  };
  walk(file.statements, 'file');

  for (const declaration of analysis.check.declarations) {
    const readonly: TokenModifier[] = declaration.kind === 'const' ? ['readonly'] : [];
    if (declaration.uri === analysis.uri) set(declaration.range.start.offset, 'variable', 'declaration', ...readonly);
    for (const reference of declaration.references) if (reference.uri === analysis.uri) set(reference.range.start.offset, 'variable', ...readonly);
  }
  return classes;
}

function identifiersIn(expressions: readonly Expression[]) {
  const found: Extract<Expression, { kind: 'identifier' }>[] = [];
  for (const expression of expressions) forEachNode(expression, (node) => node.kind === 'identifier' && found.push(node));
  return found;
}
