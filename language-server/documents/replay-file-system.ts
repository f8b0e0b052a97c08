// Re-checks an edited text against exactly the files its analysis read, so that a
// refactoring can prove it leaves the resolved model unchanged without touching the disk.

import type { FileSystem } from '../../grammar';
import type { Analysis } from './analysis';
import { resolveInclude } from './workspace-file-system';

export class ReplayFileSystem implements FileSystem {
  constructor(private readonly analysis: Analysis) {}

  resolve(from: string, path: string): string {
    return resolveInclude(from, path);
  }

  /** The analysis read only files inside the workspace; any other file stays unreadable. */
  inWorkspace(file: string): boolean {
    return this.analysis.dependencies.has(file);
  }

  read(file: string): string | undefined {
    return this.analysis.dependencies.get(file);
  }
}
