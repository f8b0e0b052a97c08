// Line styles per variant, as in the KIST paper's figures: with two or more sweep dimensions,
// the first dimension picks the dash pattern (AMAP solid, KIST dashed) and the rest the colour;
// with one dimension, colour alone tells variants apart. When the variants shown share one
// colour key (e.g. a run of only amap-normal-normal and kist-normal-normal), the dash key picks
// the colour too, so lines never differ by dash alone.

import type { VariantResults } from '../../simulator/results/types';

/** Colours for light backgrounds (the report page); the panel passes the theme's chart colours. */
export const DEFAULT_PALETTE: readonly string[] = ['#1f77b4', '#d62728', '#2ca02c', '#ff7f0e', '#9467bd', '#8c564b', '#e377c2', '#17becf', '#7f7f7f', '#bcbd22'];
const DASHES: number[][] = [[], [6, 4], [2, 3], [10, 3, 2, 3]];

export interface LineStyle {
  readonly colour: string;
  /** The colour at band opacity. */
  readonly band: string;
  readonly dash: number[];
}

/** `palette` entries are #rrggbb (the band appends an alpha byte). */
export function variantStyles(variants: readonly VariantResults[], palette: readonly string[] = DEFAULT_PALETTE): LineStyle[] {
  const dimensions = Object.keys(variants[0]?.labels ?? {});
  const split = dimensions.length >= 2;
  const dashKeys = split ? variants.map((v) => v.labels[dimensions[0]!]!) : variants.map(() => '');
  const restKeys = split ? variants.map((v) => dimensions.slice(1).map((d) => v.labels[d]).join('-')) : variants.map((v) => v.name);
  const colourKeys = new Set(restKeys).size > 1 ? restKeys : dashKeys.map((key, i) => key || restKeys[i]!);
  const indexOf = (keys: string[]) => {
    const distinct = [...new Set(keys)];
    return keys.map((key) => distinct.indexOf(key));
  };
  const dashIndex = indexOf(dashKeys);
  const colourIndex = indexOf(colourKeys);
  return variants.map((_, i) => {
    const colour = palette[colourIndex[i]! % palette.length]!;
    return { colour, band: `${colour}33`, dash: DASHES[dashIndex[i]! % DASHES.length]! };
  });
}
