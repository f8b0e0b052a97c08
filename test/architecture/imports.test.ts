import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
// @ts-expect-error plain ESM module without type declarations
import { importRules } from '../../scripts/import-rules.mjs';

type Rule = { folders: string[]; packages: string[]; nodeBuiltins: boolean };
const rules = importRules as Record<string, Rule>;
const root = resolve(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of entries) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.(ts|mts|tsx)$/.test(name) && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

const importPattern = /(?:^|[\s;])(?:import|export)\s[^'"`]*?from\s*['"]([^'"]+)['"]|(?:^|[^.\w])import\s*\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s+['"]([^'"]+)['"]/gm;

export function importViolations(folder: string, rule: Rule): string[] {
  const violations: string[] = [];
  for (const file of sourceFiles(join(root, folder))) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(importPattern)) {
      const specifier = match[1] ?? match[2] ?? match[3];
      if (!specifier) continue;
      const where = relative(root, file);
      if (specifier.startsWith('.')) {
        const target = relative(root, resolve(dirname(file), specifier));
        if (!rule.folders.some((prefix) => target === prefix.replace(/\/$/, '') || target.startsWith(prefix))) {
          violations.push(`${where} imports ${target}`);
        }
      } else if (specifier.startsWith('node:')) {
        if (!rule.nodeBuiltins) violations.push(`${where} imports ${specifier}`);
      } else {
        const pkg = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!;
        if (!rule.packages.includes(pkg)) violations.push(`${where} imports package ${specifier}`);
      }
    }
  }
  return violations;
}

for (const [folder, rule] of Object.entries(rules)) {
  test(`${folder}/ imports only what docs/architecture.md allows`, () => {
    assert.deepEqual(importViolations(folder, rule), []);
  });
}

test('the import check catches a forbidden import', () => {
  // This very folder imports node:test and ../../scripts: an empty rule must flag both.
  const strict: Rule = { folders: [], packages: [], nodeBuiltins: false };
  assert.ok(importViolations('test/architecture', strict).length > 0);
});
