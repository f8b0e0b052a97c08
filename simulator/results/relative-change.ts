// The relative change between two numbers, on its own so viewers (the webview bundle) can use
// it without the statistics libraries statistics.ts needs.

/** Relative change (value − baseline) / baseline, or null when the baseline is 0. */
export function relativeChange(value: number, baseline: number): number | null {
  return baseline === 0 ? null : (value - baseline) / baseline;
}
