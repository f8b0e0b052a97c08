import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CodeActionKind, CodeActionRequest, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { session } from '../support/session';

const s = session();

const NETWORK = `internet {
  location east { access 1 Gbit/s }
  latency east <-> east 10 ms
}
servers web x 2 { bandwidth 100 Mbit/s; location east }
clients c x 10 { fetch 320 KiB; think 1 s; location east }
`;

async function actionsFor(text: string, code?: string, only?: string[]): Promise<{ uri: string; actions: CodeAction[]; diagnostics: Diagnostic[] }> {
  const { uri } = await s.open(text);
  const published = await s.client().currentDiagnostics(uri);
  const diagnostics = code ? published.diagnostics.filter((diagnostic) => diagnostic.code === code) : [];
  if (code) assert.ok(diagnostics.length > 0, `expected ${code} in ${JSON.stringify(published.diagnostics)}`);
  const range = diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  const actions = (await s.client().connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics, ...(only ? { only } : {}) } })) ?? [];
  return { uri, actions: actions as CodeAction[], diagnostics };
}

function applied(uri: string, text: string, action: CodeAction): string {
  const edits: TextEdit[] = action.edit?.changes?.[uri] ?? action.edit?.documentChanges?.flatMap((change) => ('edits' in change ? (change.edits as TextEdit[]) : [])) ?? [];
  return TextDocument.applyEdits(TextDocument.create(uri, 'tornet', 1, text), edits);
}

/** Applies the single quick fix for `code` and returns the repaired text and its diagnostics. */
async function fixed(text: string, code: string, title: RegExp): Promise<{ text: string; codes: string[] }> {
  const { uri, actions, diagnostics } = await actionsFor(text, code);
  const action = actions.find((candidate) => title.test(candidate.title));
  assert.ok(action, `no action ${title} in ${JSON.stringify(actions.map((a) => a.title))}`);
  assert.equal(action.kind, CodeActionKind.QuickFix);
  assert.deepEqual(action.diagnostics, diagnostics.slice(0, 1).length ? action.diagnostics : []);
  const repaired = applied(uri, text, action);
  const reopened = await s.open(repaired);
  const after = await s.client().currentDiagnostics(reopened.uri);
  return { text: repaired, codes: after.diagnostics.map((diagnostic) => String(diagnostic.code)) };
}

test('did-you-mean replaces an unknown keyword', async () => {
  const result = await fixed(`scenario "x" { durration 10 min }\n`, 'TN201', /'durration' to 'duration'/);
  assert.equal(result.text, `scenario "x" { duration 10 min }\n`);
  assert.ok(!result.codes.includes('TN201'));
});

test('did-you-mean replaces an unknown enum value and an unknown name', async () => {
  const enumFix = await fixed(`relays g x 3 { bandwidth 1 MiB/s; flags guard exitt; location east }\n${NETWORK}`, 'TN205', /'exitt' to 'exit'/);
  assert.match(enumFix.text, /flags guard exit;/);
  assert.deepEqual(enumFix.codes, []);
  const nameFix = await fixed(`relays g x 3 { bandwidth 1 MiB/s; flags guard exit; location eats }\n${NETWORK}`, 'TN203', /'eats' to 'east'/);
  assert.deepEqual(nameFix.codes, []);
});

test('adds the missing unit to a bare number', async () => {
  const result = await fixed(`scenario "x" { duration 10 }\n`, 'TN301', /Add unit 'ms'/);
  assert.equal(result.text, `scenario "x" { duration 10 ms }\n`);
  assert.ok(!result.codes.includes('TN301'));
});

test('rounds a fractional count', async () => {
  const result = await fixed(`relays g x 2.5 { bandwidth 1 MiB/s; flags guard exit; location east }\n${NETWORK}`, 'TN305', /Round to 3/);
  assert.match(result.text, /relays g x 3 \{/);
  assert.deepEqual(result.codes, []);
});

test('replaces the deprecated Prop 151 CBT option with the current one', async () => {
  const text = `relays g x 3 { bandwidth 1 MiB/s; flags guard exit; location east }\n${NETWORK.replace('think 1 s; location east }', 'think 1 s; location east; path-selection { cbt prop151 } }')}`;
  const result = await fixed(text, 'TN207', /'prop151' to 'current'/);
  assert.match(result.text, /cbt current \}/);
  assert.deepEqual(result.codes, []);
});

test('declares a missing loss model as an honest no-loss placeholder', async () => {
  const text = `// header\nrelays g x 3 { bandwidth 1 MiB/s; flags guard exit; location east }\n${NETWORK.replace('  latency', '  loss lossy\n  latency')}`;
  const result = await fixed(text, 'TN203', /Declare loss model 'lossy'/);
  assert.match(result.text, /^\/\/ header\nloss lossy = none\nrelays g/);
  assert.deepEqual(result.codes, []);
});

test('corrects a misspelt segment of a setting path, a group name in a path, and a baseline', async () => {
  const relays = 'relays g x 3 { bandwidth 1 MiB/s; flags guard exit; location east }\n';
  const setting = await fixed(`${relays}${NETWORK}experiment e { variant v { relays.*.socket-schedular amap } }\n`, 'TN403', /to 'relays\.\*\.socket-scheduler'/);
  assert.match(setting.text, /variant v \{ relays\.\*\.socket-scheduler amap \}/);
  assert.deepEqual(setting.codes, []);
  const inner = await fixed(`${relays}${NETWORK}experiment e { vary relays.g.socket-scheduler.intreval [a: 2 ms] }\n`, 'TN403', /to 'relays\.g\.socket-scheduler\.interval'/);
  assert.deepEqual(inner.codes, []);
  const group = await fixed(`${relays}${NETWORK}experiment e { variant v { clients.cc.count 3 } }\n`, 'TN203', /to 'clients\.c\.count'/);
  assert.deepEqual(group.codes, []);
  const baseline = await fixed(`${relays}${NETWORK}experiment e { vary load [low: 1, high: 2]; baseline hihg }\n`, 'TN407', /'hihg' to 'high'/);
  assert.deepEqual(baseline.codes, []);
});

