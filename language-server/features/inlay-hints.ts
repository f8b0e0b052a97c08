// Inlay hints: derived values an author would otherwise work out by hand, computed from the
// resolved model (so only for a document without errors), placed after the value they derive from:
//
//   relays NAME x N          ≈ 120 MiB/s total     N × the median of the bandwidth distribution
//                                                  (a `choice(…)` bandwidth has no single median
//                                                  worth multiplying, so it gets no hint)
//   scenario { load 1.4 }    = 140 clients         the clients the load factor produces
//   variant v { load 2 }     = 200 clients         the same, in that variant (also for lines that
//   vary load [low: 0.6, …]  = 60 clients          set `clients.NAME.count`); a sweep item gives the
//                                                  totals of every variant it is part of (a range
//                                                  when another sweep changes them too)
//   latency a <-> b 20 ms    BDP 4.77 MiB          the bandwidth-delay product of the path between
//   link a <-> b { latency … }                     hosts in a and b over this link: the bottleneck of
//                                                  a's access up, the link and b's access down (and
//                                                  back), times the round trip over the link and its
//                                                  reverse. It is the window one flow needs to fill
//                                                  the path, the number to compare with Tor's circuit
//                                                  window or a cwnd. It sits on the latency because
//                                                  the RTT is what the declaration adds; a one-way
//                                                  link without a reverse link has no round trip
//                                                  here and no hint. With shortest-path routing,
//                                                  traffic between a and b takes this link only when
//                                                  no other route is faster.

import { InlayHintKind, type InlayHint, type Position, type Range } from 'vscode-languageserver';
import type { Expression, Model, Statement } from '../../grammar';
import { labelOf } from '../../grammar/semantic/experiments';
import { lookupSettingPath } from '../../grammar/semantic/setting-paths';
import type { Analysis } from '../documents/analysis';
import { approximateSize, normalisedForm } from '../schema/normalise';

const MIB = 8 * 2 ** 20; // bits in a MiB
const CELL_BYTES = 514;

export function inlayHints(analysis: Analysis, range: Range): InlayHint[] {
  const model = analysis.check.model;
  if (!model) return [];
  const hints: InlayHint[] = [];
  for (const statement of analysis.check.syntax.file.statements) {
    if (statement.range.end.line < range.start.line || statement.range.start.line > range.end.line) continue;
    switch (statement.keyword.name) {
      case 'relays':
        hints.push(...capacityHints(model.base, statement));
        break;
      case 'scenario':
        for (const line of statement.block?.statements ?? []) if (line.keyword.name === 'load') hints.push(...clientHint(line.args, [model.base], 'the base scenario'));
        break;
      case 'experiment':
        hints.push(...experimentHints(model, statement));
        break;
      case 'internet':
        hints.push(...bdpHints(model.base.internet, statement));
        break;
    }
  }
  return hints.filter((found) => found.position.line >= range.start.line && found.position.line <= range.end.line);
}

// ---- relay populations -----------------------------------------------------------------

function capacityHints(base: Model.Configuration, statement: Statement): InlayHint[] {
  const name = statement.args[0]?.kind === 'identifier' ? statement.args[0].name : undefined;
  const group = base.relays.find((candidate) => candidate.name === name && !candidate.single);
  const count = statement.args[statement.args.length - 1];
  const median = group ? medianOf(group.bandwidth) : undefined;
  if (!group || !count || median === undefined) return [];
  return [
    hint(count.range.end, `≈ ${format((group.count * median) / MIB)} MiB/s total`, `${group.count} relays × median bandwidth ${format(median / MIB)} MiB/s`),
  ];
}

/** The median of a bandwidth distribution, when it has one closed form. */
function medianOf(distribution: Model.Distribution): number | undefined {
  switch (distribution.type) {
    case 'constant':
      return distribution.value;
    case 'uniform':
      return (distribution.min + distribution.max) / 2;
    case 'normal':
      return distribution.mean;
    case 'lognormal':
      return distribution.median;
    case 'exponential':
      return distribution.mean * Math.LN2;
    case 'pareto':
      return distribution.scale * 2 ** (1 / distribution.shape);
    case 'choice':
      return undefined;
  }
}

// ---- client counts of load variants -------------------------------------------------------

function experimentHints(model: Model.Scenario, statement: Statement): InlayHint[] {
  const name = statement.args[0]?.kind === 'identifier' ? statement.args[0].name : undefined;
  const experiment = model.experiments.find((candidate) => candidate.name === name);
  if (!experiment) return [];
  const hints: InlayHint[] = [];
  for (const inner of statement.block?.statements ?? []) {
    if (inner.keyword.name === 'variant') {
      const variantName = inner.args[0]?.kind === 'identifier' ? inner.args[0].name : undefined;
      const variant = experiment.variants.find((candidate) => candidate.name === variantName);
      if (!variant) continue;
      for (const line of inner.block?.statements ?? []) {
        if (changesClients(line.keyword.parts)) hints.push(...clientHint(line.args, [variant.config], `variant '${variant.name}'`));
      }
    }
    const [path, list] = inner.args;
    if (inner.keyword.name === 'vary' && path?.kind === 'identifier' && list?.kind === 'list' && changesClients(path.parts)) {
      for (const item of list.items) {
        const label = labelOf(item);
        const variants = experiment.variants.filter((variant) => variant.labels[path.name] === label);
        if (variants.length > 0) hints.push(...clientHint(item.values, variants.map((variant) => variant.config), variants.length === 1 ? `variant '${variants[0]!.name}'` : `the ${variants.length} variants labelled '${label}'`));
      }
    }
  }
  return hints;
}

