// The results panel's bundles (esbuild options), shared by scripts/build.mjs and the panel's
// browser test (test/webview/panel/), which builds them into a temporary folder.
/** @type {import('esbuild').BuildOptions[]} */
export const webviewBundles = [
  {
    entryPoints: ['webview/panel/main.ts'],
    outfile: 'dist/webview.js',
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
  },
  { entryPoints: ['webview/panel/panel.css'], outfile: 'dist/webview.css' },
];
