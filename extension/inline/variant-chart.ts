// The hover chart of a variant: the CDF of its headline latency series (the lens's first
// number: TTLB of the first web or bulk group, else TTFB of the first group) against the
// experiment's baseline, in the panel's colours.

import type { ResultsFile } from '../../simulator/results/types';
import { variantStyles } from '../../webview/charts/style';
import type { CdfSvgSpec, SvgLine } from './cdf-svg';

export function variantChartSpec(results: ResultsFile, experimentName: string, variantName: string): CdfSvgSpec | undefined {
  const experiment = results.experiments.find((e) => e.name === experimentName);
  if (!experiment) return undefined;
  const clients = results.scenario.model.base.clients;
  const download = clients.find((c) => c.traffic === 'web' || c.traffic === 'bulk');
  const seriesId = download ? `ttlb:${download.name}` : clients[0] ? `ttfb:${clients[0].name}` : undefined;
  if (seriesId === undefined) return undefined;
  const styles = variantStyles(experiment.variants);
  const lines: SvgLine[] = [];
  let unit = 'ms';
  experiment.variants.forEach((variant, i) => {
    if (variant.name !== variantName && variant.name !== experiment.baseline) return;
    const distribution = variant.aggregate?.distributions.find((d) => d.info.id === seriesId);
    if (!distribution) return;
    unit = distribution.info.unit;
    lines.push({ label: variant.name, colour: styles[i]!.colour, xs: distribution.cdf.mean, emphasised: variant.name === variantName });
  });
  if (!lines.some((line) => line.emphasised)) return undefined;
  const [metric, group] = seriesId.split(':') as [string, string];
  return { title: `${metric.toUpperCase()} ${group} CDF`, unit, probabilities: results.statistics.cdfProbabilities, lines };
}
