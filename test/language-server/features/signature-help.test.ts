import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SignatureHelpRequest, type SignatureHelp } from 'vscode-languageserver-protocol';
import { session } from '../support/session';

const s = session();

async function helpAt(marked: string): Promise<SignatureHelp | null> {
  const { uri, positions } = await s.open(marked);
  return s.client().connection.sendRequest(SignatureHelpRequest.type, { textDocument: { uri }, position: positions[0]! });
}

function active(help: SignatureHelp | null): string | undefined {
  const signature = help?.signatures[help.activeSignature ?? 0];
  const index = signature?.activeParameter;
  if (!signature || index === undefined || index === null) return undefined;
  const label = signature.parameters![index]!.label as [number, number];
  return signature.label.slice(label[0], label[1]);
}

test('shows the parameters of a distribution with their docs and the active one by comma index', async () => {
  const first = await helpAt('relays g x 3 { bandwidth lognormal(<|>) }\n');
  assert.equal(first?.signatures[0]?.label, 'lognormal(median, sigma)');
  assert.equal(active(first), 'median');
  assert.equal(first?.signatures[0]?.parameters?.[1]?.documentation, 'σ of ln X.');
  assert.match(JSON.stringify(first?.signatures[0]?.documentation), /Median|lognormal|log-normal/i);
  assert.equal(active(await helpAt('clients c x 1 { think uniform(1 s, <|>') ), 'to');
});

test('a written parameter name makes it active; nested calls and lists are skipped', async () => {
  assert.equal(active(await helpAt('loss l = proportional(1.5 % per <|>')), 'per');
  assert.equal(active(await helpAt('loss l = proportional(1.5 % per 300 ms, cap 3<|>00 ms)')), 'cap');
  assert.equal(active(await helpAt('relays g x 3 { bandwidth lognormal(median choice(1 MiB/s, 2 MiB/s), <|>) }')), 'sigma');
  const inner = await helpAt('relays g x 3 { bandwidth lognormal(median uniform(1 MiB/s, <|>');
  assert.equal(inner?.signatures[0]?.label, 'uniform(from, to)');
  assert.equal(active(inner), 'to');
});

test('offers every function of a name, and nothing outside a call or for unknown functions', async () => {
  const both = await helpAt('loss l = constant(<|>');
  assert.ok((both?.signatures.length ?? 0) >= 1);
  assert.ok(both!.signatures.every((signature) => signature.label.startsWith('constant(')));
  assert.equal(await helpAt('scenario "x" { duration 1<|>0 min }'), null);
  assert.equal(await helpAt('loss l = frobnicate(<|>'), null);
  assert.equal(await helpAt('experiment e { vary load [low: <|>'), null);
});

test('metrics show their optional group; the call form of a mechanism option shows its settings', async () => {
  const metric = await helpAt('experiment e { report throughput(<|>) }');
  assert.equal(metric?.signatures[0]?.label, 'throughput(GROUP)');
  assert.match(String(metric?.signatures[0]?.parameters?.[0]?.documentation), /a client group or a relay group/);
  const option = await helpAt('experiment e { vary congestion-control [a: vegas(profile prop324, cwnd-init <|>)] }');
  assert.match(option?.signatures[0]?.label ?? '', /^vegas\(profile …, sendme-inc …, cwnd-init …/);
  assert.equal(active(option), 'cwnd-init');
  assert.match(JSON.stringify(option?.signatures[0]?.documentation), /congestion-control vegas: Tor-Vegas/);
});
