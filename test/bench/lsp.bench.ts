// `npm run bench:lsp [tsx] [node-defaults]`: latency of the language server as an editor sees it, over the real
// protocol, on a 5,000-line scenario: diagnostics after an edit (from the didChange to the
// publishDiagnostics of that version, minus the debounce; and the server's CPU time for it),
// completion and hover p95, and the server's memory across 10,000 random edits; and diagnostics
// after an edit of bench:parse's 5,000-relay scenario. The server runs as shipped (an esbuild
// bundle, with the Node options extension/client.ts launches it with), or from the TypeScript
// sources through tsx with `tsx`; with `node-defaults`, without those options.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildSync } from 'esbuild';
import { CompletionRequest, HoverRequest, type Position } from 'vscode-languageserver-protocol';
import { DEBOUNCE_MS } from '../../language-server/server';
import { fileUri, TestClient } from '../language-server/support/client';
import { seededRandom } from '../support/random';
import { generateScenario } from './parse.bench';

const LINES = 5_000;
const EDITS_FOR_LATENCY = 20;
const REQUESTS = 200;
const MEMORY_EDITS = 10_000;
const root = resolve(import.meta.dirname, '../..');

/** The KIST example followed by relay groups until the file has LINES lines. */
function scenario(): string {
  const lines = readFileSync(resolve(root, 'examples/kist-load-loss.tornet'), 'utf8').split('\n');
  for (let i = 0; lines.length < LINES; i++) {
    lines.push(`relays extra-${i} x ${1 + (i % 7)} {`, '  bandwidth lognormal(median 8 MiB/s, sigma 0.9)', '  flags guard fast', '  location choice(us-east, us-west)', '}');
  }
  return lines.slice(0, LINES).join('\n') + '\n';
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * p) - 1)]!;
function summary(times: number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  return `median ${percentile(sorted, 0.5).toFixed(1)} ms  p95 ${percentile(sorted, 0.95).toFixed(1)} ms  max ${sorted[sorted.length - 1]!.toFixed(1)} ms`;
}

/** CPU time the process has used, all threads (GC helpers included), in ms. */
function cpuMs(pid: number): number {
  let ns = 0;
  for (const task of readdirSync(`/proc/${pid}/task`)) {
    try {
      ns += Number(readFileSync(`/proc/${pid}/task/${task}/schedstat`, 'utf8').split(' ')[0]);
    } catch {
      // the thread ended between the listing and the read
    }
  }
  return ns / 1e6;
}

function rssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
}

const text = scenario();
const lineLengths = text.split('\n').map((line) => line.length);
const next = seededRandom(7);
const randomPosition = (): Position => {
  const line = Math.floor(next() * (LINES - 1));
  return { line, character: Math.floor(next() * (lineLengths[line]! + 1)) };
};

