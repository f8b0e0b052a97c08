// The markdown of a variant's hover: its name and headline numbers, the link to the results
// panel, then the CDF chart. The link comes before the chart: VS Code caps a hover's height
// (about 250 px, shared with the language server's hover), and what does not fit is scrolled
// out of sight, so the chart's foot may be cut but never the way to the panel. Pure.

export interface VariantHoverInput {
  readonly name: string;
  /** The variant's headline numbers (the lens text naming the baseline), if any. */
  readonly headline: string | undefined;
  readonly staleNote: string | undefined;
  readonly chart: { readonly title: string; readonly dataUri: string } | undefined;
  /** A `command:` URI that opens the results panel. */
  readonly openPanel: string;
}

export function variantHoverMarkdown(input: VariantHoverInput): string {
  const heading = `**${input.name}**${input.headline ? ` — ${input.headline}` : ''}`;
  // Two trailing spaces: a line break inside one paragraph, so no paragraph margin between.
  const parts = [`${heading}  \n[Open results panel](${input.openPanel})`];
  if (input.staleNote) parts.push(`*${input.staleNote}*`);
  if (input.chart) parts.push(`![${input.chart.title}](${input.chart.dataUri})`);
  return parts.join('\n\n');
}
