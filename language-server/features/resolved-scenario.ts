// Answers the extension's custom requests (protocol.ts REQUESTS): the resolved model of a
// document for a run, and where its experiments and variants start for inline results.

import type { Analysis } from '../documents/analysis';
import type { ProblemLocation, ResolvedScenario, RunTarget } from '../protocol';

export function resolvedScenario(analysis: Analysis): ResolvedScenario {
  const errors: ProblemLocation[] = analysis.check.diagnostics
    .filter((diagnostic) => diagnostic.severity === 'error')
    .map((diagnostic) => ({
      message: diagnostic.message,
      code: diagnostic.code,
      uri: diagnostic.uri,
      line: diagnostic.range.start.line,
      character: diagnostic.range.start.character,
    }));
  const model = errors.length === 0 ? (analysis.check.model ?? null) : null;
  return { model, errors, text: analysis.text };
}

export function runTargets(analysis: Analysis): RunTarget[] {
  return analysis.check.declarations
    .filter((declaration) => declaration.uri === analysis.uri && (declaration.kind === 'experiment' || (declaration.kind === 'variant' && declaration.container !== undefined)))
    .map((declaration) => {
      const start = declaration.statementRange.start;
      const place = { uri: analysis.uri, line: start.line, character: start.character };
      return declaration.kind === 'experiment'
        ? { ...place, experiment: declaration.name }
        : { ...place, experiment: declaration.container!, variant: declaration.name };
    });
}
