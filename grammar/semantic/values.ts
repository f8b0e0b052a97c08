// Interprets value expressions: numbers with units (normalised), arithmetic, constants,
// distributions, references to declared names, enums and booleans. Each function reports
// what is wrong at the offending expression and returns undefined.

import type { Call, Expression, Identifier, Range } from '../syntax/ast';
import type { Distribution, Metric } from '../model/scenario';
import { functionNames, functionSpec } from '../schema';
import type { Bounds, FunctionParam, FunctionSpec, SymbolKind } from '../schema/types';
import { at, lazyAt, type Here } from './analysis';
import { closest, didYouMean } from './suggest';
import { DIMENSIONS, formatQuantity, normalise, unitInfo, type Dimension } from './units';

export type ValueDimension = Dimension | 'none';

interface Quantity {
  readonly value: number;
  readonly dimension: ValueDimension;
}

const KIND_NOUNS: Record<SymbolKind, string> = {
  const: 'constant',
  'loss-model': 'loss model',
  location: 'location',
  relays: 'relay group',
  servers: 'server group',
  clients: 'client group',
  attack: 'attack',
  experiment: 'experiment',
  variant: 'variant',
};

export function kindNoun(kind: SymbolKind): string {
  return KIND_NOUNS[kind];
}

function dimensionNoun(dimension: ValueDimension): string {
  return dimension === 'none' ? 'a plain number' : DIMENSIONS[dimension].noun;
}

/** Anything with a range that can be in the wrong place: an expression, a list item, a block. */
export interface Misplaced {
  readonly kind: string;
  readonly range: Range;
}

function describe(node: Misplaced): string {
  const expression = node as Expression;
  switch (expression.kind) {
    case 'number':
      return `the number ${expression.text}${expression.unit ? ' ' + expression.unit.text : ''}`;
    case 'string':
      return 'a string';
    case 'identifier':
      return `the name '${expression.name}'`;
    case 'symbol':
      return `'${expression.text}'`;
    case 'call':
      return `a call of ${expression.callee.name}(…)`;
    case 'list':
      return 'a list';
    case 'interval':
      return 'an interval';
    default:
      return node.kind === 'block' ? 'a block' : 'an expression';
  }
}

export function wrongForm(here: Here, expression: Misplaced, expected: string): undefined {
  here.diagnostics.report('TN304', at(here, expression.range), `Expected ${expected}, found ${describe(expression)}.`, { data: { expected } });
  return undefined;
}

export interface Dereferenced {
  readonly here: Here;
  readonly expression: Expression;
  /** Constants followed to get there. */
  readonly names: readonly string[];
}

/** Shared by every expression that names no constant (the common case): no array per value. */
const NO_CONSTANTS: readonly string[] = [];

/** Follows identifiers that name constants to the expression they stand for. */
export function dereference(here: Here, expression: Expression): Dereferenced | undefined {
  let where = here;
  let current = expression;
  let seen: string[] | undefined;
  for (;;) {
    if (current.kind === 'parenthesized') {
      current = current.expression;
      continue;
    }
    if (current.kind !== 'identifier') break;
    const name = current.name;
    const definition = here.analysis.constants.get(name);
    if (!definition) break;
    here.analysis.symbols.find('const', name)?.references.push(at(where, current.range));
    if (seen?.includes(name) || here.analysis.evaluating.includes(name)) {
      here.diagnostics.report('TN208', at(where, current.range), `Constant '${name}' is defined in terms of itself.`);
      return undefined;
    }
    (seen ??= []).push(name);
    if (definition.values.length !== 1) return undefined; // reported where the constant is declared
    where = { ...here, uri: definition.uri };
    current = definition.values[0]!;
  }
  return { here: where, expression: current, names: seen ?? NO_CONSTANTS };
}

/** Whether `dereference` has a constant to follow: most values are written out, and need no `Dereferenced`. */
function namesConstant(here: Here, expression: Expression): boolean {
  return expression.kind === 'parenthesized' || (expression.kind === 'identifier' && here.analysis.constants.has(expression.name));
}

