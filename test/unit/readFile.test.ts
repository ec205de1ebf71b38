// readRegularFile: at most maxBytes of a regular file, whatever its size against the reads it takes (the first
// read is sized by the file, then chunks), and nothing from what is not a regular file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readRegularFile, UnreadableFile } from '../../server/src/node/readFile';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-read-'));
test.after(() => fs.rmSync(dir, { recursive: true, force: true }));

function file(name: string, bytes: Buffer): string {
  const p = path.join(dir, name);
  fs.writeFileSync(p, bytes);
  return p;
}

const bytesOf = (n: number) => Buffer.from(Array.from({ length: n }, (_, i) => (i * 7 + 3) % 251));

test('a file read whole, up to its last byte, whatever its size', () => {
  for (const n of [0, 1, 63, 64, 65, 4096, 50_000, 1024 * 1024 - 1, 1024 * 1024, 2.5 * 1024 * 1024]) {
    const content = bytesOf(n);
    const r = readRegularFile(file(`whole-${n}`, content), 8 * 1024 * 1024);
    assert.equal(r.truncated, false, `${n} bytes`);
    assert.ok(r.bytes.equals(content), `${n} bytes`);
  }
});

test('at most maxBytes, and truncated only when the file goes on', () => {
  const content = bytesOf(20_000);
  const p = file('long', content);
  for (const max of [0, 1, 16 * 1024, 19_999]) {
    const r = readRegularFile(p, max);
    assert.equal(r.truncated, true, `max ${max}`);
    assert.ok(r.bytes.equals(content.subarray(0, max)), `max ${max}`);
  }
  const exact = readRegularFile(p, 20_000);
  assert.equal(exact.truncated, false);
  assert.ok(exact.bytes.equals(content));
});

test('a folder is not read', () => {
  assert.throws(() => readRegularFile(dir, 100), (e: unknown) => e instanceof UnreadableFile && /not a regular file \(a folder\)/.test((e as Error).message));
});
