import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PanelChannel } from '../../extension/results-panel-channel';
import { panelContent } from '../../extension/results-panel-content';
import { restoredContent, restoredIdentity } from '../../extension/results-panel-restore';
import { readResults, ResultsStore } from '../../extension/results/results-store';
import type { HostMessage, PanelState } from '../../webview/protocol';
import { resultsOf } from '../webview/charts/support';

/** A stored run as the extension writes it, and the state its panel's page saved with setState. */
async function savedRun() {
  const store = new ResultsStore(join(mkdtempSync(join(tmpdir(), 'tornet-restore-')), 'results'));
  const folder = await store.createRunFolder('tiny', new Date('2026-01-01T00:00:00Z'));
  const results = resultsOf({ amap: [100, 120], kist: [80, 90] });
  await store.writeResults(folder, results);
  const panel = { key: folder, title: 'tiny 2026-01-01', resultsFolder: pathToFileURL(folder).href };
  const state: PanelState = { panel, logarithmic: { cmp: true }, baselines: {} };
  return { folder, results, panel, state };
}

/** The serializer's path with a fake webview: restore, then the reloaded page says ready. */
async function revive(state: unknown, title = 'TorNet results') {
  const posted: HostMessage[] = [];
  const webview = { postMessage: (message: HostMessage) => posted.push(message) };
  const identity = restoredIdentity(state, title, 1234);
  const channel = new PanelChannel((message) => webview.postMessage(message));
  // As the extension reads a folder URI (context.ts: Uri.parse(uri).fsPath).
  channel.show(await restoredContent(identity, (uri) => readResults(fileURLToPath(uri))));
  assert.equal(posted.length, 0, 'nothing is posted before the page listens');
  channel.receive({ type: 'ready' });
  return { identity, posted };
}

test('a panel restored with the window reads its saved results folder again and posts the results', async () => {
  const { results, panel, state } = await savedRun();
  const { identity, posted } = await revive(state);
  assert.deepEqual(identity, panel, 'the panel keeps its key, title and folder');
  const written = JSON.parse(JSON.stringify(results)) as typeof results;
  assert.deepEqual(posted, [{ type: 'results', panel, ...panelContent(written) }]);
  assert.ok(posted[0]?.type === 'results' && posted[0].results.experiments[0]!.variants.length === 2 && posted[0].provisional.length === 0);
});

test('a restored panel whose results folder is gone shows why, naming the folder', async () => {
  const { folder, panel, state } = await savedRun();
  rmSync(folder, { recursive: true });
  const { identity, posted } = await revive(state);
  assert.deepEqual(identity, panel);
  assert.equal(posted.length, 1);
  const [message] = posted;
  assert.ok(message?.type === 'problem', JSON.stringify(message));
  assert.ok(message.message.startsWith(`Cannot read the results in ${panel.resultsFolder}: `), message.message);
  assert.match(message.message, /results\.json: ENOENT/);
});

test('a restored panel of a live run that never wrote results, or with no saved state, says so', async () => {
  const live = { panel: { key: 'live:tiny', title: 'tiny (running)', resultsFolder: null }, logarithmic: {}, baselines: {} };
  const unsaved = [live, undefined, { panel: { key: 7 } }];
  const expected = [live.panel, { key: 'restored:1234', title: 'TorNet results', resultsFolder: null }, { key: 'restored:1234', title: 'TorNet results', resultsFolder: null }];
  for (const [i, state] of unsaved.entries()) {
    const { identity, posted } = await revive(state);
    assert.deepEqual(identity, expected[i]);
    assert.deepEqual(posted, [{ type: 'problem', message: 'This panel showed a run that had not written its results when VS Code closed.' }]);
  }
});
