// Code actions: quick fixes for the diagnostics in the request (actions/quick-fixes.ts)
// and the refactoring that extracts shared relay settings (actions/extract-defaults.ts).

import { CodeActionKind, type CodeAction, type CodeActionParams } from 'vscode-languageserver';
import { extractRelayDefaults } from '../actions/extract-defaults';
import { quickFixes } from '../actions/quick-fixes';
import type { Analysis } from '../documents/analysis';

export function codeActions(analysis: Analysis, params: CodeActionParams): CodeAction[] {
  const only = params.context.only;
  const wants = (kind: string) => !only || only.some((requested) => kind === requested || kind.startsWith(`${requested}.`));
  const actions: CodeAction[] = [];
  if (wants(CodeActionKind.QuickFix)) actions.push(...quickFixes(analysis, params.context.diagnostics));
  if (wants(CodeActionKind.RefactorExtract)) {
    const refactoring = extractRelayDefaults(analysis);
    if (refactoring) actions.push(refactoring);
  }
  return actions;
}
