// A small CDF chart as standalone SVG text, for hovers (markdown images as data URIs): one
// polyline per variant, a logarithmic x axis when the values span more than a decade, and the
// axis range written at its ends. No scripts, no external references.

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

const MARGIN = { left: 8, right: 8, top: 18, bottom: 30 };

export function cdfSvg(spec: CdfSvgSpec): string {
  const width = spec.width ?? 280;
  const height = spec.height ?? 140;
  const plotW = width - MARGIN.left - MARGIN.right;
  const plotH = height - MARGIN.top - MARGIN.bottom;
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
  const py = (p: number) => round(MARGIN.top + (1 - p) * plotH);

  const polylines = spec.lines.map((line) => {
    const points = line.xs.flatMap((x, k) => (x === null || !Number.isFinite(x) ? [] : [`${px(x)},${py(spec.probabilities[k]!)}`]));
    return `<polyline fill="none" stroke="${escapeXml(line.colour)}" stroke-width="${line.emphasised ? 2.5 : 1.2}" points="${points.join(' ')}"><title>${escapeXml(line.label)}</title></polyline>`;
  });
  const legend = spec.lines.map((line, i) => `<tspan fill="${escapeXml(line.colour)}"${i > 0 ? ' dx="8"' : ''}>■ ${escapeXml(line.label)}</tspan>`).join('');
  const axisY = MARGIN.top + plotH;
  const text = (x: number, y: number, anchor: string, content: string) =>
    `<text x="${round(x)}" y="${round(y)}" text-anchor="${anchor}" font-size="10" font-family="sans-serif" fill="#888">${escapeXml(content)}</text>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<text x="${MARGIN.left}" y="12" font-size="11" font-family="sans-serif" fill="#888">${escapeXml(spec.title)}</text>`,
    `<rect x="${MARGIN.left}" y="${MARGIN.top}" width="${plotW}" height="${plotH}" fill="none" stroke="#8884"/>`,
    ...polylines,
    text(MARGIN.left, axisY + 11, 'start', `${formatTick(lo)} ${spec.unit}`),
    text(width - MARGIN.right, axisY + 11, 'end', `${formatTick(hi)} ${spec.unit}${logarithmic ? ' (log)' : ''}`),
    `<text x="${MARGIN.left}" y="${height - 4}" font-size="10" font-family="sans-serif">${legend}</text>`,
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
