// One analysis of one document version: the grammar's check result, the text it was made
// from, a line index for LSP positions, and the files it read (its dependencies).

import { checkDocument, LineIndex, type CheckResult } from '../../grammar';
import { WorkspaceFileSystem, type OpenTexts } from './workspace-file-system';

export interface Analysis {
  readonly uri: string;
  readonly version: number;
  readonly text: string;
  readonly lines: LineIndex;
  readonly check: CheckResult;
  /** URIs of every file the analysis read through includes. */
  readonly dependencies: ReadonlySet<string>;
}

export function analyse(uri: string, version: number, text: string, roots: readonly string[], open: OpenTexts): Analysis {
  const fileSystem = new WorkspaceFileSystem(roots.length > 0 ? roots : [directoryOf(uri)], open);
  const check = checkDocument(uri, text, { fileSystem });
  return { uri, version, text, lines: new LineIndex(text), check, dependencies: fileSystem.reads };
}

/** Without workspace folders, a document may include files beside it and below. */
function directoryOf(uri: string): string {
  return uri.slice(0, uri.lastIndexOf('/') + 1);
}