/** Runs `evaluate` with the followed constants marked as being evaluated, so that cycles through them stop. */
export function insideConstants<T>(here: Here, names: readonly string[], evaluate: () => T): T {
  here.analysis.evaluating.push(...names);
  try {
    return evaluate();
  } finally {
    here.analysis.evaluating.length -= names.length;
  }
}

/** Evaluates arithmetic on numbers with units, following constants. */
function evaluate(here: Here, expression: Expression): Quantity | undefined {
  // A value that names no constant (most) needs neither dereferencing nor the cycle guard.
  if (!namesConstant(here, expression)) return evaluateResolved(here, expression);
  const resolved = dereference(here, expression);
  if (!resolved) return undefined;
  if (resolved.names.length === 0) return evaluateResolved(resolved.here, resolved.expression);
  return insideConstants(here, resolved.names, () => evaluateResolved(resolved.here, resolved.expression));
}

function evaluateResolved(where: Here, expr: Expression): Quantity | undefined {
  switch (expr.kind) {
    case 'number': {
      if (!expr.unit) return { value: expr.value, dimension: 'none' };
      const unit = unitInfo(expr.unit.text);
      if (!unit) {
        where.diagnostics.report('TN302', at(where, expr.unit.range), `Unknown unit '${expr.unit.text}'.`);
        return undefined;
      }
      return { value: normalise(expr.value, unit), dimension: unit.dimension };
    }
    case 'unary': {
      const operand = evaluate(where, expr.operand);
      return operand && { value: -operand.value, dimension: operand.dimension };
    }
    case 'binary': {
      const left = evaluate(where, expr.left);
      const right = evaluate(where, expr.right);
      if (!left || !right) return undefined;
      return combine(where, expr.operator, left, right, expr.range);
    }
    case 'identifier':
      return unknownName(where, expr, 'const', 'a number');
    default:
      return wrongForm(where, expr, 'a number');
  }
}

function combine(here: Here, operator: '+' | '-' | '*' | '/', left: Quantity, right: Quantity, range: Range): Quantity | undefined {
  const fail = (): undefined => {
    here.diagnostics.report(
      'TN306',
      at(here, range),
      `Cannot ${operator === '+' ? 'add' : operator === '-' ? 'subtract' : operator === '*' ? 'multiply' : 'divide'} ${dimensionNoun(left.dimension)} and ${dimensionNoun(right.dimension)}.`,
    );
    return undefined;
  };
  switch (operator) {
    case '+':
    case '-':
      if (left.dimension !== right.dimension) return fail();
      return { value: operator === '+' ? left.value + right.value : left.value - right.value, dimension: left.dimension };
    case '*':
      if (left.dimension !== 'none' && right.dimension !== 'none') return fail();
      return { value: left.value * right.value, dimension: left.dimension === 'none' ? right.dimension : left.dimension };
    case '/':
      if (right.dimension !== 'none' && right.dimension !== left.dimension) return fail();
      if (right.value === 0) {
        here.diagnostics.report('TN303', at(here, range), 'Division by zero.');
        return undefined;
      }
      return { value: left.value / right.value, dimension: right.dimension === 'none' ? left.dimension : 'none' };
  }
}

export interface NumberOptions {
  readonly bounds?: Bounds;
  readonly integer?: boolean;
  /** Names the setting in messages. */
  readonly what?: string;
}

