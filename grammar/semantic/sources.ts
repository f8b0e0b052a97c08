// Expands `include` statements: the top-level statements of a file and of everything it
// includes, in order, in runs of statements from one file, and the include graph. Cycles, missing
// files and paths outside the workspace are reported at the include statement.

import type { ParseResult, SourceFile, Statement } from '../syntax/ast';
import type { Diagnostics, Location } from './diagnostics';
import type { FileSystem } from './file-system';

export type Parse = (text: string) => ParseResult;

/**
 * Consecutive top-level statements of one file, includes left out: a file without includes is
 * one run holding the file's own array (not an object per statement).
 */
export interface SourceRun {
  readonly uri: string;
  readonly statements: readonly Statement[];
}

/** One include that was read: `from` includes `target`, written as the string at `at`. */
export interface Include {
  readonly from: string;
  readonly target: string;
  /** The path as written. */
  readonly path: string;
  readonly at: Location;
}

export interface Sources {
  readonly runs: SourceRun[];
  /** Every include that names a readable file, also those read already through another include. */
  readonly includes: Include[];
}

export function reportSyntaxErrors(uri: string, result: ParseResult, diagnostics: Diagnostics): void {
  for (const error of result.errors) diagnostics.report(error.code, { uri, range: error.range }, error.message);
}

export function expandIncludes(
  uri: string,
  file: SourceFile,
  parse: Parse,
  fileSystem: FileSystem | undefined,
  diagnostics: Diagnostics,
): Sources {
  const runs: SourceRun[] = [];
  const includes: Include[] = [];
  const included = new Set<string>([uri]);

  const visit = (currentUri: string, current: SourceFile, stack: string[]): void => {
    const statements = current.statements;
    let runStart = 0;
    const endRun = (end: number): void => {
      if (end > runStart) runs.push({ uri: currentUri, statements: runStart === 0 && end === statements.length ? statements : statements.slice(runStart, end) });
    };
    for (let index = 0; index < statements.length; index++) {
      const statement = statements[index]!;
      if (statement.keyword.name !== 'include') continue;
      endRun(index);
      runStart = index + 1;
      const at = { uri: currentUri, range: statement.range };
      const pathValue = statement.args[0];
      if (statement.args.length !== 1 || pathValue?.kind !== 'string' || statement.block || statement.assignment) {
        diagnostics.report('TN304', at, 'include takes one file path in double quotes: include "common.tornet".');
        continue;
      }
      const pathAt = { uri: currentUri, range: pathValue.range };
      if (!fileSystem) {
        diagnostics.report('TN405', pathAt, `Cannot read "${pathValue.value}": no file system is available to resolve includes.`);
        continue;
      }
      const target = fileSystem.resolve(currentUri, pathValue.value);
      if (!fileSystem.inWorkspace(target)) {
        diagnostics.report('TN406', pathAt, `"${pathValue.value}" lies outside the workspace; includes must stay inside it.`, { data: { path: target } });
        continue;
      }
      if (stack.includes(target)) {
        const cycle = [...stack.slice(stack.indexOf(target)), target].join(' → ');
        diagnostics.report('TN404', pathAt, `Include cycle: ${cycle}.`, { data: { cycle: [...stack.slice(stack.indexOf(target)), target] } });
        continue;
      }
      const edge = { from: currentUri, target, path: pathValue.value, at: pathAt };
      if (included.has(target)) {
        includes.push(edge); // already read through another include
        continue;
      }
      const text = fileSystem.read(target);
      if (text === undefined) {
        diagnostics.report('TN405', pathAt, `Cannot read included file "${pathValue.value}" (${target}).`, { data: { path: target } });
        continue;
      }
      included.add(target);
      includes.push(edge);
      const result = parse(text);
      reportSyntaxErrors(target, result, diagnostics);
      visit(target, result.file, [...stack, target]);
    }
    endRun(statements.length);
  };

  visit(uri, file, [uri]);
  return { runs, includes };
}
