// The CLI's checks across years split into groups of files that share no issuer with each other (for the
// workers), each in the order the files are checked together on one thread.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { FileResult } from '../../cli/src/analyze';
import { groupsAcross } from '../../cli/src/crossYear';

function result(file: string, issuerKeys: string[] | undefined, extra: Partial<FileResult> = {}): FileResult {
  return {
    file, configProblems: [], reports: [], findings: [], counts: { error: 0, warning: 0, information: 0, hint: 0 },
    ...(issuerKeys ? { issuerKeys, crossYearBytes: new Uint8Array(1) } : {}), ...extra,
  };
}

test('files sharing an issuer form a group; a file with two issuers joins their groups', () => {
  const results = [
    result('a', ['甲']), result('b', ['乙']), result('c', ['甲', '丙']), result('d', ['丙']), result('e', ['丁']), result('f', undefined),
  ];
  assert.deepEqual(groupsAcross(results), [[0, 2, 3]]);
});

test('groups keep the order of the issuers as first found, and files within one that order too', () => {
  // 甲: 0, 3; 乙: 1, 2; 丙: 4, 5 joined through 5 with 甲.
  const results = [result('a', ['甲']), result('b', ['乙']), result('c', ['乙']), result('d', ['甲']), result('e', ['丙']), result('f', ['丙', '甲'])];
  assert.deepEqual(groupsAcross(results), [[0, 3, 5, 4], [1, 2]]);
});

test('files not checked, binary or without what the checks across years need are in no group', () => {
  const results = [
    result('a', ['甲']), result('b', ['甲'], { binary: true }), result('c', ['甲'], { notChecked: 'unreadable' }), result('d', ['乙']), result('e', ['乙']),
  ];
  assert.deepEqual(groupsAcross(results), [[3, 4]]);
  assert.deepEqual(groupsAcross([result('a', ['甲']), result('b', ['甲'], { binary: true })]), []);
});
