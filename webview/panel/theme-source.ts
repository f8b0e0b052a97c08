/// <reference lib="dom" />
// Reads the theme VS Code gives the page (CSS variables on <html>, a class on <body>) and
// reports theme changes: VS Code swaps both when the user changes theme, without reloading.

import { normalisedColour } from './colour';
import { themeOf, type Theme } from './theme';

export function currentTheme(): Theme {
  const style = getComputedStyle(document.documentElement);
  const probe = document.createElement('canvas').getContext('2d');
  const read = (variable: string) => {
    const value = style.getPropertyValue(variable).trim();
    return value === '' ? '' : (parsedColour(value, probe) ?? '');
  };
  return themeOf([...document.body.classList], read, style.getPropertyValue('--vscode-font-family').trim());
}

/** Calls `changed` after each change of the body's class (theme kind) or of <html>'s style (variables). */
export function watchTheme(changed: () => void): () => void {
  const observer = new MutationObserver(changed);
  observer.observe(document.body, { attributes: true, attributeFilter: ['class'] });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['style'] });
  return () => observer.disconnect();
}

/** Any CSS colour, normalised (colour.ts) by the canvas's own parser; null if it is none. */
function parsedColour(value: string, probe: CanvasRenderingContext2D | null): string | null {
  if (!probe) return null;
  const parse = (start: string) => {
    probe.fillStyle = start; // an invalid colour leaves this unchanged
    probe.fillStyle = value;
    return String(probe.fillStyle);
  };
  const parsed = parse('#000000');
  return parsed === parse('#ffffff') ? normalisedColour(parsed) : null;
}
