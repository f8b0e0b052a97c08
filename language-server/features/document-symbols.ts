// The outline and breadcrumbs: every statement, nested as written. A declaring statement
// is named by what it declares (`guard`), any other by its keyword (`duration`).

import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import type { Statement } from '../../grammar';
import type { Analysis } from '../documents/analysis';
import { toRange } from '../convert';

/** Statement keywords that declare a name in their first argument, and the symbol kind shown. */
const DECLARING: Readonly<Record<string, SymbolKind>> = {
  const: SymbolKind.Constant,
  loss: SymbolKind.Function,
  relays: SymbolKind.Class,
  relay: SymbolKind.Class,
  servers: SymbolKind.Class,
  clients: SymbolKind.Class,
  attack: SymbolKind.Event,
  experiment: SymbolKind.Module,
  variant: SymbolKind.EnumMember,
  location: SymbolKind.Object,
};

const LONGEST_DETAIL = 60;

export function documentSymbols(analysis: Analysis): DocumentSymbol[] {
  return analysis.check.syntax.file.statements.map((statement) => symbolOf(analysis.text, statement));
}

function symbolOf(text: string, statement: Statement): DocumentSymbol {
  const first = statement.args[0];
  const declared = DECLARING[statement.keyword.name] !== undefined && first?.kind === 'identifier' ? first : undefined;
  const nameNode = declared ?? statement.keyword;
  const detailStart = (declared ?? statement.keyword).range.end.offset;
  const detailEnd = statement.block?.range.start.offset ?? statement.range.end.offset;
  const rest = text.slice(detailStart, detailEnd).replace(/\s+/g, ' ').trim();
  const detail = declared ? `${statement.keyword.name} ${rest}`.trim() : rest;
  return {
    name: nameNode.name || '(unnamed)',
    detail: detail.length > LONGEST_DETAIL ? `${detail.slice(0, LONGEST_DETAIL - 1)}…` : detail,
    kind: DECLARING[statement.keyword.name] ?? (statement.block ? SymbolKind.Namespace : SymbolKind.Property),
    range: toRange(statement.range),
    selectionRange: toRange(nameNode.range),
    children: statement.block?.statements.map((inner) => symbolOf(text, inner)) ?? [],
  };
}
