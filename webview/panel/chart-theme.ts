// Applies a Theme to a panel's chart configuration (webview/charts/ builds it with the theme's
// palette): text, grid and axis colours, and thicker lines in high contrast. Pure.

import type { ChartConfiguration } from 'chart.js';
import type { Point } from '../charts/datasets';
import type { Theme } from './theme';

export type LineChartConfig = ChartConfiguration<'line', Point[]>;

export function themedChart(config: LineChartConfig, theme: Theme): LineChartConfig {
  const highContrast = theme.kind.startsWith('high-contrast');
  const options = config.options ?? {};
  const plugins = options.plugins ?? {};
  const axis = (scale: object | undefined) => {
    const s = (scale ?? {}) as { title?: object; ticks?: object; grid?: object; border?: object };
    return {
      ...s,
      title: { ...s.title, color: theme.foreground },
      ticks: { ...s.ticks, color: theme.foreground },
      grid: { ...s.grid, color: theme.grid },
      border: { ...s.border, color: theme.foreground },
    };
  };
  return {
    ...config,
    data: {
      ...config.data,
      // Band datasets have no border; lines get wider in high contrast.
      datasets: config.data.datasets.map((d) => (highContrast && d.label !== '' ? { ...d, borderWidth: 2.5 } : d)),
    },
    options: {
      ...options,
      color: theme.foreground,
      borderColor: theme.grid,
      font: { family: theme.fontFamily },
      plugins: {
        ...plugins,
        title: { ...plugins.title, color: theme.foreground },
        subtitle: { ...plugins.subtitle, color: theme.foreground },
        legend: { ...plugins.legend, labels: { ...plugins.legend?.labels, color: theme.foreground } },
      },
      scales: { x: axis(options.scales?.['x']), y: axis(options.scales?.['y']) },
    },
  } as LineChartConfig;
}
