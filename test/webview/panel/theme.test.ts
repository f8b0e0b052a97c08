import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_PALETTE } from '../../../webview/charts/style';
import { themedChart } from '../../../webview/panel/chart-theme';
import { blended } from '../../../webview/panel/colour';
import { GRID_SHARE, themeKindOf, themeOf } from '../../../webview/panel/theme';
import { experimentPanels } from '../../../webview/charts/figure';
import { resultsOf } from '../charts/support';

const vars = (entries: Record<string, string>) => (name: string) => entries[name] ?? '';

test('the body class names the theme kind', () => {
  assert.equal(themeKindOf(['vscode-light']), 'light');
  assert.equal(themeKindOf(['vscode-dark']), 'dark');
  assert.equal(themeKindOf(['vscode-high-contrast']), 'high-contrast');
  assert.equal(themeKindOf(['vscode-high-contrast', 'vscode-high-contrast-light']), 'high-contrast-light');
});

test("variants take VS Code's chart colours first, then the default palette; missing variables fall back by theme kind", () => {
  const theme = themeOf(['vscode-dark'], vars({ '--vscode-charts-blue': '#3794ff', '--vscode-charts-red': '#f14c4c', '--vscode-editor-background': '#1f1f1f' }));
  assert.deepEqual(theme.palette.slice(0, 3), ['#3794ff', '#f14c4c', DEFAULT_PALETTE[2]]);
  assert.equal(theme.palette.length, DEFAULT_PALETTE.length);
  assert.equal(theme.background, '#1f1f1f');
  assert.equal(theme.foreground, '#cccccc');
  assert.equal(themeOf(['vscode-light'], vars({})).background, '#ffffff');
});

test('a translucent chart colour is not used for a variant (its band needs an opaque colour)', () => {
  const theme = themeOf(['vscode-light'], vars({ '--vscode-charts-blue': 'rgba(0, 0, 255, 0.5)', '--vscode-charts-red': '#e51400' }));
  assert.equal(theme.palette[0], '#e51400');
});

test("grid lines are a light, opaque mix of the foreground into the background, not VS Code's half-transparent charts.lines", () => {
  const channels = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  // VS Code's Light Modern and Dark Modern colours
  const light = themeOf(['vscode-light'], vars({ '--vscode-editor-foreground': '#3b3b3b', '--vscode-editor-background': '#ffffff', '--vscode-charts-lines': 'rgba(97, 97, 97, 0.5)' }));
  assert.match(light.grid, /^#[0-9a-f]{6}$/);
  assert.ok(channels(light.grid).every((c) => c >= 0xdd && c < 0xff), light.grid);
  const dark = themeOf(['vscode-dark'], vars({ '--vscode-editor-foreground': '#cccccc', '--vscode-editor-background': '#1f1f1f', '--vscode-charts-lines': 'rgba(204, 204, 204, 0.5)' }));
  assert.ok(channels(dark.grid).every((c) => c > 0x1f && c <= 0x40), dark.grid);
  // a translucent foreground counts with its alpha
  const faint = themeOf(['vscode-light'], vars({ '--vscode-editor-foreground': 'rgba(0, 0, 0, 0.5)', '--vscode-editor-background': '#ffffff' }));
  assert.equal(faint.grid, blended('#000000', '#ffffff', GRID_SHARE.light * 0.5));
});

test('high contrast draws the grid in a mix of the contrast border colour and lines thicker', () => {
  const theme = themeOf(['vscode-high-contrast'], vars({ '--vscode-contrastBorder': '#6fc3df', '--vscode-editor-foreground': '#ffffff', '--vscode-editor-background': '#000000' }));
  assert.equal(theme.grid, '#325864', '45 % of #6fc3df over black');
  const results = resultsOf({ amap: [100], kist: [60] });
  const chart = experimentPanels(results, results.experiments[0]!, { palette: theme.palette })[0]!.chart;
  const themed = themedChart(chart, theme);
  const x = themed.options!.scales!['x'] as { ticks: { color: string }; grid: { color: string }; type: string };
  assert.deepEqual([x.type, x.ticks.color, x.grid.color], ['logarithmic', '#ffffff', '#325864'], 'the axis keeps its type');
  assert.equal(themed.options!.plugins!.legend!.labels!.color, '#ffffff');
  assert.deepEqual(themed.data.datasets.map((d) => d.borderWidth), chart.data.datasets.map((d) => (d.label === '' ? 0 : 2.5)));
  assert.equal(chart.data.datasets[1]!.borderWidth, 1.5, 'the input config is not changed');
});
