import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DiagnosticSeverity, DiagnosticTag } from 'vscode-languageserver-protocol';
import { fileUri, messageOf, TestClient } from '../support/client';

// Waits follow the server's notifications, not the clock (EVENTS: no deadline), so a loaded
// machine makes these tests slower, never failing; HANG_GUARD turns a server that never
// publishes into a failure instead of a hung run.
const EVENTS = Infinity;
const HANG_GUARD = { timeout: 5 * 60_000 };

const workspace = mkdtempSync(join(tmpdir(), 'tornet-ls-'));
let client: TestClient;
before(async () => {
  client = await TestClient.start({ workspace });
});
after(async () => {
  await client.stop();
});

test('publishes parse and semantic diagnostics with codes, ranges and the document version', HANG_GUARD, async () => {
  const uri = fileUri(join(workspace, 'errors.tornet'));
  await client.open(uri, 'scenario "x" {\n  duraton 10 min\n}\n');
  const published = await client.currentDiagnostics(uri, EVENTS);
  assert.equal(published.version, 1);
  const unknown = published.diagnostics.find((d) => d.code === 'TN201');
  assert.ok(unknown, JSON.stringify(published.diagnostics));
  assert.equal(unknown.severity, DiagnosticSeverity.Error);
  assert.equal(unknown.source, 'tornet');
  assert.deepEqual(unknown.range, { start: { line: 1, character: 2 }, end: { line: 1, character: 9 } });
  assert.match(messageOf(unknown), /Did you mean 'duration'/);
  assert.deepEqual((unknown.data as { code: string; replacement: string }).replacement, 'duration');
});

test('tags unused declarations as unnecessary and carries related information', HANG_GUARD, async () => {
  const uri = fileUri(join(workspace, 'tags.tornet'));
  await client.open(uri, 'const unused = 5\nconst twice = 1\nconst twice = 2\n');
  const { diagnostics } = await client.currentDiagnostics(uri, EVENTS);
  const unused = diagnostics.find((d) => d.code === 'TN204' && messageOf(d).includes('unused'));
  assert.ok(unused, JSON.stringify(diagnostics));
  assert.deepEqual(unused.tags, [DiagnosticTag.Unnecessary]);
  const duplicate = diagnostics.find((d) => d.code === 'TN202');
  assert.ok(duplicate);
  assert.equal(duplicate.relatedInformation?.[0]?.location.uri, uri);
  assert.equal(duplicate.relatedInformation?.[0]?.location.range.start.line, 1);
});

test('applies incremental edits and analyses once after a burst of typing', HANG_GUARD, async () => {
  const uri = fileUri(join(workspace, 'typing.tornet'));
  await client.open(uri, 'scenario "x" {\n  duration 10 min\n}\n');
  await client.currentDiagnostics(uri, EVENTS);
  const before = client.publishedFor(uri).length;
  // Type "x" three times, one keystroke each: "duration" becomes "durationxxx".
  for (let i = 0; i < 3; i++) {
    await client.change(uri, [{ range: { start: { line: 1, character: 10 + i }, end: { line: 1, character: 10 + i } }, text: 'x' }]);
  }
  const published = await client.currentDiagnostics(uri, EVENTS);
  assert.equal(published.version, 4);
  assert.deepEqual(
    published.diagnostics.map((d) => d.code),
    ['TN201'],
  );
  assert.match(messageOf(published.diagnostics[0]!), /durationxxx/);
  assert.equal(client.publishedFor(uri).length, before + 1, 'stale versions are never analysed or published');
});

test('refreshes the diagnostics of a file when a file it includes changes', HANG_GUARD, async () => {
  const included = fileUri(join(workspace, 'common.tornet'));
  const main = fileUri(join(workspace, 'main.tornet'));
  writeFileSync(join(workspace, 'common.tornet'), 'loss shared = constant(1 %)\n');
  await client.open(main, 'include "common.tornet"\ninternet {\n  loss shared\n}\n');
  const first = await client.currentDiagnostics(main, EVENTS);
  assert.ok(!first.diagnostics.some((d) => d.code === 'TN203'), JSON.stringify(first.diagnostics));

  // The editor opens the included file and renames the loss model: main now refers to nothing.
  await client.open(included, 'loss shared = constant(1 %)\n');
  await client.change(included, [{ range: { start: { line: 0, character: 5 }, end: { line: 0, character: 11 } }, text: 'common' }]);
  const refreshed = await client.diagnostics(main, (params) => params.diagnostics.some((d) => d.code === 'TN203'), EVENTS);
  assert.match(messageOf(refreshed.diagnostics.find((d) => d.code === 'TN203')!), /shared/);

  // Closing the included file falls back to the unchanged file on disk.
  const seen = client.publishedFor(main).length;
  await client.close(included);
  const published = () => client.publishedFor(main);
  await client.diagnostics(main, (params) => published().indexOf(params) >= seen && !params.diagnostics.some((d) => d.code === 'TN203'), EVENTS);
});

test('clears diagnostics when a document closes', HANG_GUARD, async () => {
  const uri = fileUri(join(workspace, 'closing.tornet'));
  await client.open(uri, 'bogus 1\n');
  await client.currentDiagnostics(uri, EVENTS);
  await client.close(uri);
  const cleared = await client.diagnostics(uri, (params) => params.diagnostics.length === 0, EVENTS);
  assert.deepEqual(cleared.diagnostics, []);
});
