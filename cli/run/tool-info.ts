// The tool's name and version for results.json, from the package.json above this module
// (cli/run/ from source, dist/ in the bundle).

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function toolInfo(): { name: string; version: string } {
  for (let dir = dirname(fileURLToPath(import.meta.url)); dir !== dirname(dir); dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'tornet-studio') return { name: pkg.name, version: pkg.version ?? 'unknown' };
    }
  }
  return { name: 'tornet-studio', version: 'unknown' };
}
