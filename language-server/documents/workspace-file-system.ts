// The semantic pass reads included files through this: open editor buffers first (unsaved
// text wins), then the disk. Files are named by their LSP URIs. Includes are confined to
// the workspace folders, checked on real paths so that a symbolic link cannot leave them.

import { readFileSync, realpathSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FileSystem } from '../../grammar';

export interface OpenTexts {
  /** The text of an open document, undefined when it is not open. */
  text(uri: string): string | undefined;
}

export class WorkspaceFileSystem implements FileSystem {
  /** Every file read and its text (undefined when unreadable): the reader's dependencies. */
  readonly reads = new Map<string, string | undefined>();

  /**
   * @param roots workspace folder URIs; includes may only name files under them.
   */
  constructor(
    private readonly roots: readonly string[],
    private readonly open: OpenTexts,
  ) {}

  resolve(from: string, path: string): string {
    return resolveInclude(from, path);
  }

  inWorkspace(file: string): boolean {
    const path = filePath(file);
    if (path === undefined) return false;
    return this.roots.some((root) => {
      const rootPath = filePath(root);
      if (rootPath === undefined) return false;
      const inside = relative(realOrSame(rootPath), realOrSame(path));
      return inside === '' || (!inside.startsWith('..') && !isAbsolute(inside));
    });
  }

  read(file: string): string | undefined {
    const text = this.open.text(file) ?? readDisk(file);
    this.reads.set(file, text);
    return text;
  }
}

/** The URI an include of `path` in the document `from` names. */
export function resolveInclude(from: string, path: string): string {
  try {
    return new URL(path.replace(/\\/g, '/'), from).href;
  } catch {
    return path; // `from` is not a URL (an untitled buffer): nothing will be readable
  }
}

function readDisk(uri: string): string | undefined {
  const path = filePath(uri);
  if (path === undefined) return undefined;
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

function filePath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

function realOrSame(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
