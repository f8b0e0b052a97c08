import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contentSecurityPolicy, resultsPanelHtml } from '../../extension/results-panel-html';

const input = { cspSource: 'https://x.vscode-cdn.net', nonce: 'YWJjZGVm', scriptUri: 'https://x.vscode-cdn.net/dist/webview.js', styleUri: 'https://x.vscode-cdn.net/dist/webview.css', title: 'KIST <vs> AMAP' };

test('the CSP allows only the extension’s own files, nonce-carrying elements and data: images', () => {
  assert.equal(
    contentSecurityPolicy(input.cspSource, input.nonce),
    "default-src 'none'; script-src 'nonce-YWJjZGVm'; style-src https://x.vscode-cdn.net 'nonce-YWJjZGVm'; img-src https://x.vscode-cdn.net data:",
  );
});

test('the page carries the CSP, loads only the bundle and stylesheet with the nonce, and escapes the title', () => {
  const html = resultsPanelHtml(input);
  assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; script-src &#39;nonce-YWJjZGVm&#39;;/);
  assert.deepEqual([...html.matchAll(/<script[^>]*>/g)].map((m) => m[0]), ['<script nonce="YWJjZGVm" src="https://x.vscode-cdn.net/dist/webview.js">']);
  assert.deepEqual([...html.matchAll(/<link[^>]*>/g)].map((m) => m[0]), ['<link rel="stylesheet" nonce="YWJjZGVm" href="https://x.vscode-cdn.net/dist/webview.css">']);
  assert.match(html, /<title>KIST &lt;vs&gt; AMAP<\/title>/);
  assert.doesNotMatch(html, /style=|<style|https?:\/\/(?!x\.vscode-cdn\.net)/, 'no inline style, nothing remote');
});

test('a nonce that could break out of its attribute is refused', () => {
  assert.throws(() => resultsPanelHtml({ ...input, nonce: 'a" onload="x' }), /nonce must be base64/);
});
