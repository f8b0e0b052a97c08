// The language schema: lookups by context and keyword for the semantic pass, the
// documentation generator and the language server.

import { nolaContext, sendmeContext, vegasContext, westwoodContext } from './congestion-control';
import { FUNCTIONS } from './functions';
import { internetContext, linkContext, locationContext } from './network';
import { ewmaContext, imuxContext, kistContext, kistLiteContext, relayContext, shortorContext, torchestraContext } from './relay';
import { experimentContext, fileContext, scenarioContext, variantContext } from './top-level';
import { cbtContext, clientContext, pathSelectionContext, serverContext, socketExhaustionContext } from './traffic';
import type { ContextId, ContextSpec, FunctionSpec, StatementSpec } from './types';

export type * from './types';
export { FUNCTIONS } from './functions';

/** Every context, in documentation order. */
export const CONTEXTS: readonly ContextSpec[] = [
  fileContext,
  scenarioContext,
  internetContext,
  locationContext,
  linkContext,
  relayContext,
  kistContext,
  kistLiteContext,
  ewmaContext,
  torchestraContext,
  imuxContext,
  sendmeContext,
  vegasContext,
  westwoodContext,
  nolaContext,
  shortorContext,
  clientContext,
  pathSelectionContext,
  cbtContext,
  serverContext,
  socketExhaustionContext,
  experimentContext,
  variantContext,
];

const contextsById = new Map(CONTEXTS.map((context) => [context.id, context]));
const statementsByContext = new Map(
  CONTEXTS.map((context) => [context.id, new Map(context.statements.map((statement) => [statement.keyword, statement]))]),
);

export function context(id: ContextId): ContextSpec {
  const found = contextsById.get(id);
  if (!found) throw new Error(`schema has no context '${id}'`);
  return found;
}

/** The statement `keyword` means in `contextId`, if it is valid there. */
export function statement(contextId: ContextId, keyword: string): StatementSpec | undefined {
  return statementsByContext.get(contextId)?.get(keyword);
}

/** Keywords valid in a context, for completion and did-you-mean. */
export function keywords(contextId: ContextId): string[] {
  return context(contextId).statements.map((statement) => statement.keyword);
}

const functionsByCategory = new Map<FunctionSpec['category'], Map<string, FunctionSpec>>();
for (const fn of FUNCTIONS) {
  let byName = functionsByCategory.get(fn.category);
  if (!byName) functionsByCategory.set(fn.category, (byName = new Map()));
  byName.set(fn.name, fn);
}

export function functionSpec(category: FunctionSpec['category'], name: string): FunctionSpec | undefined {
  return functionsByCategory.get(category)?.get(name);
}

export function functionNames(category: FunctionSpec['category']): string[] {
  return FUNCTIONS.filter((fn) => fn.category === category).map((fn) => fn.name);
}
