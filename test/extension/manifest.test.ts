import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { COMMAND_IDS, CONTEXT_KEYS } from '../../extension/command-ids';

interface Manifest {
  main: string;
  contributes: {
    commands: { command: string; title: string }[];
    menus: Record<string, { command: string; when?: string }[]>;
    keybindings: { command: string; when?: string }[];
    configuration: { properties: Record<string, unknown> }[];
  };
}

const manifest = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../package.json'), 'utf8')) as Manifest;

test('the manifest contributes exactly the commands the extension registers', () => {
  assert.deepEqual(manifest.contributes.commands.map((c) => c.command).sort(), Object.values(COMMAND_IDS).sort());
});

test('menus and keybindings name contributed commands only, and when clauses use known tornet context keys', () => {
  const known = new Set(Object.values(COMMAND_IDS));
  const entries = [...Object.values(manifest.contributes.menus).flat(), ...manifest.contributes.keybindings];
  for (const entry of entries) assert.ok(known.has(entry.command as never), `${entry.command} is contributed`);
  const keys = new Set<string>(Object.values(CONTEXT_KEYS));
  for (const entry of entries) {
    for (const key of entry.when?.replace(/view == [\w.]+/g, '').match(/\btornet\.[\w.]+/g) ?? []) assert.ok(keys.has(key), `${key} in '${entry.when}' is set by the extension`);
  }
});

test('the settings the extension reads are contributed', () => {
  const properties = Object.keys(manifest.contributes.configuration[0]!.properties).sort();
  assert.deepEqual(properties, ['tornet.results.folder', 'tornet.run.defaultSeeds', 'tornet.run.openPanel', 'tornet.run.workers', 'tornet.trace.server']);
  assert.equal(manifest.main, './dist/extension.cjs');
});
