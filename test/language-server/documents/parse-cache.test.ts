import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyse } from '../../../language-server/documents/analysis';
import { ParseCache } from '../../../language-server/documents/parse-cache';
import type { ParseResult } from '../../../grammar';

test('remembers a parse by its text, and forgets the least recently used beyond its limit', () => {
  const cache = new ParseCache(2);
  const a = cache.parse('a 1\n');
  assert.equal(cache.parse('a 1\n'), a);
  const b = cache.parse('b 2\n');
  assert.notEqual(b, a);
  assert.equal(cache.parse('a 1\n'), a, 'a is now the most recently used');
  cache.parse('c 3\n'); // evicts b
  assert.equal(cache.parse('a 1\n'), a);
  assert.notEqual(cache.parse('b 2\n'), b);
});

test('analyses of an edited document reuse the tree of an unchanged included file, and re-parse it once it changes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tornet-parse-cache-'));
  writeFileSync(join(dir, 'common.tornet'), 'loss shared = constant(1 %)\n');
  const root = pathToFileURL(dir).href;
  const uri = `${root}/main.tornet`;
  const cache = new ParseCache();
  const trees: ParseResult[] = [];
  const watched = { parse: (text: string) => trees[trees.push(cache.parse(text)) - 1]! } as ParseCache;
  const open = new Map<string, string>();
  const texts = { text: (file: string) => open.get(file) };
  const main = 'include "common.tornet"\ninternet {\n  loss shared\n}\n';

  const first = analyse(uri, 1, main, [root], texts, watched);
  const second = analyse(uri, 2, `${main}// edited\n`, [root], texts, watched);
  assert.equal(trees.length, 2, 'each analysis asks for the included file');
  assert.equal(trees[1], trees[0], 'the second analysis reuses the first tree');
  assert.deepEqual(second.check.diagnostics, first.check.diagnostics);
  assert.equal(first.check.model?.base.internet.loss.name, 'shared');

  open.set(`${root}/common.tornet`, 'loss other = constant(1 %)\n');
  const third = analyse(uri, 3, main, [root], texts, watched);
  assert.notEqual(trees[2], trees[0]);
  assert.ok(third.check.diagnostics.some((d) => d.code === 'TN203'), 'the changed included file is seen');
});
