import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EMPTY_STATE, isHostMessage, isPanelMessage, panelStateOf } from '../../webview/protocol';
import { resultsOf } from './charts/support';

const panel = { key: 'k', title: 't', resultsFolder: null };

test('the extension accepts only well-formed messages from the webview', () => {
  assert.equal(isPanelMessage({ type: 'ready' }), true);
  assert.equal(isPanelMessage({ type: 'export', requestId: null, kind: 'png', fileName: 'a.png', data: 'data:image/png;base64,' }), true);
  assert.equal(isPanelMessage({ type: 'export', requestId: 3, kind: 'csv', fileName: 'a.csv', data: 'x' }), true);
  assert.equal(isPanelMessage({ type: 'export-failed', requestId: 3, message: 'no chart' }), true);
  assert.equal(isPanelMessage({ type: 'export', requestId: null, kind: 'svg', fileName: 'a', data: '' }), false, 'unknown kind');
  assert.equal(isPanelMessage({ type: 'export', requestId: '1', kind: 'png', fileName: 'a', data: '' }), false);
  assert.equal(isPanelMessage({ type: 'export', kind: 'png', fileName: 'a', data: '' }), false, 'requestId missing');
  assert.equal(isPanelMessage({ type: 'run' }), false);
  assert.equal(isPanelMessage(null), false);
  assert.equal(isPanelMessage('ready'), false);
});

test('the webview accepts results, export requests and problems from the host', () => {
  const results = resultsOf({ amap: [100], kist: [60] });
  assert.equal(isHostMessage({ type: 'results', panel, results, provisional: [] }), true);
  assert.equal(isHostMessage({ type: 'results', panel, results }), false, 'provisional missing');
  assert.equal(isHostMessage({ type: 'results', panel, results: { ...results, format: 'other' }, provisional: [] }), false);
  assert.equal(isHostMessage({ type: 'results', panel: { key: 'k' }, results, provisional: [] }), false);
  assert.equal(isHostMessage({ type: 'export-request', requestId: 1, kind: 'csv' }), true);
  assert.equal(isHostMessage({ type: 'export-request', requestId: 1 }), false);
  assert.equal(isHostMessage({ type: 'problem', message: 'gone' }), true);
  assert.equal(isHostMessage({ type: 'ready' }), false, 'a webview message is not a host message');
});

test('saved state survives only in its own shape; anything else starts empty', () => {
  assert.deepEqual(panelStateOf(undefined), EMPTY_STATE);
  assert.deepEqual(panelStateOf('x'), EMPTY_STATE);
  const saved = { panel: { key: 'k', title: 't', resultsFolder: 'file:///r' }, logarithmic: { 'cmp\u0000tor-queue': false, bad: 'yes' }, baselines: { cmp: 'kist', n: 3 } };
  assert.deepEqual(panelStateOf(JSON.parse(JSON.stringify(saved))), {
    panel: saved.panel,
    logarithmic: { 'cmp\u0000tor-queue': false },
    baselines: { cmp: 'kist' },
  });
  assert.equal(panelStateOf({ panel: { key: 1 } }).panel, null);
});
