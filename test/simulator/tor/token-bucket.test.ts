import assert from 'node:assert/strict';
import { test } from 'node:test';
import { REFILL_INTERVAL_NS, TokenBucket } from '../../../simulator/tor/token-bucket';

const MS = 1e6;

test('the bucket starts full and refills rate × 100 ms at each interval boundary, capped at the burst', () => {
  const bucket = new TokenBucket(10_000, 3_000);
  assert.equal(REFILL_INTERVAL_NS, 100 * MS);
  assert.equal(bucket.available(0), 3_000);
  bucket.take(2_500);
  assert.equal(bucket.available(99 * MS), 500); // no refill before the boundary
  assert.equal(bucket.available(100 * MS), 1_500); // + 10 000 B/s × 0.1 s
  assert.equal(bucket.available(250 * MS), 2_500); // one more boundary (200 ms) before 250 ms
  assert.equal(bucket.available(300 * MS), 3_000); // and another, capped at the burst
});

test('taking more than is available leaves a debt that refills pay back', () => {
  const bucket = new TokenBucket(10_000, 5_000);
  bucket.take(6_000);
  assert.equal(bucket.available(0), -1_000);
  assert.equal(bucket.available(200 * MS), 1_000);
});

test('the next refill is the next interval boundary', () => {
  const bucket = new TokenBucket(1, 1);
  assert.equal(bucket.nextRefillNs(0), 100 * MS);
  assert.equal(bucket.nextRefillNs(150 * MS), 200 * MS);
});

test('a bucket without rate or burst is refused', () => {
  assert.throws(() => new TokenBucket(0, 10), /positive rate and burst/);
});
