// What an export message from the webview becomes on disk. The webview is untrusted input:
// the file name is reduced to a plain name with the right extension, and a PNG must be a
// base64 PNG data URL that decodes to a PNG. Pure.

import type { ExportKind } from '../webview/protocol';

const PNG_PREFIX = 'data:image/png;base64,';
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function exportBytes(kind: ExportKind, data: string): Uint8Array {
  if (kind === 'csv') return new TextEncoder().encode(data);
  if (!data.startsWith(PNG_PREFIX)) throw new Error('the chart image is not a PNG data URL');
  const bytes = Buffer.from(data.slice(PNG_PREFIX.length), 'base64');
  if (!PNG_SIGNATURE.every((b, i) => bytes[i] === b)) throw new Error('the chart image is not a PNG');
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
}

/** A file name without folders or odd characters, ending in `.png`/`.csv`. */
export function exportFileName(kind: ExportKind, proposed: string): string {
  const base = (proposed.split(/[\\/]/).pop() ?? '').replace(/\.(png|csv)$/i, '').replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[.-]+/, '');
  return `${base || 'chart'}.${kind}`;
}

export const EXPORT_FILTERS: Record<ExportKind, Record<string, string[]>> = {
  png: { 'PNG image': ['png'] },
  csv: { 'CSV (comma-separated values)': ['csv'] },
};
