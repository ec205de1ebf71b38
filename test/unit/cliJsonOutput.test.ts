// The JSON output of `check` built from each file's encoded entry (cli/src/jsonOutput.ts): byte for byte what
// JSON.stringify(…, null, 2) gives for the whole output, also with diagnostics spliced in afterwards.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { FileResult, ResultFinding } from '../../cli/src/analyze';
import { jsonEntryOf, jsonFile, jsonItemsOf, JsonWriter, splicedEntry, transferablesOf } from '../../cli/src/jsonOutput';

type Result = Pick<FileResult, 'file' | 'reports' | 'findings'>;

const range = (line: number, character: number, endLine = line, endCharacter = character + 2) =>
  ({ start: { line, character }, end: { line: endLine, character: endCharacter } });

function finding(ruleId: string, r: ReturnType<typeof range>, extra: Partial<ResultFinding> = {}): ResultFinding {
  return { ruleId, severity: 'warning', range: r, message: { zh: `${ruleId}：“引号”\n换行`, en: `${ruleId}: "quoted"` }, report: 0, ...extra };
}

const file = (name: string, findings: ResultFinding[]): Result => ({
  file: `/报告/${name}.md`,
  reports: [{ title: `${name}年度报告`, year: 2024, era: '2021', kind: 'government', range: range(0, 0, 40, 0) }],
  findings,
});

/** The whole output as one JSON.stringify would write it (runCheck adds the final line break). */
const expected = (files: Result[], lang: 'zh' | 'en' = 'zh') =>
  `${JSON.stringify({ version: 1, files: files.map((f) => jsonFile(f, lang)) }, null, 2)}\n`;

function written(entries: Uint8Array[][], chunkSize?: number): string {
  const chunks: Uint8Array[] = [];
  const json = new JsonWriter((b) => chunks.push(Buffer.from(b)), chunkSize);
  for (const pieces of entries) json.add(pieces);
  json.end();
  return Buffer.concat(chunks).toString('utf8');
}

const own = [
  finding('a', range(3, 1)),
  finding('b', range(5, 0), { source: { page: 2, line: 7 } }),
  finding('c', range(9, 4, 10, 1)),
];

test('entries written one after another are the whole output of JSON.stringify, in writes of any size', () => {
  const files = [file('甲', own), file('乙', []), file('丙', own.slice(1))];
  for (const lang of ['zh', 'en'] as const) {
    const entries = files.map((f) => [jsonEntryOf(f, lang).bytes]);
    assert.equal(written(entries), expected(files, lang));
    assert.equal(written(entries, 64), expected(files, lang));
  }
  assert.equal(written([]), expected([]));
  // A piece of at least the chunk size is written as it is, not copied.
  const big = jsonEntryOf(files[0], 'zh').bytes;
  const writes: Uint8Array[] = [];
  const json = new JsonWriter((b) => writes.push(b), 64);
  json.add([big]);
  json.end();
  assert.ok(writes.includes(big));
});

test('an entry is JSON.stringify\'s text whatever its strings hold, and however long it is', () => {
  // What JSON escapes (quote, backslash, control characters, a lone surrogate) and what it writes as it is
  // (a surrogate pair, a tab-free Chinese text); a path with a quote; messages beyond the writer's first buffer.
  const odd = ['反斜杠\\与"引号"', '控制\u0007字符\t制表', '孤立\ud800代理', '成对😀代理', '中文“引号”与（括号）'];
  const findings = odd.map((zh, k) => finding(`r${k}`, range(k, 0), { message: { zh, en: zh }, ...(k === 1 ? { source: { page: 1, line: 2 } } : {}) }));
  const long = Array.from({ length: 400 }, (_, k) => finding('long', range(k, 1), { message: { zh: '很长的说明'.repeat(40), en: 'x' } }));
  const files = [{ ...file('"丁"', findings) }, file('戊', long)];
  const entries = files.map((f) => [jsonEntryOf(f, 'zh').bytes]);
  assert.ok(entries[1][0].length > 1 << 16, `${entries[1][0].length} bytes`);
  assert.equal(written(entries), expected(files));
  // Each entry's bytes are its own, whole ArrayBuffer (transferred without a copy).
  for (const [bytes] of entries) assert.equal(bytes.byteLength, bytes.buffer.byteLength);
});

test('an entry locates each diagnostic\'s text and range', () => {
  const entry = jsonEntryOf(file('甲', own), 'zh');
  const text = (k: number) => Buffer.from(entry.bytes.subarray(entry.spans[2 * k], entry.spans[2 * k + 1])).toString('utf8');
  own.forEach((f, k) => {
    assert.deepEqual(JSON.parse(text(k)), jsonFile(file('甲', [f]), 'zh').diagnostics[0]);
    assert.deepEqual([...entry.ranges.subarray(4 * k, 4 * k + 4)], [f.range.start.line, f.range.start.character, f.range.end.line, f.range.end.character]);
  });
  // Each buffer is the entry's own: transferring it detaches nothing else.
  assert.equal(new Set(transferablesOf(entry)).size, 3);
  assert.equal(entry.bytes.byteLength, entry.bytes.buffer.byteLength);
});

/** Splices `added` into the file's entry and checks the output against the list merged by hand. */
function assertSpliced(ownFindings: ResultFinding[], added: ResultFinding[], merged: ResultFinding[]) {
  const before = file('前', own.slice(0, 1));
  const f = file('甲', ownFindings);
  const after = file('后', []);
  const pieces = splicedEntry(jsonEntryOf(f, 'zh'), jsonItemsOf(added, 'zh'));
  const out = written([[jsonEntryOf(before, 'zh').bytes], pieces, [jsonEntryOf(after, 'zh').bytes]]);
  assert.equal(out, expected([before, { ...f, findings: merged }, after]));
}

test('findings across years are spliced in before, between and after the file\'s own', () => {
  const first = finding('x-first', range(0, 5));
  const between = finding('x-between', range(5, 0, 5, 1));
  const last = finding('x-last', range(30, 0));
  assertSpliced(own, [first, between, last], [first, own[0], between, own[1], own[2], last]);
  assertSpliced(own, [last], [...own, last]);
  assertSpliced(own, [first], [first, ...own]);
});

test('findings spliced into a file with no diagnostics of its own', () => {
  const a = finding('x-a', range(1, 0));
  const b = finding('x-b', range(2, 0));
  assertSpliced([], [a, b], [a, b]);
  assertSpliced([], [a], [a]);
});

test('at equal ranges the file\'s own findings come first, and the added keep their order', () => {
  const same = range(5, 0);
  const a = finding('x-a', same);
  const b = finding('x-b', same);
  assertSpliced(own, [a, b], [own[0], own[1], a, b, own[2]]);
});

test('nothing to splice leaves the entry as it is', () => {
  const entry = jsonEntryOf(file('甲', own), 'zh');
  assert.deepEqual(splicedEntry(entry, jsonItemsOf([], 'zh')), [entry.bytes]);
});
