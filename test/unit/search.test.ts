// The one binary search the core's look-ups share (text/search.ts).
import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { countBefore, firstStartingAt } from '../../server/src/core/text/search';

test('countBefore counts the leading indices for which the test holds', () => {
  const xs = [1, 3, 3, 5, 8];
  assert.equal(countBefore(xs.length, (i) => xs[i] < 0), 0);
  assert.equal(countBefore(xs.length, (i) => xs[i] < 3), 1);
  assert.equal(countBefore(xs.length, (i) => xs[i] <= 3), 3);
  assert.equal(countBefore(xs.length, (i) => xs[i] < 100), 5);
  assert.equal(countBefore(0, () => true), 0);
});

test('firstStartingAt finds the first item starting at or after an offset', () => {
  const items = [{ start: 0 }, { start: 4 }, { start: 4 }, { start: 9 }];
  assert.equal(firstStartingAt(items, 0), 0);
  assert.equal(firstStartingAt(items, 4), 1);
  assert.equal(firstStartingAt(items, 5), 3);
  assert.equal(firstStartingAt(items, 10), 4);
  assert.equal(firstStartingAt([], 3), 0);
});
