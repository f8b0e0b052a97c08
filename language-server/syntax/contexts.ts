// Which schema context a block opens, so that features know which keywords are valid
// inside it: `relays g x 3 {` opens `relay`, `socket-scheduler kist {` opens `kist`,
// `defaults client {` opens `client`, `path-selection {` opens `path-selection`. In a
// variant, a statement's keyword is a setting path: `congestion-control vegas {` and
// `servers.onion.congestion-control vegas {` open `vegas` too.

import { statement as statementSpec, type Statement } from '../../grammar';
import type { ContextId, StatementSpec } from '../../grammar/schema';
import { lookupSettingPath } from '../../grammar/semantic/setting-paths';

/** The spec of the statement `keyword` starts in `contextId`: in a variant, the setting its path names. */
export function specOf(contextId: ContextId, keyword: string): StatementSpec | undefined {
  if (contextId !== 'variant') return statementSpec(contextId, keyword);
  const found = lookupSettingPath(keyword.split('.'));
  return found.ok ? found.spec : undefined;
}

/** The context of the block of `statement`, written in `parent`; undefined when it opens none the schema knows. */
export function blockContext(parent: ContextId | undefined, statement: Statement): ContextId | undefined {
  if (parent === undefined) return undefined;
  const spec = specOf(parent, statement.keyword.name);
  if (!spec) return undefined;
  const first = statement.args[0];
  const firstName = first?.kind === 'identifier' ? first.name : undefined;
  switch (spec.form) {
    case 'special':
      if (spec.keyword === 'defaults') return firstName === 'relay' || firstName === 'client' ? firstName : undefined;
      return spec.context;
    case 'section':
      return spec.context;
    case 'mechanism':
      return firstName === undefined ? undefined : spec.options[firstName]?.context;
    case 'property':
      return undefined;
  }
}

/** The schema context at the innermost of `statements` (outermost first): 'file' for none. */
export function contextOf(statements: readonly Statement[]): ContextId | undefined {
  let context: ContextId | undefined = 'file';
  for (const statement of statements) context = blockContext(context, statement);
  return context;
}

/** The spec of each statement in a chain (outermost first), in its enclosing context. */
export function specsOf(statements: readonly Statement[]): (StatementSpec | undefined)[] {
  let context: ContextId | undefined = 'file';
  return statements.map((statement) => {
    const spec = context === undefined ? undefined : specOf(context, statement.keyword.name);
    context = blockContext(context, statement);
    return spec;
  });
}
