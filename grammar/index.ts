// The public API of grammar/: one entry point that the CLI and the language server call on
// every change. It holds no state between calls.
//
//   checkDocument(uri, text, { fileSystem, parseIncluded })  → syntax tree, diagnostics, declarations, model

import { analyse, type AnalysisResult } from './semantic/analyse';
import type { FileSystem } from './semantic/file-system';
import { parse, type ParseResult } from './syntax';

export type { Scenario } from './model/scenario';
export type * as Model from './model/scenario';
export type { Diagnostic, DiagnosticTag, RelatedInformation } from './semantic/diagnostics';
export type { Declaration } from './semantic/symbols';
export type { FileSystem } from './semantic/file-system';
export { MemoryFileSystem } from './semantic/file-system';
export { DIAGNOSTIC_CODES, type DiagnosticCode } from './semantic/codes';
export { CONTEXTS, FUNCTIONS, context, statement, keywords } from './schema';
export { UNITS, normalise } from './semantic/units';
export { parse, tokenize, LineIndex } from './syntax';
export type * from './syntax/ast';

export interface CheckOptions {
  /** Reads included files; without it every include is reported as unreadable. */
  readonly fileSystem?: FileSystem;
  /**
   * Parses included files (default: `parse`). A caller that checks the same files again and
   * again, as an editor does on each keystroke, may pass one that remembers unchanged texts.
   */
  readonly parseIncluded?: (text: string) => ParseResult;
}

export interface CheckResult extends AnalysisResult {
  readonly uri: string;
  readonly syntax: ParseResult;
}

export function checkDocument(uri: string, text: string, options: CheckOptions = {}): CheckResult {
  const syntax = parse(text);
  return { uri, syntax, ...analyse(uri, syntax, options.parseIncluded ?? parse, options.fileSystem) };
}
