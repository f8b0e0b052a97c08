// Code actions: quick fixes for the diagnostics in the request (actions/quick-fixes.ts)
// and the refactorings that extract settings shared by every relay group, or every client
// group, into a defaults block (actions/extract-defaults.ts).

import { CodeActionKind, type CodeAction, type CodeActionParams } from 'vscode-languageserver';
import { extractDefaults } from '../actions/extract-defaults';
import { quickFixes } from '../actions/quick-fixes';
import type { Analysis } from '../documents/analysis';

export function codeActions(analysis: Analysis, params: CodeActionParams): CodeAction[] {
  const only = params.context.only;
  const wants = (kind: string) => !only || only.some((requested) => kind === requested || kind.startsWith(`${requested}.`));
  const actions: CodeAction[] = [];
  if (wants(CodeActionKind.QuickFix)) actions.push(...quickFixes(analysis, params.context.diagnostics));
  if (wants(CodeActionKind.RefactorExtract)) {
    for (const kind of ['relay', 'client'] as const) {
      const refactoring = extractDefaults(analysis, kind);
      if (refactoring) actions.push(refactoring);
    }
  }
  return actions;
}
