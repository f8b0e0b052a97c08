/// <reference lib="dom" />
// One chart panel on the page: a toolbar (letter, linear/log toggle, PNG and CSV export), the
// canvas and its chart. Kept across updates; only its chart's data and options change.

import type { Panel } from '../charts/figure';
import { ChartView } from './chart-view';
import type { LineChartConfig } from './chart-theme';
import { el } from './dom';

export interface FigureActions {
  toggleLogarithmic(panelId: string): void;
  export(panelId: string, kind: 'png' | 'csv'): void;
}

export class FigureView {
  readonly element: HTMLElement;
  private readonly letter: HTMLElement;
  private readonly axisButton: HTMLButtonElement;
  private readonly box: HTMLElement;
  private readonly chart: ChartView;

  constructor(
    readonly panelId: string,
    panel: Panel,
    config: LineChartConfig,
    background: () => string,
    actions: FigureActions,
  ) {
    this.letter = el('span', { class: 'letter' });
    this.axisButton = el('button', { type: 'button', class: 'axis' });
    this.axisButton.addEventListener('click', () => actions.toggleLogarithmic(panelId));
    const png = el('button', { type: 'button', title: 'Save this chart as a PNG image' }, 'PNG');
    png.addEventListener('click', () => actions.export(panelId, 'png'));
    const csv = el('button', { type: 'button', title: "Save this chart's data as CSV" }, 'CSV');
    csv.addEventListener('click', () => actions.export(panelId, 'csv'));
    const canvas = el('canvas', { role: 'img' });
    this.box = el('div', { class: 'canvas-box' }, canvas);
    this.element = el(
      'figure',
      { class: 'chart', tabindex: '0', 'data-panel': panelId },
      el('div', { class: 'toolbar' }, this.letter, el('span', { class: 'spacer' }), this.axisButton, png, csv),
      this.box,
    );
    this.fit(config);
    this.chart = new ChartView(canvas, config, background);
    this.label(panel);
  }

  update(panel: Panel, config: LineChartConfig): void {
    this.fit(config);
    this.chart.update(config);
    this.label(panel);
  }

  /** Taller for many variants, so the legend (wrapped below the plot) leaves the plot its height. */
  private fit(config: LineChartConfig): void {
    const variants = config.data.datasets.filter((d) => d.label !== '').length;
    this.box.style.height = `${300 + 22 * Math.max(0, Math.ceil(variants / 4) - 1)}px`;
  }

  png(): string {
    return this.chart.png();
  }

  destroy(): void {
    this.chart.destroy();
    this.element.remove();
  }

  private label(panel: Panel): void {
    this.letter.textContent = panel.caption.slice(0, panel.caption.indexOf(')') + 1);
    const axis = panel.kind === 'cdf' ? 'x' : 'y';
    this.axisButton.textContent = panel.logarithmic ? `${axis}: log` : `${axis}: linear`;
    this.axisButton.setAttribute('aria-pressed', String(panel.logarithmic));
    this.axisButton.title = `Switch the ${axis} axis to a ${panel.logarithmic ? 'linear' : 'logarithmic'} scale`;
  }
}
