// The symbol table the language server uses: declarations, their ranges and references.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check, NETWORK } from './check-helper';

test('declarations carry kind, name range and every reference', () => {
  const text = `${NETWORK}
loss lossy = constant(1 %)
relays far x 1 { location choice(east, west) }
experiment e { variant v { internet.loss lossy } }`;
  const result = check(text);
  const find = (name: string) => result.declarations.find((d) => d.name === name)!;
  const east = find('east');
  assert.equal(east.kind, 'location');
  assert.equal(text.slice(east.range.start.offset, east.range.end.offset), 'east');
  assert.equal(east.references.length, 2); // latency east <-> west, choice(east, …)
  assert.equal(find('lossy').references.length, 1);
  assert.equal(find('v').kind, 'variant');
  assert.equal(find('v').container, 'e');
  assert.deepEqual(
    ['net', 'files', 'users', 'far', 'e'].map((name) => find(name).kind),
    ['relays', 'servers', 'clients', 'relays', 'experiment'],
  );
});

test('a name used for two things is a duplicate, with the first declaration as related information', () => {
  const result = check(`${NETWORK} const east = 1`);
  const duplicate = result.diagnostics.find((d) => d.code === 'TN202')!;
  assert.equal(duplicate.related?.[0]?.message, 'first declared here');
});

test('a reference to the wrong kind of thing says what the name is', () => {
  const result = check(`${NETWORK} relays r x 1 { location users }`);
  assert.match(result.diagnostics[0]!.message, /'users' is a client group, not a location/);
});
