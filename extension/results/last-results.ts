// The newest results of each scenario, for the inline lenses, hovers and Show Last Results:
// remembered when a run finishes or a stored run is opened, and otherwise looked up once in
// the results folder (after a restart) among the runs of that scenario's file name.

import type { ResultsFile } from '../../simulator/results/types';
import { readResults, type ResultsStore } from './results-store';

export interface RunEntry {
  /** The run folder (absolute path). */
  readonly folder: string;
  readonly results: ResultsFile;
}

export class LastResults {
  /** By the scenario path recorded in results.json (workspace-relative). */
  private readonly byScenario = new Map<string, RunEntry>();
  private readonly lookedUp = new Set<string>();
  private newest: RunEntry | undefined;

  remember(entry: RunEntry): void {
    this.byScenario.set(entry.results.scenario.path, entry);
    this.lookedUp.add(entry.results.scenario.path);
    this.newest = entry;
  }

  /** The entry remembered last, if any. */
  latest(): RunEntry | undefined {
    return this.newest;
  }

  /**
   * The newest results of the scenario at `scenarioPath`; searches `store` the first time only,
   * reading the runs named after `scenarioName` from newest to oldest until one matches.
   */
  async find(scenarioPath: string, scenarioName: string, store: ResultsStore | undefined): Promise<RunEntry | undefined> {
    const known = this.byScenario.get(scenarioPath);
    if (known || this.lookedUp.has(scenarioPath) || !store) return known;
    this.lookedUp.add(scenarioPath);
    for (const run of await store.list()) {
      if (run.scenario !== scenarioName) continue;
      const results = await readResults(run.folder).catch(() => undefined);
      if (results?.scenario.path === scenarioPath) {
        const entry = { folder: run.folder, results };
        this.byScenario.set(scenarioPath, entry);
        return entry;
      }
    }
    return undefined;
  }
}
