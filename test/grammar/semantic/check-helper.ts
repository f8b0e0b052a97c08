// Helpers for semantic tests: check a scenario text (with optional extra files) and read
// its diagnostics and model.
import assert from 'node:assert/strict';
import { checkDocument, MemoryFileSystem, type CheckResult, type Diagnostic, type Scenario } from '../../../grammar';

/** A small valid network the construct tests add to. */
export const NETWORK = `
internet {
  location east { }
  location west { }
  latency east <-> west 20 ms
}
relays net x 3 { flags guard exit fast stable }
servers files x 1 { }
clients users x 1 { }
`;

export function check(text: string, files: Record<string, string> = {}, uri = '/work/main.tornet'): CheckResult {
  return checkDocument(uri, text, { fileSystem: new MemoryFileSystem({ [uri]: text, ...files }, '/work') });
}

export function codes(result: CheckResult): string[] {
  return result.diagnostics.map((diagnostic) => diagnostic.code);
}

export function only(result: CheckResult, code: string): Diagnostic {
  const found = result.diagnostics.filter((diagnostic) => diagnostic.code === code);
  assert.equal(found.length, 1, `expected one ${code}, got: ${JSON.stringify(result.diagnostics.map((d) => `${d.code} ${d.message}`))}`);
  return found[0]!;
}

export function clean(text: string, files?: Record<string, string>): Scenario {
  const result = check(text, files);
  assert.deepEqual(
    result.diagnostics.filter((diagnostic) => diagnostic.severity === 'error').map((d) => `${d.code} ${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`),
    [],
  );
  assert.ok(result.model);
  return result.model;
}

/** The text of a diagnostic's range in the source. */
export function textAt(text: string, diagnostic: Diagnostic): string {
  return text.slice(diagnostic.range.start.offset, diagnostic.range.end.offset);
}
