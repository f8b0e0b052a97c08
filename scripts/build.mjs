// Bundles the shipped entry points with esbuild. Each entry is one bundle in dist/; the
// extension, language server, simulator worker and webview join this list as they land.
//   node scripts/build.mjs            development build (source maps)
//   node scripts/build.mjs --release  minified, no source maps
import { build } from 'esbuild';
import { webviewBundles } from './webview-bundle.mjs';

const release = process.argv.includes('--release');
const root = new URL('..', import.meta.url).pathname;

/** CommonJS bundles have no import.meta: give modules that need their URL the bundle's own. */
const importMetaUrl = {
  define: { 'import.meta.url': '__bundleUrl', 'import.meta.resolve': '__bundleResolve' },
  banner: {
    js: "const __bundleUrl = require('url').pathToFileURL(__filename).href; const __bundleResolve = (s) => require('url').pathToFileURL(require.resolve(s)).href;",
  },
};

/** @type {import('esbuild').BuildOptions[]} */
const entries = [
  {
    entryPoints: ['cli/main.ts'],
    outfile: 'dist/cli.cjs',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // `tornet run` finds its worker (and chart.js) relative to the module's URL.
    ...importMetaUrl,
  },
  {
    entryPoints: ['simulator/worker/simulate-worker.ts'],
    outfile: 'dist/simulate-worker.cjs',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
  },
  {
    entryPoints: ['language-server/main.ts'],
    outfile: 'dist/server.cjs',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
  },
  {
    entryPoints: ['extension/main.ts'],
    outfile: 'dist/extension.cjs',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // VS Code provides `vscode` to the extension host; runs find their worker beside the bundle.
    external: ['vscode'],
    ...importMetaUrl,
  },
  ...webviewBundles,
];

for (const entry of entries) {
  await build({
    absWorkingDir: root,
    bundle: true,
    minify: release,
    sourcemap: !release,
    sourcesContent: false,
    logLevel: 'warning',
    ...entry,
  });
  console.log(`built ${entry.outfile}`);
}
