// Chevrotain ≥ 12 calls `Object.groupBy` (ES2024, Node 21+) while validating a grammar in
// `performSelfAnalysis`. Node 20 lacks it, so this module installs a standard-conforming
// version when, and only when, it is missing. Import it before any parser is built.

type GroupBy = <T, K extends PropertyKey>(
  items: Iterable<T>,
  keySelector: (item: T, index: number) => K,
) => Partial<Record<K, T[]>>;

/** `Object.groupBy` as ECMA-262 defines it: a null-prototype object of arrays, keys in first-seen order. */
export const groupBy: GroupBy = <T, K extends PropertyKey>(items: Iterable<T>, keySelector: (item: T, index: number) => K) => {
  if (items === null || items === undefined) throw new TypeError('Object.groupBy called on null or undefined');
  if (typeof keySelector !== 'function') throw new TypeError('Object.groupBy: the key selector is not a function');
  const groups = Object.create(null) as Record<PropertyKey, T[]>;
  let index = 0;
  for (const item of items) {
    const selected = keySelector(item, index++);
    // ToPropertyKey: symbols stay symbols, everything else becomes a string.
    const key = typeof selected === 'symbol' ? selected : String(selected);
    (groups[key] ??= []).push(item);
  }
  return groups as Partial<Record<K, T[]>>;
};

const objectConstructor = Object as unknown as { groupBy?: GroupBy };
if (typeof objectConstructor.groupBy !== 'function') {
  Object.defineProperty(Object, 'groupBy', { value: groupBy, writable: true, configurable: true, enumerable: false });
}
