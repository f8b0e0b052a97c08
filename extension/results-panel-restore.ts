// What a results panel shows when VS Code restores it with the window (the panel serializer):
// the results read again from the run folder saved in the webview state, or why it cannot show
// them. Apart from VS Code so it can be tested.

import type { ResultsFile } from '../simulator/results/types';
import { panelStateOf, type HostMessage, type PanelIdentity } from '../webview/protocol';
import { panelContent } from './results-panel-content';

/** The identity saved in the webview state, or a fresh one (titled as VS Code restored it) when none was saved. */
export function restoredIdentity(state: unknown, title: string, now: number): PanelIdentity {
  return panelStateOf(state).panel ?? { key: `restored:${now}`, title, resultsFolder: null };
}

/** The message for the restored page; `readResults` gets the saved results-folder URI. */
export async function restoredContent(identity: PanelIdentity, readResults: (resultsFolder: string) => Promise<ResultsFile>): Promise<HostMessage> {
  if (!identity.resultsFolder) return { type: 'problem', message: 'This panel showed a run that had not written its results when VS Code closed.' };
  try {
    return { type: 'results', panel: identity, ...panelContent(await readResults(identity.resultsFolder)) };
  } catch (error) {
    return { type: 'problem', message: `Cannot read the results in ${identity.resultsFolder}: ${error instanceof Error ? error.message : String(error)}` };
  }
}
