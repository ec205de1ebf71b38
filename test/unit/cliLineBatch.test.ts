// The text output's lines are written several at a time: the same text as one write per line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LineBatch } from '../../cli/src/check';

test('lines written in batches give the text of one write per line, whatever the batch size', () => {
  const lines = Array.from({ length: 50 }, (_, i) => `报告${i}.md:${i + 1}:1 warning rule-${i % 3} 第 ${i} 行`);
  const expected = lines.map((l) => l + '\n').join('');
  for (const size of [1, 10, 64, 1 << 16]) {
    let text = '';
    let writes = 0;
    const batch = new LineBatch((s) => {
      text += s + '\n';
      writes++;
    }, size);
    for (const l of lines) batch.add(l);
    batch.flush();
    assert.equal(text, expected, `batch size ${size}`);
    if (size === 1 << 16) assert.equal(writes, 1);
    if (size === 1) assert.equal(writes, lines.length);
  }
});

test('nothing added, nothing written', () => {
  let writes = 0;
  const batch = new LineBatch(() => writes++);
  batch.flush();
  assert.equal(writes, 0);
});
