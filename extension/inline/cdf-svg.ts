// A small CDF chart as standalone SVG text, for hovers (markdown images as data URIs): one
// polyline per variant, a logarithmic x axis when the values span more than a decade, and the
// axis range written at its ends. No scripts, no external references. Short: VS Code caps an
// editor hover at about 250 px, shared with the language server's hover, so the legend sits on
// the title's row when both fit and on a row of its own only when they do not.

export interface SvgLine {
  readonly label: string;
  readonly colour: string;
  /** Value at each probability of `probabilities`; null where unknown. */
  readonly xs: readonly (number | null)[];
  /** Drawn thicker (the hovered variant). */
  readonly emphasised?: boolean;
}

export interface CdfSvgSpec {
  readonly title: string;
  readonly unit: string;
  readonly probabilities: readonly number[];
  readonly lines: readonly SvgLine[];
  readonly width?: number;
  readonly height?: number;
}

const MARGIN = { left: 8, right: 8, top: 18, bottom: 14 };
/** The legend's own row, when it cannot share the title's. */
const LEGEND_ROW = 13;
/** A generous width per character of 10–11 px sans-serif: an estimate errs towards a row of its own. */
const CHAR_WIDTH = 6.5;
const LEGEND_GAP = 8;

export function cdfSvg(spec: CdfSvgSpec): string {
  const width = spec.width ?? 280;
  const height = spec.height ?? 110;
  const legendWidth = spec.lines.reduce((sum, line) => sum + (line.label.length + 2) * CHAR_WIDTH, 0) + LEGEND_GAP * Math.max(0, spec.lines.length - 1);
  const legendOnTitleRow = spec.title.length * CHAR_WIDTH + 2 * LEGEND_GAP + legendWidth <= width - MARGIN.left - MARGIN.right;
  const top = MARGIN.top + (legendOnTitleRow ? 0 : LEGEND_ROW);
  const plotW = width - MARGIN.left - MARGIN.right;
  const plotH = height - top - MARGIN.bottom;
  const values = spec.lines.flatMap((line) => line.xs.filter((x): x is number => x !== null && Number.isFinite(x)));
  const positive = values.filter((x) => x > 0);
  const logarithmic = positive.length === values.length && positive.length > 0 && Math.max(...positive) / Math.min(...positive) > 10;
  const lo = values.length > 0 ? Math.min(...values) : 0;
  const hi = values.length > 0 ? Math.max(...values) : 1;
  const scale = (x: number) => {
    if (hi === lo) return plotW / 2;
    return logarithmic ? ((Math.log10(x) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo))) * plotW : ((x - lo) / (hi - lo)) * plotW;
  };
  const px = (x: number) => round(MARGIN.left + scale(x));
  const py = (p: number) => round(top + (1 - p) * plotH);

  const polylines = spec.lines.map((line) => {
    const points = line.xs.flatMap((x, k) => (x === null || !Number.isFinite(x) ? [] : [`${px(x)},${py(spec.probabilities[k]!)}`]));
    return `<polyline fill="none" stroke="${escapeXml(line.colour)}" stroke-width="${line.emphasised ? 2.5 : 1.2}" points="${points.join(' ')}"><title>${escapeXml(line.label)}</title></polyline>`;
  });
  const legend = spec.lines.map((line, i) => `<tspan fill="${escapeXml(line.colour)}"${i > 0 ? ` dx="${LEGEND_GAP}"` : ''}>■ ${escapeXml(line.label)}</tspan>`).join('');
  const axisY = top + plotH;
  const text = (x: number, y: number, anchor: string, content: string) =>
    `<text x="${round(x)}" y="${round(y)}" text-anchor="${anchor}" font-size="10" font-family="sans-serif" fill="#888">${escapeXml(content)}</text>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<text x="${MARGIN.left}" y="12" font-size="11" font-family="sans-serif" fill="#888">${escapeXml(spec.title)}</text>`,
    legendOnTitleRow
      ? `<text x="${width - MARGIN.right}" y="12" text-anchor="end" font-size="10" font-family="sans-serif">${legend}</text>`
      : `<text x="${MARGIN.left}" y="${12 + LEGEND_ROW}" font-size="10" font-family="sans-serif">${legend}</text>`,
    `<rect x="${MARGIN.left}" y="${top}" width="${plotW}" height="${plotH}" fill="none" stroke="#8884"/>`,
    ...polylines,
    text(MARGIN.left, axisY + 11, 'start', `${formatTick(lo)} ${spec.unit}`),
    text(width - MARGIN.right, axisY + 11, 'end', `${formatTick(hi)} ${spec.unit}${logarithmic ? ' (log)' : ''}`),
    '</svg>',
  ].join('');
}

export function svgDataUri(svg: string): string {
  return `data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}`;
}

function formatTick(x: number): string {
  return String(Number(x.toPrecision(3)));
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', '"': 'quot', "'": 'apos' }[c]!};`);
}
