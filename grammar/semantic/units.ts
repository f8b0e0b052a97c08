// Units of the language and their normalisation: durations to seconds, sizes to bytes,
// rates to bits per second, percentages to fractions. One table, read by the value
// interpreter, the documentation generator and (later) completion.

export type Dimension = 'time' | 'size' | 'rate' | 'fraction';

export interface UnitInfo {
  readonly dimension: Dimension;
  /** Multiplier from this unit to the normalised unit of its dimension. */
  readonly factor: number;
}

/** Bytes of one cell on the wire with 4-byte circuit IDs (link protocol ≥ 4; or.h CELL_MAX_NETWORK_SIZE). */
export const CELL_BYTES = 514;

export const UNITS: Readonly<Record<string, UnitInfo>> = {
  µs: { dimension: 'time', factor: 1e-6 },
  us: { dimension: 'time', factor: 1e-6 },
  ms: { dimension: 'time', factor: 1e-3 },
  s: { dimension: 'time', factor: 1 },
  min: { dimension: 'time', factor: 60 },
  h: { dimension: 'time', factor: 3600 },
  B: { dimension: 'size', factor: 1 },
  KB: { dimension: 'size', factor: 1e3 },
  KiB: { dimension: 'size', factor: 1024 },
  MB: { dimension: 'size', factor: 1e6 },
  MiB: { dimension: 'size', factor: 1024 ** 2 },
  GB: { dimension: 'size', factor: 1e9 },
  GiB: { dimension: 'size', factor: 1024 ** 3 },
  cells: { dimension: 'size', factor: CELL_BYTES },
  'bit/s': { dimension: 'rate', factor: 1 },
  'kbit/s': { dimension: 'rate', factor: 1e3 },
  'Mbit/s': { dimension: 'rate', factor: 1e6 },
  'Gbit/s': { dimension: 'rate', factor: 1e9 },
  'KB/s': { dimension: 'rate', factor: 8e3 },
  'KiB/s': { dimension: 'rate', factor: 8 * 1024 },
  'MB/s': { dimension: 'rate', factor: 8e6 },
  'MiB/s': { dimension: 'rate', factor: 8 * 1024 ** 2 },
  'GB/s': { dimension: 'rate', factor: 8e9 },
  'GiB/s': { dimension: 'rate', factor: 8 * 1024 ** 3 },
  '%': { dimension: 'fraction', factor: 0.01 },
};

/** What each dimension is called in messages, and a unit to suggest when one is missing. */
export const DIMENSIONS: Readonly<Record<Dimension, { readonly noun: string; readonly example: string; readonly normalised: string }>> = {
  time: { noun: 'a duration', example: 'ms', normalised: 'seconds' },
  size: { noun: 'a size', example: 'KiB', normalised: 'bytes' },
  rate: { noun: 'a rate', example: 'Mbit/s', normalised: 'bits per second' },
  fraction: { noun: 'a percentage', example: '%', normalised: 'a fraction (1 % = 0.01)' },
};

// A Map: the unit's text comes from the file (see enumOf in values.ts).
const UNIT_INFO = new Map(Object.entries(UNITS));

export function unitInfo(text: string): UnitInfo | undefined {
  return UNIT_INFO.get(text);
}

/** A number written in `unit`, in normalised units; sub-units divide so that 70 % is exactly 0.7. */
export function normalise(value: number, unit: UnitInfo): number {
  return unit.factor < 1 ? value / Math.round(1 / unit.factor) : value * unit.factor;
}

/** Units of a dimension, in table order. */
export function unitsOf(dimension: Dimension): string[] {
  return Object.keys(UNITS).filter((unit) => UNITS[unit]!.dimension === dimension && unit !== 'us');
}

/** A normalised value written back with a readable unit, for documentation and messages. */
export function formatQuantity(value: number, dimension: Dimension | undefined): string {
  if (dimension === undefined) return String(value);
  const preferred: Record<Dimension, string[]> = {
    time: ['h', 'min', 's', 'ms', 'µs'],
    size: ['GiB', 'MiB', 'KiB', 'B'],
    rate: ['Gbit/s', 'Mbit/s', 'MiB/s', 'KiB/s', 'kbit/s', 'bit/s'],
    fraction: ['%'],
  };
  if (value === 0) return `0 ${{ time: 's', size: 'B', rate: 'bit/s', fraction: '%' }[dimension]}`;
  const candidates = preferred[dimension];
  for (const unit of candidates) {
    const scaled = value / UNITS[unit]!.factor;
    if (Math.abs(scaled) >= 1 && Number.isInteger(Math.round(scaled * 1000) / 1000)) return `${round(scaled)} ${unit}`;
  }
  const last = candidates[candidates.length - 1]!;
  return `${round(value / UNITS[last]!.factor)} ${last}`;
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
