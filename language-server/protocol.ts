// Every message between the TorNet language server and its clients that the LSP
// specification does not define, declared once (rust-analyzer's lsp_ext.ts convention).
// The extension imports this file; it imports nothing so that it can.

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
