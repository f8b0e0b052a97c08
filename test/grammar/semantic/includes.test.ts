import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkDocument, MemoryFileSystem } from '../../../grammar';
import { check, clean, NETWORK, only, textAt } from './check-helper';

test('an included file contributes its declarations, in any order', () => {
  const model = clean(`include "common/net.tornet"\nclients users x 2 { location east }`, {
    '/work/common/net.tornet': 'include "../loss.tornet"\ninternet { location east { }; loss kist }\nrelays r x 3 { flags guard exit }\nservers files x 1 { }',
    '/work/loss.tornet': 'loss kist = proportional(1.5 % per 300 ms, cap 300 ms)',
  });
  assert.equal(model.base.internet.loss.name, 'kist');
  assert.deepEqual(model.base.clients[0]!.location, { type: 'constant', value: 'east' });
});

test('the same file included twice is read once (no duplicate declarations)', () => {
  const result = check(`${NETWORK}\ninclude "a.tornet"\ninclude "b.tornet"`, {
    '/work/a.tornet': 'include "shared.tornet"',
    '/work/b.tornet': 'include "shared.tornet"',
    '/work/shared.tornet': 'const rtt = 50 ms\nscenario { warmup rtt }',
  });
  assert.deepEqual(result.diagnostics, []);
});

test('diagnostics in an included file name that file', () => {
  const included = 'scenario { duration 10 MiB }';
  const result = check(`${NETWORK}\ninclude "bad.tornet"`, { '/work/bad.tornet': included });
  const diagnostic = only(result, 'TN302');
  assert.equal(diagnostic.uri, '/work/bad.tornet');
  assert.equal(textAt(included, diagnostic), '10 MiB');
});

test('syntax errors of an included file are reported in it', () => {
  const result = check(`${NETWORK}\ninclude "broken.tornet"`, { '/work/broken.tornet': 'scenario { duration 10 min' });
  assert.ok(result.diagnostics.some((d) => d.uri === '/work/broken.tornet' && d.code.startsWith('TN1')));
});

test('cycles are reported at the include that closes them, with the whole cycle', () => {
  const text = `${NETWORK}\ninclude "a.tornet"`;
  const result = check(text, { '/work/a.tornet': 'include "b.tornet"', '/work/b.tornet': 'include "a.tornet"' });
  const cycle = only(result, 'TN404');
  assert.equal(cycle.uri, '/work/b.tornet');
  assert.deepEqual(cycle.data?.cycle, ['/work/a.tornet', '/work/b.tornet', '/work/a.tornet']);
  const self = only(check(`${NETWORK}\ninclude "main.tornet"`), 'TN404');
  assert.equal(self.uri, '/work/main.tornet');
});

test('missing files and paths outside the workspace are refused at the path', () => {
  const text = `${NETWORK}\ninclude "nope.tornet"\ninclude "../../etc/passwd"\ninclude "/elsewhere/x.tornet"`;
  const result = check(text, { '/etc/passwd': 'root', '/elsewhere/x.tornet': '' });
  assert.equal(textAt(text, only(result, 'TN405')), '"nope.tornet"');
  assert.deepEqual(result.diagnostics.filter((d) => d.code === 'TN406').map((d) => textAt(text, d)), ['"../../etc/passwd"', '"/elsewhere/x.tornet"']);
});

test('without a file system includes are reported, not read', () => {
  const result = checkDocument('/work/main.tornet', `${NETWORK}\ninclude "x.tornet"`);
  assert.equal(only(result, 'TN405').code, 'TN405');
});

test('include needs exactly one string', () => {
  assert.equal(only(check(`${NETWORK}\ninclude common`), 'TN304').code, 'TN304');
});

test('the in-memory file system normalises paths and confines to its root', () => {
  const fs = new MemoryFileSystem({ '/w/a/b.tornet': 'x' }, '/w');
  assert.equal(fs.resolve('/w/a/main.tornet', './b.tornet'), '/w/a/b.tornet');
  assert.equal(fs.resolve('/w/a/main.tornet', '../a/../a/b.tornet'), '/w/a/b.tornet');
  assert.equal(fs.read('/w/a/b.tornet'), 'x');
  assert.equal(fs.inWorkspace('/w/a/b.tornet'), true);
  assert.equal(fs.inWorkspace('/wx/b.tornet'), false);
});

test('errors of included files are summarised at the include of the checked document, with each as related information', () => {
  const text = `${NETWORK}\ninclude "a.tornet"\ninclude "fine.tornet"`;
  const result = check(text, {
    '/work/a.tornet': 'include "b.tornet"\nscenario { duration 10 MiB }',
    '/work/b.tornet': 'const x = 1 +\nconst unused = 1',
    '/work/fine.tornet': 'const unused-too = 2',
  });
  const summary = only(result, 'TN415');
  assert.equal(summary.uri, '/work/main.tornet');
  assert.equal(textAt(text, summary), '"a.tornet"');
  const errors = result.diagnostics.filter((d) => d.severity === 'error' && d.code !== 'TN415');
  assert.equal(errors.length, 3);
  assert.match(summary.message, /^"a\.tornet" has 3 errors; the first, at b\.tornet:1:\d+: TN103 /);
  assert.deepEqual(
    summary.related?.map((info) => [info.uri, info.range.start.line]),
    errors.map((error) => [error.uri, error.range.start.line]),
  );
  assert.deepEqual(summary.data?.files, ['/work/a.tornet', '/work/b.tornet']);
});

test('a file included through two includes is summarised at both; warnings alone are not', () => {
  const text = `${NETWORK}\ninclude "a.tornet"\ninclude "b.tornet"`;
  const result = check(text, { '/work/a.tornet': 'include "shared.tornet"', '/work/b.tornet': 'include "shared.tornet"', '/work/shared.tornet': 'scenario { duration 10 MiB }' });
  assert.deepEqual(result.diagnostics.filter((d) => d.code === 'TN415').map((d) => textAt(text, d)), ['"a.tornet"', '"b.tornet"']);
  assert.deepEqual(check(`${NETWORK}\ninclude "w.tornet"`, { '/work/w.tornet': 'const spare = 1' }).diagnostics.map((d) => d.code), ['TN204']);
});
