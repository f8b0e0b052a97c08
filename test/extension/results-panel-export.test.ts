import { test } from 'node:test';
import assert from 'node:assert/strict';
import { exportBytes, exportFileName } from '../../extension/results-panel-export';

// The smallest valid PNG: 1×1 transparent pixel.
const PNG_1x1 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

test('a PNG data URL becomes the PNG file’s bytes; anything else is refused', () => {
  const bytes = exportBytes('png', `data:image/png;base64,${PNG_1x1}`);
  assert.deepEqual([...bytes], [...Buffer.from(PNG_1x1, 'base64')]);
  assert.throws(() => exportBytes('png', `data:image/jpeg;base64,${PNG_1x1}`), /not a PNG data URL/);
  assert.throws(() => exportBytes('png', `data:image/png;base64,${Buffer.from('GIF89a').toString('base64')}`), /not a PNG$/);
});

test('CSV text is written as UTF-8', () => {
  assert.deepEqual([...exportBytes('csv', 'a,µ\r\n')], [...Buffer.from('a,µ\r\n', 'utf8')]);
});

test('file names proposed by the webview lose folders and odd characters and get the right extension', () => {
  assert.equal(exportFileName('png', 'cmp-ttlb-web.png'), 'cmp-ttlb-web.png');
  assert.equal(exportFileName('csv', '../../etc/passwd'), 'passwd.csv');
  assert.equal(exportFileName('png', 'C:\\x\\a b:c.png'), 'a-b-c.png');
  assert.equal(exportFileName('csv', '...'), 'chart.csv');
  assert.equal(exportFileName('png', 'data.csv'), 'data.png');
});
