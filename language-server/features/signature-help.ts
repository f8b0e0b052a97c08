// Signature help inside the parentheses of a call-like construct: a distribution or loss
// function from the schema's FUNCTIONS, a metric restricted to a group (`ttfb(GROUP)`), and
// the call form of a mechanism option (`vegas(profile prop324, cwnd-init 200)`, whose
// parameters are the option's settings). Computed from the token stream, so that it works
// while the call is still incomplete (`lognormal(median 8 MiB/s, `). The active parameter is
// the last parameter name written in the current argument (`1.5 % per 300 ms` → per), else
// the positional parameter at the argument's comma index (settings are all named).

import { MarkupKind, type ParameterInformation, type Position, type SignatureHelp, type SignatureInformation } from 'vscode-languageserver';
import { CONTEXTS, context as contextSpec, FUNCTIONS, tokenize } from '../../grammar';
import type { FunctionParam, FunctionSpec } from '../../grammar/schema';
import type { Analysis } from '../documents/analysis';

/** What a signature shows: a function, a metric or a mechanism option's call form. */
type Callable = Pick<FunctionSpec, 'name' | 'summary' | 'source' | 'params'>;

const OPEN = new Set(['(', '[']);
const CLOSE = new Set([')', ']']);

export function signatureHelp(analysis: Analysis, position: Position): SignatureHelp | null {
  const offset = analysis.lines.offsetAt(position);
  const tokens = tokenize(analysis.text).filter((token) => token.kind !== 'comment' && token.range.end.offset <= offset);
  // Walk back to the `(` that encloses the cursor, noting the current argument's tokens.
  let depth = 0;
  let commas = 0;
  let argumentWords: string[] = [];
  for (let index = tokens.length - 1; index >= 0; index -= 1) {
    const token = tokens[index]!;
    if (token.kind === 'punctuation' && CLOSE.has(token.text)) depth += 1;
    else if (token.kind === 'punctuation' && (OPEN.has(token.text) || token.text === '{' || token.text === '}')) {
      if (depth > 0 && OPEN.has(token.text)) {
        depth -= 1;
        continue;
      }
      const callee = tokens[index - 1];
      if (token.text !== '(' || callee?.kind !== 'identifier' || callee.range.end.offset !== token.range.start.offset) return null;
      return help(callee.text, commas, argumentWords);
    } else if (depth === 0 && token.text === ',') commas += 1;
    else if (depth === 0 && commas === 0 && token.kind === 'identifier') argumentWords = [token.text, ...argumentWords];
  }
  return null;
}

function help(name: string, commaIndex: number, currentArgumentWords: readonly string[]): SignatureHelp | null {
  const specs = [...FUNCTIONS.filter((fn) => fn.name === name).map(withGroupParameter), ...optionCalls(name)];
  if (specs.length === 0) return null;
  return { signatures: specs.map((fn) => signature(fn, commaIndex, currentArgumentWords)), activeSignature: 0 };
}

/** A metric's optional group, shown as its one parameter. */
function withGroupParameter(fn: FunctionSpec): FunctionSpec {
  if (fn.category !== 'metric') return fn;
  const which = fn.groups?.includes('relays') ? 'a client group or a relay group' : 'a client group';
  return { ...fn, params: [{ name: 'GROUP', summary: `Optional: restricts the metric to ${which}.`, positional: true, dimension: 'none' }] };
}

/** Mechanism options with settings, written as calls: one signature per option of that name. */
function optionCalls(name: string): Callable[] {
  const seen = new Set<string>();
  const calls: Callable[] = [];
  for (const spec of CONTEXTS.flatMap((context) => context.statements)) {
    if (spec.form !== 'mechanism' || !Object.hasOwn(spec.options, name)) continue;
    const option = spec.options[name]!;
    if (!option.context || seen.has(option.context)) continue;
    seen.add(option.context);
    const params = contextSpec(option.context).statements.map((setting): FunctionParam => ({ name: setting.keyword, summary: setting.summary, positional: false, dimension: 'none' }));
    calls.push({ name, summary: `${spec.keyword} ${name}: ${option.summary}`, source: option.source, params });
  }
  return calls;
}

function signature(fn: Callable, commaIndex: number, words: readonly string[]): SignatureInformation {
  const label = `${fn.name}(${fn.params.map((param) => (param.positional ? param.name : `${param.name} …`)).join(', ')})`;
  let start = fn.name.length + 1;
  const parameters: ParameterInformation[] = fn.params.map((param) => {
    const text = param.positional ? param.name : `${param.name} …`;
    const info = { label: [start, start + param.name.length] as [number, number], documentation: param.summary };
    start += text.length + 2;
    return info;
  });
  const named = [...words].reverse().find((word) => fn.params.some((param) => param.name === word));
  const active = named !== undefined ? fn.params.findIndex((param) => param.name === named) : commaIndex < fn.params.length ? commaIndex : undefined;
  return {
    label,
    documentation: { kind: MarkupKind.Markdown, value: `${fn.summary}\n\n*Source:* ${fn.source}` },
    parameters,
    ...(active !== undefined ? { activeParameter: active } : {}),
  };
}
