// Refactoring: "Extract repeated settings into `defaults relay`" (and `defaults client`). A
// setting written identically in every relay (client) group of the document (two or more
// groups) moves into `defaults relay { … }` — into the existing block, replacing its setting
// of the same keyword, or into a new block before the first group. The refactoring is offered only
// when re-checking the edited text gives the same resolved model, so it never changes
// what the experiment means (settings that only some groups share would change the others).

import { CodeActionKind, TextDocumentEdit, type CodeAction, type TextEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkDocument, type Statement } from '../../grammar';
import { tokenize } from '../../grammar';
import { toRange } from '../convert';
import type { Analysis } from '../documents/analysis';
import { ReplayFileSystem } from '../documents/replay-file-system';
import { appended } from './block-edits';

/** The groups each defaults block serves. */
const GROUP_KEYWORDS = { relay: 'relays', client: 'clients' } as const;

export function extractDefaultsTitle(kind: keyof typeof GROUP_KEYWORDS): string {
  return `Extract repeated settings into \`defaults ${kind}\``;
}

export function extractDefaults(analysis: Analysis, kind: keyof typeof GROUP_KEYWORDS): CodeAction | undefined {
  if (!analysis.check.model) return undefined;
  const top = analysis.check.syntax.file.statements;
  const groups = top.filter((statement) => statement.keyword.name === GROUP_KEYWORDS[kind] && statement.block);
  if (groups.length < 2) return undefined;
  const shared = groups[0]!.block!.statements.filter((setting) => groups.every((group) => group.block!.statements.some((other) => same(analysis, other, setting))));
  if (shared.length === 0) return undefined;

  const edits: TextEdit[] = [];
  for (const group of groups) {
    const removed = removals(analysis, group, (setting) => shared.some((candidate) => same(analysis, candidate, setting)));
    if (!removed) return undefined;
    edits.push(...removed);
  }
  const lines = shared.map((setting) => canonical(analysis, setting));
  const defaults = top.find((statement) => statement.keyword.name === 'defaults' && statement.args[0]?.kind === 'identifier' && statement.args[0].name === kind && statement.block?.close);
  if (defaults) {
    const kept = lines.filter((line, index) => {
      const old = defaults.block!.statements.find((statement) => statement.keyword.name === shared[index]!.keyword.name);
      if (old) edits.push({ range: toRange(old.range), newText: line });
      return !old;
    });
    if (kept.length > 0) edits.push(appended(defaults, kept));
  } else {
    const at = { line: groups[0]!.range.start.line, character: 0 };
    edits.push({ range: { start: at, end: at }, newText: `defaults ${kind} {\n${lines.map((line) => `  ${line}\n`).join('')}}\n\n` });
  }

  const document = TextDocument.create(analysis.uri, 'tornet', analysis.version, analysis.text);
  const edited = TextDocument.applyEdits(document, edits);
  const recheck = checkDocument(analysis.uri, edited, { fileSystem: new ReplayFileSystem(analysis) });
  if (JSON.stringify(recheck.model) !== JSON.stringify(analysis.check.model)) return undefined;
  return {
    title: extractDefaultsTitle(kind),
    kind: CodeActionKind.RefactorExtract,
    edit: { documentChanges: [TextDocumentEdit.create({ uri: analysis.uri, version: analysis.version }, edits)] },
  };
}

/** The statement's tokens (comments left out) joined by single spaces: equal text, equal setting. */
function canonical(analysis: Analysis, statement: Statement): string {
  const text = analysis.text.slice(statement.range.start.offset, statement.range.end.offset);
  return tokenize(text)
    .filter((token) => token.kind !== 'comment')
    .map((token) => token.text)
    .join(' ')
    .replace(/ ([,;:)\]])/g, '$1')
    .replace(/([([]) /g, '$1')
    .replace(/(\w) \(/g, '$1(');
}

function same(analysis: Analysis, a: Statement, b: Statement): boolean {
  return canonical(analysis, a) === canonical(analysis, b);
}

/**
 * Edits removing the settings `remove` selects from a group: a block written on one line is
 * rewritten without them; in a multi-line block each one's line goes. Undefined (no
 * refactoring) when that would touch a comment or a line holding other statements.
 */
function removals(analysis: Analysis, group: Statement, remove: (setting: Statement) => boolean): TextEdit[] | undefined {
  const block = group.block!;
  if (!block.close) return undefined;
  const text = analysis.text;
  if (block.open.start.line === block.close.start.line) {
    const inside = text.slice(block.open.end.offset, block.close.start.offset);
    if (tokenize(inside).some((token) => token.kind === 'comment')) return undefined;
    const kept = block.statements.filter((setting) => !remove(setting)).map((setting) => text.slice(setting.range.start.offset, setting.range.end.offset));
    return [{ range: toRange({ start: block.open.end, end: block.close.start }), newText: kept.length > 0 ? ` ${kept.join('; ')} ` : ' ' }];
  }
  const edits: TextEdit[] = [];
  for (const setting of block.statements.filter(remove)) {
    const lineStart = setting.range.start.offset - setting.range.start.character;
    const rest = /^[ \t]*(\r\n|\r|\n)/.exec(text.slice(setting.range.end.offset));
    if (text.slice(lineStart, setting.range.start.offset).trim() !== '' || !rest) return undefined;
    edits.push({ range: toRange(analysis.lines.range(lineStart, setting.range.end.offset + rest[0].length)), newText: '' });
  }
  return edits;
}
