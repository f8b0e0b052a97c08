// Numbers the in-host suite measures (e.g. activation time); index.ts writes them to the report
// that the harness prints and docs/performance.md quotes.
export const metrics: Record<string, number> = {};
