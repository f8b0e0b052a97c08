// The results panel's HTML page: the webview bundle under a strict Content-Security-Policy —
// nothing loads but the extension's own script and stylesheet (from `cspSource`, i.e. dist/)
// and the nonce-carrying elements; images only as data: URLs (chart exports). Pure.

export interface PanelHtmlInput {
  /** `webview.cspSource`. */
  readonly cspSource: string;
  /** Fresh per page load: base64, no quotes. */
  readonly nonce: string;
  /** `webview.asWebviewUri(dist/webview.js)` as a string. */
  readonly scriptUri: string;
  readonly styleUri: string;
  readonly title: string;
}

export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return [`default-src 'none'`, `script-src 'nonce-${nonce}'`, `style-src ${cspSource} 'nonce-${nonce}'`, `img-src ${cspSource} data:`].join('; ');
}

export function resultsPanelHtml(input: PanelHtmlInput): string {
  if (!/^[A-Za-z0-9+/=]+$/.test(input.nonce)) throw new Error(`a nonce must be base64, got ${JSON.stringify(input.nonce)}`);
  const csp = contentSecurityPolicy(input.cspSource, input.nonce);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" nonce="${input.nonce}" href="${escapeHtml(input.styleUri)}">
<title>${escapeHtml(input.title)}</title>
</head>
<body>
<main id="app" aria-live="polite"><p class="notice">Waiting for results…</p></main>
<script nonce="${input.nonce}" src="${escapeHtml(input.scriptUri)}"></script>
</body>
</html>
`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
