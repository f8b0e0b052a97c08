/// <reference lib="dom" />
// The table of one experiment (mean, p50, p90, p99 per series and variant) with its baseline
// picker (percentile-table.ts). The variant column and group titles stay put while a narrow
// panel scrolls the table sideways (panel.css).

import { formatChange, formatInterval, formatValue } from '../charts/headline';
import type { ExperimentResults } from '../../simulator/results/types';
import { el } from './dom';
import { percentileTable, TABLE_STATISTICS } from './percentile-table';

export class TableView {
  readonly element: HTMLElement;
  private readonly picker: HTMLSelectElement;
  private readonly table: HTMLTableElement;

  constructor(experimentName: string, onBaseline: (variant: string) => void) {
    this.picker = el('select', { 'aria-label': `Baseline variant of experiment ${experimentName}` });
    this.picker.addEventListener('change', () => onBaseline(this.picker.value));
    this.table = el('table', { class: 'percentiles' });
    this.element = el(
      'div',
      { class: 'table-block' },
      el('label', { class: 'baseline' }, 'Change relative to ', this.picker),
      el('div', { class: 'table-scroll' }, this.table),
      el(
        'p',
        { class: 'note' },
        'mean: each seed’s mean per sample (per cell for queue times); p50–p99: each seed’s percentile. Each is averaged across seeds, with its 95 % Student-t interval in brackets; changes compare those averages. ' +
          'Queue times are heavy-tailed (most cells wait ≈ 0, a few wait long), so their median can rank variants the other way round from their mean.',
      ),
    );
  }

  /** `labelOf` names a variant in its row (e.g. marks one drawn from partial runs). */
  render(experiment: ExperimentResults, baseline: string | null, labelOf: (variant: string) => string = (v) => v): void {
    this.picker.replaceChildren(...experiment.variants.map((v) => el('option', { value: v.name }, v.name)));
    if (baseline !== null) this.picker.value = baseline;
    const head = el(
      'tr',
      {},
      el('th', { scope: 'col' }, 'variant'),
      el('th', { scope: 'col' }, 'seeds'),
      ...TABLE_STATISTICS.flatMap((statistic) => [el('th', { scope: 'col', class: `stat-${statistic}` }, statistic), el('th', { scope: 'col' }, `Δ ${statistic}`)]),
    );
    const bodies = percentileTable(experiment, baseline).map((group) =>
      el(
        'tbody',
        {},
        el('tr', { class: 'group' }, el('th', { scope: 'rowgroup', colspan: String(2 + 2 * TABLE_STATISTICS.length) }, el('span', {}, `${group.title} (${group.info.unit})`))),
        ...group.rows.map((row) =>
          el(
            'tr',
            row.isBaseline ? { class: 'baseline-row' } : {},
            el('th', { scope: 'row' }, row.isBaseline ? `${labelOf(row.variant)} (baseline)` : labelOf(row.variant)),
            el('td', {}, String(row.seeds)),
            ...row.cells.flatMap((cell, i) => [
              el('td', { class: `stat-${TABLE_STATISTICS[i]}` }, cell ? `${formatValue(cell.estimate.mean)}${formatInterval(cell.estimate)}` : '–'),
              el('td', {}, cell && cell.change !== null ? formatChange(cell.change) : ''),
            ]),
          ),
        ),
      ),
    );
    this.table.replaceChildren(el('thead', {}, head), ...bodies);
  }
}
