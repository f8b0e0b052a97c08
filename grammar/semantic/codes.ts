// Every diagnostic code the language reports, with its severity and a one-line description.
// Codes are stable: tools and quick fixes key on them. docs/language.md lists this table.

export type Severity = 'error' | 'warning';

export interface CodeInfo {
  readonly severity: Severity;
  readonly description: string;
}

export const DIAGNOSTIC_CODES = {
  TN101: { severity: 'error', description: 'A character that starts no token.' },
  TN102: { severity: 'error', description: 'A string without its closing quote.' },
  TN103: { severity: 'error', description: 'An unexpected token; the parser skipped or inserted something.' },
  TN104: { severity: 'error', description: 'A `{`, `(` or `[` never closed, or a closer never opened.' },
  TN105: { severity: 'error', description: 'A unit with no number before it.' },
  TN106: { severity: 'error', description: 'The file is too large or too deeply nested to analyse.' },

  TN201: { severity: 'error', description: 'Unknown keyword in this context (with did-you-mean).' },
  TN202: { severity: 'error', description: 'A name declared twice, or a setting written twice in one block.' },
  TN203: { severity: 'error', description: 'Unknown name (with did-you-mean).' },
  TN204: { severity: 'warning', description: 'A declaration that is never used.' },
  TN205: { severity: 'error', description: 'Unknown value of an enumerated setting (with did-you-mean).' },
  TN206: { severity: 'error', description: 'Unknown function or unknown function argument (with did-you-mean).' },
  TN207: { severity: 'warning', description: 'A deprecated setting or option (with its replacement).' },
  TN208: { severity: 'error', description: 'A constant defined in terms of itself.' },

  TN301: { severity: 'error', description: 'A number without the unit its setting needs.' },
  TN302: { severity: 'error', description: 'A value of the wrong unit kind (a latency in MiB).' },
  TN303: { severity: 'error', description: 'A value outside the valid range of its setting.' },
  TN304: { severity: 'error', description: 'A value of the wrong form (a name where a number is expected, missing or extra values).' },
  TN305: { severity: 'error', description: 'A count that is not a whole number.' },
  TN306: { severity: 'error', description: 'Arithmetic on values whose units do not combine.' },
  TN307: { severity: 'error', description: 'An interval or uniform distribution whose lower bound exceeds its upper bound.' },

  TN401: { severity: 'error', description: 'No guard relay able to carry the clients\' first hops.' },
  TN402: { severity: 'error', description: 'No exit relay able to carry the clients\' traffic.' },
  TN403: { severity: 'error', description: 'A variant or sweep sets a setting that does not exist.' },
  TN404: { severity: 'error', description: 'Files include each other in a cycle.' },
  TN405: { severity: 'error', description: 'An included file does not exist or cannot be read.' },
  TN406: { severity: 'error', description: 'An included file lies outside the workspace.' },
  TN407: { severity: 'error', description: 'The baseline names no variant of its experiment.' },
  TN408: { severity: 'error', description: 'Two locations have no path between them.' },
  TN409: { severity: 'error', description: 'The warm-up is not shorter than the duration.' },
  TN410: { severity: 'error', description: 'A required setting is missing.' },
  TN411: { severity: 'error', description: 'Too few relays to build a circuit of the requested length.' },
  TN412: { severity: 'error', description: 'Onion-service clients but no onion-service servers (or the reverse for a chosen server).' },
  TN413: { severity: 'error', description: 'A statement that is only allowed at a particular place (e.g. `include` inside a block).' },
  TN414: { severity: 'warning', description: 'A relay group no client can reach: no circuit position its flags admit is used by any client, in the base or any variant.' },
  TN415: { severity: 'error', description: 'An included file (or a file it includes) has errors: reported at the include, naming the first.' },
} as const satisfies Record<string, CodeInfo>;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;
