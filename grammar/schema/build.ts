// Small constructors that keep the schema tables readable.

import type { Dimension } from '../semantic/units';
import type {
  Bounds,
  ContextId,
  Documented,
  Json,
  MechanismOption,
  MechanismSpec,
  PropertySpec,
  SectionSpec,
  SpecialSpec,
  SymbolKind,
  ValueSpec,
} from './types';

type Doc = Omit<Documented, never>;

export function quantity(
  dimension: Dimension | 'none',
  options: { bounds?: Bounds; integer?: boolean; distribution?: boolean; optional?: boolean } = {},
): ValueSpec {
  return { kind: 'quantity', dimension, ...options };
}

export const count = (bounds: Bounds = { min: 0 }): ValueSpec => quantity('none', { integer: true, bounds });

export function property(
  keyword: string,
  value: ValueSpec,
  defaultValue: Json | undefined,
  doc: Doc & { presets?: PropertySpec['presets'] },
): PropertySpec {
  return { form: 'property', keyword, value, default: defaultValue, ...doc };
}

export function mechanism(
  keyword: string,
  defaultOption: string,
  options: Record<string, MechanismOption>,
  doc: Doc,
): MechanismSpec {
  return { form: 'mechanism', keyword, options, default: defaultOption, ...doc };
}

export function option(
  type: string,
  doc: Doc & { context?: ContextId; presets?: Record<string, Json> },
): MechanismOption {
  return { type, ...doc };
}

export function section(keyword: string, context: ContextId, doc: Doc): SectionSpec {
  return { form: 'section', keyword, context, ...doc };
}

export function special(
  keyword: string,
  syntax: string,
  doc: Doc & { declares?: SymbolKind; context?: ContextId },
): SpecialSpec {
  return { form: 'special', keyword, syntax, repeatable: true, ...doc };
}

/** Bounds helpers in normalised units. */
export const positive: Bounds = { min: 0, minExclusive: true };
export const nonNegative: Bounds = { min: 0 };
export const fraction: Bounds = { min: 0, max: 1 };