test('gives a relay group the missing exit or guard flag', async () => {
  const exit = await fixed(`relays g x 3 { bandwidth 1 MiB/s; flags guard fast; location east }\n${NETWORK}`, 'TN402', /Add the exit flag to relay group 'g'/);
  assert.match(exit.text, /flags guard fast exit;/);
  assert.deepEqual(exit.codes, []);
  const guard = await fixed(`relays g x 3 {\n  flags exit\n  location east\n}\nrelays m x 2 { }\n${NETWORK}`, 'TN401', /Add the guard flag to relay group 'm'/);
  assert.match(guard.text, /relays m x 2 \{ flags guard \}/);
  assert.deepEqual(guard.codes, []);
});

test('removes an unused constant, but not when that would take a comment with it', async () => {
  const removed = await fixed(`const spare = 5 ms\nconst used = 1 s\nscenario "x" { warmup used }\n`, 'TN204', /Remove unused constant 'spare'/);
  assert.equal(removed.text, `const used = 1 s\nscenario "x" { warmup used }\n`);
  assert.deepEqual(removed.codes, []);
  const { actions } = await actionsFor(`const spare = 5 ms // keep this note\n`, 'TN204', [CodeActionKind.QuickFix]);
  assert.deepEqual(actions, []);
});

test('no quick fix when the data carries no repair', async () => {
  const { actions } = await actionsFor(`scenario "x" { durration 10 min; zzzzzzzzzzzz 3 }\n`, 'TN201', [CodeActionKind.QuickFix]);
  const titles = actions.map((action) => action.title);
  assert.ok(!titles.some((title) => title.includes('zzzz')), JSON.stringify(titles));
});

test('extracts settings every relay group shares into defaults relay, keeping the model', async () => {
  const text = `relays a x 3 { bandwidth 1 MiB/s; flags guard exit; location east; socket-scheduler kist }
relays b x 2 {
  bandwidth 2 MiB/s
  socket-scheduler   kist
  flags guard exit
  location east
}
${NETWORK}`;
  const { uri, actions } = await actionsFor(text, undefined, [CodeActionKind.Refactor]);
  const action = actions.find((candidate) => candidate.kind === CodeActionKind.RefactorExtract);
  assert.ok(action, JSON.stringify(actions));
  assert.equal(
    applied(uri, text, action),
    `defaults relay {
  flags guard exit
  location east
  socket-scheduler kist
}

relays a x 3 { bandwidth 1 MiB/s }
relays b x 2 {
  bandwidth 2 MiB/s
}
${NETWORK}`,
  );
});

test('merges into an existing defaults relay and extracts only what every group shares', async () => {
  const text = `defaults relay { socket-scheduler vanilla; congestion-control sendme }
relays a x 3 { bandwidth 1 MiB/s; flags guard exit; location east; socket-scheduler kist }
relays b x 2 { bandwidth 1 MiB/s; flags guard exit; location east; socket-scheduler kist }
${NETWORK}`;
  const { uri, actions } = await actionsFor(text, undefined, [CodeActionKind.RefactorExtract]);
  assert.equal(actions.length, 1);
  assert.equal(
    applied(uri, text, actions[0]!),
    `defaults relay { socket-scheduler kist; congestion-control sendme; bandwidth 1 MiB/s; flags guard exit; location east }
relays a x 3 { }
relays b x 2 { }
${NETWORK}`,
  );
  const partial = `relays a x 3 { bandwidth 1 MiB/s; flags guard exit; location east; socket-scheduler kist }
relays b x 2 { bandwidth 2 MiB/s; flags guard exit; location east }
relays c x 2 { bandwidth 3 MiB/s; flags guard exit; location east; socket-scheduler kist }
${NETWORK}`;
  const none = await actionsFor(partial, undefined, [CodeActionKind.RefactorExtract]);
  assert.ok(none.actions.every((action) => !action.edit?.documentChanges?.some((change) => 'edits' in change && (change.edits as TextEdit[]).some((edit) => edit.newText.includes('socket-scheduler')))));
});

test('extracts settings every client group shares into defaults client', async () => {
  const text = `relays r x 3 { flags guard exit; location east }
servers files x 1 { location east }
clients web x 10 { traffic web; location east; path-selection { hops 3 } }
clients bulk x 2 { traffic bulk; location east; path-selection { hops 3 } }
internet { location east { } }
`;
  const { uri, actions } = await actionsFor(text, undefined, [CodeActionKind.RefactorExtract]);
  assert.deepEqual(actions.map((action) => action.title), ['Extract repeated settings into `defaults client`']);
  assert.equal(
    applied(uri, text, actions[0]!),
    `relays r x 3 { flags guard exit; location east }
servers files x 1 { location east }
defaults client {
  location east
  path-selection { hops 3 }
}

clients web x 10 { traffic web }
clients bulk x 2 { traffic bulk }
internet { location east { } }
`,
  );
});
