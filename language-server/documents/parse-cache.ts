// Parses of included files, remembered by their text: while a document is edited, the files it
// includes rarely change, so each analysis reuses their syntax trees instead of parsing them
// again on every keystroke. Bounded: the least recently used texts are forgotten.

import { parse, type ParseResult } from '../../grammar';

/** Included files remembered; a scenario includes a handful. */
const REMEMBERED = 32;

export class ParseCache {
  private readonly byText = new Map<string, ParseResult>();

  constructor(private readonly limit = REMEMBERED) {}

  readonly parse = (text: string): ParseResult => {
    let result = this.byText.get(text);
    if (result) {
      this.byText.delete(text); // most recently used last
    } else {
      result = parse(text);
      if (this.byText.size >= this.limit) this.byText.delete(this.byText.keys().next().value!);
    }
    this.byText.set(text, result);
    return result;
  };
}