/** A number of the expected dimension, normalised and checked against its bounds. */
export function numberOf(here: Here, expression: Expression, dimension: ValueDimension, options: NumberOptions = {}): number | undefined {
  const quantity = evaluate(here, expression);
  if (!quantity) return undefined;
  if (quantity.dimension !== dimension) {
    const where = at(here, expression.range);
    const what = options.what ? `${options.what} needs ` : 'Expected ';
    if (quantity.dimension === 'none') {
      const unit = DIMENSIONS[dimension as Dimension];
      here.diagnostics.report('TN301', where, `${what}${unit.noun}: add a unit such as '${unit.example}'.`, {
        data: { expected: dimension, suggestedUnit: unit.example },
      });
    } else if (dimension === 'none') {
      here.diagnostics.report('TN302', where, `${what}a plain number, not ${dimensionNoun(quantity.dimension)}: remove the unit.`, {
        data: { expected: 'none', found: quantity.dimension },
      });
    } else {
      here.diagnostics.report('TN302', where, `${what}${dimensionNoun(dimension)}, not ${dimensionNoun(quantity.dimension)}.`, {
        data: { expected: dimension, found: quantity.dimension, suggestedUnit: DIMENSIONS[dimension].example },
      });
    }
    return undefined;
  }
  if (options.integer && !Number.isInteger(quantity.value)) {
    here.diagnostics.report('TN305', at(here, expression.range), `${options.what ?? 'This value'} must be a whole number.`, { data: { suggestion: Math.round(quantity.value) } });
    return undefined;
  }
  if (!withinBounds(here, quantity.value, dimension, options.bounds, expression, options.what)) return undefined;
  return quantity.value;
}

/** `written` is where the value is written; its range is read only to report a value out of bounds. */
export function withinBounds(here: Here, value: number, dimension: ValueDimension, bounds: Bounds | undefined, written: { readonly range: Range }, what?: string): boolean {
  if (!bounds) return true;
  const format = (n: number) => formatQuantity(n, dimension === 'none' ? undefined : dimension);
  const low = bounds.min !== undefined && (bounds.minExclusive ? value <= bounds.min : value < bounds.min);
  const high = bounds.max !== undefined && (bounds.maxExclusive ? value >= bounds.max : value > bounds.max);
  if (!low && !high) return true;
  const parts: string[] = [];
  if (bounds.min !== undefined) parts.push(`${bounds.minExclusive ? 'above' : 'at least'} ${format(bounds.min)}`);
  if (bounds.max !== undefined) parts.push(`${bounds.maxExclusive ? 'below' : 'at most'} ${format(bounds.max)}`);
  here.diagnostics.report('TN303', at(here, written.range), `${what ?? 'The value'} must be ${parts.join(' and ')}; ${format(value)} is out of range.`, {
    data: { min: bounds.min, max: bounds.max, minExclusive: bounds.minExclusive ?? false, maxExclusive: bounds.maxExclusive ?? false },
  });
  return false;
}

/** A distribution of numbers: a call of a distribution function, `a .. b`, or a single number (constant). */
export function distributionOf(here: Here, expression: Expression, dimension: ValueDimension, options: NumberOptions = {}): Distribution | undefined {
  let where = here;
  let expr = expression;
  if (namesConstant(here, expression)) {
    const resolved = dereference(here, expression);
    if (!resolved) return undefined;
    ({ here: where, expression: expr } = resolved);
  }
  if (expr.kind === 'interval') {
    const min = numberOf(where, expr.from, dimension, options);
    const max = numberOf(where, expr.to, dimension, options);
    return min === undefined || max === undefined ? undefined : uniform(where, min, max, expr.range);
  }
  if (expr.kind !== 'call') {
    const value = numberOf(where, expr, dimension, options);
    return value === undefined ? undefined : { type: 'constant', value };
  }
  const name = expr.callee.name;
  if (name === 'choice') {
    const options_ = choiceOptions(where, expr, (value) => numberOf(where, value, dimension, options));
    return options_ && { type: 'choice', options: options_ };
  }
  const spec = functionSpec('distribution', name);
  if (!spec) return unknownFunction(where, expr.callee, 'distribution');
  const args = callArguments(where, expr, spec, (param, value) =>
    param.dimension === 'value'
      ? numberOf(where, value, dimension, { ...options, bounds: mergeBounds(options.bounds, param.bounds), integer: false })
      : numberOf(where, value, param.dimension, { bounds: param.bounds, what: `${param.name}` }),
  );
  if (!args) return undefined;
  switch (name) {
    case 'constant':
      return { type: 'constant', value: args.value! };
    case 'uniform':
      return uniform(where, args.from!, args.to!, expr.range);
    case 'exponential':
      return { type: 'exponential', mean: args.mean! };
    case 'normal':
      return { type: 'normal', mean: args.mean!, sd: args.sd! };
    case 'lognormal':
      return { type: 'lognormal', median: args.median!, sigma: args.sigma! };
    default:
      return { type: 'pareto', scale: args.scale!, shape: args.shape! };
  }
}

