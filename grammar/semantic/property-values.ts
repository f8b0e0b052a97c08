// The value of a property statement, interpreted by the kind its schema entry declares.

import type { Expression, Range } from '../syntax/ast';
import type { Json, PropertySpec, ValueSpec } from '../schema/types';
import { at, type Here } from './analysis';
import { lossOf } from './loss';
import { booleanOf, distributionOf, enumOf, metricOf, numberOf, referenceDistribution, referenceOf, wrongForm, type NumberOptions } from './values';

const isNone = (expression: Expression | undefined): boolean => expression?.kind === 'identifier' && expression.name === 'none';

/** What a property's values are written in (a statement, a vary item): its range is read only to report a problem. */
interface Written {
  readonly range: Range;
}

/** The one value after a keyword; reports none or several. */
function single(here: Here, spec: PropertySpec, values: Expression[], written: Written): Expression | undefined {
  if (values.length === 1) return values[0];
  if (values.length === 0) {
    here.diagnostics.report('TN304', at(here, written.range), `'${spec.keyword}' needs a value.`, { data: { missing: 'value' } });
    return undefined;
  }
  return wrongForm(here, values[1]!, `only one value after '${spec.keyword}'`);
}

const numberOptions = new WeakMap<PropertySpec, NumberOptions>();
const enumNouns = new WeakMap<PropertySpec, string>();

/** `'flags value'`, what an enum property's messages call its value, built once per schema entry. */
function enumNounOf(spec: PropertySpec): string {
  let noun = enumNouns.get(spec);
  if (noun === undefined) enumNouns.set(spec, (noun = `${spec.keyword} value`));
  return noun;
}

/** Bounds, wholeness and name of a quantity property, built once per schema entry. */
function numberOptionsOf(spec: PropertySpec, value: Extract<ValueSpec, { kind: 'quantity' }>): NumberOptions {
  let options = numberOptions.get(spec);
  if (!options) {
    options = { bounds: value.bounds, integer: value.integer, what: `'${spec.keyword}'` };
    numberOptions.set(spec, options);
  }
  return options;
}

export function propertyValue(here: Here, spec: PropertySpec, values: Expression[], written: Written): Json | undefined {
  const value = spec.value;
  switch (value.kind) {
    case 'quantity': {
      const expression = single(here, spec, values, written);
      if (!expression) return undefined;
      if (value.optional && isNone(expression)) return null;
      const options = numberOptionsOf(spec, value);
      return (value.distribution ? distributionOf(here, expression, value.dimension, options) : numberOf(here, expression, value.dimension, options)) as Json | undefined;
    }
    case 'boolean':
      return booleanOf(here, values);
    case 'enum': {
      if (!value.list) {
        const expression = single(here, spec, values, written);
        return expression && enumOf(here, expression, value.values, enumNounOf(spec));
      }
      const items = values.length === 1 && values[0]!.kind === 'list' ? values[0].items.map((item) => item.values[0]!).filter(Boolean) : values;
      // Every item is checked (each problem reported); the names are kept once each, in order,
      // in an array of their exact size: the model keeps it (a `[]` grown by push has room for 17).
      const names = new Array<string>(items.length);
      let count = 0;
      let valid = true;
      for (const item of items) {
        const name = enumOf(here, item, value.values, enumNounOf(spec));
        if (name === undefined) valid = false;
        else if (!names.includes(name)) names[count++] = name;
      }
      if (count < names.length) names.length = count; // setting the length is a runtime call, even to itself
      return valid ? names : undefined;
    }
    case 'reference': {
      const expression = single(here, spec, values, written);
      if (!expression) return undefined;
      if (value.optional && isNone(expression)) return null;
      return (value.distribution ? referenceDistribution(here, expression, value.to) : referenceOf(here, expression, value.to)) as Json | undefined;
    }
    case 'string': {
      const expression = single(here, spec, values, written);
      if (!expression) return undefined;
      return expression.kind === 'string' ? expression.value : wrongForm(here, expression, 'a string in double quotes');
    }
    case 'loss-model':
      if (values.length === 0) {
        single(here, spec, values, written);
        return undefined;
      }
      return lossOf(here, values) as Json | undefined;
    case 'access':
      return accessOf(here, values, written, value.optional ?? false);
    case 'seeds': {
      const expression = single(here, spec, values, written);
      return expression && seedsOf(here, expression);
    }
    case 'metrics': {
      const metrics = values.map((expression) => metricOf(here, expression));
      return metrics.every((metric) => metric !== undefined) ? (metrics as unknown as Json) : undefined;
    }
  }
}

const RATE_BOUNDS = { min: 0, minExclusive: true };

/** `1 Gbit/s` (both ways) or `up 10 Mbit/s down 50 Mbit/s`. */
function accessOf(here: Here, values: Expression[], written: Written, optional: boolean): Json | undefined {
  if (optional && values.length === 1 && isNone(values[0])) return null;
  if (values.length === 1) {
    const rate = numberOf(here, values[0]!, 'rate', { bounds: RATE_BOUNDS, what: "'access'" });
    return rate === undefined ? undefined : { up: rate, down: rate };
  }
  const out: Record<string, number> = {};
  let ok = values.length === 4;
  for (let index = 0; index + 1 < values.length; index += 2) {
    const direction = values[index]!;
    if (direction.kind !== 'identifier' || (direction.name !== 'up' && direction.name !== 'down') || direction.name in out) {
      ok = false;
      break;
    }
    const rate = numberOf(here, values[index + 1]!, 'rate', { bounds: RATE_BOUNDS, what: `'access ${direction.name}'` });
    if (rate === undefined) return undefined;
    out[direction.name] = rate;
  }
  if (!ok) {
    here.diagnostics.report('TN304', at(here, written.range), "'access' takes one rate for both directions, or 'up RATE down RATE'.", { data: { expected: 'access' } });
    return undefined;
  }
  return { up: out.up!, down: out.down! };
}

/** `5` (seeds 1…5) or `[1, 7, 42]`. */
function seedsOf(here: Here, expression: Expression): Json | undefined {
  if (expression.kind === 'list') {
    const seeds = expression.items.map((item) =>
      item.values.length === 1 ? numberOf(here, item.values[0]!, 'none', { integer: true, bounds: { min: 0 }, what: 'A seed' }) : wrongForm(here, item, 'one seed'),
    );
    if (seeds.some((seed) => seed === undefined)) return undefined;
    if (new Set(seeds).size !== seeds.length) {
      here.diagnostics.report('TN202', at(here, expression.range), 'A seed is listed twice.');
      return undefined;
    }
    return seeds as number[];
  }
  const count = numberOf(here, expression, 'none', { integer: true, bounds: { min: 1, max: 10000 }, what: "'seeds'" });
  return count === undefined ? undefined : Array.from({ length: count }, (_, index) => index + 1);
}
