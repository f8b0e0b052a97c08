// The top level of a file: declares every name first (so order does not matter), then
// interprets each statement into the explicit configuration — what was written, before
// defaults — that the model is built from and that variants modify.

import type { Expression, Statement } from '../syntax/ast';
import type { SymbolKind } from '../schema/types';
import { Analysis, at, here as hereIn, lazyAt, type Here } from './analysis';
import type { Location } from './diagnostics';
import { resolveDeclared } from './loss';
import type { SourceRun } from './sources';
import { Settings } from './settings';
import { interpretBlock } from './statements';
import { enumOf, isSimpleName, numberOf, referenceOf, wrongForm } from './values';

export interface Group {
  readonly name: string;
  readonly count: number;
  readonly single: boolean;
  readonly settings: Settings;
  readonly at: Location;
}

export interface AttackDeclaration {
  readonly name: string;
  readonly type: 'socket-exhaustion';
  readonly settings: Settings;
  readonly at: Location;
}

export interface LinkDeclaration {
  readonly from: string;
  readonly to: string;
  readonly bidirectional: boolean;
  readonly settings: Settings;
  readonly at: Location;
}

export interface ExperimentDeclaration {
  readonly name: string;
  readonly statement: Statement;
  readonly uri: string;
}

/** What the file says, before defaults. Variants copy and modify it. */
export interface ExplicitConfig {
  title: string | null;
  scenario: Settings;
  internet: Settings;
  locations: { readonly name: string; settings: Settings; readonly at: Location }[];
  links: LinkDeclaration[];
  defaults: { relay: Settings; client: Settings };
  relays: Group[];
  servers: Group[];
  clients: Group[];
  attacks: AttackDeclaration[];
}

// A Map, not an object: keywords come from the file, and a Map needs no internalised key.
const DECLARING = new Map<string, SymbolKind>([
  ['const', 'const'],
  ['loss', 'loss-model'],
  ['relays', 'relays'],
  ['relay', 'relays'],
  ['servers', 'servers'],
  ['clients', 'clients'],
  ['attack', 'attack'],
  ['experiment', 'experiment'],
]);

/** The identifier naming what a statement declares, if it is well formed. */
function nameArgument(statement: Statement): Expression | undefined {
  const first = statement.args[0];
  return isSimpleName(first) ? first : undefined;
}

function declare(here: Here, kind: SymbolKind, name: Expression, statement: Statement, container?: string): boolean {
  if (name.kind !== 'identifier') return false;
  const symbols = here.analysis.symbols;
  const clash = kind === 'variant' ? symbols.find('variant', name.name, container) : symbols.anyNamed(name.name);
  if (clash && (kind !== 'variant' || clash.container === container)) {
    here.diagnostics.report('TN202', at(here, name.range), `'${name.name}' is already declared.`, {
      related: [{ uri: clash.uri, range: clash.range, message: 'first declared here' }],
    });
    return false;
  }
  symbols.declare(name.name, kind, here.uri, name, statement, container);
  return true;
}

/** First pass: every declared name, so that references may come before declarations. */
export function declareAll(analysis: Analysis, runs: readonly SourceRun[]): Set<Statement> {
  const rejected = new Set<Statement>();
  for (const { uri, statements } of runs) {
    const here = hereIn(analysis, uri);
    // An index loop: this runs once per check, often before V8 optimises it, and an array
    // iterator then allocates a result per statement.
    for (let index = 0; index < statements.length; index++) {
      const statement = statements[index]!;
      const keyword = statement.keyword.name;
      const kind = DECLARING.get(keyword);
      if (kind) {
        const name = nameArgument(statement);
        if (!name) {
          wrongForm(here, statement.args[0] ?? statement.keyword, `a name after '${keyword}'`);
          rejected.add(statement);
          continue;
        }
        if (!declare(here, kind, name, statement)) {
          rejected.add(statement);
          continue;
        }
        if (keyword === 'const') analysis.constants.set((name as { name: string }).name, { uri, values: statement.assignment?.values ?? [], range: statement.range });
        if (keyword === 'loss') analysis.lossModels.set((name as { name: string }).name, { uri, values: statement.assignment?.values ?? [], range: statement.range });
        if (keyword === 'experiment') declareVariants(here, statement, (name as { name: string }).name);
      }
      if (keyword === 'internet') {
        for (const inner of statement.block?.statements ?? []) {
          const name = inner.keyword.name === 'location' ? nameArgument(inner) : undefined;
          if (name && !declare(here, 'location', name, inner)) rejected.add(inner);
        }
      }
    }
  }
  return rejected;
}

