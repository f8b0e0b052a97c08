// Logarithmic value axes: where the axis starts and what happens to values it cannot show.
// A value of 0 (an empty queue, an idle bucket) has no place on a log axis; leaving such points
// out would silently shorten a CDF, so they are drawn AT the axis minimum and the chart says so.

/** The decade at or below the smallest positive value; 1 when no value is positive. */
export function logAxisMinimum(values: readonly number[]): number {
  let smallest = Infinity;
  for (const v of values) if (v > 0 && v < smallest) smallest = v;
  return smallest === Infinity ? 1 : 10 ** Math.floor(Math.log10(smallest));
}

/** The value as drawn on a log axis starting at `minimum`. */
export function onLogAxis(value: number, minimum: number): number {
  return value < minimum ? minimum : value;
}

/** `Values of 0 (lowest 40 %) drawn at the axis minimum, 1e-6 ms`: the chart's subtitle when zeros were raised. */
export function zeroNote(detail: string, minimum: number, unit: string): string {
  return `Values of 0 (${detail}) drawn at the axis minimum, ${formatMinimum(minimum)} ${unit}`;
}

function formatMinimum(minimum: number): string {
  return minimum >= 1e-3 && minimum < 1e6 ? String(Number(minimum.toPrecision(6))) : minimum.toExponential(0);
}

/**
 * Log-axis tick labels at 1, 2 and 5 × 10^k, or at powers of ten only when the axis spans more
 * than three decades (chart.js labels every minor tick): `0.002`, `50`, `1e-6`; '' elsewhere.
 */
export function logTickLabel(value: number, spanDecades = 0): string {
  const exponent = Math.floor(Math.log10(value) + 1e-9);
  const mantissa = Math.round(value / 10 ** exponent);
  const labelled = spanDecades > 3 ? [1] : [1, 2, 5];
  if (!labelled.includes(mantissa) || Math.abs(value / 10 ** exponent - mantissa) > 1e-6) return '';
  return value >= 1e-3 && value < 1e6 ? String(Number(value.toPrecision(1))) : `${mantissa}e${exponent}`;
}

/** How many decades a log axis's ticks span (chart.js hands the label callback every tick). */
export function decadesSpanned(ticks: readonly { value: number }[]): number {
  return ticks.length < 2 ? 0 : Math.log10(ticks[ticks.length - 1]!.value / ticks[0]!.value);
}
