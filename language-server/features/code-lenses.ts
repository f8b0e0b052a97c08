// "Run" above each experiment and "Run variant" above each declared variant of this
// document. The extension registers the commands (protocol.ts); headline numbers from
// results join the lens titles once results exist.

import type { CodeLens } from 'vscode-languageserver';
import type { Analysis } from '../documents/analysis';
import { toRange } from '../convert';
import { COMMANDS, type RunArguments } from '../protocol';

export function codeLenses(analysis: Analysis): CodeLens[] {
  return analysis.check.declarations
    .filter((declaration) => declaration.uri === analysis.uri && (declaration.kind === 'experiment' || (declaration.kind === 'variant' && declaration.container !== undefined)))
    .map((declaration) => {
      const args: RunArguments =
        declaration.kind === 'experiment'
          ? { uri: analysis.uri, experiment: declaration.name }
          : { uri: analysis.uri, experiment: declaration.container!, variant: declaration.name };
      const title = declaration.kind === 'experiment' ? '▶ Run' : '▶ Run variant';
      const command = declaration.kind === 'experiment' ? COMMANDS.runExperiment : COMMANDS.runVariant;
      const range = toRange(declaration.statementRange);
      return { range: { start: range.start, end: range.start }, command: { title, command, arguments: [args] } };
    });
}