function declareVariants(here: Here, experiment: Statement, container: string): void {
  for (const inner of experiment.block?.statements ?? []) {
    const name = inner.keyword.name === 'variant' ? nameArgument(inner) : undefined;
    if (name) declare(here, 'variant', name, inner, container);
  }
}

export function emptyConfig(): ExplicitConfig {
  return {
    title: null,
    scenario: new Settings(),
    internet: new Settings(),
    locations: [],
    links: [],
    defaults: { relay: new Settings(), client: new Settings() },
    relays: [],
    servers: [],
    clients: [],
    attacks: [],
  };
}

/** Second pass: interprets every top-level statement. */
export function interpretTopLevel(
  analysis: Analysis,
  runs: readonly SourceRun[],
  rejected: ReadonlySet<Statement>,
): { config: ExplicitConfig; experiments: ExperimentDeclaration[] } {
  const config = emptyConfig();
  const experiments: ExperimentDeclaration[] = [];
  const seen = new Map<string, Location>();
  const once = (here: Here, statement: Statement, key: string): boolean => {
    const previous = seen.get(key);
    if (previous) {
      here.diagnostics.report('TN202', at(here, statement.keyword.range), `'${key}' is already given.`, {
        related: [{ uri: previous.uri, range: previous.range, message: 'first given here' }],
      });
      return false;
    }
    seen.set(key, lazyAt(here, statement));
    return true;
  };

  // Looked up in a Map: the keyword string comes from the file, and an object property lookup
  // would first find its internalised copy in V8's string table.
  const handlers = new Map<string, (here: Here, statement: Statement) => void>(Object.entries({
    include: () => {}, // expanded before interpretation
    const: (here, statement) => {
      const values = statement.assignment?.values ?? [];
      if (statement.args.length !== 1 || values.length !== 1 || statement.block) wrongForm(here, statement, 'const NAME = VALUE');
    },
    loss: (here, statement) => {
      const values = statement.assignment?.values ?? [];
      if (statement.args.length !== 1 || values.length === 0 || statement.block) {
        wrongForm(here, statement, 'loss NAME = MODEL');
        return;
      }
      resolveDeclared(here, (statement.args[0] as { name: string }).name, statement.range);
    },
    scenario: (here, statement) => {
      if (!once(here, statement, 'scenario')) return;
      const [title, ...extra] = statement.args;
      if (title && title.kind !== 'string') wrongForm(here, title, 'a title in double quotes');
      else if (title) config.title = title.value;
      if (extra.length > 0) wrongForm(here, extra[0]!, "'{' after the title");
      config.scenario = interpretBlock(here, 'scenario', statement.block?.statements ?? []);
    },
    internet: (here, statement) => {
      if (!once(here, statement, 'internet')) return;
      if (statement.args.length > 0) wrongForm(here, statement.args[0]!, "'{' after 'internet'");
      config.internet = interpretBlock(here, 'internet', statement.block?.statements ?? [], {
        location: (inner, locationStatement) => {
          const name = nameArgument(locationStatement);
          if (!name || rejected.has(locationStatement)) return;
          const settings = interpretBlock(inner, 'location', locationStatement.block?.statements ?? []);
          config.locations.push({ name: (name as { name: string }).name, settings, at: lazyAt(inner, locationStatement) });
        },
        latency: (inner, latency) => link(inner, latency, false),
        link: (inner, linkStatement) => link(inner, linkStatement, true),
      });
    },
    defaults: (here, statement) => {
      const [which, ...extra] = statement.args;
      if (!which) {
        wrongForm(here, statement.keyword, "'defaults relay' or 'defaults client'");
        return;
      }
      const target = enumOf(here, which, { relay: 'every relay group', client: 'every client group' }, 'defaults target');
      if (target === undefined || !once(here, statement, `defaults ${target}`)) return;
      if (extra.length > 0) wrongForm(here, extra[0]!, "'{'");
      config.defaults[target as 'relay' | 'client'] = interpretBlock(here, target, statement.block?.statements ?? []);
    },
    relays: (here, statement) => group(here, statement, 'relay', config.relays, false),
    relay: (here, statement) => group(here, statement, 'relay', config.relays, true),
    servers: (here, statement) => group(here, statement, 'server', config.servers, false),
    clients: (here, statement) => group(here, statement, 'client', config.clients, false),
    attack: (here, statement) => {
      const type = statement.args[1];
      if (!type || statement.args.length > 2) {
        wrongForm(here, type ?? statement.keyword, "'attack NAME socket-exhaustion { … }'");
        return;
      }
      if (enumOf(here, type, { 'socket-exhaustion': 'sybil clients exhaust a relay\'s sockets' }, 'attack type') === undefined) return;
      const settings = interpretBlock(here, 'socket-exhaustion', statement.block?.statements ?? []);
      config.attacks.push({ name: (statement.args[0] as { name: string }).name, type: 'socket-exhaustion', settings, at: lazyAt(here, statement) });
    },
    experiment: (here, statement) => {
      if (statement.args.length > 1) wrongForm(here, statement.args[1]!, "'{' after the experiment's name");
      experiments.push({ name: (statement.args[0] as { name: string }).name, statement, uri: here.uri });
    },
  }));

  function link(here: Here, statement: Statement, withBlock: boolean): void {
    const [from, symbol, to, latency, ...extra] = statement.args;
    const shape = withBlock ? 'link A <-> B { … }' : 'latency A <-> B DURATION';
    if (!from || !to || symbol?.kind !== 'symbol' || (withBlock ? latency !== undefined : !latency || extra.length > 0)) {
      wrongForm(here, statement, shape);
      return;
    }
    const a = referenceOf(here, from, 'location');
    const b = referenceOf(here, to, 'location');
    if (a === undefined || b === undefined) return;
    const bidirectional = symbol.text === '<->';
    const duplicate = config.links.find(
      (existing) => (existing.from === a && existing.to === b) || ((existing.bidirectional || bidirectional) && existing.from === b && existing.to === a),
    );
    if (duplicate) {
      here.diagnostics.report('TN202', at(here, statement.range), `The link between '${a}' and '${b}' is already given.`, {
        related: [{ uri: duplicate.at.uri, range: duplicate.at.range, message: 'first given here' }],
      });
      return;
    }
    let settings: Settings;
    if (withBlock) settings = interpretBlock(here, 'link', statement.block?.statements ?? []);
    else {
      const value = numberOf(here, latency!, 'time', { bounds: { min: 0, minExclusive: true }, what: 'A latency' });
      if (value === undefined) return;
      settings = new Settings(1);
      settings.set('latency', value, latency!, here.uri);
    }
    config.links.push({ from: a, to: b, bidirectional, settings, at: lazyAt(here, statement) });
  }

  function group(here: Here, statement: Statement, contextId: string, into: Group[], single: boolean): void {
    const times = statement.args[1];
    const countExpression = statement.args[2];
    let count = 1;
    if (single) {
      if (times) wrongForm(here, times, "'{' after the relay's name (a single relay has no count)");
    } else if (times?.kind !== 'identifier' || times.name !== 'x' || !countExpression || statement.args.length > 3) {
      wrongForm(here, times ?? statement.keyword, `'${statement.keyword.name} NAME x COUNT { … }'`);
      return;
    } else {
      const value = numberOf(here, countExpression, 'none', { integer: true, bounds: { min: 0 }, what: 'A count' });
      if (value === undefined) return;
      count = value;
    }
    const settings = interpretBlock(here, contextId, statement.block?.statements ?? []);
    into.push({ name: (statement.args[0] as { name: string }).name, count, single, settings, at: lazyAt(here, statement) });
  }

  for (const { uri, statements } of runs) {
    const here = hereIn(analysis, uri);
    for (let index = 0; index < statements.length; index++) { // as in declareAll
      const statement = statements[index]!;
      if (rejected.has(statement)) continue;
      const handler = handlers.get(statement.keyword.name);
      if (handler) handler(here, statement);
      else interpretBlock(here, 'file', [statement]); // reports the unknown keyword
    }
  }
  return { config, experiments };
}
