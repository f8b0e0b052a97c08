import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FoldingRangeKind, FoldingRangeRequest } from 'vscode-languageserver-protocol';
import { session } from '../support/session';

const s = session();

test('folds multi-line blocks, keeping the closing brace visible, and comment runs', async () => {
  const { uri } = await s.open(`// line one
// line two
scenario "x" {
  duration 10 min
  seeds 3
}
relays a x 1 { bandwidth 1 MiB/s }
/* a
   block */
internet {
  location east {
    access 1 Gbit/s
  }
}
`);
  const ranges = await s.client().connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } });
  assert.deepEqual(ranges, [
    { startLine: 0, endLine: 1, kind: FoldingRangeKind.Comment },
    { startLine: 2, endLine: 4 },
    { startLine: 7, endLine: 8, kind: FoldingRangeKind.Comment },
    { startLine: 9, endLine: 12 },
    { startLine: 10, endLine: 11 },
  ]);
});
