import { test } from 'node:test';
import assert from 'node:assert/strict';
import { InlayHintRequest, type InlayHint } from 'vscode-languageserver-protocol';
import { session } from '../support/session';

const s = session();

const NETWORK = `internet {
  location east { access 1 Gbit/s }
  latency east <-> east 10 ms
}
servers files x 2 { bandwidth 100 Mbit/s; location east }
`;
const CLIENTS = 'clients users x 10 { fetch 320 KiB; think 1 s }\n';
const RELAYS = 'relays g x 3 { flags guard exit }\n';

/** Hints whose label matches `pattern`, as [position, label]; `<|>` markers say where they must be. */
async function hints(marked: string, pattern: RegExp, range?: { start: { line: number; character: number }; end: { line: number; character: number } }) {
  const { uri, positions } = await s.open(marked);
  const whole = { start: { line: 0, character: 0 }, end: { line: 1000, character: 0 } };
  const result: InlayHint[] = (await s.client().connection.sendRequest(InlayHintRequest.type, { textDocument: { uri }, range: range ?? whole })) ?? [];
  const found = result.filter((hint) => pattern.test(hint.label as string));
  return { found, labels: found.map((hint) => hint.label), positions, at: found.map((hint) => hint.position) };
}

test('shows each relay population total capacity after its count', async () => {
  const { labels, at, positions } = await hints(
    `relays g x 15<|> { bandwidth lognormal(median 8 MiB/s, sigma 0.9); flags guard exit; location east }
relays m x 4<|> { bandwidth uniform(1 MiB/s, 3 MiB/s); flags guard exit; location east }
relays w x 3 { bandwidth choice(1 MiB/s, 3 MiB/s); flags guard exit; location east }
${NETWORK}${CLIENTS}`,
    /total/,
  );
  assert.deepEqual(labels, ['≈ 120 MiB/s total', '≈ 8 MiB/s total']);
  assert.deepEqual(at, positions);
});

test('no hints for a document with errors', async () => {
  const { found } = await hints(`relays g x 15 { bandwidth lognormal(median 8 MiB/s, sigma 0.9); flags guard exit; location nowhere }\n${NETWORK}${CLIENTS}`, /./);
  assert.deepEqual(found, []);
});

test('shows the clients a load factor produces: in the scenario, in a variant, and per sweep item', async () => {
  const { labels, at, positions, found } = await hints(
    `${RELAYS}${NETWORK}clients web x 44 { location east }
clients bulk x 6 { traffic bulk; location east }
scenario "s" { load 2<|> }
experiment e {
  variant light { load 0.5<|>; socket-scheduler amap }
  variant bigger { clients.web.count 95<|> }
  vary load [low: 0.6<|>, normal: 1<|>, high: 1.4<|>]
}
`,
    /clients$/,
  );
  assert.deepEqual(labels, ['= 100 clients', '= 25 clients', '= 202 clients', '= 30 clients', '= 50 clients', '= 70 clients']);
  assert.deepEqual(at, positions);
  assert.match(found[0]!.tooltip as string, /the base scenario: web 88, bulk 12/);
  assert.match(found[2]!.tooltip as string, /variant 'bigger': web 190, bulk 12/);
  assert.match(found[3]!.tooltip as string, /variant 'low': web 26, bulk 4 /);
});

test('a sweep item crossed with a sweep that also changes the clients shows the range, and one group is named', async () => {
  const { labels, found } = await hints(
    `${RELAYS}${NETWORK}clients web x 1000 { location east }
experiment e {
  vary clients.web.count [few: 10, many: 20]
  vary load [low: 0.5, high: 1.5]
}
`,
    /clients$/,
  );
  assert.deepEqual(labels, ['= 5–15 web clients', '= 10–30 web clients', '= 5–10 web clients', '= 15–30 web clients']);
  assert.match(found[0]!.tooltip as string, /^Clients in the 2 variants labelled 'few' \(/);
});

test('shows the path BDP after each latency: bottleneck of access and link times the round trip', async () => {
  const { labels, at, positions, found } = await hints(
    `${RELAYS}servers files x 1 { location east }
${CLIENTS}internet {
  location east { access 1 Gbit/s }
  location west { access 100 Mbit/s }
  location slow { access up 10 Mbit/s down 100 Mbit/s }
  latency east <-> west 20 ms<|>
  latency east <-> slow 20 ms<|>
  link west <-> slow { latency 50 ms<|>; bandwidth 10 Mbit/s }
}
`,
    /^BDP/,
  );
  // 100 Mbit/s × 40 ms = 500,000 B; slow sends at 10 Mbit/s; the 10 Mbit/s link over 100 ms = 125,000 B.
  assert.deepEqual(labels, ['BDP 488 KiB', 'BDP 488 KiB → · 48.8 KiB ←', 'BDP 122 KiB']);
  assert.deepEqual(at, positions);
  assert.match(found[1]!.tooltip as string, /slow → east: 10 Mbit\/s \(slow access up\) × RTT 40 ms = 48\.8 KiB ≈ 97 cells/);
  assert.match(found[2]!.tooltip as string, /west → slow: 10 Mbit\/s \(link bandwidth\)/);
});

test('BDP follows latency-scale, and a one-way latency without a way back has none', async () => {
  const scaled = await hints(`${RELAYS}${CLIENTS}servers files x 1 { }\ninternet {\n  latency-scale 2\n  location a { }\n  location b { }\n  latency a <-> b 20 ms<|>\n}\n`, /^BDP/);
  assert.deepEqual(scaled.labels, ['BDP 9.54 MiB'], '1 Gbit/s × 80 ms');
  const oneWay = await hints(
    `${RELAYS}${CLIENTS}servers files x 1 { }\ninternet {\n  location a { }\n  location b { }\n  location z { }\n  latency a -> b 10 ms\n  latency b <-> z 10 ms<|>\n  latency z -> a 10 ms\n}\n`,
    /^BDP/,
  );
  assert.deepEqual(oneWay.at, oneWay.positions);
});

test('answers only for the requested range', async () => {
  const { at } = await hints(`${RELAYS}${CLIENTS}servers files x 1 { }\ninternet {\n  location a { }\n  location b { }\n  location z { }\n  latency a <-> b 20 ms\n  latency b <-> z 20 ms\n}\n`, /^BDP/, {
    start: { line: 8, character: 0 },
    end: { line: 8, character: 30 },
  });
  assert.deepEqual(at.map((position) => position.line), [8]);
});
