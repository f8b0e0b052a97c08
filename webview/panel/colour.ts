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

export const isOpaqueHex = (colour: string): boolean => /^#[0-9a-f]{6}$/i.test(colour);
