// A normalised value written for people: rates in decimal bit units (Mbit/s, as link
// speeds are quoted), sizes in bytes, durations in seconds, percentages as fractions.

import type { Dimension } from '../../grammar/semantic/units';

const RATE_UNITS: readonly [string, number][] = [
  ['Gbit/s', 1e9],
  ['Mbit/s', 1e6],
  ['kbit/s', 1e3],
  ['bit/s', 1],
];

export function normalisedForm(value: number, dimension: Dimension): string {
  switch (dimension) {
    case 'rate': {
      const [unit, factor] = RATE_UNITS.find(([, factor]) => Math.abs(value) >= factor) ?? RATE_UNITS[RATE_UNITS.length - 1]!;
      return `${round(value / factor, 2)} ${unit}`;
    }
    case 'size':
      return `${round(value, 2).toLocaleString('en-US')} bytes`;
    case 'time':
      return `${round(value, 6)} s`;
    case 'fraction':
      return `${round(value, 6)}`;
  }
}

const SIZE_UNITS: readonly [string, number][] = [
  ['GiB', 2 ** 30],
  ['MiB', 2 ** 20],
  ['KiB', 2 ** 10],
  ['B', 1],
];

/** A derived size (not one the author wrote) in the largest binary unit it reaches, to three significant digits. */
export function approximateSize(bytes: number): string {
  const [unit, factor] = SIZE_UNITS.find(([, factor]) => Math.abs(bytes) >= factor) ?? SIZE_UNITS[SIZE_UNITS.length - 1]!;
  return `${Number((bytes / factor).toPrecision(3))} ${unit}`;
}

function round(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}
