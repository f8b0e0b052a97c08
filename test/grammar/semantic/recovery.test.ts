// A broken statement in any kind of block yields its syntax error, and the rest of the file
// is still analysed: its semantic diagnostics still appear.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check, NETWORK } from './check-helper';

const LATER_PROBLEM = '\nrelays later x 1 { bandwdth 1 MiB/s }'; // TN201, after the broken block

const BROKEN_BLOCKS: Record<string, string> = {
  scenario: 'scenario "s" { duration 10 min + }',
  internet: 'internet { location north { access 1 Gbit/s ] } }',
  'defaults relay': 'defaults relay { socket-scheduler kist { interval ( 10 ms } }',
  relays: 'relays broken x 2 { bandwidth lognormal(median 1 MiB/s,, sigma 1) }',
  clients: 'clients broken x 2 { think uniform(1 s 60 s }',
  servers: 'servers broken x 1 { bandwidth = }',
  attack: 'attack broken socket-exhaustion { target [net }',
  experiment: 'experiment broken { vary load [low: 1, }',
  loss: 'loss broken = proportional(1.5 % per, cap 300 ms',
};

for (const [kind, broken] of Object.entries(BROKEN_BLOCKS)) {
  test(`a broken ${kind} block does not hide the rest of the file`, () => {
    const text = `${NETWORK}\n${broken}\n${LATER_PROBLEM}`;
    const result = check(text);
    const codes = result.diagnostics.map((diagnostic) => diagnostic.code);
    assert.ok(codes.some((code) => code.startsWith('TN1')), `syntax error expected: ${codes}`);
    assert.ok(codes.includes('TN201'), `the later problem is still reported: ${JSON.stringify(result.diagnostics.map((d) => d.message))}`);
    assert.equal(result.model, undefined);
  });
}

test('a semantic error in one group does not stop the others from being checked', () => {
  const result = check(`${NETWORK}\nrelays a1 x 1 { bandwidth 5 ms }\nrelays a2 x 1 { location nowhere }\nclients a3 x 1 { fetch 1 s }`);
  assert.deepEqual(result.diagnostics.map((d) => d.code).sort(), ['TN203', 'TN302', 'TN302']);
});
