import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CompletionItemTag, CompletionRequest, InsertTextFormat, type CompletionItem, type MarkupContent } from 'vscode-languageserver-protocol';
import { session } from '../support/session';

const s = session();

async function complete(marked: string): Promise<CompletionItem[]> {
  const { uri, positions } = await s.open(marked);
  const result = await s.client().connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: positions[0]! });
  return Array.isArray(result) ? result : (result?.items ?? []);
}
const labels = (items: CompletionItem[]) => items.map((item) => item.label);

test('offers only the keywords of the enclosing block, with type, default and documentation', async () => {
  const items = await complete('scenario "x" {\n  duration 10 min\n  <|>\n}\n');
  assert.deepEqual(labels(items), ['warmup', 'seeds', 'load'], 'duration is already set');
  const warmup = items[0]!;
  assert.match(warmup.detail!, /^time: /);
  assert.match((warmup.documentation as MarkupContent).value, /Default: 0 s/);
});

test('keywords of a mechanism block replace the word being typed', async () => {
  const items = await complete('relays g x 1 {\n  socket-scheduler kist { inter<|> }\n}\n');
  assert.ok(labels(items).includes('interval'), JSON.stringify(labels(items)));
  assert.ok(!labels(items).includes('bandwidth'));
  const interval = items.find((item) => item.label === 'interval')!;
  assert.deepEqual((interval.textEdit as { range: unknown }).range, { start: { line: 1, character: 26 }, end: { line: 1, character: 31 } });
});

test('top-level keywords come with snippets for whole blocks', async () => {
  const items = await complete('<|>\n');
  const relays = items.find((item) => item.label === 'relays')!;
  assert.equal(relays.insertTextFormat, InsertTextFormat.Snippet);
  assert.equal((relays.textEdit as { newText: string }).newText, 'relays ${1:NAME} x ${2:N} {\n\t$0\n}');
  assert.ok(labels(items).includes('experiment'));
  assert.ok(!labels(items).includes('bandwidth'));
});

test('after a number offers the units of the expected kind only', async () => {
  const latency = await complete('scenario "x" {\n  duration 10 <|>\n}\n');
  assert.deepEqual(labels(latency), ['µs', 'ms', 's', 'min', 'h']);
  const rate = await complete('relays g x 1 {\n  bandwidth 8 Mi<|>\n}\n');
  assert.ok(labels(rate).includes('MiB/s'));
  assert.ok(!labels(rate).includes('MiB'));
  assert.deepEqual((rate[0]!.textEdit as { range: unknown }).range, { start: { line: 1, character: 14 }, end: { line: 1, character: 16 } });
});

test('inside a distribution the units follow the property', async () => {
  const items = await complete('relays g x 1 {\n  bandwidth lognormal(median 8 <|>)\n}\n');
  assert.ok(labels(items).includes('Mbit/s'));
  assert.ok(!labels(items).includes('ms'));
});

test('offers enum values and mechanism options, marking deprecated ones', async () => {
  const flags = await complete('relays g x 1 {\n  flags <|>\n}\n');
  assert.deepEqual(labels(flags), ['guard', 'exit', 'fast', 'stable']);
  const schedulers = await complete('relays g x 1 {\n  socket-scheduler <|>\n}\n');
  assert.deepEqual(labels(schedulers), ['kist', 'kist-lite', 'vanilla', 'amap']);
});

test('offers declared names where a reference is expected', async () => {
  const items = await complete(`loss lossy = constant(1 %)
internet {
  location east { }
  location west { }
  loss <|>
}
`);
  assert.ok(labels(items).includes('lossy'));
  assert.ok(labels(items).includes('proportional'));
  assert.ok(!labels(items).includes('east'));
  const locations = await complete('internet {\n  location east { }\n  location west { }\n  latency east <-> <|>\n}\n');
  assert.deepEqual(labels(locations), ['east', 'west']);
  const choice = await complete('internet {\n  location east { }\n}\nrelays g x 1 {\n  location choice(<|>)\n}\n');
  assert.deepEqual(labels(choice), ['east']);
});

test('offers the variants of the enclosing experiment after baseline', async () => {
  const items = await complete('experiment a {\n  variant one { load 2 }\n  variant two { load 3 }\n  baseline <|>\n}\nexperiment b {\n  variant other { load 1 }\n}\n');
  assert.deepEqual(labels(items), ['one', 'two']);
});

test('marks deprecated options', async () => {
  const { CONTEXTS } = await import('../../../grammar');
  const deprecated = CONTEXTS.flatMap((context) => context.statements.flatMap((spec) => (spec.form === 'mechanism' ? Object.entries(spec.options).filter(([, option]) => option.deprecated).map(([name]) => ({ context: context.id, keyword: spec.keyword, name })) : [])));
  assert.ok(deprecated.length > 0, 'the schema has a deprecated option (Prop 151 settings)');
  const { keyword, name } = deprecated[0]!;
  const items = await complete(`clients c x 1 {\n  path-selection {\n    ${keyword} <|>\n  }\n}\n`);
  const item = items.find((candidate) => candidate.label === name);
  assert.ok(item, `${name} offered after ${keyword}: ${JSON.stringify(labels(items))}`);
  assert.deepEqual(item.tags, [CompletionItemTag.Deprecated]);
});

