// The caches that outlive a document (label keys, heading topics) must not keep its text alive: a heading's
// title is a slice of the document's text, and V8 may let such a slice share the whole text's memory.
// Measured with the heap after a full collection: 60 documents of 2 MB each whose titles were cached.
import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { labelKey } from '../../server/src/core/text/chars';
import { sharedTopicsOf } from '../../server/src/core/format/topics';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

function heapAfterCollection(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

/** A title sliced out of a 2 MB text of its own (two-byte characters, like a report). */
function titleInOwnText(i: number): string {
  const text = `${'年'.repeat(1_000_000)}三、收到和处理政府信息公开申请情况${i}`;
  const start = text.indexOf('三、');
  return text.slice(start, start + 20);
}

for (const [name, remember] of [
  ['labelKey', (s: string) => labelKey(s)],
  ['heading topics', (s: string) => sharedTopicsOf(s)],
] as const) {
  test(`the ${name} cache does not keep the texts its keys were sliced from`, () => {
    const before = heapAfterCollection();
    for (let i = 0; i < 60; i++) remember(titleInOwnText(i));
    const grown = heapAfterCollection() - before;
    // Kept texts would be 60 × 2 MB; the keys themselves are a few kilobytes.
    assert.ok(grown < 20 * 1024 * 1024, `heap grew ${(grown / 1024 / 1024).toFixed(0)} MB`);
  });
}
