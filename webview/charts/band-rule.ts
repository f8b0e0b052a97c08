// When a chart draws a variant's 95 % band. The intervals themselves stay honest (results.json,
// the tables and the CSV export keep them), but with 2 seeds Student's t is 12.7: the band
// covers most of a CDF, and its edges (each a mean ± 12.7 standard errors of two values) cross
// and notch, which reads as noise rather than as uncertainty. So charts draw a band only from
// MIN_BAND_SEEDS seeds up (t = 4.3 at 3) and say in the subtitle when they left one out.

export const MIN_BAND_SEEDS = 3;

export const BAND_SEEDS_NOTE = `bands need ≥ ${MIN_BAND_SEEDS} seeds`;

/** Whether a variant whose band was computed from `seeds` seeds gets it drawn. */
export function drawsBand(seeds: number): boolean {
  return seeds >= MIN_BAND_SEEDS;
}

/** The chart's subtitle: one line per note (a narrow chart cannot fit two on one), or null when there is none. */
export function subtitleOf(notes: readonly (string | null)[]): string[] | null {
  const shown = notes.filter((note): note is string => note !== null);
  return shown.length === 0 ? null : shown;
}
