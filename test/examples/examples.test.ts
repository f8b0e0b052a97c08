// The example scenarios: each checks cleanly as `tornet check` would see it, says in its header
// which paper result it reproduces and at what scale, and together they cover every seed paper
// and the constructs the examples are meant to demonstrate.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { checkDocument, type CheckResult, type Scenario } from '../../grammar';
import { NodeFileSystem } from '../../cli/node-file-system';

const root = new URL('../..', import.meta.url).pathname;
const examplesDir = join(root, 'examples');
const commonDir = join(examplesDir, 'common');

/** Warnings an example may carry on purpose: TN207, a deprecated option used to reproduce an old design. */
const ALLOWED_WARNINGS = new Set(['TN207']);

interface Example {
  readonly file: string;
  readonly text: string;
  readonly result: CheckResult;
}

/** Top-level scenarios only: files under examples/common/ are fragments checked through their includers. */
const examples: Example[] = readdirSync(examplesDir)
  .filter((name) => name.endsWith('.tornet'))
  .sort()
  .map((name) => {
    const file = join(examplesDir, name);
    const text = readFileSync(file, 'utf8');
    return { file, text, result: checkDocument(file, text, { fileSystem: new NodeFileSystem(root) }) };
  });

function modelOf(example: Example): Scenario {
  assert.ok(example.result.model, `${example.file} produced no model`);
  return example.result.model;
}

/** The comment lines before the first statement. */
function header(text: string): string {
  const lines: string[] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('//')) lines.push(line.slice(2).trim());
    else if (line.trim() !== '') break;
  }
  return lines.join(' ');
}

/** Every object nested anywhere in a JSON value. */
function objectsIn(value: unknown): Record<string, unknown>[] {
  if (Array.isArray(value)) return value.flatMap(objectsIn);
  if (value === null || typeof value !== 'object') return [];
  const object = value as Record<string, unknown>;
  return [object, ...Object.values(object).flatMap(objectsIn)];
}

/** The keys that tell each distribution kind apart from loss models of the same type name. */
const DISTRIBUTION_KEYS: Record<string, string[]> = {
  constant: ['value'],
  uniform: ['min', 'max'],
  exponential: ['mean'],
  normal: ['mean', 'sd'],
  lognormal: ['median', 'sigma'],
  pareto: ['scale', 'shape'],
  choice: ['options'],
};

function distributionKinds(model: Scenario): Set<string> {
  const kinds = new Set<string>();
  for (const object of objectsIn(model.base)) {
    const type = object['type'];
    if (typeof type === 'string' && DISTRIBUTION_KEYS[type]?.every((key) => key in object)) kinds.add(type);
  }
  return kinds;
}

/** True when every pair of distinct locations has a direct link: a full latency matrix. */
function isCompleteGraph(model: Scenario): boolean {
  const { locations, links } = model.base.internet;
  const linked = new Set(links.map((link) => [link.from, link.to].sort().join('\u0000')));
  return locations.every((a, i) => locations.slice(i + 1).every((b) => linked.has([a.name, b.name].sort().join('\u0000'))));
}

test('there are example scenarios to check', () => {
  assert.ok(examples.length >= 5, `expected one example per seed paper, found ${examples.length}`);
});

describe('every example checks with no errors', () => {
  for (const example of examples) {
    test(example.file.slice(root.length), () => {
      const unexpected = example.result.diagnostics
        .filter((diagnostic) => diagnostic.severity === 'error' || !ALLOWED_WARNINGS.has(diagnostic.code))
        .map((d) => `${d.uri.slice(root.length)}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.severity} ${d.code} ${d.message}`);
      assert.deepEqual(unexpected, []);
      assert.ok(example.result.model);
    });
  }
});

describe('every example says which paper result it reproduces, and at what scale', () => {
  for (const example of examples) {
    test(example.file.slice(root.length), () => {
      const text = header(example.text);
      assert.match(text, /^Reproduces: /, 'the header starts with "// Reproduces:"');
      assert.match(text, /§|Figure/, 'the header cites the section or figure reproduced');
      assert.match(text, /scale/i, 'the header says how the experiment is scaled down');
    });
  }
});

test('the examples cover every seed paper', () => {
  const headers = examples.map((example) => header(example.text)).join('\n');
  const seeds: Record<string, RegExp> = {
    '000 KIST': /KIST/,
    '001 IMUX': /IMUX/,
    '002 ShorTor': /ShorTor/,
    '003 Prop 151': /Proposal 151/,
    '004 congestion control': /Congestion Control Arrives in Tor/,
  };
  const missing = Object.entries(seeds).filter(([, pattern]) => !pattern.test(headers)).map(([seed]) => seed);
  assert.deepEqual(missing, []);
});

test('every shared file under examples/common/ is included by some example', () => {
  const included = new Set(examples.flatMap((example) => example.result.declarations.map((declaration) => declaration.uri)));
  const shared = readdirSync(commonDir).filter((name) => name.endsWith('.tornet')).map((name) => join(commonDir, name));
  assert.ok(shared.length > 0, 'examples/common/ holds shared files');
  assert.deepEqual(shared.filter((file) => !included.has(file)), []);
});

describe('the examples together exercise the language', () => {
  const models = () => examples.map(modelOf);

  test('every distribution kind', () => {
    const used = new Set(models().flatMap((model) => [...distributionKinds(model)]));
    assert.deepEqual(Object.keys(DISTRIBUTION_KEYS).filter((kind) => !used.has(kind)), []);
  });

  test('Gilbert–Elliott loss', () => {
    assert.ok(models().some((model) => objectsIn(model.base.internet).some((object) => object['type'] === 'gilbert-elliott')));
  });

  test('onion-service clients and perf clients', () => {
    const clients = models().flatMap((model) => model.base.clients);
    assert.ok(clients.some((group) => group.onion));
    assert.ok(clients.some((group) => group.traffic === 'perf'));
  });

  test('explicit links routed by shortest path, and a full latency matrix', () => {
    assert.ok(models().some((model) => model.base.internet.routing === 'shortest-path' && !isCompleteGraph(model)));
    assert.ok(models().some((model) => model.base.internet.locations.length >= 3 && isCompleteGraph(model)));
  });

  test('named constants that are used', () => {
    const constants = examples.flatMap((example) => example.result.declarations.filter((declaration) => declaration.kind === 'const'));
    assert.ok(constants.length > 0);
    assert.ok(constants.every((constant) => constant.references.length > 0));
  });

  test('an attack', () => {
    assert.ok(models().some((model) => model.base.attacks.length > 0));
  });
});