function mergeBounds(value: Bounds | undefined, param: Bounds | undefined): Bounds | undefined {
  return param ? { ...value, ...param } : value;
}

function uniform(here: Here, min: number, max: number, range: Range): Distribution | undefined {
  if (min > max) {
    here.diagnostics.report('TN307', at(here, range), 'The lower bound is above the upper bound.', { data: { min, max } });
    return undefined;
  }
  return { type: 'uniform', min, max };
}

/** The options of `choice(a, b weight 2, …)`. */
function choiceOptions<T>(here: Here, call: Call, value: (expression: Expression) => T | undefined): { value: T; weight: number }[] | undefined {
  if (call.args.length === 0) return wrongForm(here, call, 'at least one option in choice(…)');
  const out: { value: T; weight: number }[] = [];
  let ok = true;
  for (const argument of call.args) {
    const [first, keyword, weightExpr] = argument.values;
    if (!first) {
      ok = wrongForm(here, call, 'an option') ?? false;
      continue;
    }
    const optionValue = value(first);
    let weight = 1;
    if (keyword) {
      if (keyword.kind !== 'identifier' || keyword.name !== 'weight' || !weightExpr || argument.values.length > 3) {
        ok = wrongForm(here, keyword, '`weight W` after a choice option') ?? false;
        continue;
      }
      const w = numberOf(here, weightExpr, 'none', { bounds: { min: 0, minExclusive: true }, what: 'A weight' });
      if (w === undefined) ok = false;
      else weight = w;
    }
    if (optionValue === undefined) ok = false;
    else out.push({ value: optionValue, weight });
  }
  return ok ? out : undefined;
}

interface ParameterIndex {
  readonly positional: readonly FunctionParam[];
  readonly byName: ReadonlyMap<string, FunctionParam>;
  readonly names: readonly string[];
}

const parameterIndexes = new WeakMap<FunctionSpec, ParameterIndex>();

/** A function's parameters by name and position, computed once per function. */
function parametersOf(spec: FunctionSpec): ParameterIndex {
  let index = parameterIndexes.get(spec);
  if (!index) {
    index = {
      positional: spec.params.filter((param) => param.positional),
      byName: new Map(spec.params.map((param) => [param.name, param])),
      names: spec.params.map((param) => param.name),
    };
    parameterIndexes.set(spec, index);
  }
  return index;
}

