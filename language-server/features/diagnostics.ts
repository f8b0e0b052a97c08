// The diagnostics published for a document: the grammar's diagnostics that lie in it.
// Diagnostics inside an included file belong to that file and are shown when it is open.

import type { Diagnostic } from 'vscode-languageserver';
import type { Analysis } from '../documents/analysis';
import { toDiagnostic } from '../convert';

export function documentDiagnostics(analysis: Analysis): Diagnostic[] {
  return analysis.check.diagnostics.filter((diagnostic) => diagnostic.uri === analysis.uri).map(toDiagnostic);
}
