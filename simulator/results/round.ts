// The one rounding rule of results.json: measured values keep 6 significant digits, far
// beyond what any seed-to-seed spread resolves, and keep the file small and readable.

export function round(value: number): number {
  return value === 0 || !Number.isFinite(value) ? value : Number(value.toPrecision(6));
}

export function roundOrNull(value: number | null): number | null {
  return value === null ? null : round(value);
}
