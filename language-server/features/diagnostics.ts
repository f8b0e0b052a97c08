// The diagnostics published for a document: the grammar's diagnostics that lie in it.
// Diagnostics inside an included file belong to that file and are shown when it is open; the
// grammar also summarises them at the include line of this document (TN415, with each one as
// related information), and the document manager re-analyses this document when that file changes.

import type { Diagnostic } from 'vscode-languageserver';
import type { Analysis } from '../documents/analysis';
import { toDiagnostic } from '../convert';

export function documentDiagnostics(analysis: Analysis): Diagnostic[] {
  return analysis.check.diagnostics.filter((diagnostic) => diagnostic.uri === analysis.uri).map(toDiagnostic);
}
