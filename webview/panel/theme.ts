// The colours charts are drawn in, from VS Code's theme. Pure: the page reads the CSS variables
// (theme-source.ts) and passes them here, so the mapping is testable without a browser.

import { DEFAULT_PALETTE } from '../charts/style';
import { blended, isOpaqueHex } from './colour';

export type ThemeKind = 'light' | 'dark' | 'high-contrast' | 'high-contrast-light';

export interface Theme {
  readonly kind: ThemeKind;
  /** Chart and exported PNG background. */
  readonly background: string;
  readonly foreground: string;
  /** Grid and axis lines. */
  readonly grid: string;
  /** Variant line colours, #rrggbb. */
  readonly palette: readonly string[];
  readonly fontFamily: string;
}

/** The VS Code chart colours used for variants, in this order (then the default palette's others). */
export const THEME_PALETTE_VARIABLES = [
  '--vscode-charts-blue',
  '--vscode-charts-red',
  '--vscode-charts-green',
  '--vscode-charts-orange',
  '--vscode-charts-purple',
  '--vscode-charts-yellow',
] as const;

/** How much of the line colour a grid line has, the rest being the background. */
export const GRID_SHARE: Readonly<Record<ThemeKind, number>> = { light: 0.12, dark: 0.16, 'high-contrast': 0.45, 'high-contrast-light': 0.35 };

/** Body classes VS Code sets on a webview's <body>. */
export function themeKindOf(bodyClasses: readonly string[]): ThemeKind {
  if (bodyClasses.includes('vscode-high-contrast-light')) return 'high-contrast-light';
  if (bodyClasses.includes('vscode-high-contrast')) return 'high-contrast';
  if (bodyClasses.includes('vscode-dark')) return 'dark';
  return 'light';
}

/**
 * The theme from the body classes and the colour variables (`read(name)` returns the colour
 * normalised by colour.ts, or '' when unset or not a colour). Missing variables fall back to
 * readable defaults; variant colours must be opaque (their bands add an alpha byte).
 */
export function themeOf(bodyClasses: readonly string[], read: (variable: string) => string, fontFamily = ''): Theme {
  const kind = themeKindOf(bodyClasses);
  const dark = kind === 'dark' || kind === 'high-contrast';
  const or = (variable: string, fallback: string) => read(variable) || fallback;
  const themed = THEME_PALETTE_VARIABLES.map(read).filter(isOpaqueHex);
  const palette = themed.length === 0 ? [...DEFAULT_PALETTE] : [...themed, ...DEFAULT_PALETTE.slice(themed.length)];
  const background = or('--vscode-editor-background', dark ? '#1e1e1e' : '#ffffff');
  const foreground = or('--vscode-editor-foreground', or('--vscode-foreground', dark ? '#cccccc' : '#333333'));
  // Grid lines are a light mix of the line colour into the background, opaque (so exported PNGs
  // match): VS Code's charts.lines is the foreground at half opacity, which reads as dark rules
  // over the data. High contrast mixes its contrast border colour, only less faintly.
  const highContrast = kind.startsWith('high-contrast');
  const gridInk = highContrast ? or('--vscode-contrastBorder', foreground) : foreground;
  const grid = blended(gridInk, background, GRID_SHARE[kind]);
  return { kind, background, foreground, grid, palette, fontFamily: fontFamily || 'system-ui, sans-serif' };
}