/** Arguments of a call matched to the function's parameters: positional first, then `name value`. */
export function callArguments(
  here: Here,
  call: Call,
  spec: FunctionSpec,
  value: (param: FunctionParam, expression: Expression) => number | undefined,
): Record<string, number> | undefined {
  const { positional, byName, names } = parametersOf(spec);
  const out: Record<string, number> = {};
  const given = new Set<string>();
  let nextPositional = 0;
  let ok = true;
  const assign = (name: string, expression: Expression | undefined, nameRange: Range): void => {
    const param = byName.get(name);
    if (!param) {
      const suggestion = closest(name, names);
      here.diagnostics.report('TN206', at(here, nameRange), `${spec.name}(…) has no argument '${name}'.${didYouMean(suggestion)}`, {
        data: { replacement: suggestion, expected: names },
      });
      ok = false;
      return;
    }
    if (given.has(name)) {
      here.diagnostics.report('TN202', at(here, nameRange), `Argument '${name}' is given twice.`);
      ok = false;
      return;
    }
    given.add(name);
    if (!expression) {
      ok = wrongForm(here, call, `a value for '${name}'`) ?? false;
      return;
    }
    const result = value(param, expression);
    if (result === undefined) ok = false;
    else out[name] = result;
  };
  for (const argument of call.args) {
    let values = argument.values;
    const first = values[0];
    if (!first) continue;
    // `name value` pairs have even length; `value name value …` starts with a positional value.
    const namesParam = first.kind === 'identifier' && values.length % 2 === 0;
    if (!namesParam) {
      const param = positional[nextPositional++];
      if (!param) {
        here.diagnostics.report('TN304', at(here, first.range), `${spec.name}(…) takes ${positional.length} positional argument${positional.length === 1 ? '' : 's'}.`);
        ok = false;
        continue;
      }
      assign(param.name, first, first.range);
      values = values.slice(1);
    }
    for (let index = 0; index < values.length; index += 2) {
      const name = values[index]!;
      if (name.kind !== 'identifier') {
        ok = wrongForm(here, name, 'an argument name') ?? false;
        break;
      }
      assign(name.name, values[index + 1], name.range);
    }
  }
  for (const param of spec.params) {
    if (given.has(param.name)) continue;
    if (param.default !== undefined) out[param.name] = param.default;
    else if (ok) {
      here.diagnostics.report('TN304', at(here, call.range), `${spec.name}(…) needs '${param.name}': ${param.summary}`, { data: { missing: param.name } });
      ok = false;
    }
  }
  return ok ? out : undefined;
}

function unknownFunction(here: Here, callee: Identifier, category: FunctionSpec['category']): undefined {
  const names = category === 'distribution' ? [...functionNames('distribution'), 'choice'] : functionNames(category);
  const suggestion = closest(callee.name, names);
  here.diagnostics.report('TN206', at(here, callee.range), `Unknown ${category} function '${callee.name}'.${didYouMean(suggestion)} Known: ${[...new Set(names)].join(', ')}.`, {
    data: { replacement: suggestion },
  });
  return undefined;
}

/** Reports an identifier that names nothing of the expected kind. */
export function unknownName(here: Here, identifier: Identifier, kind: SymbolKind, expected?: string): undefined {
  const other = here.analysis.symbols.anyNamed(identifier.name);
  if (other && other.kind !== kind) {
    here.diagnostics.report('TN203', at(here, identifier.range), `'${identifier.name}' is a ${kindNoun(other.kind)}, not ${expected ?? 'a ' + kindNoun(kind)}.`, {
      related: [{ uri: other.uri, range: other.range, message: `'${identifier.name}' is declared here` }],
    });
    return undefined;
  }
  const suggestion = closest(identifier.name, here.analysis.symbols.namesOf(kind));
  const message = expected ? `Unknown name '${identifier.name}': expected ${expected} or the name of a ${kindNoun(kind)}.` : `Unknown ${kindNoun(kind)} '${identifier.name}'.`;
  here.diagnostics.report('TN203', at(here, identifier.range), `${message}${didYouMean(suggestion)}`, {
    data: { replacement: suggestion, kind },
  });
  return undefined;
}

/**
 * A name of one part (`guard`, not `relays.guard`). Reads the name: `parts` is split from it
 * (one part exactly when it has no '.') and builds an array each time it is read.
 */
export function isSimpleName(expression: Expression | undefined): expression is Identifier {
  return expression?.kind === 'identifier' && expression.name.indexOf('.') < 0;
}

/** The name of a declared thing of the given kind; records the reference. */
export function referenceOf(here: Here, expression: Expression, kind: SymbolKind): string | undefined {
  if (!isSimpleName(expression)) return wrongForm(here, expression, `the name of a ${kindNoun(kind)}`);
  const declaration = here.analysis.symbols.find(kind, expression.name);
  if (!declaration) return unknownName(here, expression, kind);
  declaration.references.push(lazyAt(here, expression));
  return expression.name;
}

