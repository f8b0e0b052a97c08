import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { reportHtml } from '../../../cli/report/report-html';
import type { ResultsFile } from '../../../simulator/results/types';

const fixture = JSON.parse(readFileSync(new URL('../../webview/fixtures/panel-results.json', import.meta.url), 'utf8')) as ResultsFile;

interface DrawnScale {
  type?: string;
  ticks?: { callback?: (value: number, index: number, ticks: { value: number }[]) => string };
}

/** Runs the page's drawing script against a stand-in document and Chart, returning the configs it drew. */
function drawnConfigs(html: string): { options: { scales: Record<string, DrawnScale> } }[] {
  const scripts = [...html.matchAll(/<script(?: id="([^"]+)"[^>]*)?>([\s\S]*?)<\/script>/g)];
  const data = scripts.find((m) => m[1] === 'tornet-charts')![2]!;
  const draw = scripts.at(-1)![2]!;
  const drawn: { options: { scales: Record<string, DrawnScale> } }[] = [];
  const document = { getElementById: (id: string) => (id === 'tornet-charts' ? { textContent: data } : { id }) };
  const Chart = function (_canvas: unknown, config: (typeof drawn)[number]) {
    drawn.push(config);
  };
  new Function('document', 'Chart', draw)(document, Chart);
  return drawn;
}

test('report log axes label ticks as the panel does (decades without trailing decimals)', () => {
  const configs = drawnConfigs(reportHtml(fixture, ''));
  const logScales = configs.flatMap((c) => Object.values(c.options.scales)).filter((s) => s.type === 'logarithmic');
  assert.ok(logScales.length > 0);
  const ticks = [1e-3, 1e-2, 1e-1, 1, 10, 100, 1000, 1e4].map((value) => ({ value }));
  const label = logScales[0]!.ticks!.callback!;
  assert.deepEqual(ticks.map((t, i) => label(t.value, i, ticks)), ['0.001', '0.01', '0.1', '1', '10', '100', '1000', '10000']);
  assert.equal(label(3000, 0, ticks), '');
});

test('the report\'s headline table gives queue times as means per cell, and says so', () => {
  const html = reportHtml(fixture, '');
  const head = /<tr><th>variant<\/th>(.*?)<\/tr>/.exec(html)![1]!;
  assert.match(head, /<th>kernel queue mean<\/th><th>Tor queue mean<\/th>/);
  assert.doesNotMatch(head, /queue p50/);
  assert.match(html, /Queue times are means per cell/);
});