/** Whether a setting path changes how many clients run: the load factor or a client group's count. */
function changesClients(parts: readonly string[]): boolean {
  const found = lookupSettingPath(parts);
  return found.ok && ((found.holder === 'scenario' && found.keyword === 'load') || (found.holder === 'clients' && found.keyword === 'count'));
}

/** `= 140 clients` after the last of `values`: the total over `configs` (a range when they differ). */
function clientHint(values: readonly Expression[], configs: readonly Model.Configuration[], where: string): InlayHint[] {
  const last = values[values.length - 1];
  if (!last || configs.length === 0) return [];
  const totals = configs.map((config) => config.clients.reduce((sum, group) => sum + group.count, 0));
  const low = Math.min(...totals);
  const high = Math.max(...totals);
  const groups = configs[0]!.clients;
  const noun = groups.length === 1 ? `${groups[0]!.name} clients` : 'clients';
  const label = `= ${count(low)}${high === low ? '' : `–${count(high)}`} ${noun}`;
  const breakdowns = new Set(configs.map((config) => config.clients.map((group) => `${group.name} ${count(group.count)}`).join(', ')));
  const breakdown = breakdowns.size === 1 ? `: ${[...breakdowns][0]}` : '';
  return [hint(last.range.end, label, `Clients in ${where}${breakdown} (each group's count × load, rounded).`)];
}

// ---- path bandwidth-delay products --------------------------------------------------------

function bdpHints(internet: Model.Internet, statement: Statement): InlayHint[] {
  const hints: InlayHint[] = [];
  for (const inner of statement.block?.statements ?? []) {
    const [from, , to, value] = inner.args;
    if (from?.kind !== 'identifier' || to?.kind !== 'identifier') continue;
    const latency = inner.keyword.name === 'latency' ? value : inner.keyword.name === 'link' ? inner.block?.statements.find((line) => line.keyword.name === 'latency')?.args[0] : undefined;
    const link = internet.links.find((candidate) => candidate.from === from.name && candidate.to === to.name);
    if (!latency || !link) continue;
    const bdp = pathBdp(internet, link);
    if (bdp) hints.push(hint(latency.range.end, bdp.label, bdp.tooltip));
  }
  return hints;
}

function pathBdp(internet: Model.Internet, link: Model.Link): { label: string; tooltip: string } | undefined {
  const reverse = link.bidirectional ? link : internet.links.find((candidate) => candidate.from === link.to && candidate.to === link.from);
  const a = internet.locations.find((location) => location.name === link.from);
  const b = internet.locations.find((location) => location.name === link.to);
  if (!reverse || !a || !b) return undefined;
  const rtt = link.latency + reverse.latency;
  const forward = bottleneck(a, link, b);
  const back = bottleneck(b, reverse, a);
  const bytes = (rate: number) => (rate / 8) * rtt;
  const label = forward.rate === back.rate ? `BDP ${approximateSize(bytes(forward.rate))}` : `BDP ${approximateSize(bytes(forward.rate))} → · ${approximateSize(bytes(back.rate))} ←`;
  const line = (from: string, to: string, { rate, by }: { rate: number; by: string }) =>
    `${from} → ${to}: ${normalisedForm(rate, 'rate')} (${by}) × RTT ${format(rtt * 1000)} ms = ${approximateSize(bytes(rate))} ≈ ${count(Math.round(bytes(rate) / CELL_BYTES))} cells`;
  const tooltip = [`Bandwidth-delay product of the path between hosts in ${a.name} and ${b.name} over this link:`, line(a.name, b.name, forward), line(b.name, a.name, back)].join('\n');
  return { label, tooltip };
}

/** The slowest of the sender's access up, the link and the receiver's access down. */
function bottleneck(sender: Model.Location, link: Model.Link, receiver: Model.Location): { rate: number; by: string } {
  const candidates = [
    { rate: sender.access.up, by: `${sender.name} access up` },
    { rate: link.bandwidth ?? Infinity, by: 'link bandwidth' },
    { rate: receiver.access.down, by: `${receiver.name} access down` },
  ];
  return candidates.reduce((slowest, candidate) => (candidate.rate < slowest.rate ? candidate : slowest));
}

// ---- helpers ---------------------------------------------------------------------------------

function hint(at: Position, label: string, tooltip: string): InlayHint {
  return { position: { line: at.line, character: at.character }, label, kind: InlayHintKind.Type, paddingLeft: true, tooltip };
}

function format(value: number): string {
  return String(Math.round(value * 10) / 10);
}

function count(value: number): string {
  return value.toLocaleString('en-US');
}
