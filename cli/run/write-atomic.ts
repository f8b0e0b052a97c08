// Writes a file so that readers see the old content or the new, never a half-written file:
// write a temporary file beside it, then rename over it.

import { renameSync, writeFileSync } from 'node:fs';

export function writeFileAtomic(path: string, content: string): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, content);
  renameSync(temporary, path);
}
