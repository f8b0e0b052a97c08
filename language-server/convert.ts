// Conversions between the grammar's types and LSP types. Grammar positions are already
// 0-based line/character in UTF-16 units, as in LSP; they also carry offsets.

import {
  DiagnosticSeverity,
  DiagnosticTag as LspDiagnosticTag,
  type Diagnostic as LspDiagnostic,
  type Range as LspRange,
} from 'vscode-languageserver';
import type { Diagnostic, DiagnosticTag, Range } from '../grammar';

export function toRange(range: Range): LspRange {
  return {
    start: { line: range.start.line, character: range.start.character },
    end: { line: range.end.line, character: range.end.character },
  };
}

const TAGS: Record<DiagnosticTag, LspDiagnosticTag> = {
  unnecessary: LspDiagnosticTag.Unnecessary,
  deprecated: LspDiagnosticTag.Deprecated,
};

/** Quick fixes read `data.code` and the grammar's data back from the diagnostic. */
export interface DiagnosticData extends Record<string, unknown> {
  readonly code: string;
}

export function toDiagnostic(diagnostic: Diagnostic): LspDiagnostic {
  const data: DiagnosticData = { ...diagnostic.data, code: diagnostic.code };
  return {
    range: toRange(diagnostic.range),
    severity: diagnostic.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    code: diagnostic.code,
    source: 'tornet',
    message: diagnostic.message,
    ...(diagnostic.tags ? { tags: diagnostic.tags.map((tag) => TAGS[tag]) } : {}),
    ...(diagnostic.related
      ? { relatedInformation: diagnostic.related.map((info) => ({ location: { uri: info.uri, range: toRange(info.range) }, message: info.message })) }
      : {}),
    data,
  };
}
