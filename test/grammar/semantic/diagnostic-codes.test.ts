// Every diagnostic code, with a text that triggers it and a corrected text that does not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DIAGNOSTIC_CODES } from '../../../grammar';
import { MAX_NESTING_DEPTH } from '../../../grammar/syntax';
import { check, codes, NETWORK, textAt } from './check-helper';

interface Case {
  readonly fail: string;
  readonly pass: string;
  /** The source text the diagnostic must point at. */
  readonly at?: string;
  readonly data?: Record<string, unknown>;
  readonly tags?: string[];
  readonly files?: Record<string, string>;
}

const deep = (depth: number) => `const deep = ${'('.repeat(depth)}1${')'.repeat(depth)}\nscenario { duration deep * 1 s }`;
const network = (flags: string, extra = '') => `
internet { location east { } }
relays net x 3 { flags ${flags} }
servers files x 1 { }
clients users x 1 { }
${extra}`;

const CASES: Record<string, Case> = {
  TN101: { fail: 'scenario { duration 10 min } §', pass: 'scenario { duration 10 min }' },
  TN102: { fail: 'scenario "unterminated', pass: 'scenario "terminated"' },
  TN103: { fail: 'scenario { duration 10 min }\nconst x = 1 +\n', pass: 'scenario { duration 10 min }\nconst x = 1 + 2' },
  TN104: { fail: 'scenario { duration 10 min', pass: 'scenario { duration 10 min }' },
  TN105: { fail: 'scenario { duration min }', pass: 'scenario { duration 1 min }' },
  TN106: { fail: deep(MAX_NESTING_DEPTH + 5), pass: deep(3) },

  TN201: { fail: `${NETWORK} scenario { duraton 10 min }`, pass: `${NETWORK} scenario { duration 10 min }`, at: 'duraton', data: { replacement: 'duration' } },
  TN202: { fail: `${NETWORK} servers files x 2 { }`, pass: `${NETWORK} servers more-files x 2 { }`, at: 'files' },
  TN203: { fail: `${NETWORK} relays r x 1 { location esat }`, pass: `${NETWORK} relays r x 1 { location east }`, at: 'esat', data: { replacement: 'east' } },
  TN204: { fail: `${NETWORK} const spare = 5 ms`, pass: `${NETWORK} const spare = 5 ms\nscenario { warmup spare }`, at: 'spare', tags: ['unnecessary'] },
  TN205: { fail: `${NETWORK} defaults relay { socket-scheduler kits }`, pass: `${NETWORK} defaults relay { socket-scheduler kist }`, at: 'kits', data: { replacement: 'kist' } },
  TN206: {
    fail: `${NETWORK} relays r x 1 { bandwidth lognormal(medain 1 MiB/s, sigma 1) }`,
    pass: `${NETWORK} relays r x 1 { bandwidth lognormal(median 1 MiB/s, sigma 1) }`,
    at: 'medain',
    data: { replacement: 'median' },
  },
  TN207: {
    fail: `${NETWORK} defaults client { path-selection { cbt prop151 } }`,
    pass: `${NETWORK} defaults client { path-selection { cbt current } }`,
    at: 'prop151',
    tags: ['deprecated'],
    data: { replacement: 'current' },
  },
  TN208: { fail: `${NETWORK} const a1 = a2 + 1 s\nconst a2 = a1\nscenario { warmup a1 }`, pass: `${NETWORK} const a1 = a2 + 1 s\nconst a2 = 1 s\nscenario { warmup a1 }` },

  TN301: { fail: `${NETWORK} scenario { duration 10 }`, pass: `${NETWORK} scenario { duration 10 min }`, at: '10', data: { expected: 'time', suggestedUnit: 'ms' } },
  TN302: {
    fail: NETWORK.replace('latency east <-> west 20 ms', 'latency east <-> west 20 MiB'),
    pass: NETWORK,
    at: '20 MiB',
    data: { expected: 'time', found: 'size', suggestedUnit: 'ms' },
  },
  TN303: { fail: `${NETWORK} loss heavy = constant(150 %)`, pass: `${NETWORK} loss heavy = constant(15 %)`, at: '150 %' },
  TN304: { fail: `${NETWORK} scenario { duration }`, pass: `${NETWORK} scenario { duration 1 min }` },
  TN305: { fail: `${NETWORK} relays r x 2.5 { }`, pass: `${NETWORK} relays r x 2 { }`, at: '2.5', data: { suggestion: 3 } },
  TN306: { fail: `${NETWORK} scenario { duration 10 min + 5 MiB }`, pass: `${NETWORK} scenario { duration 10 min + 5 s }`, at: '10 min + 5 MiB' },
  TN307: { fail: `${NETWORK} clients more x 1 { think uniform(60 s, 1 s) }`, pass: `${NETWORK} clients more x 1 { think uniform(1 s, 60 s) }`, at: 'uniform(60 s, 1 s)' },

  TN401: { fail: network('exit fast'), pass: network('guard exit fast') },
  TN402: { fail: network('guard fast'), pass: network('guard exit fast') },
  TN403: {
    fail: `${NETWORK} experiment e { vary socket-schedular [amap, kist] }`,
    pass: `${NETWORK} experiment e { vary socket-scheduler [amap, kist] }`,
    at: 'socket-schedular',
    data: { replacement: 'socket-scheduler' },
  },
  TN404: {
    fail: `${NETWORK} include "a.tornet"`,
    pass: `${NETWORK} include "c.tornet"`,
    files: { '/work/a.tornet': 'include "b.tornet"', '/work/b.tornet': 'include "a.tornet"', '/work/c.tornet': 'const unused-c = 1\nscenario { seeds unused-c }' },
  },
  TN405: { fail: `${NETWORK} include "missing.tornet"`, pass: `${NETWORK} include "present.tornet"`, at: '"missing.tornet"', files: { '/work/present.tornet': '' } },
  TN406: { fail: `${NETWORK} include "../outside.tornet"`, pass: `${NETWORK} include "inside.tornet"`, at: '"../outside.tornet"', files: { '/outside.tornet': '', '/work/inside.tornet': '' } },
  TN407: {
    fail: `${NETWORK} experiment e { baseline amap-x; vary socket-scheduler [amap, kist] }`,
    pass: `${NETWORK} experiment e { baseline amap; vary socket-scheduler [amap, kist] }`,
    at: 'amap-x',
    data: { replacement: 'amap' },
  },
  TN408: { fail: NETWORK.replace('latency east <-> west 20 ms', ''), pass: NETWORK },
  TN409: { fail: `${NETWORK} scenario { duration 5 min; warmup 5 min }`, pass: `${NETWORK} scenario { duration 5 min; warmup 4 min }` },
  TN410: {
    fail: NETWORK.replace('latency east <-> west 20 ms', 'link east <-> west { bandwidth 1 Gbit/s }'),
    pass: NETWORK.replace('latency east <-> west 20 ms', 'link east <-> west { bandwidth 1 Gbit/s; latency 20 ms }'),
    data: { missing: 'latency' },
  },
  TN411: {
    fail: NETWORK.replace('relays net x 3', 'relays net x 2'),
    pass: NETWORK,
    data: { hops: 3, relays: 2 },
  },
  TN412: { fail: `${NETWORK} clients hidden x 1 { onion }`, pass: `${NETWORK} clients hidden x 1 { onion }\nservers onions x 1 { onion }` },
  TN414: {
    fail: `${NETWORK} relays idle x 2 { }\ndefaults client { path-selection { hops 2 } }`,
    pass: `${NETWORK} relays idle x 2 { }\ndefaults client { path-selection { hops 3 } }`,
    at: 'idle',
    tags: ['unnecessary'],
    data: { name: 'idle', positions: ['exit', 'guard'] },
  },
  TN415: {
    fail: `${NETWORK} include "bad.tornet"`,
    pass: `${NETWORK} include "good.tornet"`,
    at: '"bad.tornet"',
    data: { errors: 1, files: ['/work/bad.tornet'] },
    files: { '/work/bad.tornet': 'scenario { duration 10 MiB }', '/work/good.tornet': 'scenario { duration 10 min }' },
  },
  TN413: { fail: `${NETWORK} scenario { include "x.tornet" }`, pass: `${NETWORK} include "x.tornet"`, files: { '/work/x.tornet': '' } },
};

