// Inlay hints computed from the resolved model (so only for a document without errors):
// after `relays NAME x N`, the population's total capacity, N × the median of its
// bandwidth distribution (`≈ 120 MiB/s total`). A `choice(…)` bandwidth has no single
// median worth multiplying, so it gets no hint. Load variants and path BDP are not done.

import { InlayHintKind, type InlayHint, type Range } from 'vscode-languageserver';
import type { Model } from '../../grammar';
import type { Analysis } from '../documents/analysis';

const MIB = 8 * 2 ** 20; // bits in a MiB

export function inlayHints(analysis: Analysis, range: Range): InlayHint[] {
  const groups = analysis.check.model?.base.relays;
  if (!groups) return [];
  const hints: InlayHint[] = [];
  for (const statement of analysis.check.syntax.file.statements) {
    if (statement.keyword.name !== 'relays' || statement.range.start.line < range.start.line || statement.range.start.line > range.end.line) continue;
    const name = statement.args[0]?.kind === 'identifier' ? statement.args[0].name : undefined;
    const group = groups.find((candidate) => candidate.name === name && !candidate.single);
    const count = statement.args[statement.args.length - 1];
    const median = group ? medianOf(group.bandwidth) : undefined;
    if (!group || !count || median === undefined) continue;
    hints.push({
      position: { line: count.range.end.line, character: count.range.end.character },
      label: `≈ ${format((group.count * median) / MIB)} MiB/s total`,
      kind: InlayHintKind.Type,
      paddingLeft: true,
      tooltip: `${group.count} relays × median bandwidth ${format(median / MIB)} MiB/s`,
    });
  }
  return hints;
}

/** The median of a bandwidth distribution, when it has one closed form. */
function medianOf(distribution: Model.Distribution): number | undefined {
  switch (distribution.type) {
    case 'constant':
      return distribution.value;
    case 'uniform':
      return (distribution.min + distribution.max) / 2;
    case 'normal':
      return distribution.mean;
    case 'lognormal':
      return distribution.median;
    case 'exponential':
      return distribution.mean * Math.LN2;
    case 'pareto':
      return distribution.scale * 2 ** (1 / distribution.shape);
    case 'choice':
      return undefined;
  }
}

function format(value: number): string {
  return String(Math.round(value * 10) / 10);
}
