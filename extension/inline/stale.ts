// Results belong to the text they were run from: results.json keeps the SHA-256 of the
// scenario text, and a document whose text hashes differently has changed since the run.

import { createHash } from 'node:crypto';
import type { ResultsFile } from '../../simulator/results/types';

export function isStale(results: ResultsFile, documentText: string): boolean {
  return createHash('sha256').update(documentText).digest('hex') !== results.scenario.sha256;
}

export const STALE_NOTE = 'stale — file changed since run';
