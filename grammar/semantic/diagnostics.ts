// Diagnostics: what the semantic pass reports, with a stable code, a precise range in a
// named file, and machine-readable data for quick fixes.

import type { Range } from '../syntax/ast';
import { DIAGNOSTIC_CODES, type DiagnosticCode, type Severity } from './codes';

export type DiagnosticTag = 'unnecessary' | 'deprecated';

export interface Location {
  readonly uri: string;
  readonly range: Range;
}

export interface RelatedInformation extends Location {
  readonly message: string;
}

export interface Diagnostic extends Location {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  readonly message: string;
  readonly related?: RelatedInformation[];
  readonly tags?: DiagnosticTag[];
  /** For quick fixes, e.g. { replacement: "kist" } or { expected: "time", suggestedUnit: "ms" }. */
  readonly data?: Record<string, unknown>;
}

export interface DiagnosticExtras {
  readonly related?: RelatedInformation[];
  readonly tags?: DiagnosticTag[];
  readonly data?: Record<string, unknown>;
}

/** Collects diagnostics for one analysis. */
export class Diagnostics {
  readonly all: Diagnostic[] = [];
  /** Keys of reported diagnostics: a setting applied in several variants reports once. */
  private readonly seen = new Set<string>();

  report(code: DiagnosticCode, at: Location, message: string, extras: DiagnosticExtras = {}): void {
    const key = `${code}\u0000${at.uri}\u0000${at.range.start.offset}\u0000${at.range.end.offset}\u0000${message}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.all.push({ code, severity: DIAGNOSTIC_CODES[code].severity, message, uri: at.uri, range: at.range, ...extras });
  }

  get errorCount(): number {
    return this.all.filter((diagnostic) => diagnostic.severity === 'error').length;
  }
}
