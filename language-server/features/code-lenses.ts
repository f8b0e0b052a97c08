// "Run" above each experiment and "Run variant" above each declared variant of this
// document. The extension registers the commands (protocol.ts) and adds its own lenses
// with the headline numbers of the last run.

import type { CodeLens } from 'vscode-languageserver';
import type { Analysis } from '../documents/analysis';
import { COMMANDS, type RunArguments } from '../protocol';
import { runTargets } from './resolved-scenario';

export function codeLenses(analysis: Analysis): CodeLens[] {
  return runTargets(analysis).map(({ line, character, ...target }) => {
    const args: RunArguments = target;
    const title = target.variant === undefined ? '▶ Run' : '▶ Run variant';
    const command = target.variant === undefined ? COMMANDS.runExperiment : COMMANDS.runVariant;
    const position = { line, character };
    return { range: { start: position, end: position }, command: { title, command, arguments: [args] } };
  });
}
