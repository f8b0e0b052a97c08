// Which top-level folder may import what. docs/architecture.md explains the reasons;
// test/architecture/imports.test.ts enforces this table on every source file.
// Entries are folder prefixes (relative to the repository root) or package names;
// `node:` builtins are listed explicitly per folder.
export const importRules = {
  grammar: { folders: ['grammar/'], packages: ['chevrotain'], nodeBuiltins: false },
  simulator: {
    folders: ['simulator/', 'grammar/model/'],
    packages: ['simple-statistics', '@stdlib/stats-base-dists-t-quantile'],
    nodeBuiltins: true,
  },
  'language-server': {
    folders: ['language-server/', 'grammar/'],
    packages: ['vscode-languageserver', 'vscode-languageserver-textdocument', 'vscode-languageserver-protocol'],
    nodeBuiltins: true,
  },
  extension: {
    folders: [
      'extension/',
      'grammar/model/',
      'simulator/results/',
      'simulator/experiment/',
      'simulator/worker/',
      'language-server/protocol',
      'webview/protocol',
      'webview/charts/',
    ],
    packages: ['vscode', 'vscode-languageclient'],
    nodeBuiltins: true,
  },
  webview: { folders: ['webview/', 'simulator/results/'], packages: ['chart.js'], nodeBuiltins: false },
  cli: { folders: ['cli/', 'grammar/', 'simulator/', 'webview/charts/'], packages: ['commander', 'cli-progress'], nodeBuiltins: true },
};
