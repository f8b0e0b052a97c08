/// <reference lib="dom" />
// One chart.js chart on a canvas. Updates replace its data and options in place and redraw
// without animation, so a live update never rebuilds the page or flickers. The canvas is
// painted with the theme background first (a PNG export is never transparent), the legend
// lists variants only (band datasets have empty labels) and clicking a variant hides its band
// too; the canvas's aria-label names the chart and its variants for screen readers.

import {
  Chart,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  LogarithmicScale,
  PointElement,
  SubTitle,
  Title,
  Tooltip,
  type LegendItem,
  type Plugin,
} from 'chart.js';
import { decadesSpanned, logTickLabel } from '../charts/log-axis';
import type { LineChartConfig } from './chart-theme';
import { fainter } from './colour';

const EXPORT_PIXEL_RATIO = 2;

Chart.register(LineController, LineElement, PointElement, LinearScale, LogarithmicScale, Filler, Legend, Title, SubTitle, Tooltip);

export class ChartView {
  private readonly chart: Chart<'line', { x: number; y: number }[]>;

  constructor(
    private readonly canvas: HTMLCanvasElement,
    config: LineChartConfig,
    private readonly background: () => string,
  ) {
    const paintBackground: Plugin<'line'> = {
      id: 'tornetBackground',
      beforeDraw: (chart) => {
        const { ctx, width, height } = chart;
        ctx.save();
        ctx.globalCompositeOperation = 'destination-over';
        ctx.fillStyle = this.background();
        ctx.fillRect(0, 0, width, height);
        ctx.restore();
      },
    };
    const describe: Plugin<'line'> = { id: 'tornetDescribe', afterUpdate: () => this.describe() };
    this.chart = new Chart(canvas, { ...this.interactive(config), plugins: [paintBackground, describe] });
  }

  update(config: LineChartConfig): void {
    const next = config.data.datasets;
    const current = this.chart.data.datasets;
    if (next.length === current.length && next.every((d, i) => d.label === current[i]!.label)) {
      // Same variants: keep the dataset objects (and so what the user hid) and swap their contents.
      next.forEach((d, i) => Object.assign(current[i]!, d));
    } else {
      this.chart.data.datasets = next;
    }
    this.chart.options = this.interactive(config).options!;
    this.chart.update('none');
  }

  /** The chart with its background as a PNG data URL, at least at twice its CSS size (print quality). */
  png(): string {
    const screen = this.chart.options.devicePixelRatio;
    this.chart.options.devicePixelRatio = Math.max(EXPORT_PIXEL_RATIO, window.devicePixelRatio);
    this.chart.resize(); // redraws synchronously: nothing is painted on screen in between
    try {
      return this.chart.toBase64Image('image/png', 1);
    } finally {
      this.chart.options.devicePixelRatio = screen;
      this.chart.resize();
    }
  }

  destroy(): void {
    this.chart.destroy();
  }

  private interactive(config: LineChartConfig): LineChartConfig {
    const options = config.options ?? {};
    const legend = options.plugins?.legend ?? {};
    const scales = Object.fromEntries(
      Object.entries(options.scales ?? {}).map(([id, scale]) =>
        scale?.type === 'logarithmic'
          ? [
              id,
              {
                ...scale,
                ticks: { ...scale.ticks, autoSkip: false, maxRotation: 0, callback: (value: number | string, _: number, ticks: { value: number }[]) => logTickLabel(Number(value), decadesSpanned(ticks)) },
                // Unlabelled (minor) ticks get a faint grid line, so the labelled decades stand out.
                grid: { ...scale.grid, color: (context: { tick?: { label?: unknown } }) => (context.tick?.label === '' ? fainter(String(scale.grid?.color), 0.25) : scale.grid?.color) },
              },
            ]
          : [id, scale],
      ),
    );
    return {
      ...config,
      options: {
        ...options,
        scales,
        responsive: true,
        maintainAspectRatio: false,
        interaction: { mode: 'nearest', intersect: false },
        plugins: {
          ...options.plugins,
          legend: {
            ...legend,
            labels: { ...legend.labels, filter: (item: LegendItem) => item.text !== '' },
            onClick: (_event, item, legendElement) => toggleVariant(legendElement.chart, item.datasetIndex!),
          },
          tooltip: { filter: (item) => item.dataset.label !== '' },
        },
      },
    };
  }

  private describe(): void {
    const title = this.chart.options.plugins?.title?.text;
    const variants = this.chart.data.datasets.map((d) => d.label).filter((label) => label !== '' && label !== undefined);
    const subtitle = this.chart.options.plugins?.subtitle;
    const note = subtitle?.display ? `. ${[subtitle.text].flat().join('. ')}` : '';
    this.canvas.setAttribute('aria-label', `${String(title ?? 'Chart')}. Variants: ${variants.join(', ')}${note}`);
    this.canvas.dataset['variants'] = JSON.stringify(variants);
  }
}

/** Hides or shows a variant's line and the band drawn just before it. */
function toggleVariant(chart: Chart, lineIndex: number): void {
  const visible = chart.isDatasetVisible(lineIndex);
  const indices = chart.data.datasets[lineIndex - 1]?.label === '' ? [lineIndex - 1, lineIndex] : [lineIndex];
  for (const i of indices) chart.setDatasetVisibility(i, !visible);
  chart.update('none');
}
