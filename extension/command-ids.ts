// The ids of the commands the extension contributes (package.json `contributes.commands`),
// in one place so that a test can hold the manifest and the registrations together.

import { COMMANDS } from '../language-server/protocol';

export const COMMAND_IDS = {
  /** From the server's code lenses (protocol.ts). */
  runExperiment: COMMANDS.runExperiment,
  runVariant: COMMANDS.runVariant,
  runScenario: 'tornet.runScenario',
  pickVariantAndRun: 'tornet.pickVariantAndRun',
  compareVariants: 'tornet.compareVariants',
  stop: 'tornet.stop',
  showLastResults: 'tornet.showLastResults',
  openResults: 'tornet.openResults',
  exportResults: 'tornet.exportResults',
  openExample: 'tornet.openExample',
  checkAll: 'tornet.checkAllScenarios',
  refreshHistory: 'tornet.refreshResultsHistory',
} as const;

/** Context keys the extension sets (`when` clauses in package.json). */
export const CONTEXT_KEYS = {
  /** A run is in progress. */
  running: 'tornet.running',
  /** The extension is active (shows the results history view). */
  activated: 'tornet.activated',
} as const;
