// Snippets for whole statements, generated from the `syntax` line of each special statement
// in the schema: `relays NAME x N { … }` → `relays ${1:NAME} x ${2:N} {\n\t$0\n}`.

/** Alternatives in schema syntax lines are separated by `   |   `; the first is the snippet. */
export function snippetOf(syntax: string): string {
  const first = syntax.split(/\s{2,}\|\s{2,}/)[0]!.trim();
  let index = 0;
  const body = first
    .replace(/\s*\{ … \}$/, ' {\u0000}')
    .replace(/\s*…/g, '')
    .replace(/\b[a-z][a-z-]*(?:\|[a-z][a-z-]*)+\b/g, (choice) => `\${${++index}|${choice.split('|').join(',')}|}`)
    .replace(/\b[A-Z][A-Z-]*\b/g, (placeholder) => `\${${++index}:${placeholder}}`);
  return body.replace(' {\u0000}', ' {\n\t$0\n}');
}
