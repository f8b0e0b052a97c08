// Builds results.json and report.html from kist-sweep.ts output, for the chart images of
// docs/validation.md (not a test).
//   node --import tsx test/simulator/tor/kist-report-html.ts SWEEP_DIR OUT_DIR DURATION_S WARMUP_S [VARIANT_REGEX]
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDocument } from '../../../grammar';
import { NodeFileSystem } from '../../../cli/node-file-system';
import { summariseRun } from '../../../simulator/results/summarise-run';
import { buildResults, type RunOutcome } from '../../../simulator/results/build-results';
import { reportHtml } from '../../../cli/report/report-html';
import { chartJsSource } from '../../../cli/report/chart-library';
import type { RunMetrics } from '../../../simulator/metrics/run-metrics';

const [dir, out, duration, warmup, only] = process.argv.slice(2);
const root = new URL('../../..', import.meta.url).pathname;
const path = join(root, 'examples/kist-load-loss.tornet');
const text = readFileSync(path, 'utf8');
const full = checkDocument(path, text, { fileSystem: new NodeFileSystem(root) }).model!;
const runs = readdirSync(dir!)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(join(dir!, f), 'utf8')) as { variant: string; wallSeconds: number; metrics: RunMetrics });
const names = new Set(runs.map((r) => r.variant).filter((name) => !only || new RegExp(only).test(name)));
// The model as the sweep ran it: only the variants run, at the sweep's duration and warm-up.
const experiment = {
  ...full.experiments[0]!,
  variants: full.experiments[0]!.variants
    .filter((v) => names.has(v.name))
    .map((v) => ({ ...v, config: { ...v.config, run: { ...v.config.run, duration: Number(duration), warmup: Number(warmup) } } })),
};
const model = { ...full, experiments: [experiment] };
const outcomes: RunOutcome[] = [];
for (const v of experiment.variants) for (const r of runs.filter((x) => x.variant === v.name).sort((a, b) => a.metrics.seed - b.metrics.seed)) {
  outcomes.push({ experiment: experiment.name, variant: v.name, seed: r.metrics.seed, status: 'ok', error: null, summary: summariseRun(r.metrics, v.config), durationMs: Math.round(r.wallSeconds * 1000) });
}
const results = buildResults({ tool: { name: 'tornet', version: 'validation' }, scenarioPath: 'examples/kist-load-loss.tornet', scenarioText: text, model, outcomes, startedAt: new Date(0), finishedAt: new Date(0), jobs: 2 });
writeFileSync(join(out!, 'results.json'), JSON.stringify(results));
writeFileSync(join(out!, 'report.html'), reportHtml(results, chartJsSource()));
console.log('wrote', out, outcomes.length, 'runs');
