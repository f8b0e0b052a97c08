// The results folder of a workspace: one folder per run, `<scenario>-<UTC timestamp>/`, holding
// the scenario text as run (scenario.tornet), the resolved model (model.json) and results.json.
// Files are written atomically (a temporary file renamed over the target), so a reader never
// sees half a file, and results.json is written last: a folder without it is not a run yet.
// Node's fs, not vscode: the extension host runs where the workspace's files are.

import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Scenario } from '../../grammar/model/scenario';
import { writeFileAtomic } from '../../simulator/experiment/write-atomic';
import { RESULTS_FORMAT, RESULTS_VERSION, type ResultsFile } from '../../simulator/results/types';
import { exists } from '../file-exists';

export const RESULTS_FILE = 'results.json';
export const SCENARIO_FILE = 'scenario.tornet';
export const MODEL_FILE = 'model.json';

export interface StoredRun {
  /** The run's folder (absolute path). */
  readonly folder: string;
  /** The folder's name, `<scenario>-<timestamp>`. */
  readonly name: string;
  /** The scenario's file name without extension. */
  readonly scenario: string;
  /** When the run started, from the folder name. */
  readonly startedAt: Date;
}

/** A run folder's scenario part: the file name without `.tornet`, safe in file names. */
export function scenarioNameOf(path: string): string {
  const base = path.slice(path.lastIndexOf('/') + 1);
  const name = base.endsWith('.tornet') ? base.slice(0, -'.tornet'.length) : base;
  return name.replace(/[^\w.-]+/g, '-') || 'untitled';
}

/** `2026-11-21T14-55-03Z`: sortable, and valid in file names everywhere. */
export function timestampOf(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z').replaceAll(':', '-');
}

const NAME = /^(.+)-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z)(?:-\d+)?$/;

/** Reads a run folder's name back; undefined for names this store did not make. */
export function parseRunFolderName(name: string): { scenario: string; startedAt: Date } | undefined {
  const match = NAME.exec(name);
  if (!match) return undefined;
  const [date, time] = match[2]!.slice(0, -1).split('T') as [string, string];
  const startedAt = new Date(`${date}T${time.replaceAll('-', ':')}Z`);
  return Number.isNaN(startedAt.getTime()) ? undefined : { scenario: match[1]!, startedAt };
}

export interface RunInputs {
  readonly scenarioText: string;
  readonly model: Scenario;
}

export class ResultsStore {
  constructor(readonly root: string) {}

  /** Creates a new run folder for `scenario` started at `startedAt` (suffixed if the name is taken). */
  async createRunFolder(scenario: string, startedAt: Date): Promise<string> {
    await mkdir(this.root, { recursive: true });
    const base = `${scenario}-${timestampOf(startedAt)}`;
    for (let attempt = 1; ; attempt++) {
      const folder = join(this.root, attempt === 1 ? base : `${base}-${attempt}`);
      try {
        await mkdir(folder);
        return folder;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
    }
  }

  /** What a run starts from, written when it starts. */
  async writeInputs(folder: string, inputs: RunInputs): Promise<void> {
    await writeFileAtomic(join(folder, SCENARIO_FILE), inputs.scenarioText);
    await writeFileAtomic(join(folder, MODEL_FILE), JSON.stringify(inputs.model, null, 2) + '\n');
  }

  /** Written when the run ends (complete or not); from then on the folder is a listed run. */
  async writeResults(folder: string, results: ResultsFile): Promise<void> {
    await writeFileAtomic(join(folder, RESULTS_FILE), JSON.stringify(results, null, 2) + '\n');
  }

  /** Run folders holding a results.json, newest first. */
  async list(): Promise<StoredRun[]> {
    let names: string[];
    try {
      names = await readdir(this.root);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    const runs: StoredRun[] = [];
    for (const name of names) {
      const parsed = parseRunFolderName(name);
      if (!parsed) continue;
      const folder = join(this.root, name);
      if (!(await exists(join(folder, RESULTS_FILE)))) continue;
      runs.push({ folder, name, ...parsed });
    }
    return runs.sort((a, b) => b.startedAt.getTime() - a.startedAt.getTime() || b.name.localeCompare(a.name));
  }
}

export class ResultsReadError extends Error {
  constructor(
    readonly path: string,
    /** What is wrong, without the path (for places that already show which run). */
    readonly problem: string,
  ) {
    super(`${path}: ${problem}`);
  }
}

/** Reads a run folder's results.json, refusing files that are not TorNet results of this version. */
export async function readResults(folder: string): Promise<ResultsFile> {
  const path = join(folder, RESULTS_FILE);
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new ResultsReadError(path, error instanceof Error ? error.message : String(error));
  }
  const file = parsed as Partial<ResultsFile> | null;
  if (file?.format !== RESULTS_FORMAT) throw new ResultsReadError(path, `not a TorNet results file (format is not '${RESULTS_FORMAT}')`);
  const problem = versionProblem(file.version);
  if (problem) throw new ResultsReadError(path, problem);
  return file as ResultsFile;
}

/** Why results of format `version` cannot be shown by this TorNet Studio, or undefined when they can. */
export function versionProblem(version: unknown): string | undefined {
  if (version === RESULTS_VERSION) return undefined;
  if (typeof version !== 'number') return `results without a format version; re-run to refresh`;
  return version < RESULTS_VERSION
    ? `results written by an older TorNet Studio (format ${version}); re-run to refresh`
    : `results written by a newer TorNet Studio (format ${version}; this one reads format ${RESULTS_VERSION}); update TorNet Studio to open them`;
}

/** Why a run folder's results cannot be opened (shown in the history view), or undefined when they can. */
export async function resultsProblem(folder: string): Promise<string | undefined> {
  try {
    await readResults(folder);
    return undefined;
  } catch (error) {
    if (error instanceof ResultsReadError) return error.problem;
    throw error;
  }
}
