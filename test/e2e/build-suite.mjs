// Bundles the in-host suite (suite/index.ts and the test files it imports, mocha included) into
// one CommonJS module, out/suite.cjs, that VS Code loads as extensionTestsPath.
import { build } from 'esbuild';

await build({
  absWorkingDir: new URL('.', import.meta.url).pathname,
  entryPoints: ['suite/index.ts'],
  outfile: 'out/suite.cjs',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode'],
  sourcemap: 'inline',
  logLevel: 'warning',
  // mocha's parallel mode (worker files found by require.resolve) is not used in the extension host.
  logOverride: { 'require-resolve-not-external': 'silent' },
});
console.log('built test/e2e/out/suite.cjs');
