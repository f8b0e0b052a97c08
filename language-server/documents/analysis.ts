// One analysis of one document version: the grammar's check result, the text it was made
// from, a line index for LSP positions, and the files it read (its dependencies).

import { checkDocument, type CheckResult, type LineIndex } from '../../grammar';
import type { ParseCache } from './parse-cache';
import { WorkspaceFileSystem, type OpenTexts } from './workspace-file-system';

export interface Analysis {
  readonly uri: string;
  readonly version: number;
  readonly text: string;
  readonly lines: LineIndex;
  readonly check: CheckResult;
  /** Every file the analysis read through includes, with the text it read. */
  readonly dependencies: ReadonlyMap<string, string | undefined>;
}

/** The text of the analysed document or of a file it included. */
export function sourceText(analysis: Analysis, uri: string): string | undefined {
  return uri === analysis.uri ? analysis.text : analysis.dependencies.get(uri);
}

export function analyse(uri: string, version: number, text: string, roots: readonly string[], open: OpenTexts, included: ParseCache): Analysis {
  const fileSystem = new WorkspaceFileSystem(roots.length > 0 ? roots : [directoryOf(uri)], open);
  const check = checkDocument(uri, text, { fileSystem, parseIncluded: included.parse });
  return { uri, version, text, lines: check.syntax.lines, check, dependencies: fileSystem.reads };
}

/** Without workspace folders, a document may include files beside it and below. */
function directoryOf(uri: string): string {
  return uri.slice(0, uri.lastIndexOf('/') + 1);
}
