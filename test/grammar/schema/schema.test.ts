// The schema is consistent with itself, its defaults satisfy its own kinds and ranges, and
// docs/language.md is generated from it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { CONTEXTS, context, keywords, statement } from '../../../grammar/schema';
import type { Json, PropertySpec } from '../../../grammar/schema/types';
import { defaultOf } from '../../../grammar/semantic/statements';
import { renderLanguageDoc } from '../../../scripts/generate-language-doc';

test('every context referenced by a statement or option exists, and keywords are unique per context', () => {
  for (const ctx of CONTEXTS) {
    assert.equal(new Set(keywords(ctx.id)).size, ctx.statements.length, ctx.id);
    for (const spec of ctx.statements) {
      assert.ok(spec.summary.length > 5 && spec.source.length > 3, `${ctx.id}.${spec.keyword} is documented`);
      if (spec.form === 'section' || (spec.form === 'special' && spec.context)) assert.doesNotThrow(() => context((spec as { context: string }).context));
      if (spec.form === 'mechanism') {
        assert.ok(spec.options[spec.default], `${spec.keyword} default option exists`);
        for (const option of Object.values(spec.options)) {
          if (option.context) assert.doesNotThrow(() => context(option.context!));
          for (const key of Object.keys(option.presets ?? {})) assert.ok(statement(option.context!, key), `${spec.keyword} preset ${key}`);
        }
      }
    }
  }
});

function satisfies(spec: PropertySpec, value: Json): boolean {
  const v = spec.value;
  // null: `none` for optional settings; for loss models, inherited from the enclosing block.
  if (value === null) return v.kind === 'loss-model' || ((v.kind === 'quantity' || v.kind === 'reference' || v.kind === 'access') && v.optional === true);
  if (v.kind !== 'quantity') return true;
  const numbers = typeof value === 'number' ? [value] : Object.values(value as Record<string, Json>).filter((x): x is number => typeof x === 'number');
  return numbers.every((n) => {
    const b = v.bounds ?? {};
    if (v.integer && !Number.isInteger(n)) return false;
    if (b.min !== undefined && (b.minExclusive ? n <= b.min : n < b.min)) return false;
    return !(b.max !== undefined && (b.maxExclusive ? n >= b.max : n > b.max));
  });
}

test('every default and preset value lies within its setting\'s range', () => {
  for (const ctx of CONTEXTS) {
    for (const spec of ctx.statements) {
      if (spec.form !== 'property') continue;
      if (spec.default !== undefined) assert.ok(satisfies(spec, spec.default), `${ctx.id}.${spec.keyword} default`);
      for (const [name, preset] of Object.entries(spec.presets ?? {})) {
        for (const [key, value] of Object.entries(preset)) {
          const target = statement(ctx.id, key);
          assert.ok(target, `preset ${name} sets unknown ${key}`);
          if (target.form === 'property') assert.ok(satisfies(target, value), `preset ${name}.${key}`);
        }
      }
    }
  }
});

test('mechanism defaults resolve to complete objects', () => {
  const relay = context('relay');
  const scheduler = relay.statements.find((spec) => spec.keyword === 'socket-scheduler')!;
  assert.deepEqual(defaultOf(scheduler as never), { type: 'kist', interval: 0.01, socketBufferFactor: 1, globalWriteLimit: null });
});

test('docs/language.md is generated from the schema and up to date (npm run docs:language)', () => {
  const committed = readFileSync(new URL('../../../docs/language.md', import.meta.url), 'utf8');
  assert.equal(committed, renderLanguageDoc());
  for (const ctx of CONTEXTS) for (const spec of ctx.statements) assert.ok(committed.includes(`\`${spec.keyword}\``), spec.keyword);
});
