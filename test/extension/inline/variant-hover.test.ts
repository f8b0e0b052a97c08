import { test } from 'node:test';
import assert from 'node:assert/strict';
import { variantHoverMarkdown } from '../../../extension/inline/variant-hover';

const input = {
  name: 'kist',
  headline: 'p50 TTLB web 110 ms ×2.5 vs amap',
  staleNote: undefined,
  chart: { title: 'TTLB web CDF', dataUri: 'data:image/svg+xml;base64,PHN2Zy8+' },
  openPanel: 'command:tornet.openResults?%5B%22runs%22%5D',
};

test('the link to the panel sits in the headline\'s paragraph, before the chart a short hover may cut', () => {
  assert.equal(
    variantHoverMarkdown(input),
    '**kist** — p50 TTLB web 110 ms ×2.5 vs amap  \n[Open results panel](command:tornet.openResults?%5B%22runs%22%5D)\n\n![TTLB web CDF](data:image/svg+xml;base64,PHN2Zy8+)',
  );
});

test('stale results say so before the chart; without a chart or headline the name and the link remain', () => {
  const stale = variantHoverMarkdown({ ...input, staleNote: 'results of an earlier text' });
  assert.ok(stale.indexOf('*results of an earlier text*') < stale.indexOf('![TTLB web CDF]'));
  assert.equal(variantHoverMarkdown({ ...input, headline: undefined, chart: undefined }), '**kist**  \n[Open results panel](command:tornet.openResults?%5B%22runs%22%5D)');
});
