// Experiments: named variants and sweeps, crossed into complete configurations. Explicit
// variants come first, then every combination of the sweeps in the order written; a
// combination is named by its labels joined with `-` (`kist-high-normal`). An experiment
// with neither runs the base configuration as one variant named `base`.

import type { Expression, ListItem, Statement } from '../syntax/ast';
import type { Chart, Experiment, Metric, Override, Variant } from '../model/scenario';
import type { Json } from '../schema/types';
import { at, here as hereIn, type Analysis, type Here } from './analysis';
import { buildConfiguration, type GroupModels } from './build';
import { checkConsistency, problemKey } from './consistency';
import type { ExperimentDeclaration, ExplicitConfig } from './declarations';
import type { Location } from './diagnostics';
import { resolvePath, type SettingTarget } from './setting-paths';
import { interpretBlock, resolveSettings, settingValue } from './statements';
import { closest, didYouMean } from './suggest';
import { enumOf, metricOf, wrongForm } from './values';

interface Change {
  readonly target: SettingTarget;
  readonly path: string;
  readonly value: Json;
  /** The variant line or sweep item that makes it. */
  readonly at: Location;
}

interface Plan {
  readonly name: string;
  readonly changes: Change[];
  readonly labels: Record<string, string>;
  /** Where the variant is written (its name, or its first sweep item): its whole-scenario problems go here. */
  readonly at: Location;
}

interface Sweep {
  readonly dimension: string;
  readonly items: { readonly label: string; readonly change: Change }[];
}

/** `baseProblems`: whole-scenario problems of the base (see problemKey), which variants do not report again. */
export function buildExperiments(
  analysis: Analysis,
  base: ExplicitConfig,
  declarations: readonly ExperimentDeclaration[],
  models: GroupModels,
  baseProblems: ReadonlySet<string>,
): Experiment[] {
  return declarations.map((declaration) => buildExperiment(hereIn(analysis, declaration.uri), base, declaration, { models, baseProblems }));
}

interface VariantContext {
  readonly models: GroupModels;
  readonly baseProblems: ReadonlySet<string>;
}

function buildExperiment(here: Here, base: ExplicitConfig, declaration: ExperimentDeclaration, context: VariantContext): Experiment {
  const named: Plan[] = [];
  const sweeps: Sweep[] = [];
  const charts: Chart[] = [];
  let baseline: Expression | undefined;

  const settings = interpretBlock(here, 'experiment', declaration.statement.block?.statements ?? [], {
    vary: (inner, statement) => {
      const sweep = sweepOf(inner, statement, base);
      if (!sweep) return;
      if (sweeps.some((other) => other.dimension === sweep.dimension)) {
        inner.diagnostics.report('TN202', at(inner, statement.args[0]!.range), `'${sweep.dimension}' is already varied in this experiment.`);
        return;
      }
      sweeps.push(sweep);
    },
    variant: (inner, statement) => {
      const name = statement.args[0];
      if (name?.kind !== 'identifier' || statement.args.length > 1) return; // reported when declared
      const changes = (statement.block?.statements ?? []).map((line) => changeOf(inner, line, base)).filter((change): change is Change => change !== undefined);
      named.push({ name: name.name, changes, labels: {}, at: at(inner, name.range) });
    },
    baseline: (inner, statement) => {
      if (statement.args.length !== 1) wrongForm(inner, statement, 'baseline VARIANT');
      else baseline = statement.args[0];
    },
    chart: (inner, statement) => {
      const [type, ...metrics] = statement.args;
      if (!type || metrics.length === 0) {
        wrongForm(inner, statement, 'chart cdf|timeseries|box METRIC …');
        return;
      }
      const chartType = enumOf(inner, type, { cdf: 'cumulative distribution', timeseries: 'value over time', box: 'box plot per variant' }, 'chart type');
      const resolved = metrics.map((metric) => metricOf(inner, metric));
      if (chartType && resolved.every(Boolean)) charts.push({ type: chartType as Chart['type'], metrics: resolved as Metric[] });
    },
  });
  const report = resolveSettings(here, 'experiment', settings, undefined).report as unknown as Metric[];

  const combinations = crossed(sweeps);
  const planned = [...named, ...combinations];
  if (planned.length === 0) planned.push({ name: 'base', changes: [], labels: {}, at: at(here, declaration.statement.range) });
  const seen = new Set<string>();
  const variants: Variant[] = [];
  for (const plan of planned) {
    if (seen.has(plan.name)) {
      here.diagnostics.report('TN202', at(here, declaration.statement.keyword.range), `Experiment '${declaration.name}' has two variants called '${plan.name}'.`);
      continue;
    }
    seen.add(plan.name);
    variants.push(variantOf(here, base, plan, context));
  }
  if (baseline) checkBaseline(here, baseline, variants.map((variant) => variant.name));
  return {
    name: declaration.name,
    baseline: baseline?.kind === 'identifier' && seen.has(baseline.name) ? baseline.name : null,
    variants,
    report,
    charts,
  };
}

