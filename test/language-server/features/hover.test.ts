import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HoverRequest, type Hover, type MarkupContent } from 'vscode-languageserver-protocol';
import { session } from '../support/session';

const s = session();

async function hoverAt(marked: string, name?: string): Promise<{ hover: Hover | null; text: string; markdown: string }> {
  const { uri, positions, text } = await s.open(marked, name);
  const hover = await s.client().connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positions[0]! });
  return { hover, text, markdown: hover ? (hover.contents as MarkupContent).value : '' };
}

test('documents a property keyword with its unit, default, valid range and source', async () => {
  const { markdown } = await hoverAt('scenario "x" {\n  dura<|>tion 10 min\n}\n');
  assert.match(markdown, /\*\*duration\*\* — Simulated time\./);
  assert.match(markdown, /Value: time: µs, ms, s, min, h/);
  assert.match(markdown, /Default: 1 h/);
  assert.match(markdown, /Valid: > 0 s/);
  assert.match(markdown, /Source:\* tornettools stop time 3600 s/);
});

test('documents a keyword by its enclosing block: interval inside kist', async () => {
  const { markdown } = await hoverAt('relays g x 1 {\n  socket-scheduler kist { inter<|>val 10 ms }\n}\n');
  assert.match(markdown, /\*\*interval\*\*/);
  assert.match(markdown, /KIST|kist/i);
});

test('documents a mechanism option and its source paper', async () => {
  const { markdown } = await hoverAt('relays g x 1 {\n  socket-scheduler ki<|>st\n}\n');
  assert.match(markdown, /\*\*socket-scheduler kist\*\* — Kernel-informed socket transport/);
  assert.match(markdown, /Never Been KIST/);
});

test('shows the normalised form of a quantity', async () => {
  const { hover, markdown } = await hoverAt('relays g x 1 {\n  bandwidth 10 Mi<|>B/s\n}\n');
  assert.equal(markdown, '`10 MiB/s` = **83.89 Mbit/s**');
  assert.deepEqual(hover!.range, { start: { line: 1, character: 12 }, end: { line: 1, character: 20 } });
});

test('documents a distribution function with its parameters', async () => {
  const { markdown } = await hoverAt('relays g x 1 {\n  bandwidth logno<|>rmal(median 8 MiB/s, sigma 0.9)\n}\n');
  assert.match(markdown, /^`lognormal\(median, sigma\)` — Log-normal/);
  assert.match(markdown, /`sigma`: σ of ln X/);
});

test('summarises what a reference points to, across an include', async () => {
  writeFileSync(join(s.workspace, 'net.tornet'), 'loss lossy = constant(1 %)\n');
  const { markdown } = await hoverAt('include "net.tornet"\ninternet {\n  loss los<|>sy\n}\n');
  assert.match(markdown, /\*\*loss-model\*\* `lossy`/);
  assert.match(markdown, /loss lossy = constant\(1 %\)/);
  assert.match(markdown, /Declared at net\.tornet:1; used 1 time\./);
});

test('answers null where there is nothing to explain', async () => {
  const { hover } = await hoverAt('scenario "x" {\n  duration 10 min\n}\n<|>\n');
  assert.equal(hover, null);
});

const GROUPS = 'relays fast x 2 { flags guard exit }\nclients web x 5 { }\n';

test('documents the setting a variant path names, segment by segment', async () => {
  const inner = await hoverAt(`${GROUPS}experiment e {\n  variant v { relays.*.socket-scheduler.inter<|>val 5 ms }\n}\n`);
  assert.match(inner.markdown, /^`relays\.\*\.socket-scheduler\.interval` sets `interval` of `socket-scheduler` in every relay group\./);
  assert.match(inner.markdown, /\*\*interval\*\* — KISTSchedRunInterval/);
  assert.deepEqual(inner.hover!.range, { start: { line: 3, character: 40 }, end: { line: 3, character: 48 } });

  const outer = await hoverAt(`${GROUPS}experiment e {\n  variant v { relays.*.socket-sched<|>uler.interval 5 ms }\n}\n`);
  assert.match(outer.markdown, /\*\*socket-scheduler\*\* — How cells move/);

  const holder = await hoverAt(`${GROUPS}experiment e {\n  variant v { cli<|>ents.web.fetch 1 MiB }\n}\n`);
  assert.match(holder.markdown, /^`clients\.web\.fetch` sets `fetch` in client group `web`\.\n\n\*\*fetch\*\* — Bytes per download\./);

  const group = await hoverAt(`${GROUPS}experiment e {\n  variant v { relays.fa<|>st.count 4 }\n}\n`);
  assert.match(group.markdown, /^\*\*relays\*\* `fast`/);
  assert.deepEqual(group.hover!.range, { start: { line: 3, character: 21 }, end: { line: 3, character: 25 } });
});

test('documents the path of a sweep and a short name', async () => {
  const sweep = await hoverAt(`${GROUPS}experiment e {\n  vary lo<|>ad [low: 0.5, high: 2]\n}\n`);
  assert.match(sweep.markdown, /^`load` sets `load` in the scenario\.\n\n\*\*load\*\* — Multiplies the count of every client group/);
  const unknown = await hoverAt(`${GROUPS}experiment e {\n  vary relays.fast.no-such-set<|>ting [a: 1]\n}\n`);
  assert.equal(unknown.hover, null);
});

test('documents settings inside a mechanism block written in a variant', async () => {
  const { markdown } = await hoverAt(`${GROUPS}experiment e {\n  variant v { congestion-control vegas { cwnd-m<|>in 31 } }\n}\n`);
  assert.match(markdown, /^\*\*cwnd-min\*\* — Smallest congestion window/);
});