const fromSources = process.argv.includes('tsx');
// As extension/client.ts launches the server (a larger young generation; docs/performance.md).
const nodeArgs = process.argv.includes('node-defaults') ? [] : ['--max-semi-space-size=64'];
const bundleDir = mkdtempSync(join(tmpdir(), 'tornet-bench-'));
const bundle = join(bundleDir, 'server.cjs');
if (!fromSources) buildSync({ entryPoints: [resolve(root, 'language-server/main.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile: bundle, logLevel: 'warning' });
const client = await TestClient.start({ workspace: resolve(root, 'examples'), nodeArgs, ...(fromSources ? {} : { bundle }) });
const uri = fileUri(resolve(root, 'examples/bench-5000-lines.tornet'));
console.log(`scenario: ${LINES} lines, ${(text.length / 1024).toFixed(0)} KiB; server: ${fromSources ? 'tsx' : 'bundle'}, node options [${nodeArgs.join(' ')}]; node ${process.version}; debounce ${DEBOUNCE_MS} ms; load average ${loadavg()[0]!.toFixed(1)}`);

let start = performance.now();
await client.open(uri, text);
await client.currentDiagnostics(uri);
console.log(`open → diagnostics          ${(performance.now() - start - DEBOUNCE_MS).toFixed(1)} ms (debounce excluded)`);

// An edit at a random line end (a space, then removed): time to the diagnostics of that version,
// and the CPU time the server spent meanwhile (steadier than wall time on a busy machine).
async function editLatency(document: string, lengths: readonly number[]): Promise<{ afterEdit: number[]; cpuPerEdit: number[] }> {
  const afterEdit: number[] = [];
  const cpuPerEdit: number[] = [];
  for (let i = 0; i < EDITS_FOR_LATENCY; i++) {
    const line = Math.floor(next() * lengths.length);
    const character = lengths[line]!;
    const cpuStart = cpuMs(client.pid);
    start = performance.now();
    await client.change(document, [{ range: { start: { line, character }, end: { line, character } }, text: ' ' }]);
    await client.currentDiagnostics(document);
    afterEdit.push(performance.now() - start - DEBOUNCE_MS);
    cpuPerEdit.push(cpuMs(client.pid) - cpuStart);
    await client.change(document, [{ range: { start: { line, character }, end: { line, character: character + 1 } }, text: '' }]);
    await client.currentDiagnostics(document);
  }
  return { afterEdit, cpuPerEdit };
}

const { afterEdit, cpuPerEdit } = await editLatency(uri, lineLengths);
console.log(`edit → diagnostics          ${summary(afterEdit)} (debounce excluded)`);
console.log(`  server CPU per edit       ${summary(cpuPerEdit)}`);

// The same on bench:parse's scenario (5,000 relay declarations, 415 KiB): the size bar
// as an editor meets it, through the whole server (edit applied, check, diagnostics sent).
{
  const relaysText = generateScenario(5_000);
  const relaysUri = fileUri(resolve(root, 'examples/bench-5000-relays.tornet'));
  await client.open(relaysUri, relaysText);
  await client.currentDiagnostics(relaysUri);
  const relays = await editLatency(relaysUri, relaysText.split('\n').map((line) => line.length));
  console.log(`5,000 relays (${(relaysText.length / 1024).toFixed(0)} KiB): edit → diagnostics ${summary(relays.afterEdit)} (debounce excluded)`);
  console.log(`  server CPU per edit       ${summary(relays.cpuPerEdit)}`);
  await client.close(relaysUri);
}

for (const [name, type] of [['completion', CompletionRequest.type], ['hover', HoverRequest.type]] as const) {
  const times: number[] = [];
  for (let i = 0; i < REQUESTS; i++) {
    const position = randomPosition();
    start = performance.now();
    await client.connection.sendRequest(type as typeof HoverRequest.type, { textDocument: { uri }, position });
    times.push(performance.now() - start);
  }
  console.log(`${name.padEnd(27)} ${summary(times)} (${REQUESTS} requests, analysis current)`);
}

const firstAfterEdit: number[] = [];
for (let i = 0; i < EDITS_FOR_LATENCY; i++) {
  const line = Math.floor(next() * LINES);
  const character = lineLengths[line]!;
  await client.change(uri, [{ range: { start: { line, character }, end: { line, character } }, text: ' ' }]);
  start = performance.now();
  await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: randomPosition() });
  firstAfterEdit.push(performance.now() - start);
  await client.change(uri, [{ range: { start: { line, character }, end: { line, character: character + 1 } }, text: '' }]);
}
console.log(`completion right after edit ${summary(firstAfterEdit)} (analyses the new version first)`);

// Memory: 10,000 random single-character edits (insert, then delete), typed without pauses,
// with a hover every 500 edits forcing an analysis. Resident memory is sampled as it goes.
const samples: string[] = [];
start = performance.now();
for (let i = 0; i < MEMORY_EDITS; i += 2) {
  const line = Math.floor(next() * LINES);
  const character = Math.floor(next() * (lineLengths[line]! + 1));
  await client.change(uri, [{ range: { start: { line, character }, end: { line, character } }, text: 'x' }]);
  await client.change(uri, [{ range: { start: { line, character }, end: { line, character: character + 1 } }, text: '' }]);
  if (i % 500 === 498) await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: randomPosition() });
  if (i % 2_000 === 1_998) samples.push(`${i + 2}: ${rssMiB(client.pid).toFixed(0)} MiB`);
}
await client.currentDiagnostics(uri);
console.log(`memory (RSS) over ${MEMORY_EDITS} edits: ${samples.join(', ')}; ${((performance.now() - start) / 1000).toFixed(1)} s`);
await client.stop();
rmSync(bundleDir, { recursive: true, force: true });
