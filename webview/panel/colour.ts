// Colours as the canvas parser gives them back (`#rrggbb`, or `rgba(r, g, b, a)` when not
// opaque) and a lighter variant of one, without losing the alpha VS Code's theme colours often
// carry (e.g. charts.lines is the foreground at half opacity). Pure.

/** `#rrggbb` when opaque, else `rgba(r, g, b, a)`; null when `parsed` is neither form. */
export function normalisedColour(parsed: string): string | null {
  if (/^#[0-9a-f]{6}$/i.test(parsed)) return parsed.toLowerCase();
  const rgba = /^rgba?\(\s*(\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?\s*\)$/.exec(parsed);
  if (!rgba) return null;
  const [r, g, b] = rgba.slice(1, 4).map(Number) as [number, number, number];
  const alpha = rgba[4] === undefined ? 1 : Number(rgba[4]);
  return alpha >= 1 ? `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}` : `rgba(${r}, ${g}, ${b}, ${alpha})`;
}

/** The colour with its opacity multiplied by `factor`; other CSS forms unchanged. */
export function fainter(colour: string, factor: number): string {
  if (/^#[0-9a-f]{6}$/i.test(colour)) return `${colour}${Math.round(factor * 255).toString(16).padStart(2, '0')}`;
  const rgba = /^rgba\((\d+), (\d+), (\d+), ([\d.]+)\)$/.exec(colour);
  return rgba ? `rgba(${rgba[1]}, ${rgba[2]}, ${rgba[3]}, ${Number((Number(rgba[4]) * factor).toFixed(3))})` : colour;
}

/**
 * `share` of `colour` over `background`, as opaque #rrggbb (a translucent `colour` counts with its
 * alpha); `colour` unchanged when either is not #rrggbb or rgba.
 */
export function blended(colour: string, background: string, share: number): string {
  const front = channelsOf(colour);
  const back = channelsOf(background);
  if (!front || !back) return colour;
  const weight = share * front[3];
  const mixed = [0, 1, 2].map((c) => Math.round(front[c]! * weight + back[c]! * (1 - weight)));
  return `#${mixed.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

function channelsOf(colour: string): [number, number, number, number] | null {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour);
  if (hex) return [parseInt(hex[1]!, 16), parseInt(hex[2]!, 16), parseInt(hex[3]!, 16), 1];
  const rgba = /^rgba\((\d+), (\d+), (\d+), ([\d.]+)\)$/.exec(colour);
  return rgba ? [Number(rgba[1]), Number(rgba[2]), Number(rgba[3]), Number(rgba[4])] : null;
}

export const isOpaqueHex = (colour: string): boolean => /^#[0-9a-f]{6}$/i.test(colour);
