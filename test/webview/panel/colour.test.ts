import { test } from 'node:test';
import assert from 'node:assert/strict';
import { blended, fainter, normalisedColour } from '../../../webview/panel/colour';

test('parsed colours keep their alpha: opaque ones as #rrggbb, translucent ones as rgba', () => {
  assert.equal(normalisedColour('#1A85FF'), '#1a85ff');
  assert.equal(normalisedColour('rgb(26, 133, 255)'), '#1a85ff');
  assert.equal(normalisedColour('rgba(97, 97, 97, 0.5)'), 'rgba(97, 97, 97, 0.5)', "VS Code's charts.lines is half-transparent");
  assert.equal(normalisedColour('rgba(0, 0, 0, 1)'), '#000000');
  assert.equal(normalisedColour('red'), null);
});

test('a fainter colour multiplies the opacity in either form', () => {
  assert.equal(fainter('#616161', 0.25), '#61616140');
  assert.equal(fainter('rgba(97, 97, 97, 0.5)', 0.25), 'rgba(97, 97, 97, 0.125)');
  assert.equal(fainter('currentColor', 0.25), 'currentColor');
});

test('a blend mixes a share of a colour into the background, counting its alpha', () => {
  assert.equal(blended('#000000', '#ffffff', 0.25), '#bfbfbf');
  assert.equal(blended('rgba(0, 0, 0, 0.5)', '#ffffff', 0.5), '#bfbfbf');
  assert.equal(blended('#ff0000', '#0000ff', 1), '#ff0000');
  assert.equal(blended('currentColor', '#ffffff', 0.25), 'currentColor');
});
