// labelKey (text/chars.ts) is computed in one pass; these are the forms its doc promises, each checked
// against the chain of replacements it replaced, on table labels as real reports write them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { editDistance, foldDigits, labelKey } from '../../server/src/core/text/chars';
import { foldTraditional } from '../../server/src/core/text/traditional';

/** The former definition, kept here as the reference. */
function reference(s: string): string {
  return foldDigits(foldTraditional(s))
    .replace(/[\s\u3000\u00a0]+/g, '')
    .replace(/[(（﹙]/g, '（')
    .replace(/[)）﹚]/g, '）')
    .replace(/(\d)[.．、,，]/g, '$1.')
    .replace(/[,，]/g, '，')
    .replace(/[:：]/g, '：')
    .replace(/["“”„‟＂]/g, '"')
    .replace(/[／]/g, '/');
}

test('labelKey: one form of digits, brackets, dots after digits, commas, colons, quotes and slashes, no white space', () => {
  assert.equal(labelKey('（ 三 ）1 、 属于国家秘密'), '（三）1.属于国家秘密');
  assert.equal(labelKey('(七)总计'), '（七）总计');
  assert.equal(labelKey('１．本机关不掌握相关政府信息'), '1.本机关不掌握相关政府信息');
  assert.equal(labelKey('3.危及“三安全一稳定”'), '3.危及"三安全一稳定"');
  assert.equal(labelKey('本年增／减'), '本年增/减');
  assert.equal(labelKey('統計：1,2，3'), '统计：1.2.3');
  assert.equal(labelKey('a,,b：c'), 'a，，b：c');
  assert.equal(labelKey('政府集中采购'), '政府集中采购');
});

test('labelKey equals the chain of replacements it replaced', () => {
  const chars = '1２3 .．、,，:：()（）﹙﹚"“”„‟＂／/\u3000\u00a0\t\n一二報告條例０ab';
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let i = 0; i < 20000; i++) {
    let s = '';
    for (let k = 0, n = 1 + (i % 14); k < n; k++) s += chars[Math.floor(random() * chars.length)];
    assert.equal(labelKey(s), reference(s), JSON.stringify(s));
  }
});

test('editDistance with its rows reused: exact below the limit, limit + 1 beyond it', () => {
  assert.equal(editDistance('予以公开', '予以公开'), 0);
  assert.equal(editDistance('行政许可', '行政许诺'), 1);
  assert.equal(editDistance('本年新制作数量', '本年新公开数量'), 2);
  assert.equal(editDistance('a'.repeat(100), 'b'.repeat(100)), 100);
  assert.equal(editDistance('结果维持', '其他结果', 1), 2);
  assert.equal(editDistance('自然人', '总计'), 3);
});
