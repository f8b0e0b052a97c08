// TN415: the errors of included files, summarised at the include statements of the checked
// document ("In file included from …"). An editor shows only the open document's
// diagnostics, so without this an error in a shared file would make the document's model
// disappear with nothing to say why. The summary counts the errors of the included file and
// of every file it includes in turn, names the first, and lists them as related information.

import type { Diagnostics, Location } from './diagnostics';
import type { Include } from './sources';

/** Related-information entries per summary; the count in the message stays exact. */
const MAX_RELATED = 20;

export function reportIncludedErrors(uri: string, includes: readonly Include[], diagnostics: Diagnostics): void {
  for (const include of includes) {
    if (include.from !== uri) continue;
    const files = reachable(include.target, includes);
    const errors = diagnostics.all.filter((diagnostic) => diagnostic.severity === 'error' && diagnostic.uri !== uri && files.has(diagnostic.uri));
    if (errors.length === 0) continue;
    const first = errors[0]!;
    const count = `${errors.length} error${errors.length === 1 ? '' : 's'}`;
    const where = `${fileName(first)}:${first.range.start.line + 1}:${first.range.start.character + 1}`;
    diagnostics.report('TN415', include.at, `"${include.path}" has ${count}; the first, at ${where}: ${first.code} ${first.message}`, {
      related: errors.slice(0, MAX_RELATED).map((error) => ({ uri: error.uri, range: error.range, message: `${error.code} ${error.message}` })),
      data: { errors: errors.length, files: [...files] },
    });
  }
}

/** The include of the document `uri` that brings in `file` (directly or not), if one does. */
export function includeOf(uri: string, includes: readonly Include[], file: string): Include | undefined {
  return includes.find((include) => include.from === uri && reachable(include.target, includes).has(file));
}

/** `target` and every file it includes, directly or not. */
function reachable(target: string, includes: readonly Include[]): Set<string> {
  const seen = new Set([target]);
  const queue = [target];
  while (queue.length > 0) {
    const from = queue.pop()!;
    for (const include of includes) {
      if (include.from === from && !seen.has(include.target)) {
        seen.add(include.target);
        queue.push(include.target);
      }
    }
  }
  return seen;
}

function fileName(location: Location): string {
  return location.uri.slice(location.uri.lastIndexOf('/') + 1);
}
