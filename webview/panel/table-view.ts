/// <reference lib="dom" />
// The percentile table of one experiment with its baseline picker (percentile-table.ts).

import { formatChange, formatInterval, formatValue } from '../charts/headline';
import type { ExperimentResults } from '../../simulator/results/types';
import { el } from './dom';
import { percentileTable, TABLE_PERCENTILES } from './percentile-table';

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
      el('p', { class: 'note' }, 'Percentiles are means across seeds of each seed’s percentile, with 95 % Student-t intervals in brackets; changes compare those means.'),
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
      ...TABLE_PERCENTILES.flatMap((p) => [el('th', { scope: 'col' }, p), el('th', { scope: 'col' }, `Δ ${p}`)]),
    );
    const bodies = percentileTable(experiment, baseline).map((group) =>
      el(
        'tbody',
        {},
        el('tr', { class: 'group' }, el('th', { scope: 'rowgroup', colspan: String(2 + 2 * TABLE_PERCENTILES.length) }, `${group.title} (${group.info.unit})`)),
        ...group.rows.map((row) =>
          el(
            'tr',
            row.isBaseline ? { class: 'baseline-row' } : {},
            el('th', { scope: 'row' }, row.isBaseline ? `${labelOf(row.variant)} (baseline)` : labelOf(row.variant)),
            el('td', {}, String(row.seeds)),
            ...row.cells.flatMap((cell) => [
              el('td', {}, cell ? `${formatValue(cell.estimate.mean)}${formatInterval(cell.estimate)}` : '–'),
              el('td', {}, cell && cell.change !== null ? formatChange(cell.change) : ''),
            ]),
          ),
        ),
      ),
    );
    this.table.replaceChildren(el('thead', {}, head), ...bodies);
  }
}
