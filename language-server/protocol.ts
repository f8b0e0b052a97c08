// Every message between the TorNet language server and its clients that the LSP
// specification does not define, declared once (rust-analyzer's lsp_ext.ts convention).
// The extension imports this file; it imports only types of grammar/model/ so that it can.

import type { Scenario } from '../grammar/model/scenario';

/** Commands the server puts in code lenses; the extension registers them. */
export const COMMANDS = {
  /** Run every variant of an experiment. Arguments: [RunArguments]. */
  runExperiment: 'tornet.runExperiment',
  /** Run one variant of an experiment. Arguments: [RunArguments] with `variant`. */
  runVariant: 'tornet.runVariant',
} as const;

export interface RunArguments {
  /** The document that declares the experiment. */
  readonly uri: string;
  readonly experiment: string;
  /** A declared variant's name; absent to run the whole experiment. */
  readonly variant?: string;
}

/** Custom requests: method names and their parameter and result types. */
export const REQUESTS = {
  /** The resolved model of an open document, for a run. Params: DocumentParams; result: ResolvedScenario | null (document not open). */
  resolvedScenario: 'tornet/resolvedScenario',
  /** Where each experiment and declared variant of an open document starts. Params: DocumentParams; result: RunTarget[]. */
  runTargets: 'tornet/runTargets',
} as const;

/** As LSP's TextDocumentIdentifier parameters. */
export interface DocumentParams {
  readonly textDocument: { readonly uri: string };
}

export interface ResolvedScenario {
  /** Null when the document (or a file it includes) has errors. */
  readonly model: Scenario | null;
  /** Every error of the document and the files it includes; empty when `model` is set. */
  readonly errors: readonly ProblemLocation[];
  /** The text the model was resolved from. */
  readonly text: string;
}

/** A diagnostic with its place; line and character are 0-based (UTF-16), as in LSP. */
export interface ProblemLocation {
  readonly message: string;
  readonly code: string;
  readonly uri: string;
  readonly line: number;
  readonly character: number;
}

/** An experiment (no `variant`) or one of its declared variants, with the start of its statement. */
export interface RunTarget extends RunArguments {
  readonly line: number;
  readonly character: number;
}

/** Semantic token types the server reports, in legend order. Units are reported as `type`. */
export const SEMANTIC_TOKEN_TYPES = [
  'keyword',
  'property',
  'enumMember',
  'variable',
  'function',
  'parameter',
  'number',
  'string',
  'comment',
  'operator',
  'type',
] as const;

/** Semantic token modifiers, in legend order (bit i is modifier i). */
export const SEMANTIC_TOKEN_MODIFIERS = ['declaration', 'deprecated', 'readonly'] as const;
