// Which folder a scenario's runs are written to: the `tornet.results.folder` setting, resolved
// against the scenario's workspace folder (or, for a file outside any workspace, the folder
// the file is in). An absolute setting is used as it is.

import { dirname, isAbsolute, join } from 'node:path';

export function resultsRoot(setting: string, workspaceFolder: string | undefined, scenarioFile: string | undefined): string | undefined {
  if (isAbsolute(setting)) return setting;
  const base = workspaceFolder ?? (scenarioFile === undefined ? undefined : dirname(scenarioFile));
  return base === undefined ? undefined : join(base, setting);
}
