// One analysis of a document: includes, declarations, interpretation, model, experiments,
// whole-scenario checks, unused-declaration and unreachable-relay warnings, and a summary at
// each include of the errors in the files it brings in, in that order.

import type { ParseResult } from '../syntax/ast';
import { SCENARIO_MODEL_VERSION, type Scenario } from '../model/scenario';
import { Analysis, here } from './analysis';
import { buildConfiguration, GroupModels } from './build';
import { checkConsistency, problemKey } from './consistency';
import { declareAll, interpretTopLevel } from './declarations';
import { Diagnostics, type Diagnostic } from './diagnostics';
import { buildExperiments } from './experiments';
import type { FileSystem } from './file-system';
import { expandIncludes, reportSyntaxErrors, type Parse } from './sources';
import { SymbolTable, type Declaration } from './symbols';
import { kindNoun } from './values';
import { reportIncludedErrors } from './included-errors';
import { reportUnreachableRelays } from './reachability';

export interface AnalysisResult {
  /** The resolved scenario, when the document has no errors. */
  readonly model?: Scenario;
  /** Diagnostics of the document and of every file it includes, each naming its file. */
  readonly diagnostics: Diagnostic[];
  /** Every declaration with its references (go-to-definition, rename, outline). */
  readonly declarations: Declaration[];
}

export function analyse(uri: string, parsed: ParseResult, parse: Parse, fileSystem: FileSystem | undefined): AnalysisResult {
  const diagnostics = new Diagnostics();
  const symbols = new SymbolTable();
  const analysis = new Analysis(diagnostics, symbols);
  reportSyntaxErrors(uri, parsed, diagnostics);

  const { runs, includes } = expandIncludes(uri, parsed.file, parse, fileSystem, diagnostics);
  const rejected = declareAll(analysis, runs);
  const { config: explicit, experiments: experimentDeclarations } = interpretTopLevel(analysis, runs, rejected);
  const models = new GroupModels(experimentDeclarations.length > 0);
  const base = buildConfiguration(here(analysis, uri), explicit, models);
  const baseProblems = new Set<string>();
  checkConsistency(
    (code, at, message, extras) => {
      baseProblems.add(problemKey(code, message));
      diagnostics.report(code, at, message, extras);
    },
    explicit,
    base,
  );
  const experiments = buildExperiments(analysis, explicit, experimentDeclarations, models, baseProblems);
  reportUnused(analysis);
  reportUnreachableRelays(analysis, uri, includes, [base, ...experiments.flatMap((experiment) => experiment.variants.map((variant) => variant.config))]);
  reportIncludedErrors(uri, includes, diagnostics);

  const model: Scenario | undefined =
    diagnostics.errorCount === 0 ? { version: SCENARIO_MODEL_VERSION, source: uri, base, experiments } : undefined;
  return { model, diagnostics: diagnostics.all, declarations: symbols.declarations };
}

function reportUnused(analysis: Analysis): void {
  for (const declaration of analysis.symbols.declarations) {
    if ((declaration.kind === 'const' || declaration.kind === 'loss-model') && declaration.references.length === 0) {
      analysis.diagnostics.report('TN204', declaration, `The ${kindNoun(declaration.kind)} '${declaration.name}' is never used.`, {
        tags: ['unnecessary'],
        data: { name: declaration.name, kind: declaration.kind },
      });
    }
  }
}