function checkBaseline(here: Here, baseline: Expression, names: string[]): void {
  if (baseline.kind !== 'identifier') {
    wrongForm(here, baseline, 'the name of a variant');
    return;
  }
  if (names.includes(baseline.name)) return;
  const suggestion = closest(baseline.name, names);
  here.diagnostics.report('TN407', at(here, baseline.range), `The baseline '${baseline.name}' names no variant of this experiment.${didYouMean(suggestion)}`, {
    data: { replacement: suggestion, variants: names },
  });
}

/** `relays.guard.bandwidth 10 MiB/s` inside a variant. */
function changeOf(here: Here, statement: Statement, base: ExplicitConfig): Change | undefined {
  const target = resolvePath(here, statement.keyword, base);
  if (!target) return undefined;
  const value = settingValue(here, target.spec, statement);
  return value === undefined ? undefined : { target, path: statement.keyword.name, value, at: at(here, statement.range) };
}

/** `vary SETTING [label: value, …]`. */
function sweepOf(here: Here, statement: Statement, base: ExplicitConfig): Sweep | undefined {
  const [path, list, ...extra] = statement.args;
  if (path?.kind !== 'identifier' || list?.kind !== 'list' || extra.length > 0 || statement.block) {
    return wrongForm(here, statement, 'vary SETTING [VALUE, …]');
  }
  const target = resolvePath(here, path, base);
  if (!target) return undefined;
  const items: Sweep['items'][number][] = [];
  for (const item of list.items) {
    const label = labelOf(item);
    if (!label) {
      wrongForm(here, item, 'a label (`label: value`) for this value');
      continue;
    }
    if (items.some((other) => other.label === label)) {
      here.diagnostics.report('TN202', at(here, item.range), `The label '${label}' is already used in this sweep.`);
      continue;
    }
    const value = settingValue(here, target.spec, { args: item.values, range: item.range });
    if (value !== undefined) items.push({ label, change: { target, path: path.name, value, at: at(here, item.range) } });
  }
  return { dimension: path.name, items };
}

/** An item's label, or the name or number it consists of: the variant-name part it contributes. */
export function labelOf(item: ListItem): string | undefined {
  if (item.label) return item.label.name;
  const [only, ...rest] = item.values;
  if (!only || rest.length > 0) return undefined;
  if (only.kind === 'identifier') return only.name;
  if (only.kind === 'number') return `${only.text}${only.unit ? only.unit.text.replace('/', '-per-') : ''}`.replace('%', 'pct');
  return undefined;
}

/** The name of the variant a combination of sweep items makes: `kist-high-normal`. */
export function combinationName(labels: readonly string[]): string {
  return labels.join('-');
}

function crossed(sweeps: readonly Sweep[]): Plan[] {
  if (sweeps.length === 0) return [];
  let combinations: { labels: string[]; changes: Change[]; byDimension: Record<string, string> }[] = [{ labels: [], changes: [], byDimension: {} }];
  for (const sweep of sweeps) {
    combinations = combinations.flatMap((combination) =>
      sweep.items.map((item) => ({
        labels: [...combination.labels, item.label],
        changes: [...combination.changes, item.change],
        byDimension: { ...combination.byDimension, [sweep.dimension]: item.label },
      })),
    );
  }
  // Every combination has one change per sweep, so a first change exists.
  return combinations.map((combination) => ({ name: combinationName(combination.labels), changes: combination.changes, labels: combination.byDimension, at: combination.changes[0]!.at }));
}

/** A variant's starting point: its own lists, sharing every entry until a change copies it. */
function copyOf(config: ExplicitConfig): ExplicitConfig {
  return {
    ...config,
    locations: [...config.locations],
    links: [...config.links],
    relays: [...config.relays],
    servers: [...config.servers],
    clients: [...config.clients],
    attacks: [...config.attacks],
  };
}

function variantOf(here: Here, base: ExplicitConfig, plan: Plan, context: VariantContext): Variant {
  const explicit = copyOf(base);
  for (const change of plan.changes) change.target.apply(explicit, change.value);
  const overrides: Override[] = plan.changes.map((change) => ({ path: change.path, value: change.value }));
  const config = buildConfiguration(undefined, explicit, context.models);
  // The base's own problems are reported once, at the base; a variant reports only what it introduces.
  checkConsistency(
    (code, where, message, extras) => {
      if (context.baseProblems.has(problemKey(code, message))) return;
      here.diagnostics.report(code, plan.at, `Variant '${plan.name}': ${message}`, {
        ...extras,
        related: [...(extras?.related ?? []), { ...where, message: 'the part of the scenario concerned' }],
      });
    },
    explicit,
    config,
  );
  return { name: plan.name, labels: plan.labels, overrides, config };
}
