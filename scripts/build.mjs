// Bundles the shipped entry points with esbuild. Each entry is one bundle in dist/; the
// extension, language server, simulator worker and webview join this list as they land.
//   node scripts/build.mjs            development build (source maps)
//   node scripts/build.mjs --release  minified, no source maps
import { build } from 'esbuild';

const release = process.argv.includes('--release');
const root = new URL('..', import.meta.url).pathname;

/** @type {import('esbuild').BuildOptions[]} */
const entries = [
  {
    entryPoints: ['cli/main.ts'],
    outfile: 'dist/cli.cjs',
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
