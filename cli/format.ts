// Diagnostics as compilers print them: `file:line:col: error|warning CODE message`, 1-based.

import { relative } from 'node:path';
import type { Diagnostic } from '../grammar';

export function formatDiagnostic(diagnostic: Diagnostic, cwd: string): string {
  const file = relative(cwd, diagnostic.uri) || diagnostic.uri;
  const { line, character } = diagnostic.range.start;
  return `${file}:${line + 1}:${character + 1}: ${diagnostic.severity} ${diagnostic.code} ${diagnostic.message}`;
}

/** Errors before warnings would hide the order of the file; keep file order, then position. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0) || a.range.start.offset - b.range.start.offset || a.code.localeCompare(b.code),
  );
}
