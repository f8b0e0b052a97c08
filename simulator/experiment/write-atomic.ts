// Writes a file so that readers see the old content or the new, never a half-written file:
// write a temporary file beside it, then rename over it. Async, so the extension host is not
// blocked; the CLI writes its results with it too.

import { rename, rm, writeFile } from 'node:fs/promises';

let written = 0;

export async function writeFileAtomic(path: string, content: string): Promise<void> {
  // pid + counter: two writes of one path at once never share a temporary file
  const temporary = `${path}.${process.pid}.${++written}.tmp`;
  try {
    await writeFile(temporary, content);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
