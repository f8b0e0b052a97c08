// `--summary`: the headline table of each experiment as aligned text.

import type { ResultsFile } from '../../simulator/results/types';
import { formatCell, headlineTable } from '../../webview/charts/headline';

export function summaryText(results: ResultsFile): string {
  return results.experiments
    .map((experiment) => {
      const table = headlineTable(results, experiment);
      const rows = [
        ['variant', 'seeds', ...table.columns],
        ...table.rows.map((row) => [row.variant + (row.variant === table.baseline ? ' *' : ''), String(row.seeds), ...row.cells.map(formatCell)]),
      ];
      const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => [...r[c]!].length)));
      const lines = rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ').trimEnd());
      const note = table.baseline ? `* baseline; [95 % interval across seeds], change vs ${table.baseline}` : '[95 % interval across seeds]';
      return [`experiment ${experiment.name}`, ...lines, note].join('\n');
    })
    .join('\n\n');
}
