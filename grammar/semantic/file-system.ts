// How the semantic pass reads included files. grammar/ may not touch the disk: the CLI
// supplies a Node implementation, the language server one that sees unsaved editor text,
// tests the in-memory one below.

export interface FileSystem {
  /** The file `path` names when written in an include of `from` (both as this file system spells them). */
  resolve(from: string, path: string): string;
  /** True when `file` lies inside the workspace that includes are confined to. */
  inWorkspace(file: string): boolean;
  /** The text of a file, or undefined when it does not exist or cannot be read. */
  read(file: string): string | undefined;
}

/** Files held in a map, with POSIX paths; the workspace is everything under `root`. */
export class MemoryFileSystem implements FileSystem {
  private readonly files: Map<string, string>;

  constructor(
    files: Record<string, string>,
    private readonly root = '/',
  ) {
    this.files = new Map(Object.entries(files).map(([path, text]) => [normalisePosix(path), text]));
  }

  resolve(from: string, path: string): string {
    if (path.startsWith('/')) return normalisePosix(path);
    const directory = from.slice(0, from.lastIndexOf('/') + 1);
    return normalisePosix(directory + path);
  }

  inWorkspace(file: string): boolean {
    const root = normalisePosix(this.root).replace(/\/?$/, '/');
    return normalisePosix(file).startsWith(root);
  }

  read(file: string): string | undefined {
    return this.files.get(normalisePosix(file));
  }
}

/** Resolves `.` and `..` segments; `..` above the root stays at the root, marked by a leading `/..`. */
export function normalisePosix(path: string): string {
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..' && parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop();
    else parts.push(part);
  }
  return '/' + parts.join('/');
}
