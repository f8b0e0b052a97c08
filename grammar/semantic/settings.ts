// The settings written explicitly in one block (or set by a variant), by keyword, in the order
// they were set.

import type { Range } from '../syntax/ast';
import type { Json } from '../schema/types';
import type { Location } from './diagnostics';

/** Where a setting was set: a location, or a node (a statement) whose range is read when asked for. */
type Source = Location | { readonly kind: string; readonly range: Range };

/**
 * Not a Map and no object per setting: a large file has a block per relay, and a Map (≈ 200
 * bytes with its table) plus an object per setting was most of what interpreting one allocated.
 * One array of the block's size holds keyword, value and source for each setting; a block has
 * a few, so a linear search by the schema's keyword strings is as fast as hashing. Fields are
 * assigned, not declared, for the reason given in syntax/nodes.ts.
 */
export class Settings {
  declare private entries: (string | Json | Source)[];
  declare private count: number;
  /** The file of the nodes set here (a block is in one file). */
  declare private uri: string;

  /** `capacity`: how many settings will be set, at most (more make the array grow). */
  constructor(capacity = 0) {
    this.entries = new Array(3 * capacity);
    this.count = 0;
    this.uri = '';
  }

  get size(): number {
    return this.count;
  }

  /** An independent copy, with room for one more setting: a variant copies a block to set one. */
  copy(): Settings {
    const copy = new Settings(this.count + 1);
    for (let index = 0; index < 3 * this.count; index++) copy.entries[index] = this.entries[index];
    copy.count = this.count;
    copy.uri = this.uri;
    return copy;
  }

  has(keyword: string): boolean {
    return this.indexOf(keyword) >= 0;
  }

  /** The value set for `keyword`, if any. */
  valueOf(keyword: string): Json | undefined {
    const index = this.indexOf(keyword);
    return index < 0 ? undefined : (this.entries[index + 1] as Json);
  }

  /** Where `keyword` was set, if it was. */
  locationOf(keyword: string): Location | undefined {
    const index = this.indexOf(keyword);
    if (index < 0) return undefined;
    const source = this.entries[index + 2] as Source;
    return 'kind' in source ? { uri: this.uri, range: source.range } : source;
  }

  /** Sets `keyword` (replacing an earlier value in its place) as written in `node` of the file `uri`, or at a location. */
  set(keyword: string, value: Json, source: Location): void;
  set(keyword: string, value: Json, node: { readonly kind: string; readonly range: Range }, uri: string): void;
  set(keyword: string, value: Json, source: Source, uri?: string): void {
    if (uri !== undefined) this.uri = uri;
    let index = this.indexOf(keyword);
    if (index < 0) index = 3 * this.count++;
    this.entries[index] = keyword;
    this.entries[index + 1] = value;
    this.entries[index + 2] = source;
  }

  /** Calls `each` with every value and its keyword, in the order set, with `target` as `this`. */
  forEach<T>(each: (this: T, value: Json, keyword: string) => void, target: T): void {
    const entries = this.entries;
    for (let index = 0; index < 3 * this.count; index += 3) each.call(target, entries[index + 1] as Json, entries[index] as string);
  }

  /** The same keywords set to the same values (the same objects: a sweep item's value is shared by its variants). */
  sameValues(other: Settings): boolean {
    if (other.count !== this.count) return false;
    for (let index = 0; index < 3 * this.count; index += 3) {
      const keyword = this.entries[index] as string;
      if (!other.has(keyword) || other.valueOf(keyword) !== this.entries[index + 1]) return false;
    }
    return true;
  }

  private indexOf(keyword: string): number {
    const entries = this.entries;
    for (let index = 0; index < 3 * this.count; index += 3) if (entries[index] === keyword) return index;
    return -1;
  }
}
