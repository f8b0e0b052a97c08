// Go to definition, find references, document highlight and rename: all answered from the
// symbol table of the analysis, which spans the document and every file it includes.

import { DocumentHighlightKind, ResponseError, ErrorCodes, type DocumentHighlight, type Location, type Position, type Range, type WorkspaceEdit } from 'vscode-languageserver';
import type { Declaration } from '../../grammar';
import type { Analysis } from '../documents/analysis';
import { toRange } from '../convert';
import { declarationAt } from '../syntax/declarations';
import { pathAt } from '../syntax/nodes';

const NAME = /^[A-Za-z_](?:[A-Za-z0-9_]|-(?!>))*$/;

function at(analysis: Analysis, position: Position): Declaration | undefined {
  return declarationAt(analysis, analysis.uri, analysis.lines.offsetAt(position));
}

function occurrences(declaration: Declaration, includeDeclaration: boolean): Location[] {
  const references = declaration.references.map((reference) => ({ uri: reference.uri, range: toRange(reference.range) }));
  return includeDeclaration ? [{ uri: declaration.uri, range: toRange(declaration.range) }, ...references] : references;
}

export function definition(analysis: Analysis, position: Position): Location | null {
  const declaration = at(analysis, position);
  return declaration ? { uri: declaration.uri, range: toRange(declaration.range) } : null;
}

export function references(analysis: Analysis, position: Position, includeDeclaration: boolean): Location[] {
  const declaration = at(analysis, position);
  return declaration ? occurrences(declaration, includeDeclaration) : [];
}

export function documentHighlights(analysis: Analysis, position: Position): DocumentHighlight[] {
  const declaration = at(analysis, position);
  if (!declaration) return [];
  return occurrences(declaration, true)
    .filter((location) => location.uri === analysis.uri)
    .map((location, index) => ({
      range: location.range,
      kind: index === 0 && declaration.uri === analysis.uri ? DocumentHighlightKind.Write : DocumentHighlightKind.Read,
    }));
}

/** The name under the cursor, if it can be renamed; keywords and values of the language cannot. */
export function prepareRename(analysis: Analysis, position: Position): { range: Range; placeholder: string } {
  const offset = analysis.lines.offsetAt(position);
  const declaration = declarationAt(analysis, analysis.uri, offset);
  if (!declaration) {
    const node = pathAt(analysis.check.syntax.file, offset).at(-1);
    const word = node?.kind === 'identifier' ? `'${node.name}'` : 'this';
    throw new ResponseError(ErrorCodes.InvalidRequest, `${word} is not a declared name; only names of relays, clients, servers, loss models, constants, locations, attacks, experiments and variants can be renamed.`);
  }
  const occurrence = occurrences(declaration, true).find(
    (location) => location.uri === analysis.uri && comparePositions(location.range.start, position) <= 0 && comparePositions(position, location.range.end) <= 0,
  )!;
  return { range: occurrence.range, placeholder: declaration.name };
}

export function rename(analysis: Analysis, position: Position, newName: string): WorkspaceEdit | null {
  const declaration = at(analysis, position);
  if (!declaration) return null;
  if (!NAME.test(newName)) throw new ResponseError(ErrorCodes.InvalidParams, `'${newName}' is not a valid name: letters, digits, '_' and '-' (not first).`);
  const changes: Record<string, { range: Range; newText: string }[]> = {};
  for (const location of occurrences(declaration, true)) (changes[location.uri] ??= []).push({ range: location.range, newText: newName });
  return { changes };
}

function comparePositions(a: Position, b: Position): number {
  return a.line === b.line ? a.character - b.character : a.line - b.line;
}
