// Langium-style markers for tests: `<|` and `|>` around a span in a source text.
// `marked('a <|f(1|>)')` gives the text without markers and the offsets of the span.

export interface Marked {
  /** The text with every marker removed. */
  readonly text: string;
  /** The marked spans, in order, as [start, end) offsets into `text`. */
  readonly spans: readonly { readonly start: number; readonly end: number }[];
}

export function marked(source: string): Marked {
  const spans: { start: number; end: number }[] = [];
  let text = '';
  let open: number | undefined;
  for (let i = 0; i < source.length; i++) {
    if (source.startsWith('<|', i)) {
      if (open !== undefined) throw new Error(`nested '<|' at ${i} in ${JSON.stringify(source)}`);
      open = text.length;
      i++;
    } else if (source.startsWith('|>', i)) {
      if (open === undefined) throw new Error(`'|>' without '<|' at ${i} in ${JSON.stringify(source)}`);
      spans.push({ start: open, end: text.length });
      open = undefined;
      i++;
    } else {
      text += source[i];
    }
  }
  if (open !== undefined) throw new Error(`unclosed '<|' in ${JSON.stringify(source)}`);
  return { text, spans };
}
