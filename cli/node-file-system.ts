// The semantic pass's FileSystem over the local disk. Includes are confined to the
// workspace directory, checked on real paths so that a symbolic link cannot leave it.

import { readFileSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import type { FileSystem } from '../grammar';

export class NodeFileSystem implements FileSystem {
  private readonly root: string;

  constructor(workspace: string) {
    this.root = realOrSame(resolve(workspace));
  }

  resolve(from: string, path: string): string {
    return resolve(dirname(from), path);
  }

  inWorkspace(file: string): boolean {
    const inside = relative(this.root, realOrSame(file));
    return inside === '' || (!inside.startsWith('..') && !isAbsolute(inside));
  }

  read(file: string): string | undefined {
    try {
      return readFileSync(file, 'utf8');
    } catch {
      return undefined;
    }
  }
}

function realOrSame(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
