// What the .vsix ships, as `vsce ls` lists it from .vscodeignore: the licence the manifest names,
// and every page the README links to (relative links are resolved inside the installed extension).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const manifest = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { license: string; scripts: Record<string, string> };
const shipped = new Set(
  execFileSync(resolve(root, 'node_modules/.bin/vsce'), ['ls', '--no-dependencies'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean),
);

test('the package ships the MIT licence the manifest names, and packaging no longer skips it', () => {
  assert.equal(manifest.license, 'MIT');
  assert.match(readFileSync(resolve(root, 'LICENSE'), 'utf8'), /^MIT License\n\nCopyright \(c\) \d{4} TorNet Studio contributors\n/);
  assert.ok(shipped.has('LICENSE'));
  assert.doesNotMatch(manifest.scripts['package']!, /--skip-license/);
});

test("every relative link of the README points at a file in the package", () => {
  const readme = readFileSync(resolve(root, 'README.md'), 'utf8');
  const links = [...readme.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)].map((m) => m[1]!).filter((href) => !/^[a-z]+:/i.test(href));
  assert.ok(links.some((href) => href.startsWith('docs/')), 'the README links to docs/');
  for (const href of links) assert.ok(shipped.has(href), `${href} is shipped`);
});
