// Diagnostics over the protocol: tags (unused relay groups, deprecated Prop 151 settings) and
// the errors of included files, summarised at the include line and refreshed when that file changes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DiagnosticSeverity, DiagnosticTag } from 'vscode-languageserver-protocol';
import { fileUri, messageOf } from '../support/client';
import { session } from '../support/session';

const s = session();

const NETWORK = `internet { location east { } }
relays both x 3 { flags guard exit }
servers files x 1 { }
`;

test('a relay group no client can reach is tagged unnecessary, and stops being when a variant reaches it', async () => {
  const { uri, ranges } = await s.open(`${NETWORK}relays <|idle|> x 2 { }\nclients c x 5 { path-selection { hops 2 } }\n`);
  const { diagnostics } = await s.client().currentDiagnostics(uri);
  const unused = diagnostics.find((d) => d.code === 'TN414');
  assert.ok(unused, JSON.stringify(diagnostics));
  assert.equal(unused.severity, DiagnosticSeverity.Warning);
  assert.deepEqual(unused.tags, [DiagnosticTag.Unnecessary]);
  assert.deepEqual(unused.range, ranges[0]);

  const reached = await s.open(`${NETWORK}relays idle x 2 { }\nclients c x 5 { path-selection { hops 2 } }\nexperiment e { variant long { clients.c.path-selection.hops 3 } }\n`);
  assert.deepEqual((await s.client().currentDiagnostics(reached.uri)).diagnostics.map((d) => d.code), []);
});

test('a Prop 151 setting current Tor replaced is tagged deprecated, naming its replacement', async () => {
  const { uri, ranges } = await s.open(`${NETWORK}clients c x 1 { path-selection { cbt <|prop151|> } }\n`);
  const { diagnostics } = await s.client().currentDiagnostics(uri);
  const deprecated = diagnostics.find((d) => d.code === 'TN207');
  assert.ok(deprecated, JSON.stringify(diagnostics));
  assert.deepEqual(deprecated.tags, [DiagnosticTag.Deprecated]);
  assert.deepEqual(deprecated.range, ranges[0]);
  assert.match(messageOf(deprecated), /Use 'current' instead/);
});

test('errors of an included file are shown at the include line, with related information, and follow edits of that file', async () => {
  const sharedPath = join(s.workspace, 'shared-net.tornet');
  const shared = fileUri(sharedPath);
  writeFileSync(sharedPath, 'internet {\n  location east { latency 5 MiB }\n}\n');
  const { uri, ranges } = await s.open(`include <|"shared-net.tornet"|>\nrelays both x 3 { flags guard exit }\nservers files x 1 { }\nclients c x 1 { }\n`);
  const { diagnostics } = await s.client().currentDiagnostics(uri);
  assert.deepEqual(diagnostics.map((d) => d.code), ['TN415'], 'the included error itself belongs to the included file');
  const summary = diagnostics[0]!;
  assert.equal(summary.severity, DiagnosticSeverity.Error);
  assert.deepEqual(summary.range, ranges[0]);
  assert.match(messageOf(summary), /^"shared-net\.tornet" has 1 error; the first, at shared-net\.tornet:2:27: TN302 /);
  assert.deepEqual(summary.relatedInformation?.map((info) => [info.location.uri, info.location.range.start]), [[shared, { line: 1, character: 26 }]]);

  // The author opens the included file and fixes it: the including document is refreshed.
  await s.client().open(shared, 'internet {\n  location east { latency 5 MiB }\n}\n');
  await s.client().change(shared, [{ range: { start: { line: 1, character: 28 }, end: { line: 1, character: 31 } }, text: 'ms' }]);
  const fixed = await s.client().diagnostics(uri, (params) => !params.diagnostics.some((d) => d.code === 'TN415'));
  assert.deepEqual(fixed.diagnostics, []);

  // Breaking it again brings the summary back.
  await s.client().change(shared, [{ range: { start: { line: 1, character: 26 }, end: { line: 1, character: 27 } }, text: '-5' }]);
  const broken = await s.client().diagnostics(uri, (params) => params.diagnostics.some((d) => d.code === 'TN415' && messageOf(d).includes('TN303')));
  assert.match(messageOf(broken.diagnostics[0]!), /^"shared-net\.tornet" has 1 error; the first, at shared-net\.tornet:2:27: TN303 /);
});
