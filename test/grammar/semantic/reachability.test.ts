// TN414: which relay groups the clients' circuits can use (grammar/semantic/reachability.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check, only, textAt } from './check-helper';

const NETWORK = `
internet { location east { } }
relays both x 3 { flags guard exit }
servers files x 1 { }
`;
const unreachable = (text: string) => check(text).diagnostics.filter((diagnostic) => diagnostic.code === 'TN414').map((diagnostic) => textAt(text, diagnostic));

test('a group without guard or exit flag is unreachable when every client builds 2-hop circuits, reachable with 3', () => {
  const twoHops = `${NETWORK}relays middles x 4 { }\nclients c x 5 { path-selection { hops 2 } }\n`;
  assert.deepEqual(unreachable(twoHops), ['middles']);
  const found = only(check(twoHops), 'TN414');
  assert.equal(found.severity, 'warning');
  assert.deepEqual(found.tags, ['unnecessary']);
  assert.match(found.message, /neither the guard nor the exit flag/);
  assert.deepEqual(unreachable(`${NETWORK}relays middles x 4 { }\nclients c x 5 { path-selection { hops 3 } }\n`), []);
});

test('one client group with middle hops is enough', () => {
  assert.deepEqual(unreachable(`${NETWORK}relays middles x 4 { }\nclients short x 5 { path-selection { hops 2 } }\nclients long x 1 { }\n`), []);
});

test('guard- and exit-flagged groups are reached by 2-hop circuits', () => {
  assert.deepEqual(unreachable(`${NETWORK}relays guards x 2 { flags guard }\nrelays exits x 2 { flags exit }\nclients c x 5 { path-selection { hops 2 } }\n`), []);
});

test('rendezvous circuits of onion clients have middle hops whatever hops says', () => {
  const onion = `${NETWORK}servers hidden x 1 { onion }\nrelays middles x 4 { }\nclients c x 5 { onion; path-selection { hops 2 } }\n`;
  assert.deepEqual(unreachable(onion), []);
});

test('a variant that uses the group makes it reachable; one that does not leaves it unreachable', () => {
  const base = `${NETWORK}relays middles x 4 { }\nclients c x 5 { path-selection { hops 2 } }\n`;
  assert.deepEqual(unreachable(`${base}experiment e { variant long { clients.c.path-selection.hops 3 } }\n`), []);
  assert.deepEqual(unreachable(`${base}experiment e { vary clients.c.path-selection.hops [two: 2, three: 3] }\n`), []);
  assert.deepEqual(unreachable(`${base}experiment e { variant more { clients.c.count 10 } }\n`), ['middles']);
});

test('a group that has relays in no configuration is not reported', () => {
  assert.deepEqual(unreachable(`${NETWORK}relays middles x 0 { }\nclients c x 5 { path-selection { hops 2 } }\n`), []);
});

test('clients with no members reach nothing', () => {
  const text = `${NETWORK}clients c x 0 { }\n`;
  assert.deepEqual(unreachable(text), ['both']);
  assert.match(only(check(text), 'TN414').message, /no client group has clients/);
});

test('the target and exit of an enabled attack are reached', () => {
  const base = `${NETWORK}relays victim x 1 { }\nclients c x 5 { path-selection { hops 2 } }\n`;
  assert.deepEqual(unreachable(`${base}attack a socket-exhaustion { target victim }\n`), []);
  assert.deepEqual(unreachable(`${base}attack a socket-exhaustion { target victim; enabled off }\n`), ['victim']);
});

test('a file without client groups (a fragment to include) and a file with errors are not checked', () => {
  assert.deepEqual(unreachable(`${NETWORK}relays middles x 4 { }\n`), []);
  assert.deepEqual(unreachable(`${NETWORK}relays middles x 4 { flags gaurd }\nclients c x 5 { path-selection { hops 2 } }\n`), []);
});

test('a group declared in an included file is reported at the include, pointing at the group', () => {
  const text = `${NETWORK}include "middles.tornet"\nclients c x 5 { path-selection { hops 2 } }\n`;
  const found = only(check(text, { '/work/middles.tornet': 'relays middles x 4 { }' }), 'TN414');
  assert.equal(found.uri, '/work/main.tornet');
  assert.equal(textAt(text, found), '"middles.tornet"');
  assert.match(found.message, /^No client can reach relay group 'middles' \(declared in "middles\.tornet"\)/);
  assert.deepEqual(found.related?.map((info) => [info.uri, info.range.start.offset]), [['/work/middles.tornet', 7]]);
  assert.equal(found.tags, undefined, 'the include is not faded as unused');
});
