// One broken feature must never take the server down: every request handler runs through
// `safely`, which logs the exception and answers with the feature's empty result. A
// ResponseError is a deliberate answer (a refused rename), passed on to the client.

import { ResponseError } from 'vscode-languageserver';

export interface ErrorLog {
  error(message: string): void;
}

export function safely<P, R>(log: ErrorLog, feature: string, empty: R, handler: (params: P) => R): (params: P) => R {
  return (params: P): R => {
    try {
      return handler(params);
    } catch (error) {
      if (error instanceof ResponseError) throw error;
      log.error(`${feature} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return empty;
    }
  };
}