/** One name or `choice(a, b weight 2, …)` of names. */
export function referenceDistribution(here: Here, expression: Expression, kind: SymbolKind): Distribution<string> | undefined {
  let where = here;
  let expr = expression;
  if (namesConstant(here, expression)) {
    const resolved = dereference(here, expression);
    if (!resolved) return undefined;
    ({ here: where, expression: expr } = resolved);
  }
  if (expr.kind === 'call') {
    if (expr.callee.name !== 'choice') return wrongForm(where, expr, `a ${kindNoun(kind)} or choice(…) of them`);
    const options = choiceOptions(where, expr, (value) => referenceOf(where, value, kind));
    return options && { type: 'choice', options };
  }
  const name = referenceOf(where, expr, kind);
  return name === undefined ? undefined : { type: 'constant', value: name };
}

const enumNames = new WeakMap<object, ReadonlySet<string>>();

/**
 * The keys of an enum's `values`, as a Set built once per object: a name from the file is then
 * hashed, where a property lookup by it would first find its copy in V8's string table.
 */
function namesOf(values: Readonly<Record<string, unknown>>): ReadonlySet<string> {
  let names = enumNames.get(values);
  if (!names) enumNames.set(values, (names = new Set(Object.keys(values))));
  return names;
}

/** One of the keys of `values` (their descriptions are for documentation; only the keys matter here). */
export function enumOf(here: Here, expression: Expression, values: Readonly<Record<string, unknown>>, what: string): string | undefined {
  if (!isSimpleName(expression)) return wrongForm(here, expression, `one of ${Object.keys(values).join(', ')}`);
  if (namesOf(values).has(expression.name)) return expression.name;
  const suggestion = closest(expression.name, Object.keys(values));
  here.diagnostics.report('TN205', at(here, expression.range), `Unknown ${what} '${expression.name}'.${didYouMean(suggestion)} Expected one of: ${Object.keys(values).join(', ')}.`, {
    data: { replacement: suggestion, expected: Object.keys(values) },
  });
  return undefined;
}

const BOOLEANS: Record<string, boolean> = { on: true, off: false, true: true, false: false, yes: true, no: false };

export function booleanOf(here: Here, expressions: Expression[]): boolean | undefined {
  if (expressions.length === 0) return true;
  const [first, ...extra] = expressions;
  if (extra.length > 0) return wrongForm(here, extra[0]!, 'nothing more after the value');
  const name = enumOf(here, first!, BOOLEANS, 'switch value');
  return name === undefined ? undefined : BOOLEANS[name];
}

/** Metric names with an optional group: `ttfb(web)`, `goodput`, `throughput(victim)` (relay groups where the metric allows). */
export function metricOf(here: Here, expression: Expression): Metric | undefined {
  const callee = expression.kind === 'call' ? expression.callee : expression;
  if (callee.kind !== 'identifier') return wrongForm(here, expression, 'a metric such as ttfb(web) or goodput');
  const spec = functionSpec('metric', callee.name);
  if (!spec) return unknownFunction(here, callee, 'metric');
  if (expression.kind !== 'call') return { name: callee.name, clients: null, relays: null };
  const kinds = spec.groups ?? ['clients'];
  if (expression.args.length !== 1 || expression.args[0]!.values.length !== 1) return wrongForm(here, expression, `${callee.name}(${kinds.map(groupNoun).join(' or ')})`);
  const group = expression.args[0]!.values[0]!;
  const relays = kinds.includes('relays') && group.kind === 'identifier' && here.analysis.symbols.find('relays', group.name) !== undefined;
  if (relays) {
    const name = referenceOf(here, group, 'relays');
    return name === undefined ? undefined : { name: callee.name, clients: null, relays: name };
  }
  const clients = referenceOf(here, group, 'clients');
  return clients === undefined ? undefined : { name: callee.name, clients, relays: null };
}

function groupNoun(kind: 'clients' | 'relays'): string {
  return kind === 'clients' ? 'CLIENT-GROUP' : 'RELAY-GROUP';
}
