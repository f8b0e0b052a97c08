// The standalone report.html: per experiment the headline table and a grid of chart panels
// (the layout of the KIST paper's Figures 3–4), chart.js inlined and the chart configs built by
// webview/charts/ embedded as JSON. Opens from file:// with no network.

import type { ResultsFile } from '../../simulator/results/types';
import { experimentPanels } from '../../webview/charts/figure';
import { decadesSpanned, logTickLabel } from '../../webview/charts/log-axis';
import { formatCell, headlineTable } from '../../webview/charts/headline';

const STYLE = `
body { font: 14px/1.4 system-ui, sans-serif; margin: 24px; color: #222; }
h1 { font-size: 20px; } h2 { font-size: 17px; margin-top: 32px; }
.meta { color: #555; }
.partial { background: #fff3cd; border: 1px solid #e0c060; padding: 8px 12px; }
table { border-collapse: collapse; margin: 12px 0; }
th, td { border: 1px solid #ccc; padding: 3px 6px; text-align: right; white-space: nowrap; font-size: 12px; }
th:first-child, td:first-child { text-align: left; }
.grid { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 16px; }
figure { margin: 0; } figcaption { text-align: center; color: #333; margin-top: 4px; }
.panel { position: relative; height: 300px; }
`;

/**
 * Runs in the page: hides band datasets (empty labels) from legends, labels log axes as the
 * panel does (the same functions, embedded by their source: they use nothing but Math), and
 * draws every panel.
 */
const DRAW = `
const logTickLabel = ${logTickLabel.toString()};
const decadesSpanned = ${decadesSpanned.toString()};
for (const [id, config] of Object.entries(JSON.parse(document.getElementById('tornet-charts').textContent))) {
  config.options.plugins.legend.labels = { filter: (item) => item.text !== '' };
  config.options.maintainAspectRatio = false;
  for (const scale of Object.values(config.options.scales)) {
    if (scale.type !== 'logarithmic') continue;
    scale.ticks = { ...scale.ticks, autoSkip: false, maxRotation: 0, callback: (value, _, ticks) => logTickLabel(Number(value), decadesSpanned(ticks)) };
    // Unlabelled (minor) ticks get a fainter grid line, so the labelled ones stand out.
    scale.grid = { ...scale.grid, color: (context) => (context.tick && context.tick.label === '' ? 'rgba(0, 0, 0, 0.04)' : 'rgba(0, 0, 0, 0.12)') };
  }
  new Chart(document.getElementById(id), config);
}
`;

export function reportHtml(results: ResultsFile, chartJs: string): string {
  const charts: Record<string, unknown> = {};
  const sections = results.experiments.map((experiment, e) => {
    const table = headlineTable(results, experiment);
    const head = `<tr><th>variant</th><th>seeds</th>${table.columns.map((c) => `<th>${escape(c)}</th>`).join('')}</tr>`;
    const rows = table.rows
      .map((row) => `<tr><td>${escape(row.variant)}${row.variant === table.baseline ? ' (baseline)' : ''}</td><td>${row.seeds}</td>${row.cells.map((c) => `<td>${escape(formatCell(c))}</td>`).join('')}</tr>`)
      .join('\n');
    const figures = experimentPanels(results, experiment)
      .map((panel, p) => {
        const id = `chart-${e}-${p}`;
        charts[id] = panel.chart;
        return `<figure><div class="panel"><canvas id="${id}"></canvas></div><figcaption>${escape(panel.caption)}</figcaption></figure>`;
      })
      .join('\n');
    return `<section><h2>Experiment ${escape(experiment.name)}</h2>
<table>${head}\n${rows}</table>
<p class="meta">Each number is the mean across seeds of each seed's median (p50) or mean, with 95 % Student-t intervals; change is relative to ${experiment.baseline ? escape(experiment.baseline) : 'no baseline'}. Queue times are means per cell: with a heavy tail (most cells waiting ≈ 0, a few hundreds of ms) the median hides where the time goes. Bands in the charts are the same intervals at each point.</p>
<div class="grid">${figures}</div></section>`;
  });
  const title = results.scenario.model.base.run.title || results.scenario.path;
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${escape(title)} — TorNet Studio report</title><style>${STYLE}</style></head>
<body><h1>${escape(title)}</h1>
<p class="meta">${escape(results.scenario.path)} · sha256 ${results.scenario.sha256.slice(0, 12)} · ${escape(results.tool.name)} ${escape(results.tool.version)}</p>
${results.complete ? '' : '<p class="partial">Partial results: some runs were cancelled or failed; see results.json for each run\'s status.</p>'}
${sections.join('\n')}
<script>${chartJs.replace(/<\/script/gi, '<\\/script')}</script>
<script id="tornet-charts" type="application/json">${jsonForScript(charts)}</script>
<script>${DRAW}</script>
</body></html>
`;
}

function escape(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

/** JSON that cannot end the script element it is embedded in. */
function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
