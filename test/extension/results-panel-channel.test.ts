import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PanelChannel } from '../../extension/results-panel-channel';
import type { HostMessage } from '../../webview/protocol';

const panel = { key: 'k', title: 't', resultsFolder: null };
const problem = (message: string): HostMessage => ({ type: 'problem', message });

function connected() {
  const sent: HostMessage[] = [];
  return { sent, channel: new PanelChannel((m) => sent.push(m)) };
}

test('content waits for the page to say ready, and is sent again each time it reloads', () => {
  const { sent, channel } = connected();
  channel.show(problem('first'));
  channel.show(problem('latest'));
  assert.deepEqual(sent, [], 'nothing reaches a page that is not listening');
  channel.receive({ type: 'ready' });
  assert.deepEqual(sent, [problem('latest')]);
  channel.show(problem('live'));
  assert.deepEqual(sent.at(-1), problem('live'), 'a listening page gets updates at once');
  channel.hidden();
  channel.show(problem('while hidden'));
  assert.equal(sent.length, 2);
  channel.receive({ type: 'ready' });
  assert.deepEqual(sent.at(-1), problem('while hidden'));
});

test('an export request reaches the page once it is ready, and its reply settles it', async () => {
  const { sent, channel } = connected();
  const reply = channel.requestExport('png', 5_000);
  assert.deepEqual(sent, []);
  channel.receive({ type: 'ready' });
  assert.deepEqual(sent, [{ type: 'export-request', requestId: 1, kind: 'png' }]);
  const answer = { type: 'export', requestId: 1, kind: 'png', fileName: 'a.png', data: 'data:image/png;base64,AA==' };
  assert.equal(channel.receive(answer), null, 'a requested export is the request’s, not a new one');
  assert.deepEqual(await reply, answer);
});

test('a failed or unanswered request settles too; a late answer is dropped', async () => {
  const { channel } = connected();
  channel.receive({ type: 'ready' });
  const failed = channel.requestExport('csv', 5_000);
  channel.receive({ type: 'export-failed', requestId: 1, message: 'no chart yet' });
  assert.deepEqual(await failed, { type: 'export-failed', requestId: 1, message: 'no chart yet' });
  const silent = channel.requestExport('csv', 10);
  assert.equal(await silent, null);
  assert.equal(channel.receive({ type: 'export', requestId: 2, kind: 'csv', fileName: 'a.csv', data: 'x' }), null);
});

test('an export the user starts in the page is handed back to be saved; malformed messages are ignored', () => {
  const { sent, channel } = connected();
  const own = { type: 'export', requestId: null, kind: 'csv', fileName: 'a.csv', data: 'a,b\r\n' };
  assert.deepEqual(channel.receive(own), own);
  assert.equal(channel.receive({ type: 'export', requestId: null, kind: 'exe', fileName: 'a', data: '' }), null);
  assert.equal(channel.receive({ type: 'results', panel, results: {}, provisional: [] }), null);
  assert.deepEqual(sent, []);
});
