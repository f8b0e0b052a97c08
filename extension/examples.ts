// Open Example…: the scenarios shipped in the extension's examples/ folder, copied into the
// workspace with the shared files they include (examples/common/), never over existing files.

import { copyFile, mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { exists } from './file-exists';

export interface Example {
  readonly name: string;
  /** The first comment line of the file. */
  readonly description: string;
  readonly path: string;
}

/** Folders under examples/ that examples include from. */
const SHARED = ['common'];

export async function listExamples(examplesFolder: string): Promise<Example[]> {
  const names = (await readdir(examplesFolder)).filter((name) => name.endsWith('.tornet')).sort();
  return Promise.all(
    names.map(async (name) => {
      const text = await readFile(join(examplesFolder, name), 'utf8');
      const comment = /^\s*\/\/\s*(.+)$/m.exec(text)?.[1]?.trim() ?? '';
      return { name: name.slice(0, -'.tornet'.length), description: comment, path: join(examplesFolder, name) };
    }),
  );
}

/** Copies `example` and the shared folders into `target`; returns the copied scenario's path and the files left as they were. */
export async function copyExample(example: Example, examplesFolder: string, target: string): Promise<{ scenario: string; kept: string[] }> {
  const kept: string[] = [];
  const copy = async (from: string, to: string) => {
    if (await exists(to)) kept.push(to);
    else await copyFile(from, to);
  };
  await mkdir(target, { recursive: true });
  const scenario = join(target, `${example.name}.tornet`);
  await copy(example.path, scenario);
  for (const shared of SHARED) {
    const from = join(examplesFolder, shared);
    if (!(await exists(from))) continue;
    await mkdir(join(target, shared), { recursive: true });
    for (const name of await readdir(from)) await copy(join(from, name), join(target, shared, name));
  }
  return { scenario, kept };
}