const GROUPS = 'relays fast x 2 { flags guard exit }\nclients web x 5 { }\n';

test('completes each segment of a setting path in a variant from the schema and the declared groups', async () => {
  const first = await complete(`${GROUPS}experiment e {\n  variant v { <|> }\n}\n`);
  for (const label of ['scenario', 'internet', 'defaults', 'relays', 'clients', 'servers', 'locations', 'attacks', 'load', 'socket-scheduler', 'fetch']) {
    assert.ok(labels(first).includes(label), `${label} in ${JSON.stringify(labels(first))}`);
  }
  assert.ok(!labels(first).includes('variant'));

  const member = await complete(`${GROUPS}experiment e {\n  variant v { relays.<|> }\n}\n`);
  assert.deepEqual(labels(member), ['*', 'fast']);
  assert.deepEqual((member[1]!.textEdit as { range: unknown }).range, { start: { line: 3, character: 21 }, end: { line: 3, character: 21 } });

  const setting = await complete(`${GROUPS}experiment e {\n  variant v { relays.fast.sock<|> }\n}\n`);
  assert.ok(labels(setting).includes('socket-scheduler') && labels(setting).includes('count'), JSON.stringify(labels(setting)));
  assert.ok(!labels(setting).includes('fetch'), 'client settings are not relay settings');
  const scheduler = setting.find((item) => item.label === 'socket-scheduler')!;
  assert.match((scheduler.documentation as MarkupContent).value, /How cells move from circuit queues/);
  assert.deepEqual((scheduler.textEdit as { range: unknown }).range, { start: { line: 3, character: 26 }, end: { line: 3, character: 30 } });

  const inner = await complete(`${GROUPS}experiment e {\n  variant v { relays.*.socket-scheduler.<|> }\n}\n`);
  assert.deepEqual(labels(inner), ['interval', 'socket-buffer-factor', 'global-write-limit']);
  const defaults = await complete(`${GROUPS}experiment e {\n  variant v { defaults.<|> }\n}\n`);
  assert.deepEqual(labels(defaults), ['relay', 'client']);
  assert.deepEqual(labels(await complete(`${GROUPS}experiment e {\n  variant v { clients.web.fetch.<|> }\n}\n`)), []);
});

test('completes the path of a sweep, then the values of the setting it names', async () => {
  const path = await complete(`${GROUPS}experiment e {\n  vary clients.*.path-selection.cb<|>\n}\n`);
  assert.ok(labels(path).includes('cbt') && labels(path).includes('hops'), JSON.stringify(labels(path)));
  const options = await complete(`${GROUPS}experiment e {\n  vary relays.fast.socket-scheduler [amap, kist-new: <|>]\n}\n`);
  assert.deepEqual(labels(options), ['kist', 'kist-lite', 'vanilla', 'amap']);
  const units = await complete(`${GROUPS}experiment e {\n  vary relays.*.socket-scheduler.interval [fast: 2 <|>]\n}\n`);
  assert.deepEqual(labels(units), ['µs', 'ms', 's', 'min', 'h']);
});

test('a variant line takes the values of its setting, and a mechanism block in a variant its settings', async () => {
  const values = await complete(`${GROUPS}experiment e {\n  variant v { clients.web.path-selection.cbt <|> }\n}\n`);
  assert.deepEqual(labels(values), ['current', 'prop151', 'off']);
  assert.deepEqual(values.find((item) => item.label === 'prop151')!.tags, [CompletionItemTag.Deprecated]);
  const block = await complete(`${GROUPS}experiment e {\n  variant v { congestion-control vegas { cwnd-m<|> } }\n}\n`);
  assert.ok(labels(block).includes('cwnd-min') && labels(block).includes('profile'), JSON.stringify(labels(block)));
});

test('offers group names inside a metric, relay groups only where the metric takes them', async () => {
  const clientsOnly = await complete(`${GROUPS}experiment e { report ttfb(<|>) }\n`);
  assert.deepEqual(labels(clientsOnly), ['web']);
  const both = await complete(`${GROUPS}experiment e { chart cdf throughput(<|>) }\n`);
  assert.deepEqual(labels(both), ['web', 'fast']);
});

test('completes the call form of a mechanism option: its settings, then their values', async () => {
  const settings = await complete(`${GROUPS}experiment e { vary congestion-control [a: vegas(<|>)] }\n`);
  assert.ok(labels(settings).includes('profile') && labels(settings).includes('cwnd-init'), JSON.stringify(labels(settings)));
  const values = await complete(`${GROUPS}experiment e { vary congestion-control [a: vegas(cwnd-init 10, profile <|>)] }\n`);
  assert.deepEqual(labels(values), ['code-default', 'prop324', 'consensus-2026']);
  const inStatement = await complete('relays g x 1 {\n  socket-scheduler kist(inter<|>)\n}\n');
  assert.ok(labels(inStatement).includes('interval'), JSON.stringify(labels(inStatement)));
});

test('after baseline offers the declared variants and the combinations of the sweeps', async () => {
  const items = await complete('experiment e {\n  variant mine { load 2 }\n  vary socket-scheduler [amap, kist]\n  vary load [low: 0.5, high: 2]\n  baseline <|>\n}\n');
  assert.deepEqual(labels(items), ['mine', 'amap-low', 'amap-high', 'kist-low', 'kist-high']);
});
