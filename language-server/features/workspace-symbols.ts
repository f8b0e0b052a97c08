// Workspace symbols: every declaration of the open documents and the files they include,
// matched by a case-insensitive substring of the query.

import { SymbolKind, type SymbolInformation } from 'vscode-languageserver';
import type { SymbolKind as DeclarationKind } from '../../grammar/schema';
import type { Analysis } from '../documents/analysis';
import { toRange } from '../convert';

const KINDS: Record<DeclarationKind, SymbolKind> = {
  const: SymbolKind.Constant,
  'loss-model': SymbolKind.Function,
  location: SymbolKind.Object,
  relays: SymbolKind.Class,
  servers: SymbolKind.Class,
  clients: SymbolKind.Class,
  attack: SymbolKind.Event,
  experiment: SymbolKind.Module,
  variant: SymbolKind.EnumMember,
};

export function workspaceSymbols(analyses: readonly Analysis[], query: string): SymbolInformation[] {
  const wanted = query.toLowerCase();
  const seen = new Set<string>();
  const out: SymbolInformation[] = [];
  for (const analysis of analyses) {
    for (const declaration of analysis.check.declarations) {
      const key = `${declaration.uri}#${declaration.range.start.offset}`;
      if (seen.has(key) || !declaration.name.toLowerCase().includes(wanted)) continue;
      seen.add(key);
      out.push({
        name: declaration.name,
        kind: KINDS[declaration.kind],
        location: { uri: declaration.uri, range: toRange(declaration.range) },
        ...(declaration.container ? { containerName: declaration.container } : {}),
      });
    }
  }
  return out;
}