test('every registered code has a failing and a passing case here', () => {
  assert.deepEqual(Object.keys(CASES).sort(), Object.keys(DIAGNOSTIC_CODES).sort());
});

for (const [code, example] of Object.entries(CASES)) {
  test(`${code}: ${DIAGNOSTIC_CODES[code as keyof typeof DIAGNOSTIC_CODES].description}`, () => {
    const failing = check(example.fail, example.files);
    const found = failing.diagnostics.find((diagnostic) => diagnostic.code === code);
    assert.ok(found, `${code} not reported; got ${JSON.stringify(failing.diagnostics.map((d) => `${d.code} ${d.message}`))}`);
    assert.equal(found.severity, DIAGNOSTIC_CODES[code as keyof typeof DIAGNOSTIC_CODES].severity);
    assert.ok(found.message.length > 10);
    if (example.at) assert.equal(textAt(example.fail, found), example.at);
    for (const [key, value] of Object.entries(example.data ?? {})) assert.deepEqual(found.data?.[key], value, `data.${key}`);
    if (example.tags) assert.deepEqual(found.tags, example.tags);
    if (found.severity === 'error') assert.equal(failing.model, undefined, 'no model when there are errors');

    const passing = check(example.pass, example.files);
    assert.ok(!codes(passing).includes(code), `${code} reported for the corrected text: ${JSON.stringify(passing.diagnostics.map((d) => d.message))}`);
  });
}
