// Loss-model values: `none`, a declared name, `constant(1 %)`, `proportional(1.5 % per 300 ms,
// cap 300 ms)`, `gilbert-elliott(to-bad 1 %, to-good 30 %)`, scaled (`model * 2`) and capped
// (`… max 3 %`). Declared models are resolved lazily where they are first used.

import type { Expression } from '../syntax/ast';
import type { LossModel, LossShape } from '../model/scenario';
import { functionNames, functionSpec } from '../schema';
import { at, type Here } from './analysis';
import { closest, didYouMean } from './suggest';
import { callArguments, dereference, insideConstants, numberOf, unknownName, wrongForm } from './values';

const EXPECTED = 'a loss model: none, a declared name, constant(…), proportional(…) or gilbert-elliott(…)';

/** `BASE [max P]` as written after `loss`. */
export function lossOf(here: Here, values: Expression[]): LossModel | undefined {
  const [base, keyword, limit, ...extra] = values;
  if (!base) return undefined;
  const model = lossBase(here, base);
  if (keyword === undefined) return model;
  if (keyword.kind !== 'identifier' || keyword.name !== 'max' || !limit || extra.length > 0) return wrongForm(here, keyword, '`max P` after a loss model');
  const max = numberOf(here, limit, 'fraction', { bounds: { min: 0, max: 1 }, what: 'A loss limit' });
  return model && max !== undefined ? { ...model, max } : undefined;
}

function lossBase(here: Here, expression: Expression): LossModel | undefined {
  if (expression.kind === 'identifier' && expression.name === 'none') return { type: 'none', name: null, scale: 1, max: 1 };
  if (expression.kind === 'identifier' && here.analysis.lossModels.has(expression.name)) {
    here.analysis.symbols.find('loss-model', expression.name)?.references.push(at(here, expression.range));
    return resolveDeclared(here, expression.name, expression.range);
  }
  const resolved = dereference(here, expression);
  if (!resolved) return undefined;
  const { expression: expr, here: where } = resolved;
  if (expr !== expression) return insideConstants(here, resolved.names, () => lossBase(where, expr));
  switch (expr.kind) {
    case 'identifier':
      return unknownName(here, expr, 'loss-model');
    case 'binary': {
      if (expr.operator !== '*') return wrongForm(here, expr, `${EXPECTED}, optionally multiplied by a factor`);
      const modelFirst = !(expr.left.kind === 'number');
      const model = lossBase(here, modelFirst ? expr.left : expr.right);
      const factor = numberOf(here, modelFirst ? expr.right : expr.left, 'none', { bounds: { min: 0 }, what: 'A loss scale factor' });
      return model && factor !== undefined ? { ...model, scale: model.scale * factor } : undefined;
    }
    case 'call': {
      const spec = functionSpec('loss', expr.callee.name);
      if (!spec) {
        const suggestion = closest(expr.callee.name, functionNames('loss'));
        here.diagnostics.report('TN206', at(here, expr.callee.range), `Unknown loss model '${expr.callee.name}'.${didYouMean(suggestion)}`, { data: { replacement: suggestion } });
        return undefined;
      }
      const args = callArguments(here, expr, spec, (param, value) =>
        numberOf(here, value, param.dimension === 'value' ? 'fraction' : param.dimension, { bounds: param.bounds, what: `'${param.name}'` }),
      );
      if (!args) return undefined;
      const shape = shapeOf(spec.name, args);
      return { ...shape, name: null, scale: 1, max: 1 };
    }
    default:
      return wrongForm(here, expr, EXPECTED);
  }
}

function shapeOf(name: string, args: Record<string, number>): LossShape {
  switch (name) {
    case 'constant':
      return { type: 'constant', rate: args.rate! };
    case 'proportional':
      return { type: 'proportional', rate: args.rate!, per: args.per!, cap: args.cap! };
    default:
      return { type: 'gilbert-elliott', toBad: args['to-bad']!, toGood: args['to-good']!, lossGood: args['loss-good']!, lossBad: args['loss-bad']! };
  }
}

/** The model a `loss NAME = …` declaration defines, resolved once. */
export function resolveDeclared(here: Here, name: string, usedAt: Expression['range']): LossModel | undefined {
  const { resolvedLoss, resolvingLoss } = here.analysis;
  if (resolvedLoss.has(name)) return resolvedLoss.get(name) ?? undefined;
  if (resolvingLoss.has(name)) {
    here.diagnostics.report('TN208', at(here, usedAt), `Loss model '${name}' is defined in terms of itself.`);
    return undefined;
  }
  const definition = here.analysis.lossModels.get(name)!;
  resolvingLoss.add(name);
  const model = lossOf({ ...here, uri: definition.uri, diagnostics: here.analysis.diagnostics }, definition.values);
  const named = model && { ...model, name };
  resolvingLoss.delete(name);
  resolvedLoss.set(name, named ?? null);
  return named;
}
