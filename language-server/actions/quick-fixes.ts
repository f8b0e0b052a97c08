// Quick fixes for diagnostics whose `data` carries an obvious repair:
//
//   TN201 TN203 TN205 TN206 TN207   replace the word with `data.replacement` (did-you-mean,
//   TN407                           a deprecated option's replacement such as prop151 → current,
//                                   a baseline's closest variant)
//   TN203 TN403 in a setting path   replace the segment `data.segment` of `data.path` with
//                                   `data.replacement` (`relays.gaurd.bandwidth` → `relays.guard…`)
//   TN301                           add `data.suggestedUnit` after a bare number
//   TN302 (expected none)           remove the unit of a number
//   TN305                           round a count to `data.suggestion`
//   TN401 TN402                     give a relay group of this document the missing guard or
//                                   exit flag (one fix per group)
//   TN204                           remove an unused constant or loss model, when its
//                                   statement has its lines to itself (no comment is lost)
//   TN203 of a loss model           declare it: `loss NAME = none` at top level (no loss,
//                                   an honest placeholder to fill in)
//
// A fix is offered only when the diagnosed text has the shape the repair assumes (a single
// word, a bare number), so that a repair never edits something it did not understand.

import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import type { NumberLiteral, Statement } from '../../grammar';
import type { DiagnosticData } from '../convert';
import type { Analysis } from '../documents/analysis';
import { toRange } from '../convert';
import { pathAt } from '../syntax/nodes';
import { appended } from './block-edits';

const WORD = /^[A-Za-z_](?:[A-Za-z0-9_]|-(?!>))*$/;
const REPLACEABLE = new Set(['TN201', 'TN203', 'TN205', 'TN206', 'TN207', 'TN407']);

export function quickFixes(analysis: Analysis, diagnostics: readonly Diagnostic[]): CodeAction[] {
  return diagnostics.flatMap((diagnostic) => fixesFor(analysis, diagnostic));
}

function fixesFor(analysis: Analysis, diagnostic: Diagnostic): CodeAction[] {
  const data = diagnostic.data as Partial<DiagnosticData> | undefined;
  if (!data || typeof data.code !== 'string') return [];
  const written = analysis.text.slice(analysis.lines.offsetAt(diagnostic.range.start), analysis.lines.offsetAt(diagnostic.range.end));
  const fixes: CodeAction[] = [];
  const fix = (title: string, edits: TextEdit[]) =>
    fixes.push({ title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: fixes.length === 0, edit: { changes: { [analysis.uri]: edits } } });

  if (REPLACEABLE.has(data.code) && typeof data['replacement'] === 'string' && WORD.test(written)) {
    fix(`Change '${written}' to '${data['replacement']}'`, [{ range: diagnostic.range, newText: data['replacement'] }]);
  }
  const { path, segment, replacement } = data;
  if (typeof path === 'string' && path === written && typeof segment === 'number' && segment >= 0 && typeof replacement === 'string') {
    const parts = path.split('.');
    if (segment < parts.length) {
      parts[segment] = replacement;
      fix(`Change '${written}' to '${parts.join('.')}'`, [{ range: diagnostic.range, newText: parts.join('.') }]);
    }
  }
  if (data.code === 'TN203' && data['kind'] === 'loss-model' && WORD.test(written) && !analysis.check.declarations.some((d) => d.kind === 'loss-model' && d.name === written)) {
    fix(`Declare loss model '${written}' (no loss, to fill in)`, [{ range: { start: insertionLine(analysis), end: insertionLine(analysis) }, newText: `loss ${written} = none\n` }]);
  }
  const number = numberAt(analysis, diagnostic);
  if (data.code === 'TN301' && typeof data['suggestedUnit'] === 'string' && number && !number.unit) {
    fix(`Add unit '${data['suggestedUnit']}'`, [{ range: { start: diagnostic.range.end, end: diagnostic.range.end }, newText: ` ${data['suggestedUnit']}` }]);
  }
  if (data.code === 'TN302' && data['expected'] === 'none' && number?.unit) {
    fix(`Remove unit '${number.unit.text}'`, [{ range: { start: analysis.lines.position(number.range.start.offset + number.text.length), end: diagnostic.range.end }, newText: '' }]);
  }
  if (data.code === 'TN305' && typeof data['suggestion'] === 'number' && number) {
    fix(`Round to ${data['suggestion']}`, [{ range: { start: diagnostic.range.start, end: analysis.lines.position(number.range.start.offset + number.text.length) }, newText: String(data['suggestion']) }]);
  }
  if (data.code === 'TN204') {
    const declaration = analysis.check.declarations.find((candidate) => candidate.uri === analysis.uri && candidate.name === data['name'] && candidate.kind === data['kind']);
    const lines = declaration && wholeLines(analysis, declaration.statementRange.start.offset, declaration.statementRange.end.offset);
    if (lines) fix(`Remove unused ${declaration.kind === 'const' ? 'constant' : 'loss model'} '${declaration.name}'`, [{ range: lines, newText: '' }]);
  }
  if ((data.code === 'TN401' || data.code === 'TN402') && (data['flag'] === 'guard' || data['flag'] === 'exit')) {
    for (const group of analysis.check.syntax.file.statements.filter((statement) => (statement.keyword.name === 'relays' || statement.keyword.name === 'relay') && statement.block?.close)) {
      const name = group.args[0]?.kind === 'identifier' ? group.args[0].name : undefined;
      if (name) fix(`Add the ${data['flag']} flag to relay group '${name}'`, [withFlag(group, data['flag'])]);
    }
  }
  return fixes;
}

/** Adds a flag to a relay group: to its `flags` line, or as a new `flags` line. */
function withFlag(group: Statement, flag: string): TextEdit {
  const flags = group.block!.statements.find((statement) => statement.keyword.name === 'flags');
  if (!flags) return appended(group, [`flags ${flag}`]);
  const end = (flags.args[flags.args.length - 1] ?? flags.keyword).range.end;
  return { range: toRange({ start: end, end }), newText: ` ${flag}` };
}

/** The lines from `start` to `end` with their line break, if nothing else is written on them. */
function wholeLines(analysis: Analysis, start: number, end: number) {
  const text = analysis.text;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const rest = /^[ \t;]*(\r\n|\r|\n|$)/.exec(text.slice(end));
  if (text.slice(lineStart, start).trim() !== '' || !rest) return undefined;
  return toRange(analysis.lines.range(lineStart, end + rest[0].length));
}

/** The number literal the diagnostic covers exactly, if it covers one. */
function numberAt(analysis: Analysis, diagnostic: Diagnostic): NumberLiteral | undefined {
  const start = analysis.lines.offsetAt(diagnostic.range.start);
  const end = analysis.lines.offsetAt(diagnostic.range.end);
  const node = pathAt(analysis.check.syntax.file, start, false).findLast((candidate) => candidate.range.start.offset === start && candidate.range.end.offset === end);
  return node?.kind === 'number' ? node : undefined;
}

/** Declarations go before the first top-level statement (after the header comments). */
function insertionLine(analysis: Analysis) {
  const first = analysis.check.syntax.file.statements[0];
  return { line: first ? first.range.start.line : 0, character: 0 };
}
